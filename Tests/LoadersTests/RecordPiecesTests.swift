import Loaders
import Testing

/// Reading a record file in pieces on several cores must give exactly what one reading
/// from start to end gives: the same records in the same order, the same account, the
/// same problems at the same lines, and in strict mode the same first error.
@Suite("Record files read in pieces")
struct RecordPiecesTests {
    /// What a reading gave, in a form that can be compared whole.
    enum Outcome: Equatable, CustomStringConvertible {
        case read(InputAccount, [String])
        case failed(InputError)

        var description: String {
            switch self {
            case .read(let account, let records): "read \(account.read), loaded \(account.loaded), rejected \(account.rejected), excluded \(account.excluded), problems \(account.problems.map(\.description)), \(records.count) records"
            case .failed(let error): "failed: \(error)"
            }
        }
    }

    /// Reads `path` whole (the sink loader) or in pieces of `pieceSize` bytes.
    static func read(_ kind: RecordKind, _ path: String, strict: Bool, pieceSize: Int?) -> Outcome {
        let geography = TinyGeography.geography
        let force = TinyGeography.force
        do throws(InputError) {
            switch kind {
            case .police:
                if let pieceSize {
                    let (account, records) = try PoliceRecordLoader.load(
                        path: path, displayPath: kind.fileName, geography: geography, forceCode: force, strict: strict,
                        parallel: true, pieceSize: pieceSize, start: { [String]() }, add: { $0.append("\($1)") }, merge: { $0 += $1 })
                    return .read(account, records)
                }
                let (account, records) = try PoliceRecordLoader.load(path: path, displayPath: kind.fileName, geography: geography,
                                                          forceCode: force, strict: strict, parallel: false,
                    start: { [String]() }, add: { $0.append("\($1)") }, merge: { $0 += $1 })
                return .read(account, records)
            case .emergencyDepartment:
                if let pieceSize {
                    let (account, records) = try EmergencyDepartmentLoader.load(
                        path: path, displayPath: kind.fileName, geography: geography, forceCode: force, strict: strict,
                        parallel: true, pieceSize: pieceSize, start: { [String]() }, add: { $0.append("\($1)") }, merge: { $0 += $1 })
                    return .read(account, records)
                }
                let (account, records) = try EmergencyDepartmentLoader.load(path: path, displayPath: kind.fileName, geography: geography,
                                                                 forceCode: force, strict: strict, parallel: false,
                    start: { [String]() }, add: { $0.append("\($1)") }, merge: { $0 += $1 })
                return .read(account, records)
            case .majorTrauma:
                if let pieceSize {
                    let (account, records) = try MajorTraumaLoader.load(
                        path: path, displayPath: kind.fileName, geography: geography, forceCode: force, strict: strict,
                        parallel: true, pieceSize: pieceSize, start: { [String]() }, add: { $0.append("\($1)") }, merge: { $0 += $1 })
                    return .read(account, records)
                }
                let (account, records) = try MajorTraumaLoader.load(path: path, displayPath: kind.fileName, geography: geography,
                                                         forceCode: force, strict: strict, parallel: false,
                    start: { [String]() }, add: { $0.append("\($1)") }, merge: { $0 += $1 })
                return .read(account, records)
            }
        } catch {
            return .failed(error)
        }
    }

    /// Each good row made distinct: its reference (the first field) and linkage key get a number.
    static func row(_ kind: RecordKind, _ number: Int) -> String {
        var fields = kind.goodRow.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        fields[0] = kind == .emergencyDepartment ? fields[0] : fields[0] + "-\(number)"
        fields[fields.count - 1] = "K\(number)"
        return fields.joined(separator: ",")
    }

    @Test("valid files give the same records and account in any piece size", arguments: RecordKind.allCases)
    func valid(kind: RecordKind) throws {
        let folder = TemporaryFolder()
        let rows = (1...60).map { Self.row(kind, $0) }
        let path = folder.write(kind.fileName, ([kind.header] + rows).joined(separator: "\n") + "\n")
        let whole = Self.read(kind, path, strict: false, pieceSize: nil)
        guard case .read(let account, let records) = whole else {
            Issue.record("the file was not read: \(whole)")
            return
        }
        #expect(account.loaded == 60 && records.count == 60)
        for size in [1, 7, 64, 100, 1000, 1 << 20] {
            #expect(Self.read(kind, path, strict: false, pieceSize: size) == whole, "piece size \(size)")
        }
    }

