import Analysis
import Foundation
import Loaders

/// Reads the optional record-level inputs (police records, emergency department, major
/// trauma), each streamed into its tally.
struct RecordReader {
    struct Input<Tally: Sendable>: Sendable {
        var name: String
        /// As the configuration names it.
        var path: String
        var account: InputAccount
        var tally: Tally
    }

    struct Result: Sendable {
        var police: Input<PoliceRecordTally>?
        var emergencyDepartment: Input<EmergencyDepartmentTally>?
        var majorTrauma: Input<MajorTraumaTally>?
    }

    /// Reads the files one after another, each in pieces on every core when `parallel`.
    static func read(_ configuration: Configuration, geography: Geography, strict: Bool, parallel: Bool) throws -> Result {
        let data = configuration.data
        let force = configuration.forceCode
        let codes = Set(configuration.seriousViolenceCodes)
        // Serious or not, by offence ordinal: no string is looked up per row.
        let serious = HomeOfficeOffenceCodes.all.map { codes.contains($0.code) }
        var result = Result()
        if let input = data.policeRecords {
            let (account, tally) = try PoliceRecordLoader.load(
                path: input.path, displayPath: input.display, geography: geography, forceCode: force, strict: strict,
                parallel: parallel, start: { PoliceRecordTally.Builder() },
                add: { tally, record in tally.add(record, isSerious: serious[record.offence.ordinal]) },
                merge: { $0.merge($1) })
            result.police = Input(name: "police_records", path: input.display, account: account, tally: tally.tally)
        }
        if let input = data.emergencyDepartment {
            let (account, tally) = try EmergencyDepartmentLoader.load(
                path: input.path, displayPath: input.display, geography: geography, forceCode: force, strict: strict,
                parallel: parallel, start: { EmergencyDepartmentTally.Builder() }, add: { $0.add($1) }, merge: { $0.merge($1) })
            result.emergencyDepartment = Input(name: "emergency_department", path: input.display, account: account, tally: tally.tally)
        }
        if let input = data.majorTrauma {
            let (account, tally) = try MajorTraumaLoader.load(
                path: input.path, displayPath: input.display, geography: geography, forceCode: force, strict: strict,
                parallel: parallel, start: { MajorTraumaTally() }, add: { $0.add($1) }, merge: { $0.merge($1) })
            result.majorTrauma = Input(name: "major_trauma", path: input.display, account: account, tally: tally)
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
