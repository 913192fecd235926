#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch

/// The shared machinery of the record loaders (police, emergency department, trauma):
/// opening a file, finding its columns, reading each row into a typed record or a
/// reason, and keeping the account: rows read = loaded + excluded + rejected, always.

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

/// A record-level file opened and its header read, ready to be read whole or in pieces.
///
/// Pieces let one large extract be read on every core: each piece is read into its own
/// account and tally, which are then merged in file order. The result is the same as a
/// reading from start to end (see `read(strict:parallel:pieceSize:scan:start:add:merge:)`).
struct RecordFile<Schema: RecordSchema>: Sendable {
    let file: MappedFile
    let header: CSVHeader
    let schema: Schema
    private let shared: RowShared
    /// The bytes after the header, and the physical line they start on.
    private let rows: Range<Int>
    private let firstLine: Int

    init(path: String, displayPath: String, geography: Geography, forceCode: String) throws(InputError) {
        let csv = try CSVFile(path: path, displayPath: displayPath)
        file = csv.parser.file
        header = csv.header
        schema = try Schema(header: csv.header, geography: geography, forceCode: forceCode)
        let known = Schema.columnNames
        shared = RowShared(header: csv.header,
                           schemaNames: csv.header.names.map { name in known.first { $0.lowercased() == name.lowercased() } ?? name })
        let position = csv.parser.position
        rows = position.offset..<file.bytes.count
        firstLine = position.line
    }

    /// The rows cut into pieces of about `size` bytes, each starting after a line feed.
    ///
    /// A cut may fall inside a quoted field that holds a line break; then the piece
    /// before it ends inside quotes and reports the record as malformed, and `read`
    /// reads the file from the start instead (see there).
    func pieces(size: Int) -> [Range<Int>] {
        guard size > 0, rows.count > size, let base = file.bytes.baseAddress else { return [rows] }
        var result: [Range<Int>] = []
        var start = rows.lowerBound
        while rows.upperBound - start > size {
            let target = start + size
            guard let found = memchr(base + target, Int32(ASCII.lineFeed), rows.upperBound - target) else { break }
            let cut = UnsafeRawPointer(found) - base + 1
            if cut >= rows.upperBound { break }
            result.append(start..<cut)
            start = cut
        }
        result.append(start..<rows.upperBound)
        return result
    }

    /// What reading one piece gave, besides its records.
    struct Scanned: Sendable {
        var account: InputAccount
        /// The references of the valid rows, in `.collect` mode; empty otherwise.
        var references: [UInt64]
        /// The line breaks the piece holds: the next piece starts that many lines later.
        var lineBreaks: Int
    }

    /// A function that reads the rows in a range (whole records), numbering lines from
    /// the given line, into a sink: `scan` below, passed by each loader from code where
    /// the schema is known, so that the compiler specializes the loop for it. (Called
    /// through `read`, which is generic over the caller's tally, the loop would run with
    /// generic records: several times slower.)
    typealias Scan = @Sendable (_ range: Range<Int>, _ line: Int, _ strict: Bool, _ references: ReferenceLog.Mode,
                                _ sink: (Schema.Record) -> Void) throws(InputError) -> Scanned

    /// Reads the rows in `range` (whole records), numbering lines from `line`, into
    /// `sink`, keeping references in the given mode. In strict mode the first rejected
    /// row throws its error.
    func scan(_ range: Range<Int>, line: Int, strict: Bool, references mode: ReferenceLog.Mode,
              sink: (Schema.Record) -> Void) throws(InputError) -> Scanned {
        var parser = CSVParser(file: file, range: range, line: line)
        // One row, whose record each line is parsed into: handed to the schema as it
        // is, with no copy (and no retain of what it shares) per row.
        var row = RecordRow(record: CSVRecord(), shared: shared)
        var account = InputAccount(path: header.path)
        var references = ReferenceLog(mode)
        let fieldCount = header.names.count
        loop: while true {
            switch parser.next(into: &row.record) {
            case .end:
                break loop
            case .malformed(let error):
                account.read += 1
                if strict { throw error }
                account.reject(error, reason: RecordReason.malformedCSV)
            case .record:
                account.read += 1
                guard row.record.count == fieldCount else {
                    let error = InputError(path: header.path, line: row.record.line, column: 1,
                                           message: "expected \(fieldCount) fields as in the header, found \(row.record.count)")
                    if strict { throw error }
                    account.reject(error, reason: RecordReason.wrongFieldCount)
                    continue
                }
                do {
                    try schema.read(row, account: &account, references: &references, sink: sink)
                } catch {
                    if strict { throw error.error }
                    account.reject(error.error, reason: error.reason)
                }
            }
        }
        // The piece is read: its pages need not stay in memory.
        file.release(range)
        return Scanned(account: account, references: references.collected, lineBreaks: parser.position.line - line)
    }

