/// One record of a CSV file: where each field's bytes lie in the mapped file.
///
/// A record is a view: it borrows the bytes of the `MappedFile` its parser reads, and
/// is valid while that parser lives. It is reused from record to record, so reading a
/// file allocates nothing per row.
public struct CSVRecord {
    /// The physical line (1-based) on which the record starts.
    public internal(set) var line: Int = 0
    var startOffset = 0
    var base: UnsafeRawPointer?
    /// Where each field lies: a buffer reused from record to record. A copy of a record
    /// shares it, which is safe because a record is only ever read before the next one
    /// is parsed into it (a record is a view, see above).
    private let fields = FieldBuffer()

    struct Field {
        /// Offset of the field's first byte in the file (its opening quote when quoted).
        var offset: Int
        /// Offsets of the field's content, without surrounding quotes.
        var contentStart: Int
        var contentEnd: Int
        /// Whether the field holds doubled quotes (`""`) that stand for one quote.
        var escaped: Bool
    }

    public init() {}

    /// The number of fields in the record.
    public var count: Int { fields.count }

    mutating func reset(base: UnsafeRawPointer?) {
        self.base = base
        fields.count = 0
    }

    @inline(__always)
    mutating func append(fieldOffset: Int, contentStart: Int, contentEnd: Int, escaped isEscaped: Bool) {
        fields.append(Field(offset: fieldOffset, contentStart: contentStart, contentEnd: contentEnd, escaped: isEscaped))
    }

    /// Room for `extra` more fields: where the next field goes. Fields written there
    /// count once `commitFields` says how many were written.
    @inline(__always)
    mutating func reserveFields(_ extra: Int) -> UnsafeMutablePointer<Field> {
        fields.reserve(extra)
    }

    @inline(__always)
    mutating func commitFields(_ written: Int) {
        fields.count &+= written
    }

    /// Whether field `index` is empty.
    @inline(__always)
    public func isEmpty(_ index: Int) -> Bool { fields[index].contentStart == fields[index].contentEnd }

    /// The byte length of field `index`'s content as stored (before unescaping quotes).
    @inline(__always)
    public func length(_ index: Int) -> Int { fields[index].contentEnd - fields[index].contentStart }

    /// Whether field `index` holds doubled quotes (`""`), so that its stored bytes are
    /// not its value.
    @inline(__always)
    public func isEscaped(_ index: Int) -> Bool { fields[index].escaped }

    /// The field's content as stored in the file: without surrounding quotes, but with
    /// doubled quotes still doubled (see `isEscaped`). Valid while the record is.
    @inline(__always)
    public func storedBytes(_ index: Int) -> UnsafeRawBufferPointer {
        let field = fields[index]
        guard let base else { return UnsafeRawBufferPointer(start: nil, count: 0) }
        return UnsafeRawBufferPointer(start: base + field.contentStart, count: field.contentEnd - field.contentStart)
    }

    /// Calls `body` with the field's bytes, quotes unescaped, without copying when it can.
    @inline(__always)
    public func withBytes<Result>(_ index: Int, _ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        let field = fields[index]
        let start = field.contentStart
        let end = field.contentEnd
        guard let base else { return try body(UnsafeRawBufferPointer(start: nil, count: 0)) }
        let raw = UnsafeRawBufferPointer(start: base + start, count: end - start)
        guard field.escaped else { return try body(raw) }
        var unescaped: [UInt8] = []
        unescaped.reserveCapacity(raw.count)
        var i = 0
        while i < raw.count {
            let byte = raw[i]
            unescaped.append(byte)
            // Inside quotes every quote is doubled, so skip the second of each pair.
            i += (byte == ASCII.quote) ? 2 : 1
        }
        return try unescaped.withUnsafeBytes(body)
    }

    /// The field as text, or nil when its bytes are not valid UTF-8.
    public func string(_ index: Int) -> String? {
        withBytes(index) { String(validating: $0, as: UTF8.self) }
    }

    /// The field as text with surrounding spaces removed, or nil when not valid UTF-8.
    ///
    /// Reference tables read every field this way (tens of thousands of LSOA rows), so
    /// an all-ASCII field is trimmed on its bytes before one `String` is made. That is
    /// the same as trimming characters only when every byte is ASCII (a space followed
    /// by a combining mark is one character, not a space), so other fields go the slow way.
    public func trimmedString(_ index: Int) -> String? {
        withBytes(index) { bytes in
            if bytes.contains(where: { $0 >= 0x80 }) {
                return String(validating: bytes, as: UTF8.self).map(trimmingSpaces)
            }
            return String(decoding: trimmingSpaces(bytes), as: UTF8.self)
        }
    }

