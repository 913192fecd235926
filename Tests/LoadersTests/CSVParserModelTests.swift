import Loaders
import Testing

/// Compares the CSV reader with a byte-at-a-time model of its rules on random input,
/// record by record: fields, lines, errors and where reading goes on. The reader scans
/// records without quotes a block of bytes at a time (64, then 8 near the end of its
/// input), so the inputs hold records shorter and longer than a block, quotes and line
/// breaks on either side of block boundaries, and pieces cut anywhere, even mid-record.
@Suite("CSV reader against a byte-at-a-time model")
struct CSVParserModelTests {
    static let comma = UInt8(ascii: ","), quote = UInt8(ascii: "\""), lineFeed = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")

    struct Field: Equatable, CustomStringConvertible {
        var start: Int
        var end: Int
        var escaped: Bool
        var description: String { "\(start)..<\(end)\(escaped ? " escaped" : "")" }
    }

    enum Outcome: Equatable {
        case end
        case record(line: Int, fields: [Field])
        case malformed(line: Int, column: Int)
    }

    /// The reader's rules, one byte at a time over `bytes[..<end]` (ASCII only, so that
    /// a column is a byte count).
    struct Model {
        let bytes: [UInt8]
        let end: Int
        var offset: Int
        var line: Int

        func isLineBreak(_ byte: UInt8) -> Bool { byte == lineFeed || byte == carriageReturn }

        /// Moves past the LF, CRLF or lone CR at `offset`.
        mutating func consumeLineBreak() {
            let crlf = bytes[offset] == carriageReturn && offset + 1 < end && bytes[offset + 1] == lineFeed
            offset += crlf ? 2 : 1
            line += 1
        }

        mutating func skipToNextLine() {
            while offset < end {
                if isLineBreak(bytes[offset]) { consumeLineBreak(); return }
                offset += 1
            }
        }

        func malformed(recordStart: Int, recordLine: Int, at byte: Int) -> Outcome {
            var line = recordLine
            var lineStart = recordStart
            for i in recordStart..<byte where bytes[i] == lineFeed || (bytes[i] == carriageReturn && bytes[i + 1] != lineFeed) {
                line += 1
                lineStart = i + 1
            }
            return .malformed(line: line, column: byte - lineStart + 1)
        }

        mutating func next() -> Outcome {
            while offset < end, isLineBreak(bytes[offset]) { consumeLineBreak() }
            guard offset < end else { return .end }
            let recordStart = offset
            let recordLine = line
            var fields: [Field] = []
            var i = offset
            // The opening quote of the field just read when it ran over more than one line.
            var spanningOpening: Int?
            while true {
                if bytes[i] == quote {
                    let opening = i
                    let openingLine = line
                    i += 1
                    var escaped = false
                    while true {
                        guard i < end else {
                            offset = end
                            return malformed(recordStart: recordStart, recordLine: recordLine, at: opening)
                        }
                        if bytes[i] == quote {
                            if i + 1 < end, bytes[i + 1] == quote {
                                escaped = true
                                i += 2
                                continue
                            }
                            break
                        }
                        if bytes[i] == lineFeed || (bytes[i] == carriageReturn && (i + 1 == end || bytes[i + 1] != lineFeed)) { line += 1 }
                        i += 1
                    }
                    fields.append(Field(start: opening + 1, end: i, escaped: escaped))
                    spanningOpening = line > openingLine ? opening : nil
                    i += 1
                } else {
                    let start = i
                    while i < end, bytes[i] != comma, bytes[i] != quote, !isLineBreak(bytes[i]) { i += 1 }
                    if i < end, bytes[i] == quote {
                        offset = i
                        skipToNextLine()
                        return malformed(recordStart: recordStart, recordLine: recordLine, at: i)
                    }
                    fields.append(Field(start: start, end: i, escaped: false))
                }
                if i == end {
                    offset = i
                    return .record(line: recordLine, fields: fields)
                }
                if bytes[i] == comma {
                    i += 1
                    if i == end {
                        // A comma ending the input ends the record with an empty field.
                        fields.append(Field(start: i, end: i, escaped: false))
                        offset = i
                        return .record(line: recordLine, fields: fields)
                    }
                    continue
                }
                if isLineBreak(bytes[i]) {
                    offset = i
                    consumeLineBreak()
                    return .record(line: recordLine, fields: fields)
                }
                // Text after a closing quote: reported where the quote opened when the
                // field ran over lines (a stray quote that swallowed them).
                offset = i
                skipToNextLine()
                return malformed(recordStart: recordStart, recordLine: recordLine, at: spanningOpening ?? i)
            }
        }
    }

    /// Reads `bytes[range]` with the reader and the model, and expects the same outcome and
    /// position after each record.
    static func compare(_ file: MappedFile, _ bytes: [UInt8], _ range: Range<Int>) {
        var parser = CSVParser(file: file, range: range, line: 1)
        var model = Model(bytes: bytes, end: range.upperBound, offset: range.lowerBound, line: 1)
        var record = CSVRecord()
        while true {
            let expected = model.next()
            let outcome: Outcome
            switch parser.next(into: &record) {
            case .end: outcome = .end
            case .malformed(let error): outcome = .malformed(line: error.line ?? 0, column: error.column ?? 0)
            case .record:
                let base = file.bytes.baseAddress
                let fields = (0..<record.count).map { index -> Field in
                    let stored = record.storedBytes(index)
                    let start = stored.baseAddress.flatMap { address in base.map { address - $0 } } ?? -1
                    return Field(start: start, end: start + stored.count, escaped: record.isEscaped(index))
                }
                outcome = .record(line: record.line, fields: fields)
            }
            guard outcome == expected, parser.position == (model.offset, model.line) else {
                Issue.record("""
                    in \(range) of \(String(decoding: bytes, as: UTF8.self).debugDescription):
                    read \(outcome) and stopped at \(parser.position); expected \(expected) and \(model.offset), \(model.line)
                    """)
                return
            }
            if outcome == .end { return }
        }
    }

