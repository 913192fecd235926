#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch

/// What the record loaders (police, emergency department, trauma) share about rows:
/// reading each row into a typed record or a reason, and keeping the account: rows
/// read = loaded + excluded + rejected, always. Reading a file whole or in pieces is in
/// `Machinery/RecordPieces.swift`.

/// Why a row was rejected: the message for the user and the reason it is counted under.
struct RowProblem: Error {
    var error: InputError
    var reason: String
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

    /// Whether the value's date is from `earliest` to `latest` (checked for every date
    /// of every row, so on whole numbers rather than by comparing two dates).
    @inline(__always)
    static func contains(_ value: LocalDateTime) -> Bool {
        let day = LocalDateTime.dayNumber(year: value.year, month: value.monthOfYear, day: value.day)
        return day >= earliestDay && day <= latestDay
    }

    // `earliest` and `latest` as day numbers, folded to constants (a stored static
    // would be looked up through its lazy initializer for every date).
    private static var earliestDay: Int { LocalDateTime.dayNumber(year: 1990, month: 1, day: 1) }
    private static var latestDay: Int { LocalDateTime.dayNumber(year: 2100, month: 12, day: 31) }
}

/// What a record loader knows about its file: the columns it reads, and how one row
/// becomes a record, an exclusion or a problem. One value is made per file, from its
/// header, and shared by every thread reading a piece of the file.
protocol RecordSchema: Sendable {
    associatedtype Record: Sendable
    /// Every column name the schema knows (required and optional), as it writes them.
    static var columnNames: [String] { get }
    init(header: CSVHeader, geography: Geography, forceCode: String) throws(InputError)
    /// Reads one row of the header's width: a valid row is loaded (counted, and given to
    /// `sink`) or excluded (counted under its reason); an invalid one throws its problem.
    /// Loaders whose rows carry a reference note it in `references`, which says whether
    /// it repeats an earlier valid row's. (The record goes straight to the sink, not back
    /// through a returned value, which would copy it once more for every row.)
    func read(_ row: RecordRow, account: inout InputAccount, references: inout ReferenceLog,
              sink: (Record) -> Void) throws(RowProblem)
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
        guard let place = geography.lsoaIndexAndDistrict(of: code) else { return .excluded(RecordReason.lsoaNotInLookup) }
        let (index, district) = (place.index, place.district)
        guard district >= 0 else { return .excluded(RecordReason.lsoaDistrictNotInLookup) }
        guard districtInForce[district] else { return .excluded(RecordReason.lsoaOutsideForce) }
        return .placed(.lsoa(index, district: district))
    }
}

/// What every row of one file shares, in one object, so that a row costs one reference.
final class RowShared: Sendable {
    let header: CSVHeader
    /// Each column's name as the schema writes it (the header's otherwise), for reasons:
    /// reasons are tallied across files, whose headers may differ in case.
    let schemaNames: [String]
    /// Each column's own values (normalized) mapped to sna's codes, from the
    /// configuration's `code_lists:`; empty for a column with none.
    let localCodes: [[String: String]]

    init(header: CSVHeader, schemaNames: [String], codeLists: LocalCodeLists = [:]) {
        self.header = header
        self.schemaNames = schemaNames
        localCodes = schemaNames.map { name in
            let list = codeLists.first { $0.key.lowercased() == name.lowercased() }?.value ?? [:]
            return Dictionary(list.map { (CodeLabels.normalized($0.key), $0.value) }, uniquingKeysWith: { first, _ in first })
        }
    }
}

/// One data row, with typed, validating access to its fields. Every problem names the
/// column as the header writes it, quotes the value as the file writes it, and says what
/// was expected, at the line and column where the field starts.
///
/// Typed fields (dates, numbers, codes, LSOA codes) are read from the bytes in the file
/// without copying. A field holding doubled quotes (`""`) is read as stored: a quote is
/// never part of a valid typed value, so it is rejected either way, and the message
/// quotes the value unescaped. Text and references are unescaped first.
struct RecordRow {
    var record: CSVRecord
    let shared: RowShared
    /// The row's unmapped coded values, counted once the row loads.
    let unmapped: UnmappedLog

    var header: CSVHeader { shared.header }

    /// The field as written (quotes removed), for messages.
    func raw(_ column: Int) -> String {
        record.string(column) ?? ""
    }

    /// The column's name as the header writes it.
    func name(_ column: Int) -> String { header.names[column] }

    /// The reason a bad value in the column is counted under: `bad <schema name>`.
    func badReason(_ column: Int) -> String { "bad \(shared.schemaNames[column])" }

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

    /// The field's bytes as stored, surrounding spaces and tabs removed.
    @inline(__always)
    func stored(_ column: Int) -> UnsafeRawBufferPointer {
        trimmingSpaces(record.storedBytes(column))
    }

