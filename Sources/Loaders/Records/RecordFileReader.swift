/// The shared machinery of the record loaders (police, emergency department, trauma):
/// opening a file, finding its columns, reading each row into a typed record or a
/// reason, and keeping the account: rows read = loaded + excluded + rejected, always.

/// Why a row was rejected: the message for the user and the reason it is counted under.
struct RowProblem: Error {
    var error: InputError
    var reason: String
}

/// What became of a valid row.
enum RowOutcome<Record> {
    case load(Record)
    case exclude(reason: String)
}

/// Reasons a row is excluded or noted, shared by the record loaders.
public enum RecordReason {
    public static let lsoaNotInLookup = "LSOA not in the lookup"
    public static let lsoaOutsideForce = "LSOA outside the force"
    public static let lsoaDistrictNotInLookup = "LSOA's district not in the lookup"
    public static let noLSOA = "no LSOA (counted in force totals only)"
    public static let malformedCSV = "malformed CSV"
    public static let wrongFieldCount = "wrong number of fields"
    public static let duplicateReference = "duplicate reference"
}

/// The first and last dates a record may carry.
public enum PlausibleDates {
    public static let earliest = LocalDateTime(knownDate: 1990, month: 1, day: 1)
    public static let latest = LocalDateTime(knownDate: 2100, month: 12, day: 31)
}

struct RecordFileReader {
    private var file: CSVFile
    let header: CSVHeader
    private var record = CSVRecord()
    /// Each column's name as the schema writes it (the header's otherwise), for reasons:
    /// reasons are tallied across files, whose headers may differ in case.
    private var schemaNames: [String]

    init(path: String, displayPath: String, schema: [String]) throws(InputError) {
        file = try CSVFile(path: path, displayPath: displayPath)
        header = file.header
        let header = header
        schemaNames = header.names.map { name in schema.first { $0.lowercased() == name.lowercased() } ?? name }
    }

    /// Reads every row: `body` turns a row of the right width into a record or an
    /// exclusion, or throws the problem that rejects it. In strict mode the first
    /// rejected row throws its error instead.
    mutating func forEachRow<Record>(
        strict: Bool,
        account: inout InputAccount,
        _ body: (RecordRow, inout InputAccount) throws(RowProblem) -> RowOutcome<Record>,
        sink: (Record) -> Void
    ) throws(InputError) {
        let fieldCount = header.names.count
        while true {
            switch file.parser.next(into: &record) {
            case .end:
                if account.read == 0 {
                    throw InputError(path: header.path, message: "has a header but no rows")
                }
                return
            case .malformed(let error):
                account.read += 1
                if strict { throw error }
                account.reject(error, reason: RecordReason.malformedCSV)
            case .record:
                account.read += 1
                guard record.count == fieldCount else {
                    let error = InputError(path: header.path, line: record.line, column: 1,
                                           message: "expected \(fieldCount) fields as in the header, found \(record.count)")
                    if strict { throw error }
                    account.reject(error, reason: RecordReason.wrongFieldCount)
                    continue
                }
                do {
                    switch try body(RecordRow(record: record, header: header, schemaNames: schemaNames), &account) {
                    case .load(let value):
                        account.loaded += 1
                        sink(value)
                    case .exclude(let reason):
                        account.exclude(reason: reason)
                    }
                } catch {
                    if strict { throw error.error }
                    account.reject(error.error, reason: error.reason)
                }
            }
        }
    }
}

/// Where the force's LSOAs are: which districts belong to the force.
struct ForceArea {
    let geography: Geography
    private let districtInForce: [Bool]

    init(geography: Geography, forceCode: String) {
        self.geography = geography
        districtInForce = geography.districts.map { $0.forceCode == forceCode }
    }

    enum Placing {
        case placed(RecordPlacement)
        case excluded(String)
    }

    /// Places an LSOA code already read from a row (nil when the field was blank).
    func place(_ code: AreaCode?) -> Placing {
        guard let code else { return .placed(.noLSOA) }
        guard let index = geography.lsoaIndex(of: code) else { return .excluded(RecordReason.lsoaNotInLookup) }
        let district = Int(geography.districtOfLSOA[index])
        guard district >= 0 else { return .excluded(RecordReason.lsoaDistrictNotInLookup) }
        guard districtInForce[district] else { return .excluded(RecordReason.lsoaOutsideForce) }
        return .placed(.lsoa(index, district: district))
    }
}

/// One data row, with typed, validating access to its fields. Every problem names the
/// column as the header writes it, quotes the value as the file writes it, and says what
/// was expected, at the line and column where the field starts.
struct RecordRow {
    let record: CSVRecord
    let header: CSVHeader
    let schemaNames: [String]