    /// Reads the whole file from start to end once, rejecting each repeated reference as
    /// it comes: for a sink, which must see every record once.
    func readOnce<Partial>(strict: Bool, scan: @escaping Scan, into partial: Partial,
                           add: (inout Partial, Schema.Record) -> Void) throws(InputError) -> (account: InputAccount, partial: Partial) {
        var partial = partial
        let scanned = try scan(rows, firstLine, strict, .reject) { add(&partial, $0) }
        if scanned.account.read == 0 { throw InputError(path: header.path, message: "has a header but no rows") }
        return (scanned.account, partial)
    }

    /// Reads the whole file from start to end into a partial result from `start`.
    ///
    /// References are only written down as they come, and checked for repeats at the
    /// end (`RecordPieces.anyRepeat`), which is much cheaper than a set of every
    /// reference so far; only a file that does repeat one is read again, rejecting each
    /// repeat as it comes (`readOnce`). In strict mode it is read that way at once, so
    /// that the first problem thrown is the first in the file.
    func readAll<Partial>(strict: Bool, scan: @escaping Scan, start: () -> Partial,
                          add: (inout Partial, Schema.Record) -> Void) throws(InputError) -> (account: InputAccount, partial: Partial) {
        if !strict {
            var partial = start()
            let scanned = try scan(rows, firstLine, false, .collect) { add(&partial, $0) }
            if !RecordPieces.anyRepeat(in: [scanned.references]) {
                if scanned.account.read == 0 { throw InputError(path: header.path, message: "has a header but no rows") }
                return (scanned.account, partial)
            }
        }
        return try readOnce(strict: strict, scan: scan, into: start(), add: add)
    }

    /// Reads the file in pieces of about `pieceSize` bytes on every core when `parallel`,
    /// each into a partial tally from `start`, merged in file order with `merge`.
    ///
    /// The outcome is that of `readOnce`. Each piece's problems are moved to their lines
    /// in the file. Pieces only write their references down; they are checked for repeats
    /// once all are read. The file is read again from start to end, as a single reading
    /// would, when:
    /// - a piece holds a malformed record: the cut before or after it may have fallen
    ///   inside a quoted field (when no piece holds one, each piece started where a single
    ///   reading would start a record, since the piece before it ended outside quotes);
    /// - a reference repeats, in one piece or across pieces, which a single reading rejects;
    /// - a row is rejected in strict mode, so that the first problem in the file is thrown.
    func read<Partial: Sendable>(
        strict: Bool, parallel: Bool, pieceSize: Int = RecordPieces.defaultSize, scan: @escaping Scan,
        start: @Sendable () -> Partial, add: @Sendable (inout Partial, Schema.Record) -> Void,
        merge: (inout Partial, Partial) -> Void
    ) throws(InputError) -> (account: InputAccount, partial: Partial) {
        let ranges = parallel ? pieces(size: pieceSize) : [rows]
        if ranges.count == 1 { return try readAll(strict: strict, scan: scan, start: start, add: add) }
        let results = ParallelSlots<Result<(Scanned, Partial), InputError>>(count: ranges.count)
        DispatchQueue.concurrentPerform(iterations: ranges.count) { index in
            do throws(InputError) {
                var partial = start()
                let scanned = try scan(ranges[index], 1, strict, .collect) { add(&partial, $0) }
                results.set(index, .success((scanned, partial)))
            } catch {
                results.set(index, .failure(error))
            }
        }
        var pieces: [(scanned: Scanned, partial: Partial)] = []
        for index in ranges.indices {
            guard case .success(let piece)? = results.get(index) else {
                // Strict mode stopped a piece: read from the start for the first problem.
                return try readOnce(strict: strict, scan: scan, into: start(), add: add)
            }
            pieces.append(piece)
        }
        if pieces.contains(where: { $0.scanned.account.rejected[RecordReason.malformedCSV] != nil })
            || RecordPieces.anyRepeat(in: pieces.map(\.scanned.references)) {
            return try readOnce(strict: strict, scan: scan, into: start(), add: add)
        }
        var account = InputAccount(path: header.path)
        var partial = start()
        var line = firstLine
        for piece in pieces {
            var pieceAccount = piece.scanned.account
            pieceAccount.shiftLines(by: line - 1)
            account.merge(pieceAccount)
            merge(&partial, piece.partial)
            line += piece.scanned.lineBreaks
        }
        if account.read == 0 { throw InputError(path: header.path, message: "has a header but no rows") }
        return (account, partial)
    }
}

