import Analysis
import Foundation
import Loaders

/// Reads the optional record-level inputs (police records, emergency department, major
/// trauma), each streamed into its tally.
struct RecordReader {
    struct Input<Tally: Sendable>: Sendable {
        var kind: InputKind
        /// As the configuration names it.
        var path: String
        var account: InputAccount
        var tally: Tally
    }

    struct Result: Sendable {
        var police: Input<PoliceRecordTally>?
        var emergencyDepartment: Input<EmergencyDepartmentTally>?
        var majorTrauma: Input<MajorTraumaTally>?

        /// What became of the rows of each file read, in the order of `InputKind.allCases`.
        var accounts: [(kind: InputKind, path: String, account: InputAccount)] {
            let all: [(kind: InputKind, path: String, account: InputAccount)?] = [
                police.map { ($0.kind, $0.path, $0.account) },
                emergencyDepartment.map { ($0.kind, $0.path, $0.account) },
                majorTrauma.map { ($0.kind, $0.path, $0.account) },
            ]
            return all.compactMap { $0 }
        }
    }

    /// Reads the files, each in pieces on every core when `parallel`; then the health
    /// files are read alongside the police records, so that the serial end of one
    /// reading (merging and converting its tally) overlaps the other's pieces. A problem
    /// in the police records is still reported before one in the health files.
    static func read(_ configuration: Configuration, geography: Geography, strict: Bool, parallel: Bool) throws -> Result {
        let data = configuration.data
        let force = configuration.forceCode
        let codes = Set(configuration.seriousViolenceCodes)
        // Serious or not, by offence ordinal: no string is looked up per row.
        let serious = HomeOfficeOffenceCodes.all.map { codes.contains($0.code) }
        @Sendable func police() throws -> Input<PoliceRecordTally>? {
            guard let input = data.policeRecords else { return nil }
            let (account, tally) = try PoliceRecordLoader.load(
                path: input.path, displayPath: input.display, geography: geography, forceCode: force,
                codeLists: configuration.codeLists[.policeRecords] ?? [:], strict: strict,
                parallel: parallel, start: { PoliceRecordTally.Builder() },
                add: { tally, record in tally.add(record, isSerious: serious[record.offence.ordinal]) },
                merge: { $0.merge($1) })
            return Input(kind: .policeRecords, path: input.display, account: account, tally: tally.tally)
        }
        @Sendable func health() throws -> (Input<EmergencyDepartmentTally>?, Input<MajorTraumaTally>?) {
            var emergencyDepartment: Input<EmergencyDepartmentTally>?
            if let input = data.emergencyDepartment {
                let (account, tally) = try EmergencyDepartmentLoader.load(
                    path: input.path, displayPath: input.display, geography: geography, forceCode: force,
                    codeLists: configuration.codeLists[.emergencyDepartment] ?? [:], strict: strict,
                    parallel: parallel, start: { EmergencyDepartmentTally.Builder() }, add: { $0.add($1) }, merge: { $0.merge($1) })
                emergencyDepartment = Input(kind: .emergencyDepartment, path: input.display, account: account, tally: tally.tally)
            }
            var majorTrauma: Input<MajorTraumaTally>?
            if let input = data.majorTrauma {
                let (account, tally) = try MajorTraumaLoader.load(
                    path: input.path, displayPath: input.display, geography: geography, forceCode: force,
                    codeLists: configuration.codeLists[.majorTrauma] ?? [:], strict: strict,
                    parallel: parallel, start: { MajorTraumaTally() }, add: { $0.add($1) }, merge: { $0.merge($1) })
                majorTrauma = Input(kind: .majorTrauma, path: input.display, account: account, tally: tally)
            }
            return (emergencyDepartment, majorTrauma)
        }
        var result = Result()
        if parallel {
            let healthFiles = Background(health)
            defer { healthFiles.waitQuietly() }
            result.police = try police()
            (result.emergencyDepartment, result.majorTrauma) = try healthFiles.wait()
        } else {
            result.police = try police()
            (result.emergencyDepartment, result.majorTrauma) = try health()
        }
        return result
    }
}

/// One result filled from another thread; an error is kept to be thrown on the caller's.
final class Slot<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var result: Result<Value, any Error>?

    func fill(_ body: () throws -> Value) {
        let outcome: Result<Value, any Error>
        do { outcome = .success(try body()) } catch { outcome = .failure(error) }
        lock.lock()
        result = outcome
        lock.unlock()
    }

    /// The value, nil when never filled, or the error the filling threw.
    func value() throws -> Value? {
        lock.lock()
        defer { lock.unlock() }
        return try result?.get()
    }
}