    /// A row of letter fields and commas with one line break at the end: `length` bytes
    /// before it, a comma every few bytes, and a stray quote at `quoteAt` if given.
    static func row(length: Int, quoteAt: Int?, _ random: inout SplitMix64) -> [UInt8] {
        var bytes = (0..<length).map { _ in random.next() % 6 == 0 ? comma : UInt8(ascii: "a") + UInt8(random.next() % 26) }
        if let quoteAt, quoteAt >= 0, quoteAt < length { bytes[quoteAt] = quote }
        return bytes
    }

    @Test("records of every length around the block sizes, with a quote or not, cut anywhere")
    func blockBoundaries() throws {
        var random = SplitMix64(seed: 0xB10C_0064)
        let folder = TemporaryFolder()
        let endings: [[UInt8]] = [[Self.lineFeed], [Self.carriageReturn, Self.lineFeed], [Self.carriageReturn]]
        for length in Array(0...20) + Array(54...76) + Array(118...140) + Array(182...196) {
            for quoteAt in [nil, 0, length / 2, length - 1, 7, 8, 63, 64, 65, 127, 128] {
                let ending = endings[Int(random.next() % 3)]
                // The record, a second one as long, and a third without a final line break.
                let bytes = Self.row(length: length, quoteAt: quoteAt, &random) + ending
                    + Self.row(length: length, quoteAt: nil, &random) + ending + Self.row(length: Int(random.next() % 80), quoteAt: nil, &random)
                let file = try MappedFile(path: folder.write("blocks.csv", bytes: bytes), displayPath: "blocks.csv")
                for cut in Set([bytes.count] + (0..<6).map { _ in Int(random.next() % UInt64(bytes.count + 1)) }) {
                    Self.compare(file, bytes, 0..<cut)
                }
                let start = length + ending.count
                Self.compare(file, bytes, start..<bytes.count)
                Self.compare(file, bytes, 0..<start)
                Self.compare(file, bytes, 0..<(start - 1))
            }
        }
    }

    @Test("random bytes, mostly commas, quotes, line breaks and letters, read as the model reads them")
    func randomBytes() throws {
        var random = SplitMix64(seed: 0xB10C_0065)
        let folder = TemporaryFolder()
        let specials: [UInt8] = [Self.comma, Self.comma, Self.comma, Self.lineFeed, Self.lineFeed, Self.carriageReturn, Self.quote]
        for iteration in 0..<400 {
            // How often a byte is special: from every other byte to a few in a long record.
            let density = [2, 5, 12, 30, 90][iteration % 5]
            let count = Int(random.next() % 400)
            let bytes = (0..<count).map { _ -> UInt8 in
                random.next() % UInt64(density) == 0 ? specials[Int(random.next() % UInt64(specials.count))] : UInt8(ascii: "A") + UInt8(random.next() % 26)
            }
            let file = try MappedFile(path: folder.write("random.csv", bytes: bytes), displayPath: "random.csv")
            Self.compare(file, bytes, 0..<count)
            for _ in 0..<4 {
                let lower = Int(random.next() % UInt64(count + 1))
                let upper = lower + Int(random.next() % UInt64(count - lower + 1))
                Self.compare(file, bytes, lower..<upper)
            }
        }
    }

    @Test("random rows with long fields, quoted fields and stray quotes read as the model reads them")
    func randomRows() throws {
        var random = SplitMix64(seed: 0xB10C_0066)
        let folder = TemporaryFolder()
        let endings: [[UInt8]] = [[Self.lineFeed], [Self.carriageReturn, Self.lineFeed], [Self.carriageReturn]]
        for _ in 0..<300 {
            var bytes: [UInt8] = []
            for rowIndex in 0..<(1 + random.next() % 12) {
                if rowIndex > 0 { bytes += endings[Int(random.next() % 3)] }
                if random.next() % 10 == 0 { bytes += endings[Int(random.next() % 3)] }
                for field in 0..<(1 + random.next() % 16) {
                    if field > 0 { bytes.append(Self.comma) }
                    let length = random.next() % 8 == 0 ? 30 + Int(random.next() % 120) : Int(random.next() % 14)
                    var text = Self.row(length: length, quoteAt: nil, &random).filter { $0 != Self.comma }
                    switch random.next() % 40 {
                    case 0: text.insert(Self.quote, at: Int(random.next() % UInt64(text.count + 1)))
                    case 1...3:
                        // Quoted, with a doubled quote, a comma or a line break inside.
                        let inside: [[UInt8]] = [[Self.quote, Self.quote], [Self.comma], [Self.lineFeed], [Self.carriageReturn, Self.lineFeed], [Self.carriageReturn]]
                        text.insert(contentsOf: inside[Int(random.next() % 5)], at: Int(random.next() % UInt64(text.count + 1)))
                        text = [Self.quote] + text + [Self.quote]
                        if random.next() % 8 == 0 { text.append(UInt8(ascii: "x")) }
                    default: break
                    }
                    bytes += text
                }
            }
            if random.next() % 2 == 0 { bytes += endings[Int(random.next() % 3)] }
            let file = try MappedFile(path: folder.write("rows.csv", bytes: bytes), displayPath: "rows.csv")
            Self.compare(file, bytes, 0..<bytes.count)
            for _ in 0..<3 {
                Self.compare(file, bytes, 0..<Int(random.next() % UInt64(bytes.count + 1)))
            }
        }
    }
}
