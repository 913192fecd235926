#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch

/// Reading a record-level file whole or in pieces on every core, with the references
/// of its rows checked for repeats; the rows themselves are read by the schema.

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

    init(path: String, displayPath: String, geography: Geography, forceCode: String,
         codeLists: LocalCodeLists = [:]) throws(InputError) {
        let csv = try CSVFile(path: path, displayPath: displayPath)
        file = csv.parser.file
        header = csv.header
        schema = try Schema(header: csv.header, geography: geography, forceCode: forceCode)
        let known = Schema.columnNames
        shared = RowShared(header: csv.header,
                           schemaNames: csv.header.names.map { name in known.first { $0.lowercased() == name.lowercased() } ?? name },
                           codeLists: codeLists)
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
        var row = RecordRow(record: CSVRecord(), shared: shared, unmapped: UnmappedLog(strict: strict))
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
                    row.unmapped.flush(into: &account)
                } catch {
                    row.unmapped.clear()
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

extension RecordFile {
    /// What each record loader's `load` does: opens the file at `path` (named
    /// `displayPath` in messages) and reads it, in pieces on every core when `parallel`.
    /// Each piece's records go into a partial result from `start` with `add`, and the
    /// partial results are merged in file order with `merge`; what becomes of every row
    /// does not depend on the pieces. In strict mode the first rejected row throws.
    static func load<Partial: Sendable>(
        path: String, displayPath: String, geography: Geography, forceCode: String, codeLists: LocalCodeLists = [:],
        strict: Bool, parallel: Bool, pieceSize: Int, start: @Sendable () -> Partial,
        add: @Sendable (inout Partial, Schema.Record) -> Void, merge: (inout Partial, Partial) -> Void
    ) throws(InputError) -> (account: InputAccount, partial: Partial) {
        let file = try RecordFile(path: path, displayPath: displayPath, geography: geography, forceCode: forceCode,
                                  codeLists: codeLists)
        return try file.read(strict: strict, parallel: parallel, pieceSize: pieceSize, scan: file.scan,
                             start: start, add: add, merge: merge)
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
        for index in unmapped.indices { unmapped[index].line += lines }
    }
}
