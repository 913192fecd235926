/// A police.uk coordinate (`-4.142657`, `50.371389`) read from a field's bytes.
///
/// The map reads a longitude and a latitude from every violence row, and making a
/// `String` of each to hand to `Double.init` cost 0.4 s of the 1 s the benchmark's
/// police.uk step takes. A plain decimal of at most 15 digits is read here without one,
/// and the result is exactly what `Double.init` gives: the digits form an integer below
/// 2^53 and the power of ten is at most 10^22, both exact as doubles, so their quotient is
/// the correctly rounded value (Clinger's fast path). Anything else (an exponent, more
/// digits, spaces) goes to `Double.init`.
enum Coordinate {
    static func parse(_ bytes: UnsafeRawBufferPointer) -> Double? {
        var index = 0
        var negative = false
        if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            negative = first == UInt8(ascii: "-")
            index = 1
        }
        var mantissa: UInt64 = 0
        var digits = 0
        var fractionDigits = 0
        var seenPoint = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: ".") && !seenPoint {
                seenPoint = true
            } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                mantissa = mantissa * 10 + UInt64(byte - UInt8(ascii: "0"))
                digits += 1
                if seenPoint { fractionDigits += 1 }
            } else {
                return slowly(bytes)
            }
            if digits > 15 { return slowly(bytes) }
            index += 1
        }
        guard digits > 0 else { return slowly(bytes) }
        let value = Double(mantissa) / powersOfTen[fractionDigits]
        return negative ? -value : value
    }

    private static let powersOfTen: [Double] = (0...15).map { power in
        (0..<power).reduce(1.0) { value, _ in value * 10 }
    }

    private static func slowly(_ bytes: UnsafeRawBufferPointer) -> Double? {
        Double(String(decoding: bytes, as: UTF8.self))
    }
}