    /// The fingerprint of the field's value (unescaped, trimmed); nil when blank.
    private func fingerprint(_ column: Int) -> UInt64? {
        if record.isEscaped(column) {
            return record.withBytes(column) { bytes in
                let value = trimmingSpaces(bytes)
                return value.isEmpty ? nil : StreetCrimeLoader.fingerprint(value)
            }
        }
        let value = stored(column)
        return value.isEmpty ? nil : StreetCrimeLoader.fingerprint(value)
    }

    /// A required text field, trimmed.
    func requiredText(_ column: Int, expected: String) throws(RowProblem) -> String {
        let bytes = stored(column)
        if bytes.isEmpty { throw problem(column, "is blank (expected \(expected))", reason: "blank \(shared.schemaNames[column])") }
        // Short ASCII text (site codes) is made straight from the bytes: the same as
        // trimming characters, since every byte is one character.
        if !record.isEscaped(column), !bytes.contains(where: { $0 >= 0x80 }) {
            return String(decoding: bytes, as: UTF8.self)
        }
        let text = trimmingSpaces(raw(column))
        if text.isEmpty { throw problem(column, "is blank (expected \(expected))", reason: "blank \(shared.schemaNames[column])") }
        return text
    }

    /// A required reference's fingerprint (trimmed bytes), for duplicate checks.
    func referenceFingerprint(_ column: Int, expected: String) throws(RowProblem) -> UInt64 {
        guard let value = fingerprint(column) else {
            throw problem(column, "is blank (expected \(expected))", reason: "blank \(shared.schemaNames[column])")
        }
        return value
    }

    /// An optional pseudonymous key's fingerprint; nil when blank.
    func optionalFingerprint(_ column: Int?) -> UInt64? {
        guard let column else { return nil }
        return fingerprint(column)
    }

    // The typed readers below are inlined into each schema's row reader: the common case
    // is a few comparisons on a field's bytes, and a call per field, with its problem
    // messages built in the same function, cost more than the check itself. Every
    // problem is built out of line (`@inline(never)`), on the cold path.

    /// A date, `YYYY-MM-DD`, in the plausible range.
    @inline(__always)
    func date(_ column: Int, required: Bool) throws(RowProblem) -> LocalDateTime? {
        try temporal(column, required: required, withTime: false)
    }

    /// A date-time, `YYYY-MM-DDTHH:MM` (seconds allowed; a date alone when the time is
    /// unknown), in the plausible range.
    @inline(__always)
    func dateTime(_ column: Int, required: Bool) throws(RowProblem) -> LocalDateTime? {
        try temporal(column, required: required, withTime: true)
    }

    @inline(__always)
    private func temporal(_ column: Int, required: Bool, withTime: Bool) throws(RowProblem) -> LocalDateTime? {
        let bytes = stored(column)
        if bytes.isEmpty {
            if required { throw blankTemporal(column, withTime: withTime) }
            return nil
        }
        let scanned = withTime ? LocalDateTime.scanDateTime(bytes) : LocalDateTime.scanDate(bytes)
        if case .value(let value) = scanned, PlausibleDates.contains(value) { return value }
        throw badTemporal(column, scanned, withTime: withTime)
    }

    @inline(never)
    private func blankTemporal(_ column: Int, withTime: Bool) -> RowProblem {
        problem(column, "is blank (expected \(withTime ? "YYYY-MM-DDTHH:MM" : "YYYY-MM-DD"))", reason: badReason(column))
    }

    @inline(never)
    private func badTemporal(_ column: Int, _ scanned: LocalDateTime.Scan, withTime: Bool) -> RowProblem {
        switch scanned {
        case .value:
            return invalid(column, "is out of range (expected a date from \(PlausibleDates.earliest) to \(PlausibleDates.latest))", reason: badReason(column))
        case .malformed:
            let noun = withTime ? "a date-time" : "a date"
            return invalid(column, "is not \(noun) (expected \(withTime ? "YYYY-MM-DDTHH:MM" : "YYYY-MM-DD"))", reason: badReason(column))
        case let .notOnCalendar(month, year, length):
            return invalid(column, "is not a calendar date (\(LocalDateTime.Scan.reason(month: month, year: year, length: length)))",
                           reason: badReason(column))
        }
    }

    /// A date that must be there: blank is a problem, so the value is never nil.
    @inline(__always)
    func requiredDate(_ column: Int) throws(RowProblem) -> LocalDateTime {
        guard let value = try date(column, required: true) else { throw blankTemporal(column, withTime: false) }
        return value
    }

    /// A date-time that must be there: blank is a problem, so the value is never nil.
    @inline(__always)
    func requiredDateTime(_ column: Int) throws(RowProblem) -> LocalDateTime {
        guard let value = try dateTime(column, required: true) else { throw blankTemporal(column, withTime: true) }
        return value
    }

    /// A whole number in `range` that must be there.
    func requiredInteger(_ column: Int, in range: ClosedRange<Int>, what: String) throws(RowProblem) -> Int {
        guard let value = try integer(column, in: range, required: true, what: what) else {
            throw badInteger(column, in: range, what: what, blank: true)
        }
        return value
    }

