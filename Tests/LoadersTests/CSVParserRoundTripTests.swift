import Foundation
import Loaders
import Testing

/// Writes random tables as RFC 4180 CSV, quoting where needed, and reads them back.
@Suite("CSV reader round trip")
struct CSVParserRoundTripTests {
    static let pieces = ["a", "Z", "1", " ", ",", "\"", "\r", "\n", "\r\n", "é", "€", "😀", "\t", "''", "x y"]
    /// Pieces that need no quotes, for long unquoted fields.
    static let plainPieces = pieces.filter { encode($0, alone: false, force: false) == $0 }

    static func field(_ random: inout SplitMix64, maxPieces: Int = 5, plain: Bool = false) -> String {
        let length = Int(random.next() % UInt64(maxPieces + 1))
        let pieces = plain ? Self.plainPieces : Self.pieces
        var text = ""
        for _ in 0..<length { text += pieces[Int(random.next() % UInt64(pieces.count))] }
        return text
    }

    /// The field as CSV: quoted, with quotes doubled, when it holds a comma, quote or line
    /// break, or when it is a row's only field and empty (a blank line is no record).
    static func encode(_ field: String, alone: Bool, force: Bool) -> String {
        let needsQuotes = force || (alone && field.isEmpty)
            || field.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        guard needsQuotes else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Line breaks in a field's text: LF, CRLF and lone CR each count once.
    static func lineBreaks(_ text: String) -> Int {
        let scalars = Array(text.unicodeScalars)
        var count = 0
        for (index, scalar) in scalars.enumerated() {
            if scalar == "\n" || (scalar == "\r" && (index + 1 == scalars.count || scalars[index + 1] != "\n")) { count += 1 }
        }
        return count
    }

    @Test("random fields with commas, quotes, CR, LF, CRLF, UTF-8 and blanks read back exactly")
    func roundTrip() throws {
        try Self.roundTrip(seed: 0xC5F_4180, maxPieces: 5)
    }

    /// Records longer than the reader's 64-byte blocks, up to several of them, most
    /// fields needing no quotes, so that many records have none.
    @Test("random long fields read back exactly")
    func roundTripLong() throws {
        try Self.roundTrip(seed: 0xC5F_4181, maxPieces: 60, plainShare: 0.8)
    }

    static func roundTrip(seed: UInt64, maxPieces: Int, plainShare: Double = 0) throws {
        var random = SplitMix64(seed: seed)
        let folder = TemporaryFolder()
        for _ in 0..<300 {
            var rows: [[String]] = []
            for _ in 0..<(1 + random.next() % 8) {
                rows.append((0..<(1 + random.next() % 6)).map { _ in
                    Self.field(&random, maxPieces: maxPieces, plain: plainShare > 0 && Double(random.next() % 100) < plainShare * 100)
                })
            }
            let endings = ["\n", "\r\n", "\r"]
            var text = ""
            for (index, row) in rows.enumerated() {
                text += row.map { Self.encode($0, alone: row.count == 1, force: random.next() % (plainShare > 0 ? 16 : 4) == 0) }.joined(separator: ",")
                if index < rows.count - 1 || random.next() % 2 == 0 {
                    text += endings[Int(random.next() % 3)]
                }
            }
            let path = folder.write("round-trip.csv", text)
            let file = try MappedFile(path: path, displayPath: "round-trip.csv")
            var parser = CSVParser(file: file)
            var record = CSVRecord()
            var read: [[String]] = []
            var expectedLine = 1
            reading: while true {
                switch parser.next(into: &record) {
                case .end: break reading
                case .malformed(let error): Issue.record("unexpected: \(error)"); break reading
                case .record:
                    #expect(record.line == expectedLine)
                    let fields = (0..<record.count).map { record.string($0) ?? "<not UTF-8>" }
                    read.append(fields)
                    // The next record starts after this one's line breaks and its own.
                    let breaks = fields.map(Self.lineBreaks).reduce(0, +)
                    expectedLine += breaks + 1
                }
            }
            #expect(read == rows, "\(text.debugDescription)")
        }
    }
}