    /// The field as written (quotes removed), for messages.
    func raw(_ column: Int) -> String {
        record.string(column) ?? ""
    }

    /// The column's name as the header writes it.
    func name(_ column: Int) -> String { header.names[column] }

    /// The reason a bad value in the column is counted under: `bad <schema name>`.
    func badReason(_ column: Int) -> String { "bad \(schemaNames[column])" }

    func problem(_ column: Int, _ message: String, reason: String) -> RowProblem {
        let location = record.location(ofField: column)
        return RowProblem(error: InputError(path: header.path, line: location.line, column: location.column,
                                            message: "column '\(header.names[column])': \(message)"),
                          reason: reason)
    }

    /// A problem with the value: `column 'X': 'value' <what is wrong> (expected ...)`.
    func invalid(_ column: Int, _ what: String, reason: String) -> RowProblem {
        problem(column, "'\(raw(column))' \(what)", reason: reason)
    }

    /// Calls `body` with the field's bytes, surrounding spaces and tabs removed.
    func trimmed<Result>(_ column: Int, _ body: (UnsafeRawBufferPointer) throws(RowProblem) -> Result) throws(RowProblem) -> Result {
        let outcome: Swift.Result<Result, RowProblem> = record.withBytes(column) { bytes in
            var start = 0
            var end = bytes.count
            while start < end, bytes[start] == ASCII.space || bytes[start] == ASCII.tab { start += 1 }
            while end > start, bytes[end - 1] == ASCII.space || bytes[end - 1] == ASCII.tab { end -= 1 }
            do throws(RowProblem) {
                return .success(try body(UnsafeRawBufferPointer(rebasing: bytes[start..<end])))
            } catch {
                return .failure(error)
            }
        }
        return try outcome.get()
    }

    /// A required text field, trimmed.
    func requiredText(_ column: Int, expected: String) throws(RowProblem) -> String {
        let text = trimmingSpaces(raw(column))
        if text.isEmpty { throw problem(column, "is blank (expected \(expected))", reason: "blank \(schemaNames[column])") }
        return text
    }

    /// A required reference's fingerprint (trimmed bytes), for duplicate checks.
    func referenceFingerprint(_ column: Int, expected: String) throws(RowProblem) -> UInt64 {
        let row = self
        return try trimmed(column) { bytes throws(RowProblem) in
            if bytes.isEmpty { throw row.problem(column, "is blank (expected \(expected))", reason: "blank \(row.schemaNames[column])") }
            return StreetCrimeLoader.fingerprint(bytes)
        }
    }

    /// An optional pseudonymous key's fingerprint; nil when blank.
    func optionalFingerprint(_ column: Int?) -> UInt64? {
        guard let column else { return nil }
        return try? trimmed(column) { bytes in bytes.isEmpty ? nil : StreetCrimeLoader.fingerprint(bytes) }
    }

    /// A date, `YYYY-MM-DD`, in the plausible range.
    func date(_ column: Int, required: Bool) throws(RowProblem) -> LocalDateTime? {
        try temporal(column, required: required, expected: "YYYY-MM-DD", noun: "a date", scan: LocalDateTime.scanDate)
    }

    /// A date-time, `YYYY-MM-DDTHH:MM` (seconds allowed; a date alone when the time is
    /// unknown), in the plausible range.
    func dateTime(_ column: Int, required: Bool) throws(RowProblem) -> LocalDateTime? {
        try temporal(column, required: required, expected: "YYYY-MM-DDTHH:MM", noun: "a date-time", scan: LocalDateTime.scanDateTime)
    }

    private func temporal(_ column: Int, required: Bool, expected: String, noun: String,
                          scan: (UnsafeRawBufferPointer) -> LocalDateTime.Scan) throws(RowProblem) -> LocalDateTime? {
        let result = try trimmed(column) { bytes in bytes.isEmpty ? nil : scan(bytes) }
        // The reason is a string: built only when there is a problem.
        var reason: String { badReason(column) }
        guard let result else {
            if required { throw problem(column, "is blank (expected \(expected))", reason: reason) }
            return nil
        }
        switch result {
        case .malformed:
            throw invalid(column, "is not \(noun) (expected \(expected))", reason: reason)
        case .notOnCalendar(let why):
            throw invalid(column, "is not a calendar date (\(why))", reason: reason)
        case .value(let value):
            guard !(value.date < PlausibleDates.earliest), !(PlausibleDates.latest < value.date) else {
                throw invalid(column, "is out of range (expected a date from \(PlausibleDates.earliest) to \(PlausibleDates.latest))", reason: reason)
            }
            return value
        }
    }