    @Test("a reference repeated in the same or a later piece is rejected there, as in one reading",
          arguments: [RecordKind.police, .majorTrauma])
    func repeatAcrossPieces(kind: RecordKind) throws {
        let folder = TemporaryFolder()
        var rows = (1...40).map { Self.row(kind, $0) }
        rows.insert(Self.row(kind, 2), at: 3)
        rows.append(Self.row(kind, 3))
        let path = folder.write("records.csv", ([kind.header] + rows).joined(separator: "\n") + "\n")
        let whole = Self.read(kind, path, strict: false, pieceSize: nil)
        guard case .read(let account, _) = whole else {
            Issue.record("the file was not read: \(whole)")
            return
        }
        #expect(account.rejected["duplicate reference"] == 2)
        #expect(account.problems.map(\.line) == [5, 43])
        // One piece (references checked after the reading), and several.
        for size in [1 << 20, 200, 7] {
            #expect(Self.read(kind, path, strict: false, pieceSize: size) == whole, "piece size \(size)")
            #expect(Self.read(kind, path, strict: true, pieceSize: size) == Self.read(kind, path, strict: true, pieceSize: nil),
                    "strict, piece size \(size)")
        }
    }

    @Test("problems in later pieces keep the lines a single reading gives them")
    func problemLines() throws {
        let folder = TemporaryFolder()
        var rows = (1...50).map { Self.row(.police, $0) }
        rows[10] = rows[10].replacingOccurrences(of: "2019-07-14", with: "2019-02-30")
        rows[45] = rows[45].replacingOccurrences(of: ",19,", with: ",200,")
        // A quoted field holding a line break, which a cut may fall inside.
        rows[30] = rows[30].replacingOccurrences(of: "CR1-31", with: "\"CR1\n-31\"")
        let path = folder.write("police.csv", ([RecordKind.police.header] + rows).joined(separator: "\r\n") + "\r\n")
        let whole = Self.read(.police, path, strict: false, pieceSize: nil)
        guard case .read(let account, _) = whole else {
            Issue.record("the file was not read: \(whole)")
            return
        }
        #expect(account.problems.map(\.line) == [12, 48])
        for size in [1, 50, 300, 700] {
            #expect(Self.read(.police, path, strict: false, pieceSize: size) == whole, "piece size \(size)")
            #expect(Self.read(.police, path, strict: true, pieceSize: size) == Self.read(.police, path, strict: true, pieceSize: nil))
        }
    }

    @Test("randomly damaged files give the same outcome in pieces as whole")
    func randomized() throws {
        var random = SplitMix64(seed: 0x5EED_0B17)
        let folder = TemporaryFolder()
        for iteration in 0..<150 {
            let kind = RecordKind.allCases[iteration % 3]
            var bytes = Array(([kind.header] + (1...(5 + Int(random.next() % 40))).map { Self.row(kind, $0) })
                .joined(separator: random.next() % 2 == 0 ? "\n" : "\r\n").utf8)
            for _ in 0..<(random.next() % 5) {
                guard bytes.count > kind.header.utf8.count + 1 else { break }
                let at = kind.header.utf8.count + 1 + Int(random.next() % UInt64(bytes.count - kind.header.utf8.count - 1))
                let insert = RecordFuzzTests.interesting[Int(random.next() % UInt64(RecordFuzzTests.interesting.count))]
                switch random.next() % 4 {
                case 0: bytes[at] = insert[0]
                case 1: bytes.insert(contentsOf: insert, at: at)
                case 2: bytes.remove(at: at)
                default: bytes.insert(contentsOf: Array(("\n" + Self.row(kind, 1)).utf8), at: at)
                }
            }
            let path = folder.write("\(iteration)-" + kind.fileName, bytes: bytes)
            let size = 1 + Int(random.next() % 400)
            for strict in [false, true] {
                let whole = Self.read(kind, path, strict: strict, pieceSize: nil)
                let pieces = Self.read(kind, path, strict: strict, pieceSize: size)
                #expect(pieces == whole, "iteration \(iteration), \(kind), piece size \(size), strict \(strict)")
            }
        }
    }
}