    /// A whole number in `range`; nil when blank and not required.
    @inline(__always)
    func integer(_ column: Int, in range: ClosedRange<Int>, required: Bool, what: String) throws(RowProblem) -> Int? {
        let bytes = stored(column)
        if bytes.isEmpty {
            if required { throw badInteger(column, in: range, what: what, blank: true) }
            return nil
        }
        guard bytes.count <= 3, let number = Digits.value(bytes, 0, bytes.count), range.contains(number) else {
            throw badInteger(column, in: range, what: what, blank: false)
        }
        return number
    }

    @inline(never)
    private func badInteger(_ column: Int, in range: ClosedRange<Int>, what: String, blank: Bool) -> RowProblem {
        let expected = "a whole number from \(range.lowerBound) to \(range.upperBound)"
        if blank { return problem(column, "is blank (expected \(expected))", reason: badReason(column)) }
        return invalid(column, "is not \(what) (expected \(expected))", reason: badReason(column))
    }

    /// An age in whole years, 0 to 120; nil when blank.
    @inline(__always)
    func age(_ column: Int) throws(RowProblem) -> Int? {
        try integer(column, in: 0...120, required: false, what: "an age")
    }

    /// A coded value, `what` it is named in messages; a blank field is `blank`. A value
    /// that is not a code is looked up in the column's local code list and the standard's
    /// labels (`CodeLabels`); one found in neither is read as `blank` and noted as
    /// unmapped (a problem in strict mode).
    @inline(__always)
    func code<Value: RecordCode>(_ column: Int, blank: Value, what: String, expected: String) throws(RowProblem) -> Value {
        let bytes = stored(column)
        if bytes.isEmpty { return blank }
        if let value = Value.match(bytes) { return value }
        return try label(column, bytes, as: Value.self, what: what, expected: expected) ?? blank
    }

    @inline(never)
    private func label<Value: RecordCode>(_ column: Int, _ bytes: UnsafeRawBufferPointer, as type: Value.Type,
                                          what: String, expected: String) throws(RowProblem) -> Value? {
        let local = shared.localCodes[column]
        if !local.isEmpty, let code = local[CodeLabels.normalized(trimmingSpaces(raw(column)))] {
            let mapped = Array(code.utf8).withUnsafeBytes { Value.match($0) ?? Value.matchLabel($0) }
            if let mapped { return mapped }
        }
        if let value = Value.matchLabel(bytes) { return value }
        if unmapped.strict {
            throw invalid(column, "is not \(what) (expected \(expected), a label of the source standard, or a value mapped in code_lists:)",
                          reason: badReason(column))
        }
        unmapped.note(.init(field: shared.schemaNames[column], value: trimmingSpaces(raw(column)),
                            line: record.location(ofField: column).line))
        return nil
    }

    /// `Y`, `N`, their labels (`Yes`, `1`, ...), or blank (nil).
    @inline(__always)
    func flag(_ column: Int) throws(RowProblem) -> Bool? {
        let bytes = stored(column)
        if bytes.isEmpty { return nil }
        if bytes.count == 1 {
            switch bytes[0] {
            case UInt8(ascii: "Y"), UInt8(ascii: "y"): return true
            case UInt8(ascii: "N"), UInt8(ascii: "n"): return false
            default: break
            }
        }
        switch try label(column, bytes, as: RecordedFlag.self, what: "a flag", expected: "Y, N or blank") {
        case .yes?: return true
        case .no?: return false
        case nil: return nil
        }
    }

    /// `M`, `F`, `U`, their labels (`1`, `2`, `9`, `Male`, ...), or blank (unknown).
    @inline(__always)
    func sex(_ column: Int) throws(RowProblem) -> RecordedSex {
        let bytes = stored(column)
        if bytes.isEmpty { return .unknown }
        if bytes.count == 1 {
            switch bytes[0] {
            case UInt8(ascii: "M"), UInt8(ascii: "m"): return .male
            case UInt8(ascii: "F"), UInt8(ascii: "f"): return .female
            case UInt8(ascii: "U"), UInt8(ascii: "u"): return .unknown
            default: break
            }
        }
        return try label(column, bytes, as: RecordedSex.self, what: "a sex", expected: "M, F, U or blank") ?? .unknown
    }

    /// An LSOA code, or nil when blank.
    @inline(__always)
    func lsoa(_ column: Int) throws(RowProblem) -> AreaCode? {
        let bytes = stored(column)
        if bytes.isEmpty { return nil }
        guard let code = AreaCode.parse(bytes) else { throw badLSOA(column) }
        return code
    }

    @inline(never)
    private func badLSOA(_ column: Int) -> RowProblem {
        invalid(column, "is not an LSOA code (expected a letter and 8 digits, like E01018936)", reason: "bad LSOA code")
    }
}

