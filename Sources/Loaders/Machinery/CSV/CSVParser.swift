internal import CSVScan

/// The outcome of asking a `CSVParser` for its next record.
public enum CSVParseResult: Sendable {
    /// The record was filled in.
    case record
    /// The file has no more records.
    case end
    /// The record breaks RFC 4180; the parser has moved past it to the next line.
    case malformed(InputError)
}

/// A byte-level RFC 4180 reader over a memory-mapped file.
///
/// It accepts quoted fields holding commas, line breaks and doubled quotes (`""`),
/// LF, CRLF and lone CR line endings, and a UTF-8 byte order mark. Blank lines are
/// skipped. A malformed record (a quote inside an unquoted field, text after a closing
/// quote, a quote never closed) is reported with its line and column, and reading
/// goes on at the next line, so one bad row never hides the rest of a file.
public struct CSVParser {
    public let file: MappedFile
    private var offset: Int
    /// The physical line (1-based) at `offset`.
    private var line = 1
    /// Where reading stops: the end of the file, or of the piece being read.
    private let end: Int

    public init(file: MappedFile) {
        self.file = file
        let bytes = file.bytes
        let hasByteOrderMark = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        offset = hasByteOrderMark ? 3 : 0
        end = bytes.count
    }

    /// A parser over one piece of the file, `range`, which must start at the start of a
    /// record and end at the end of one (after its line break, or at the end of the
    /// file); `line` is the physical line on which the piece starts, as messages give it.
    public init(file: MappedFile, range: Range<Int>, line: Int) {
        precondition(range.lowerBound >= 0 && range.upperBound <= file.bytes.count, "range outside the file")
        self.file = file
        offset = range.lowerBound
        end = range.upperBound
        self.line = line
    }

    /// Where the next record starts (or the end of the input), and its physical line.
    public var position: (offset: Int, line: Int) { (offset, line) }

    /// Whether the file starts with a UTF-8 byte order mark.
    public var startsWithByteOrderMark: Bool {
        let bytes = file.bytes
        return bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
    }

    /// Reads the next record into `record`, reusing its storage.
    public mutating func next(into record: inout CSVRecord) -> CSVParseResult {
        let bytes = file.bytes
        let count = end
        record.reset(base: bytes.baseAddress)
        guard let base = bytes.baseAddress else { return .end }
        let p = base.assumingMemoryBound(to: UInt8.self)

        skipBlankLines(p, count)
        if offset >= count { return .end }
        record.line = line
        record.startOffset = offset
        if readUnquoted(p, count, into: &record) { return .record }
        var i = offset

        while true {
            if i < count, p[i] == ASCII.quote {
                let fieldOffset = i
                let openingLine = line
                i += 1
                let contentStart = i
                var isEscaped = false
                while true {
                    guard i < count else {
                        // The lines from the quote's to the last (a final line break ends a line).
                        let lines = line - openingLine + (p[count - 1] == ASCII.lineFeed || p[count - 1] == ASCII.carriageReturn ? 0 : 1)
                        let taken = lines > 1 ? " (it takes the remaining \(lines) lines)" : ""
                        let error = makeError(record, at: fieldOffset, "a quoted field starts here but its closing quote is missing\(taken)")
                        offset = count
                        return .malformed(error)
                    }
                    let byte = p[i]
                    if byte == ASCII.quote {
                        if i + 1 < count, p[i + 1] == ASCII.quote {
                            isEscaped = true
                            i += 2
                            continue
                        }
                        break
                    }
                    if byte == ASCII.lineFeed || (byte == ASCII.carriageReturn && (i + 1 >= count || p[i + 1] != ASCII.lineFeed)) {
                        line += 1
                    }
                    i += 1
                }
                record.append(fieldOffset: fieldOffset, contentStart: contentStart, contentEnd: i, escaped: isEscaped)
                i += 1
                if i >= count {
                    offset = i
                    return .record
                }
                let byte = p[i]
                if byte == ASCII.comma {
                    i += 1
                    continue
                }
                if byte == ASCII.lineFeed || byte == ASCII.carriageReturn {
                    offset = i
                    consumeLineEnd(p, count)
                    return .record
                }
                // A quote that swallowed lines is told where it opened, with what it took.
                let error = line > openingLine
                    ? makeError(record, at: fieldOffset, "a quoted field starts here and takes \(line - openingLine + 1) lines, to a closing quote followed by more text (a stray quote?)")
                    : makeError(record, at: i, "unexpected text after the closing quote of a field (expected a comma or the end of the line)")
                offset = i
                skipToNextLine(p, count)
                return .malformed(error)
            } else {
                let start = i
                i = CSVParser.nextSpecial(p, from: i, count: count)
                if i < count, p[i] == ASCII.quote {
                    let error = makeError(record, at: i, "a quote inside an unquoted field (a field holding quotes must be quoted whole, with each quote doubled)")
                    offset = i
                    skipToNextLine(p, count)
                    return .malformed(error)
                }
                record.append(fieldOffset: start, contentStart: start, contentEnd: i, escaped: false)
                if i >= count {
                    offset = i
                    return .record
                }
                if p[i] == ASCII.comma {
                    i += 1
                    continue
                }
                offset = i
                consumeLineEnd(p, count)
                return .record
            }
        }
    }

