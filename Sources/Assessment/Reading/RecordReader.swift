import Analysis
import Dispatch
import Foundation
import Loaders

/// Reads the optional record-level inputs (police records, emergency department, major
/// trauma) side by side, each streamed into its tally.
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

    static func read(_ configuration: Configuration, geography: Geography, strict: Bool, parallel: Bool) throws -> Result {
        let data = configuration.data
        let force = configuration.forceCode
        let serious = Set(configuration.seriousViolenceCodes)
        let police = Slot<Input<PoliceRecordTally>>()
        let emergency = Slot<Input<EmergencyDepartmentTally>>()
        let trauma = Slot<Input<MajorTraumaTally>>()

        var jobs: [@Sendable () -> Void] = []
        if let input = data.policeRecords {
            jobs.append {
                police.fill {
                    var tally = PoliceRecordTally()
                    let account = try PoliceRecordLoader.load(path: input.path, displayPath: input.display, geography: geography,
                                                              forceCode: force, strict: strict) {
                        tally.add($0, isSerious: serious.contains($0.offence.code))
                    }
                    return Input(name: "police_records", path: input.display, account: account, tally: tally)
                }
            }
        }
        if let input = data.emergencyDepartment {
            jobs.append {
                emergency.fill {
                    var tally = EmergencyDepartmentTally()
                    let account = try EmergencyDepartmentLoader.load(path: input.path, displayPath: input.display, geography: geography,
                                                                     forceCode: force, strict: strict) { tally.add($0) }
                    return Input(name: "emergency_department", path: input.display, account: account, tally: tally)
                }
            }
        }
        if let input = data.majorTrauma {
            jobs.append {
                trauma.fill {
                    var tally = MajorTraumaTally()
                    let account = try MajorTraumaLoader.load(path: input.path, displayPath: input.display, geography: geography,
                                                             forceCode: force, strict: strict) { tally.add($0) }
                    return Input(name: "major_trauma", path: input.display, account: account, tally: tally)
                }
            }
        }
        let work = jobs
        if parallel {
            DispatchQueue.concurrentPerform(iterations: work.count) { work[$0]() }
        } else {
            for job in work { job() }
        }
        return Result(police: try police.value(), emergencyDepartment: try emergency.value(), majorTrauma: try trauma.value())
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
