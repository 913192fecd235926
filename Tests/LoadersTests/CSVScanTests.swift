import CSVScan
@testable import Loaders
import Testing

@Suite("CSV scanning")
struct CSVScanTests {
    @Test("the word-at-a-time scan finds the first special byte wherever it lies")
    func nextSpecial() {
        let specials: [UInt8] = [0x2C, 0x22, 0x0A, 0x0D]
        // Bytes that differ from a special one by one bit or a borrow, to catch a sloppy mask.
        let fillers: [UInt8] = [0x41, 0x01, 0x2D, 0x2B, 0x23, 0x0B, 0x0C, 0x0E, 0xAC, 0xA2, 0x80, 0xFF, 0x00]
        for length in 0...40 {
            for filler in fillers {
                for position in 0...length {
                    for special in specials {
                        var bytes = [UInt8](repeating: filler, count: length)
                        if position < length { bytes[position] = special }
                        // A second special later must not matter.
                        if position + 3 < length { bytes[position + 3] = specials[(Int(special) + 1) % 4] }
                        let expected = position < length ? position : length
                        for start in Set([0, max(0, position - 9), position]).sorted() {
                            let found = bytes.withUnsafeBufferPointer { buffer -> Int in
                                guard let base = buffer.baseAddress else { return 0 }
                                return CSVParser.nextSpecial(base, from: start, count: length)
                            }
                            #expect(found == expected, "length \(length) filler \(filler) at \(position) from \(start)")
                        }
                    }
                }
            }
        }
    }

    @Test("the 64-byte SIMD mask and the 8-byte SWAR mask mark exactly the commas, quotes, LFs and CRs")
    func marks64() {
        var random = SplitMix64(seed: 0x51_3D64)
        let specials: [UInt8] = [0x2C, 0x22, 0x0A, 0x0D]
        // Letters, and bytes one bit or the high bit away from a special one.
        let others: [UInt8] = [0x41, 0x7A, 0x00, 0xFF, 0xAC, 0xA2, 0x8A, 0x8D, 0x2D, 0x23, 0x0B, 0x0C, 0x2E, 0x20, 0x02]
        for round in 0..<8 {
            // From every other byte special to a few in a block.
            let density = UInt64([2, 3, 8, 40][round % 4])
            let bytes = (0..<1024).map { _ in
                random.next() % density == 0 ? specials[Int(random.next() % 4)] : others[Int(random.next() % UInt64(others.count))]
            }
            bytes.withUnsafeBufferPointer { buffer in
                guard let base = buffer.baseAddress else { return }
                for start in 0...(buffer.count - 64) {
                    var expected: UInt64 = 0
                    for k in 0..<64 where specials.contains(buffer[start + k]) { expected |= 1 << UInt64(k) }
                    let marks = sna_csv_marks64(base + start)
                    if marks != expected { Issue.record("at \(start): \(String(marks, radix: 2)) for \(String(expected, radix: 2))") }
                    // The eight-byte SWAR mask, one bit per byte, used near the end of the input.
                    let word = CSVParser.specials8(base + start)
                    if word != expected & 0xFF { Issue.record("specials8 at \(start): \(String(word, radix: 2)) for \(String(expected & 0xFF, radix: 2))") }
                }
            }
        }
    }

    @Test("reference table integers read from bytes as Int(String) did")
    func integers() {
        let cases: [(String, Int?)] = [
            ("0", 0), ("42", 42), (" 42\t", 42), ("1,234", 1234), ("1,2,3", 123), (",5", 5), ("-5", -5), ("+5", 5),
            ("-,5", -5), ("", nil), (" ", nil), (",", nil), ("+", nil), ("-", nil), ("5-", nil), ("+-5", nil), ("5 5", nil),
            ("1.5", nil), ("x", nil), ("9223372036854775807", Int.max), ("-9223372036854775808", Int.min),
            ("9223372036854775808", nil), ("-9223372036854775809", nil),
        ]
        for (text, expected) in cases {
            let old = Int(String(trimmingSpaces(text).filter { $0 != "," }))
            #expect(old == expected, "Int(String) for '\(text)'")
            #expect(Array(text.utf8).withUnsafeBytes(ReferenceTable.Row.parseInteger) == expected, "'\(text)'")
        }
    }