    /// The common case, a record with no quote that ends in a line break at least eight
    /// bytes before `count`: read 64 bytes at a time (SIMD, `sna_csv_marks64`) while as
    /// many remain before `count`, then eight (SWAR, `specials`), every comma and line
    /// break of a block found at once, exactly. Returns false, with `record` emptied and
    /// the parser where it was, for anything else, which the general code reads.
    @inline(__always)
    private mutating func readUnquoted(_ p: UnsafePointer<UInt8>, _ count: Int, into record: inout CSVRecord) -> Bool {
        var i = offset
        var fieldStart = i
        while i &+ 8 <= count {
            // One bit per byte of the block, set for each comma, quote, LF and CR.
            let width = i &+ 64 <= count ? 64 : 8
            var marks = width == 64 ? sna_csv_marks64(p + i) : CSVParser.specials8(p + i)
            // Room for every field the block can end, written through a local pointer
            // and counted once at the end of the block (not one checked append a field).
            let fields = record.reserveFields(width)
            var added = 0
            while marks != 0 {
                let at = i &+ marks.trailingZeroBitCount
                let byte = p[at]
                if byte == ASCII.comma {
                    fields[added] = CSVRecord.Field(offset: fieldStart, contentStart: fieldStart, contentEnd: at, escaped: false)
                    added &+= 1
                    fieldStart = at &+ 1
                } else if byte == ASCII.quote {
                    record.reset(base: record.base)
                    return false
                } else {
                    fields[added] = CSVRecord.Field(offset: fieldStart, contentStart: fieldStart, contentEnd: at, escaped: false)
                    record.commitFields(added &+ 1)
                    offset = at
                    consumeLineEnd(p, count)
                    return true
                }
                marks &= marks &- 1
            }
            record.commitFields(added)
            i &+= width
        }
        record.reset(base: record.base)
        return false
    }

    /// `specials` of the eight bytes at `p`, one bit per byte: bit k for byte k.
    @inline(__always)
    static func specials8(_ p: UnsafePointer<UInt8>) -> UInt64 {
        let marks = specials(UInt64(littleEndian: UnsafeRawPointer(p).loadUnaligned(as: UInt64.self)))
        // Bit 8k + 7 to bit k: the multiply moves each to bit 56 + k, with no carries.
        return ((marks &>> 7) &* 0x0102_0408_1020_4080) &>> 56
    }

    /// The high bit of each byte of `word` that is a comma, quote, LF or CR; exact (no
    /// byte after a match is marked, unlike the shorter test in `nextSpecial`).
    @inline(__always)
    static func specials(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        // For each target, the high bit of every byte that differs from it.
        @inline(__always) func differs(_ target: UInt8) -> UInt64 {
            let x = word ^ (ones &* UInt64(target))
            return ((x & lows) &+ lows) | x
        }
        return ~(differs(ASCII.comma) & differs(ASCII.quote) & differs(ASCII.lineFeed) & differs(ASCII.carriageReturn)) & ~lows
    }

    /// The offset of the first comma, quote, LF or CR at or after `start` (or `count`).
    ///
    /// The hot loop of every loader: it looks at eight bytes at a time, marking the
    /// bytes equal to each of the four with the classic zero-byte test on
    /// `word ^ repeated(target)`. That test can also mark bytes after a true match (a
    /// borrow runs upwards), never before one, so the lowest marked byte is exact.
    @inline(__always)
    static func nextSpecial(_ p: UnsafePointer<UInt8>, from start: Int, count: Int) -> Int {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        var i = start
        while i &+ 8 <= count {
            let word = UInt64(littleEndian: UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self))
            let comma = word ^ (ones &* UInt64(ASCII.comma))
            let quote = word ^ (ones &* UInt64(ASCII.quote))
            let lineFeed = word ^ (ones &* UInt64(ASCII.lineFeed))
            let carriageReturn = word ^ (ones &* UInt64(ASCII.carriageReturn))
            let marks = ((comma &- ones) & ~comma) | ((quote &- ones) & ~quote)
                | ((lineFeed &- ones) & ~lineFeed) | ((carriageReturn &- ones) & ~carriageReturn)
            let found = marks & highs
            if found != 0 { return i &+ (found.trailingZeroBitCount &>> 3) }
            i &+= 8
        }
        while i < count {
            let byte = p[i]
            if byte == ASCII.comma || byte == ASCII.lineFeed || byte == ASCII.carriageReturn || byte == ASCII.quote { return i }
            i &+= 1
        }
        return count
    }

    private func makeError(_ record: CSVRecord, at byteOffset: Int, _ message: String) -> InputError {
        let location = record.location(ofByte: byteOffset)
        return InputError(path: file.displayPath, line: location.line, column: location.column, message: message)
    }

    private mutating func skipBlankLines(_ p: UnsafePointer<UInt8>, _ count: Int) {
        while offset < count {
            let byte = p[offset]
            guard byte == ASCII.lineFeed || byte == ASCII.carriageReturn else { return }
            consumeLineEnd(p, count)
        }
    }

    /// Moves past one LF, CRLF or lone CR at `offset`.
    private mutating func consumeLineEnd(_ p: UnsafePointer<UInt8>, _ count: Int) {
        if p[offset] == ASCII.carriageReturn, offset + 1 < count, p[offset + 1] == ASCII.lineFeed {
            offset += 2
        } else {
            offset += 1
        }
        line += 1
    }

    /// After a malformed record: moves to the start of the next physical line.
    private mutating func skipToNextLine(_ p: UnsafePointer<UInt8>, _ count: Int) {
        while offset < count {
            let byte = p[offset]
            if byte == ASCII.lineFeed || byte == ASCII.carriageReturn {
                consumeLineEnd(p, count)
                return
            }
            offset += 1
        }
    }
}