    /// A date that must be there: blank is a problem, so the value is never nil.
    func requiredDate(_ column: Int) throws(RowProblem) -> LocalDateTime {
        guard let value = try date(column, required: true) else { throw blank(column, expected: "YYYY-MM-DD") }
        return value
    }

    /// A date-time that must be there: blank is a problem, so the value is never nil.
    func requiredDateTime(_ column: Int) throws(RowProblem) -> LocalDateTime {
        guard let value = try dateTime(column, required: true) else { throw blank(column, expected: "YYYY-MM-DDTHH:MM") }
        return value
    }

    /// A whole number in `range` that must be there.
    func requiredInteger(_ column: Int, in range: ClosedRange<Int>, what: String) throws(RowProblem) -> Int {
        guard let value = try integer(column, in: range, required: true, what: what) else {
            throw blank(column, expected: "a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return value
    }

    /// The problem of a required field left blank (the checks above already raise it;
    /// this keeps the non-optional results free of force unwraps).
    private func blank(_ column: Int, expected: String) -> RowProblem {
        problem(column, "is blank (expected \(expected))", reason: badReason(column))
    }

    /// A whole number in `range`; nil when blank and not required.
    func integer(_ column: Int, in range: ClosedRange<Int>, required: Bool, what: String) throws(RowProblem) -> Int? {
        let value: Int?? = try trimmed(column) { bytes in
            if bytes.isEmpty { return .some(nil) }
            guard bytes.count <= 3, let number = Digits.value(bytes, 0, bytes.count), range.contains(number) else { return nil }
            return .some(number)
        }
        // Messages are built only on the error paths: this runs for every age of every row.
        let expected = { "a whole number from \(range.lowerBound) to \(range.upperBound)" }
        guard let value else { throw invalid(column, "is not \(what) (expected \(expected()))", reason: badReason(column)) }
        if value == nil && required { throw problem(column, "is blank (expected \(expected()))", reason: badReason(column)) }
        return value
    }

    /// An age in whole years, 0 to 120; nil when blank.
    func age(_ column: Int) throws(RowProblem) -> Int? {
        try integer(column, in: 0...120, required: false, what: "an age")
    }

    /// A coded value, `what` it is named in messages; a blank field is `blank`.
    func code<Value: RecordCode>(_ column: Int, blank: Value, what: String, expected: String) throws(RowProblem) -> Value {
        let value: Value?? = try trimmed(column) { bytes in
            if bytes.isEmpty { return .some(nil) }
            return Value.match(bytes).map { .some($0) }
        }
        guard let value else { throw invalid(column, "is not \(what) (expected \(expected))", reason: badReason(column)) }
        return value ?? blank
    }

    /// `Y`, `N`, or blank (nil).
    func flag(_ column: Int) throws(RowProblem) -> Bool? {
        let value: YesNo?? = try trimmed(column) { bytes in
            if bytes.isEmpty { return .some(nil) }
            return YesNo.match(bytes).map { .some($0) }
        }
        guard let value else { throw invalid(column, "is not a flag (expected Y, N or blank)", reason: badReason(column)) }
        return value?.bool
    }

    /// `M`, `F`, `U`, or blank (unknown).
    func sex(_ column: Int) throws(RowProblem) -> RecordedSex {
        let value: RecordedSex?? = try trimmed(column) { bytes in
            if bytes.isEmpty { return .some(nil) }
            return RecordedSex.match(bytes).map { .some($0) }
        }
        guard let value else { throw invalid(column, "is not a sex (expected M, F, U or blank)", reason: badReason(column)) }
        return value ?? .unknown
    }

    /// An LSOA code, or nil when blank.
    func lsoa(_ column: Int) throws(RowProblem) -> AreaCode? {
        let value: AreaCode?? = try trimmed(column) { bytes in
            if bytes.isEmpty { return .some(nil) }
            return AreaCode.parse(bytes).map { .some($0) }
        }
        guard let value else {
            throw invalid(column, "is not an LSOA code (expected a letter and 8 digits, like E01018936)", reason: "bad LSOA code")
        }
        return value
    }
}

/// Tracks the references seen in a file, as 64-bit fingerprints (FNV-1a) so that memory
/// stays small however long the file; two different references share a fingerprint
/// with a chance of about one in 10^19 per pair.
struct ReferenceSet {
    private var seen = Set<UInt64>()

    /// Whether the reference is new (and remembers it).
    mutating func insert(_ fingerprint: UInt64) -> Bool {
        seen.insert(fingerprint).inserted
    }
}