    /// Whether the field's bytes equal `literal` (ASCII, exact case).
    @inline(__always)
    public func equals(_ index: Int, _ literal: StaticString) -> Bool {
        withBytes(index) { bytes in
            guard bytes.count == literal.utf8CodeUnitCount else { return false }
            let other = UnsafeRawBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount)
            return bytes.elementsEqual(other)
        }
    }

    /// The physical line and column (1-based, in characters) at which field `index` starts.
    public func location(ofField index: Int) -> (line: Int, column: Int) {
        location(ofByte: fields[index].offset)
    }

    /// The physical line and column (1-based, in characters) of a byte of this record.
    public func location(ofByte offset: Int) -> (line: Int, column: Int) {
        guard let base else { return (line, 1) }
        let bytes = UnsafeRawBufferPointer(start: base, count: offset + 1)
        var line = self.line
        var lineStart = startOffset
        var i = startOffset
        while i < offset {
            let byte = bytes[i]
            if byte == ASCII.lineFeed {
                line += 1
                lineStart = i + 1
            } else if byte == ASCII.carriageReturn, i + 1 >= offset || bytes[i + 1] != ASCII.lineFeed {
                line += 1
                lineStart = i + 1
            }
            i += 1
        }
        var column = 1
        var j = lineStart
        while j < offset {
            // Count characters, not bytes: skip UTF-8 continuation bytes.
            if bytes[j] & 0xC0 != 0x80 { column += 1 }
            j += 1
        }
        return (line, column)
    }
}

/// The fields of a record: a growable buffer with no uniqueness check per append, which
/// an `Array` would make for every field of every row.
final class FieldBuffer {
    private var storage: UnsafeMutablePointer<CSVRecord.Field>
    private var capacity: Int
    var count = 0

    init() {
        capacity = 32
        storage = .allocate(capacity: capacity)
    }

    deinit { storage.deallocate() }

    @inline(__always)
    func append(_ field: CSVRecord.Field) {
        if count == capacity { grow() }
        (storage + count).initialize(to: field)
        count += 1
    }

    /// Where the next field goes, with room for `extra` fields from there (the caller
    /// then adds to `count` the number it wrote; `Field` is a trivial type).
    @inline(__always)
    func reserve(_ extra: Int) -> UnsafeMutablePointer<CSVRecord.Field> {
        while count &+ extra > capacity { grow() }
        return storage + count
    }

    @inline(__always)
    subscript(index: Int) -> CSVRecord.Field {
        precondition(index >= 0 && index < count, "field index out of range")
        return storage[index]
    }

    private func grow() {
        let larger = UnsafeMutablePointer<CSVRecord.Field>.allocate(capacity: capacity * 2)
        larger.moveInitialize(from: storage, count: count)
        storage.deallocate()
        storage = larger
        capacity *= 2
    }
}

/// `bytes` without leading and trailing spaces and tabs: the one trim of the loaders'
/// byte-level readers.
@inline(__always)
func trimmingSpaces(_ bytes: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer {
    // Almost every field has nothing to trim: two bytes tell.
    guard let base = bytes.baseAddress, bytes.count > 0 else { return bytes }
    let first = base.load(as: UInt8.self)
    let last = base.load(fromByteOffset: bytes.count &- 1, as: UInt8.self)
    if first != ASCII.space, first != ASCII.tab, last != ASCII.space, last != ASCII.tab { return bytes }
    return trimmingSpacesSlowly(bytes)
}

private func trimmingSpacesSlowly(_ bytes: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer {
    var start = 0
    var end = bytes.count
    while start < end, bytes[start] == ASCII.space || bytes[start] == ASCII.tab { start += 1 }
    while end > start, bytes[end - 1] == ASCII.space || bytes[end - 1] == ASCII.tab { end -= 1 }
    if start == 0 && end == bytes.count { return bytes }
    return UnsafeRawBufferPointer(rebasing: bytes[start..<end])
}

/// Removes leading and trailing spaces and tabs.
func trimmingSpaces(_ text: String) -> String {
    var scalars = Substring(text)
    while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() }
    while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
    return String(scalars)
}

enum ASCII {
    static let quote: UInt8 = 0x22
    static let comma: UInt8 = 0x2C
    static let lineFeed: UInt8 = 0x0A
    static let carriageReturn: UInt8 = 0x0D
    static let space: UInt8 = 0x20
    static let tab: UInt8 = 0x09
    static let zero: UInt8 = 0x30
    static let nine: UInt8 = 0x39
    static let hyphen: UInt8 = 0x2D
    static let plus: UInt8 = 0x2B
}
