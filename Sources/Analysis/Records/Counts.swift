/// A mergeable count per key: the building block of every tally.
///
/// Keys are small value types (months, indexes, enums), never strings from a row, so
/// counting allocates nothing per row; reading code sorts keys before it outputs anything.
public struct Counts<Key: Hashable & Sendable>: Sendable, Equatable {
    public private(set) var values: [Key: Int] = [:]

    public init() {}

    @inline(__always)
    public mutating func add(_ key: Key, _ count: Int = 1) {
        values[key, default: 0] += count
    }

    /// Makes room for `capacity` keys in all.
    public mutating func reserveCapacity(_ capacity: Int) {
        values.reserveCapacity(capacity)
    }

    public mutating func merge(_ other: Counts<Key>) {
        values.merge(other.values, uniquingKeysWith: +)
    }

    public subscript(key: Key) -> Int { values[key] ?? 0 }

    /// The sum of the counts whose key passes `include`.
    public func total(where include: (Key) -> Bool) -> Int {
        values.reduce(0) { include($1.key) ? $0 + $1.value : $0 }
    }

    public var total: Int { values.values.reduce(0, +) }
}

