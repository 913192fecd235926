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

/// Hashing for the tallies' keys: each key feeds the hasher one 64-bit word made of its
/// fields' bits, instead of one call per field. Equality stays field by field, so words
/// that happen to coincide cost a comparison, never a wrong count.
@usableFromInline
struct KeyBits {
    @usableFromInline var word: UInt64 = 0

    @inlinable init() {}

    /// Adds `width` bits of `value` (a whole number; wider values are folded in).
    @inlinable
    mutating func add(_ value: Int, width: UInt64) {
        word = (word << width) ^ UInt64(truncatingIfNeeded: value)
    }

    /// Adds a small value (an enum without payloads, an optional flag) by its one byte.
    @inlinable
    mutating func add<Value>(byte value: Value) {
        precondition(MemoryLayout<Value>.size == 1, "not a one-byte value")
        let byte = withUnsafeBytes(of: value) { $0[0] }
        word = (word << 8) ^ UInt64(byte)
    }
}
