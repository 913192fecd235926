/// A value of a coded field that is neither one of sna's codes, nor a label of the
/// source standard, nor in the configuration's `code_lists:`: the field is read as
/// unknown and the row loads, and the value is listed with its count and first line.
public struct UnmappedValue: Sendable, Equatable {
    /// The column, as the schema names it (`ASSAULT_METHOD`).
    public var field: String
    /// The value as written, trimmed.
    public var value: String
    public var count: Int
    /// Where it first appears.
    public var path: String
    public var line: Int

    public init(field: String, value: String, count: Int, path: String, line: Int) {
        self.field = field
        self.value = value
        self.count = count
        self.path = path
        self.line = line
    }

    /// `ASSAULT_METHOD 'Fist' read as unknown (first at path:12)`.
    public var summary: String {
        "\(field) '\(value)' read as unknown (first at \(path):\(line))"
    }
}

extension InputAccount {
    /// Counts one more row holding an unmapped value, keeping the first place it appears.
    public mutating func addUnmapped(_ value: UnmappedValue) {
        if let index = unmapped.firstIndex(where: { $0.field == value.field && $0.value == value.value }) {
            unmapped[index].count += value.count
        } else {
            unmapped.append(value)
        }
    }

    /// The unmapped values in the order a reader looks for them: by field, then value.
    public var unmappedSorted: [UnmappedValue] {
        unmapped.sorted { ($0.field, $0.value) < ($1.field, $1.value) }
    }
}

/// The unmapped values of the row being read, kept until the row is known to load (or
/// be excluded): a rejected row's values are not counted. One per reading, on one thread.
final class UnmappedLog: @unchecked Sendable {
    struct Pending {
        var field: String
        var value: String
        var line: Int
    }

    let strict: Bool
    private(set) var pending: [Pending] = []

    init(strict: Bool) { self.strict = strict }

    func note(_ value: Pending) { pending.append(value) }

    func clear() { if !pending.isEmpty { pending.removeAll(keepingCapacity: true) } }

    /// Moves the row's values into the account.
    func flush(into account: inout InputAccount) {
        guard !pending.isEmpty else { return }
        for value in pending {
            account.addUnmapped(UnmappedValue(field: value.field, value: value.value, count: 1, path: account.path, line: value.line))
        }
        pending.removeAll(keepingCapacity: true)
    }
}
