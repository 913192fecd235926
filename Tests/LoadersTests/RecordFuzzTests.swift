import Loaders
import Testing

/// Throws arbitrary and mutated bytes at the CSV reader and the record loaders: each
/// must end with an error or a result (never a crash or a hang), and every result must
/// account for every row.
@Suite("Randomized input")
struct RecordFuzzTests {
    static let budget = Duration.milliseconds(600)
    static let iterationLimit = 400

    /// Bytes that matter to the reader and the validators.
    static let interesting: [[UInt8]] = [
        [0x2C], [0x22], [0x0A], [0x0D], [0x0D, 0x0A], [0x22, 0x22], [0x20], [0x00], [0xFF], [0xC3, 0xA9],
        [0xE2, 0x82], [0xEF, 0xBB, 0xBF], Array("E01000001".utf8), Array("2019-02-29".utf8), Array("T25:00".utf8),
        Array("5D".utf8), Array("121".utf8), Array("Y".utf8), Array("knife".utf8), Array("assault".utf8), Array("0".utf8),
    ]

    static func randomBytes(_ random: inout SplitMix64) -> [UInt8] {
        let count = Int(random.next() % 200)
        var bytes: [UInt8] = []
        for _ in 0..<count {
            if random.next() % 3 == 0 {
                bytes += interesting[Int(random.next() % UInt64(interesting.count))]
            } else {
                bytes.append(UInt8(truncatingIfNeeded: random.next()))
            }
        }
        return bytes
    }

    /// A valid file with a few random edits: bytes replaced, inserted, removed, lines
    /// duplicated, the file cut short.
    static func mutated(_ kind: RecordKind, _ random: inout SplitMix64) -> [UInt8] {
        var lines = [kind.header]
        for _ in 0..<(1 + random.next() % 6) { lines.append(kind.goodRow) }
        var bytes = Array(lines.joined(separator: random.next() % 2 == 0 ? "\n" : "\r\n").utf8)
        for _ in 0..<(1 + random.next() % 6) {
            guard !bytes.isEmpty else { break }
            let at = Int(random.next() % UInt64(bytes.count))
            switch random.next() % 5 {
            case 0: bytes[at] = UInt8(truncatingIfNeeded: random.next())
            case 1: bytes.insert(contentsOf: interesting[Int(random.next() % UInt64(interesting.count))], at: at)
            case 2: bytes.remove(at: at)
            case 3: bytes.removeSubrange(at...)
            default: bytes.insert(contentsOf: Array(("\n" + kind.goodRow).utf8), at: at)
            }
        }
        return bytes
    }

    @Test("the CSV reader ends every random input, moving forward at each record")
    func parser() throws {
        var random = SplitMix64(seed: 0x5EED_0001)
        let folder = TemporaryFolder()
        let clock = ContinuousClock()
        let start = clock.now
        var iterations = 0
        while iterations < Self.iterationLimit && clock.now - start < Self.budget {
            let bytes = iterations % 2 == 0 ? Self.randomBytes(&random) : Self.mutated(RecordKind.allCases[iterations % 3], &random)
            let path = folder.write("fuzz.csv", bytes: bytes)
            let file = try MappedFile(path: path, displayPath: "fuzz.csv")
            var parser = CSVParser(file: file)
            var record = CSVRecord()
            var results = 0
            reading: while true {
                results += 1
                // Each result consumes at least one byte, so there are at most count + 1.
                try #require(results <= bytes.count + 1, "the reader did not move forward")
                switch parser.next(into: &record) {
                case .end: break reading
                case .malformed(let error):
                    #expect(error.line != nil && error.column != nil)
                case .record:
                    for field in 0..<record.count {
                        let location = record.location(ofField: field)
                        #expect(location.line >= record.line)
                        #expect(location.column >= 1)
                        _ = record.withBytes(field) { $0.count }
                    }
                }
            }
            iterations += 1
        }
        #expect(iterations > 0)
    }

    @Test("each loader ends every random input with an error or a balanced account", arguments: RecordKind.allCases)
    func loaders(_ kind: RecordKind) {
        var random = SplitMix64(seed: 0x5EED_0100 + UInt64(RecordKind.allCases.firstIndex(of: kind)!))
        let folder = TemporaryFolder()
        let clock = ContinuousClock()
        let start = clock.now
        var iterations = 0
        var results = 0
        var errors = 0
        while iterations < Self.iterationLimit && clock.now - start < Self.budget {
            let bytes = iterations % 4 == 0 ? Self.randomBytes(&random) : Self.mutated(kind, &random)
            let path = folder.write(kind.fileName, bytes: bytes)
            for strict in [false, true] {
                do {
                    let (account, sunk) = try kind.load(path, strict: strict)
                    expectSound(account, sunk: sunk)
                    if strict { #expect(account.rejectedCount == 0) }
                    results += 1
                } catch {
                    #expect(error.path == kind.fileName)
                    #expect(!error.message.isEmpty)
                    errors += 1
                }
            }
            iterations += 1
        }
        #expect(iterations > 0)
        #expect(results + errors == 2 * iterations)
    }
}
