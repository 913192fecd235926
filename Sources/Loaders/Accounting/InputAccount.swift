/// What became of every row of one input file: rows read = loaded + excluded + rejected.
///
/// Excluded rows are valid but out of scope (with the reason); rejected rows are invalid
/// (with the reason and the first `InputAccount.problemLimit` messages).
public struct InputAccount: Sendable, Equatable {
    public static let problemLimit = 20

    public var path: String
    public var read = 0
    public var loaded = 0
    public var excluded: [String: Int] = [:]
    public var rejected: [String: Int] = [:]
    /// Valid, loaded rows worth a note (for example, with no LSOA), by note.
    public var notes: [String: Int] = [:]
    /// The first problems met, in file order.
    public var problems: [InputError] = []
    /// Values of coded fields read as unknown because nothing maps them, first seen first.
    public var unmapped: [UnmappedValue] = []

    public init(path: String) { self.path = path }

    public var excludedCount: Int { excluded.values.reduce(0, +) }
    public var rejectedCount: Int { rejected.values.reduce(0, +) }
    public var isBalanced: Bool { read == loaded + excludedCount + rejectedCount }

    public mutating func reject(_ error: InputError, reason: String) {
        rejected[reason, default: 0] += 1
        if problems.count < InputAccount.problemLimit { problems.append(error) }
    }

    public mutating func exclude(reason: String) {
        excluded[reason, default: 0] += 1
    }

    public mutating func note(_ note: String, count: Int = 1) {
        notes[note, default: 0] += count
    }

    /// Adds another file's account into this one (for a folder of files read as one input).
    public mutating func merge(_ other: InputAccount) {
        read += other.read
        loaded += other.loaded
        excluded.merge(other.excluded, uniquingKeysWith: +)
        rejected.merge(other.rejected, uniquingKeysWith: +)
        notes.merge(other.notes, uniquingKeysWith: +)
        for problem in other.problems where problems.count < InputAccount.problemLimit {
            problems.append(problem)
        }
        for value in other.unmapped { addUnmapped(value) }
    }
}