/// Sizes and checks for reading a record file in pieces.
public enum RecordPieces {
    /// About 4 MB: a national extract of a million rows (about 90 MB) makes two dozen
    /// pieces, enough to keep every core busy to the end; the demonstration's files
    /// (under 6 MB) are read in one.
    public static let defaultSize = 4 << 20

    /// Whether any value appears twice in `lists`, taken together (see `RepeatedValues`).
    static func anyRepeat(in lists: [[UInt64]]) -> Bool {
        RepeatedValues.count(in: lists, stopAtFirst: true) > 0
    }
}

/// How a reading keeps the references of its valid rows.
struct ReferenceLog {
    enum Mode: Sendable {
        /// Each reference is checked against those before it as it comes (a set of
        /// every reference so far), and a repeat is rejected.
        case reject
        /// Each reference is only written down; repeats are looked for at the end
        /// (`RecordPieces.anyRepeat`), and the file read again in `.reject` mode if any.
        case collect
    }

    let mode: Mode
    /// Every reference so far (a fingerprint, already well mixed), in `.reject` mode.
    private var seen = FlatTable()
    private(set) var collected: [UInt64] = []

    init(_ mode: Mode) { self.mode = mode }

    /// Notes a valid row's reference: false when it repeats an earlier one, which is
    /// only known here in `.reject` mode.
    @inline(__always)
    mutating func insert(_ fingerprint: UInt64) -> Bool {
        switch mode {
        case .reject:
            return seen.add(fingerprint) == 1
        case .collect:
            collected.append(fingerprint)
            return true
        }
    }
}

extension InputAccount {
    /// Moves the lines of every problem kept by `lines` (a piece read from line 1).
    mutating func shiftLines(by lines: Int) {
        guard lines != 0 else { return }
        for index in problems.indices {
            if let line = problems[index].line { problems[index].line = line + lines }
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

    init(header: CSVHeader, schemaNames: [String]) {
        self.header = header
        self.schemaNames = schemaNames
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

    /// A coded value, `what` it is named in messages; a blank field is `blank`.
    @inline(__always)
    func code<Value: RecordCode>(_ column: Int, blank: Value, what: String, expected: String) throws(RowProblem) -> Value {
        let bytes = stored(column)
        if bytes.isEmpty { return blank }
        guard let value = Value.match(bytes) else { throw badValue(column, what: what, expected: expected) }
        return value
    }

    @inline(never)
    private func badValue(_ column: Int, what: String, expected: String) -> RowProblem {
        invalid(column, "is not \(what) (expected \(expected))", reason: badReason(column))
    }

    /// `Y`, `N`, or blank (nil).
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
        throw badValue(column, what: "a flag", expected: "Y, N or blank")
    }

    /// `M`, `F`, `U`, or blank (unknown).
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
        throw badValue(column, what: "a sex", expected: "M, F, U or blank")
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

