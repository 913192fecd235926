/// What `Snapshot.verify` found: a pass only when the output matched its golden file.
public struct SnapshotResult: Sendable, Equatable, CustomStringConvertible {
    /// How the comparison ended.
    public enum Outcome: Sendable, Equatable {
        case matched
        /// The golden was written because `RECORD_SNAPSHOTS=1`; counts as a failure.
        case recorded
        case failedToRecord
        case missing
        case mismatched
    }

    public let outcome: Outcome
    /// Empty when matched; otherwise what happened and, for a mismatch, the diff.
    public let message: String

    public init(outcome: Outcome, message: String) {
        self.outcome = outcome
        self.message = message
    }

    /// True only for `.matched`.
    public var passed: Bool { outcome == .matched }

    public var description: String { passed ? "snapshot matched" : message }
}