    @Test("trimming on bytes gives what trimming characters gave")
    func trimming() {
        let cases = ["", " ", "\t", "a", " a ", "\t a\t ", "E01018936", "  Plymouth 001A", "a b", " \u{301}x ", "x \u{301}",
                     " é ", "\té\t", "\u{301}", "  ", " a\r", "日本 "]
        for text in cases {
            var bytes = Array(text.utf8)
            bytes.withUnsafeMutableBytes { raw in
                var record = CSVRecord()
                record.reset(base: UnsafeRawPointer(raw.baseAddress))
                record.append(fieldOffset: 0, contentStart: 0, contentEnd: raw.count, escaped: false)
                #expect(record.trimmedString(0) == record.string(0).map(trimmingSpaces), "'\(text)'")
                #expect(record.trimmedString(0) == trimmingSpaces(text), "'\(text)'")
            }
        }
    }

    @Test("the 64-byte SIMD text test passes exactly the blocks of ASCII bytes with no NUL")
    func plainASCII64() {
        var random = SplitMix64(seed: 0xA5C11)
        for round in 0..<2000 {
            var bytes = (0..<64).map { _ in UInt8(0x01 + random.next() % 0x7F) }
            // Most blocks plain; some with one NUL or one high byte anywhere, in any lane.
            switch round % 3 {
            case 1: bytes[Int(random.next() % 64)] = 0
            case 2: bytes[Int(random.next() % 64)] = UInt8(0x80 + random.next() % 0x80)
            default: break
            }
            let expected = !bytes.contains { $0 == 0 || $0 >= 0x80 }
            let found = bytes.withUnsafeBufferPointer { sna_plain_ascii64($0.baseAddress!) != 0 }
            #expect(found == expected, "round \(round): \(bytes)")
        }
    }

    @Test("the text check finds a NUL, a stray high byte or a cut character wherever it lies in a long file")
    func textCheckPositions() {
        let plain = Array(repeating: Array("Crime ID,Month,LSOA code\n".utf8), count: 10).flatMap { $0 }
        for position in 0..<plain.count {
            for (bad, reason) in [([UInt8(0)], "a NUL byte"), ([UInt8(0xC3), 0x41], "byte 0xC3 then 0x41")] {
                var bytes = plain
                bytes.replaceSubrange(position..<min(position + bad.count, bytes.count), with: bad)
                let problem = bytes.withUnsafeBytes { TextCheck.firstProblem(in: $0) }
                #expect(problem?.offset == position && problem?.reason.contains(reason) == true, "at \(position)")
            }
            // A valid two-byte character is no problem.
            var accented = plain
            accented.replaceSubrange(position..<min(position + 2, accented.count), with: [0xC3, 0xA9])
            if accented.count == plain.count {
                #expect(accented.withUnsafeBytes { TextCheck.firstProblem(in: $0) } == nil, "é at \(position)")
            }
        }
    }

    @Test("text fingerprints: the word read for the last bytes gives what reading them one by one gives")
    func fingerprintTail() {
        /// The fingerprint with every byte after the whole words read one at a time.
        func reference(_ bytes: [UInt8]) -> UInt64 {
            let mix = StreetCrimeLoader.mix
            var even: UInt64 = 0x243F_6A88_85A3_08D3 ^ UInt64(bytes.count)
            var odd: UInt64 = 0x1319_8A2E_0370_7344
            func word(_ at: Int) -> UInt64 { (0..<8).reduce(0) { $0 | UInt64(bytes[at + $1]) << UInt64(8 * $1) } }
            var index = 0
            while index + 16 <= bytes.count {
                even = mix(even ^ word(index))
                odd = mix(odd ^ word(index + 8))
                index += 16
            }
            if index + 8 <= bytes.count {
                even = mix(even ^ word(index))
                index += 8
            }
            if index < bytes.count {
                var tail: UInt64 = 0
                for (shift, byte) in bytes[index...].enumerated() { tail |= UInt64(byte) << UInt64(8 * shift) }
                odd = mix(odd ^ tail)
            }
            return mix(even ^ (odd << 31 | odd >> 33))
        }
        var random = SplitMix64(seed: 0xF1_9E4)
        var seen: [UInt64: [UInt8]] = [:]
        for length in 0...70 {
            for _ in 0..<40 {
                let bytes = (0..<length).map { _ in UInt8(truncatingIfNeeded: random.next()) }
                let value = bytes.withUnsafeBytes { StreetCrimeLoader.fingerprint($0) }
                #expect(value == reference(bytes), "length \(length)")
                if let other = seen[value] { #expect(other == bytes, "two texts share a fingerprint") }
                seen[value] = bytes
            }
        }
    }
}
