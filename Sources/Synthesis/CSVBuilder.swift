/// Builds CSV text byte by byte: RFC 4180 quoting where a field needs it, LF line
/// endings, numbers and dates formatted here (never through a locale).
struct CSVBuilder {
    // The bytes live in a buffer written through a pointer held by this struct:
    // appending to a byte array, or to a buffer held by a class, costs a generic call or
    // an exclusivity check per byte in unoptimised builds, which the tests use.
    // Call `finish()` once to take the text and free the buffer.
    private var storage: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var capacity: Int
    private var fieldsInRow = 0

    init(header: [String], reserving capacity: Int = 0) {
        self.capacity = max(capacity, 1024)
        storage = .allocate(capacity: self.capacity)
        for name in header { field(name) }
        endRow()
    }

    /// The CSV text; the builder must not be used afterwards.
    mutating func finish() -> String {
        let text = String(decoding: UnsafeBufferPointer(start: storage, count: count), as: UTF8.self)
        storage.deallocate()
        count = 0
        capacity = 0
        return text
    }

    private mutating func reserve(_ extra: Int) {
        guard count + extra > capacity else { return }
        var larger = capacity * 2
        while count + extra > larger { larger *= 2 }
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        bigger.update(from: storage, count: count)
        storage.deallocate()
        storage = bigger
        capacity = larger
    }

    private mutating func put(_ byte: UInt8) {
        if count == capacity { reserve(1) }
        storage[count] = byte
        count += 1
    }

    private mutating func put(_ text: String) {
        var copy = text
        copy.withUTF8 { utf8 in put(utf8) }
    }

    private mutating func put(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { buffer in put(buffer) }
    }

    private mutating func put(_ buffer: UnsafeBufferPointer<UInt8>) {
        guard let base = buffer.baseAddress else { return }
        reserve(buffer.count)
        (storage + count).update(from: base, count: buffer.count)
        count += buffer.count
    }

    @inline(__always)
    private mutating func separate() {
        if fieldsInRow > 0 { put(UInt8(ascii: ",")) }
        fieldsInRow += 1
    }

    /// A text field, quoted when it holds a comma, a double quote, CR or LF.
    mutating func field(_ text: String) {
        separate()
        let needsQuotes = text.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
        if !needsQuotes {
            put(text)
            return
        }
        put(UInt8(ascii: "\""))
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\"") { put(byte) }
            put(byte)
        }
        put(UInt8(ascii: "\""))
    }

    mutating func empty() { separate() }

    mutating func integer(_ value: Int) {
        separate()
        appendDigits(value, width: 1)
    }

    mutating func optionalInteger(_ value: Int?) {
        if let value { integer(value) } else { empty() }
    }

    /// `YYYY-MM-DD`.
    mutating func date(day: Int) {
        separate()
        appendDate(day)
    }

    /// `YYYY-MM-DDTHH:MM` for a minute number (minutes since 1970-01-01 00:00), or the
    /// date alone when `timeKnown` is false.
    mutating func dateTime(minute: Int, timeKnown: Bool = true) {
        separate()
        let day = floorDivide(minute, 1440)
        appendDate(day)
        guard timeKnown else { return }
        let minuteOfDay = minute - day * 1440
        put(UInt8(ascii: "T"))
        appendDigits(minuteOfDay / 60, width: 2)
        put(UInt8(ascii: ":"))
        appendDigits(minuteOfDay % 60, width: 2)
    }

    mutating func endRow() {
        put(0x0A)
        fieldsInRow = 0
    }

    private mutating func appendDate(_ day: Int) {
        let date = CalendarDays.date(day)
        appendDigits(date.year, width: 4)
        put(UInt8(ascii: "-"))
        appendDigits(date.month, width: 2)
        put(UInt8(ascii: "-"))
        appendDigits(date.day, width: 2)
    }

    /// Decimal digits of a value, left-padded with zeros to `width`.
    private mutating func appendDigits(_ value: Int, width: Int) {
        if value < 0 { put(UInt8(ascii: "-")) }
        let magnitude = value.magnitude
        var divisor: UInt = 1
        var length = 1
        while length < width || magnitude / divisor >= 10 {
            divisor *= 10
            length += 1
        }
        var rest = magnitude
        while divisor > 0 {
            put(UInt8(ascii: "0") &+ UInt8(rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }

    /// A field known to need no quoting (codes, fixed words, ASCII identifiers).
    mutating func plain(_ text: String) {
        separate()
        put(text)
    }

    /// A field of bytes known to need no quoting.
    mutating func plain(_ text: [UInt8]) {
        separate()
        put(text)
    }

    /// `prefix` then `value` zero-padded to `digits` (crime references, submission ids).
    mutating func numbered(_ prefix: [UInt8], _ value: Int, digits: Int) {
        separate()
        put(prefix)
        appendDigits(value, width: digits)
    }

    /// `LK` and 12 upper-case hexadecimal digits of the key's low 48 bits.
    mutating func linkageKey(_ key: UInt64) {
        separate()
        put(UInt8(ascii: "L"))
        put(UInt8(ascii: "K"))
        var shift: UInt64 = 48
        while shift > 0 {
            shift -= 4
            let nibble = UInt8((key >> shift) & 0xF)
            put(nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "A") + nibble - 10)
        }
    }
}

@inline(__always)
func floorDivide(_ a: Int, _ b: Int) -> Int {
    let quotient = a / b
    return (a % b != 0 && (a < 0) != (b < 0)) ? quotient - 1 : quotient
}


/// `indices` (each below 2^24) ordered by `minute(index)` (minutes since 1970, below
/// 2^38), ties in index order: sorted as packed integers, which is both quick and
/// total, so the order never depends on the sorting algorithm.
func sortedByTime(_ indices: [Int], _ minute: (Int) -> Int) -> [Int] {
    var packed = indices.map { minute($0) << 24 | $0 }
    packed.sort()
    return packed.map { $0 & 0xFF_FFFF }
}
