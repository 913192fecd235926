import Loaders

/// One of the partnership's recommendations (`recommendations.yml`), with its history:
/// the report shows each as it stood at the end of the report's quarter.
public struct Recommendation: Sendable, Equatable {
    public enum Status: String, Sendable, CaseIterable {
        case open
        case inProgress = "in progress"
        case done
        case dropped
    }

    /// A quarter's status and what was done, as the board recorded it.
    public struct Entry: Sendable, Equatable {
        public var period: Quarter
        public var status: Status
        public var note: String

        public init(period: Quarter, status: Status, note: String) {
            self.period = period
            self.status = status
            self.note = note
        }
    }

    public var id: String
    public var text: String
    public var owner: String
    public var raised: Quarter
    /// The status now (the file's `status`), used when the history says nothing.
    public var status: Status
    /// In order of period.
    public var history: [Entry]

    public init(id: String, text: String, owner: String, raised: Quarter, status: Status, history: [Entry]) {
        self.id = id
        self.text = text
        self.owner = owner
        self.raised = raised
        self.status = status
        self.history = history
    }

    /// The history entry in force at the end of `quarter`: the last one at or before it.
    public func entry(asOf quarter: Quarter) -> Entry? {
        history.last { $0.period <= quarter }
    }

    /// The status at the end of `quarter`: the last history entry at or before it; with
    /// no history at all, the file's `status`; raised but not yet reviewed, open.
    public func status(asOf quarter: Quarter) -> Status {
        if let entry = entry(asOf: quarter) { return entry.status }
        return history.isEmpty ? status : .open
    }

    /// The status change recorded for `quarter`, if its entry moved the status on from
    /// the quarter before.
    public func change(in quarter: Quarter) -> (from: Status, to: Status, note: String)? {
        guard let entry = history.last(where: { $0.period == quarter }) else { return nil }
        let before = status(asOf: quarter.adding(quarters: -1))
        guard raised < quarter, before != entry.status else { return nil }
        return (before, entry.status, entry.note)
    }
}
