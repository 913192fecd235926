internal import CSVScan

/// Checks that a file is text a CSV loader can read: not binary, valid UTF-8.
public enum TextCheck {
    /// The offset of the first byte that makes the file unreadable as UTF-8 CSV text
    /// (a NUL byte, or an invalid UTF-8 sequence), with the reason; nil when it is fine.
    public static func firstProblem(in bytes: UnsafeRawBufferPointer) -> (offset: Int, reason: String)? {
        guard let base = bytes.baseAddress else { return nil }
        let p = base.assumingMemoryBound(to: UInt8.self)
        let count = bytes.count
        var i = 0
        while i < count {
            // Fastest path: 64 bytes at a time (SIMD) while all are ASCII without NUL.
            while i &+ 64 <= count, sna_plain_ascii64(p + i) != 0 { i &+= 64 }
            // Then 32 bytes at a time while all are ASCII without NUL. The NUL
            // test may also flag a byte after a real NUL (a borrow runs upwards), never
            // miss one; anything flagged is looked at byte by byte below.
            let ones: UInt64 = 0x0101_0101_0101_0101
            let highs: UInt64 = 0x8080_8080_8080_8080
            while i &+ 32 <= count {
                let a = UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self)
                let b = UnsafeRawPointer(p + i + 8).loadUnaligned(as: UInt64.self)
                let c = UnsafeRawPointer(p + i + 16).loadUnaligned(as: UInt64.self)
                let d = UnsafeRawPointer(p + i + 24).loadUnaligned(as: UInt64.self)
                let zero = ((a &- ones) & ~a) | ((b &- ones) & ~b) | ((c &- ones) & ~c) | ((d &- ones) & ~d)
                if (a | b | c | d | zero) & highs != 0 { break }
                i &+= 32
            }
            if i >= count { break }
            // Fast path: eight ASCII bytes with no NUL at a time.
            if i + 8 <= count {
                let word = UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self)
                let hasHighBit = word & 0x8080_8080_8080_8080 != 0
                let hasZeroByte = (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080 != 0
                if !hasHighBit && !hasZeroByte {
                    i += 8
                    continue
                }
            }
            let lead = p[i]
            if lead == 0 { return (i, "is binary, not CSV text (a NUL byte)") }
            if lead < 0x80 {
                i += 1
                continue
            }
            let length: Int
            var minimum: UInt32
            var scalar: UInt32
            switch lead {
            case 0xC2...0xDF: length = 2; minimum = 0x80; scalar = UInt32(lead & 0x1F)
            case 0xE0...0xEF: length = 3; minimum = 0x800; scalar = UInt32(lead & 0x0F)
            case 0xF0...0xF4: length = 4; minimum = 0x10000; scalar = UInt32(lead & 0x07)
            default: return (i, "is not UTF-8 text (byte 0x\(hex(lead)))")
            }
            guard i + length <= count else { return (i, "is not UTF-8 text (a character cut short at the end)") }
            for k in 1..<length {
                let next = p[i + k]
                guard next & 0xC0 == 0x80 else { return (i, "is not UTF-8 text (byte 0x\(hex(lead)) then 0x\(hex(next)))") }
                scalar = (scalar << 6) | UInt32(next & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) {
                return (i, "is not UTF-8 text (an invalid sequence from byte 0x\(hex(lead)))")
            }
            i += length
        }
        return nil
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }
}
