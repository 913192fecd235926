/// An ONS area code such as `E01018936` (a letter and eight digits), packed into 64 bits
/// so that hot loops hash an integer instead of a string.
public struct AreaCode: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let packed: UInt64

    /// Parses exactly one ASCII capital letter followed by eight digits.
    @inline(__always)
    public static func parse(_ bytes: UnsafeRawBufferPointer) -> AreaCode? {
        guard bytes.count == 9 else { return nil }
        let letter = bytes[0]
        guard letter >= 0x41 && letter <= 0x5A, let digits = Digits.value(bytes, 1, 8) else { return nil }
        return AreaCode(packed: UInt64(letter) << 32 | UInt64(digits))
    }

    public static func parse(_ text: String) -> AreaCode? {
        var copy = text
        return copy.withUTF8 { parse(UnsafeRawBufferPointer($0)) }
    }

    init(packed: UInt64) { self.packed = packed }

    public static func < (lhs: AreaCode, rhs: AreaCode) -> Bool { lhs.packed < rhs.packed }

    public var description: String {
        let letter = Character(Unicode.Scalar(UInt8(packed >> 32)))
        let digits = String(packed & 0xFFFF_FFFF)
        return String(letter) + String(repeating: "0", count: max(0, 8 - digits.count)) + digits
    }
}
