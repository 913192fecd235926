/// The one hash table of the fast machinery: 64-bit keys to integer values, open
/// addressing with linear probing over one flat array of (key, value) pairs kept at
/// most half full.
///
/// Keys are placed by one multiply and a shift (Fibonacci hashing), with no per-key
/// SipHash as `Dictionary` and `Set` run, and a lookup usually touches one cache line.
/// Keys must already be spread over their bits or be small; fingerprints and packed
/// tally keys are. Key 0 marks an empty slot, so its value is kept aside.
///
/// It serves as a set of fingerprints (`add` returns 1 for a new key), as counts by
/// packed key (`add(key, amount)`), for finding repeated values, and as the area-code
/// lookup (`set`, `value`).
public struct FlatTable: Sendable {
    @usableFromInline
    struct Entry: Sendable {
        @usableFromInline var key: UInt64
        @usableFromInline var value: Int

        @inlinable
        init(key: UInt64, value: Int) {
            self.key = key
            self.value = value
        }
    }

    @usableFromInline var entries: [Entry]
    @usableFromInline var shift: UInt64
    /// The value of key 0, which cannot be stored in a slot.
    @usableFromInline var zero: Int?
    /// The number of keys held.
    public var count: Int { held }
    @usableFromInline var held = 0

    /// A table with room for `capacity` keys before it grows.
    public init(capacity: Int = 0) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        entries = Array(repeating: Entry(key: 0, value: 0), count: size)
        shift = UInt64(64 - size.trailingZeroBitCount)
    }

    /// The slot holding `key` (not 0), or the empty slot where it would go.
    @inlinable @inline(__always)
    func slot(of key: UInt64) -> (index: Int, found: Bool) {
        entries.withUnsafeBufferPointer { entries in
            let mask = entries.count - 1
            var index = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while true {
                let slot = entries[index].key
                if slot == key { return (index, true) }
                if slot == 0 { return (index, false) }
                index = (index &+ 1) & mask
            }
        }
    }

    /// The value held for `key`, or nil.
    @inlinable @inline(__always)
    public func value(for key: UInt64) -> Int? {
        if key == 0 { return zero }
        let (index, found) = slot(of: key)
        return found ? entries[index].value : nil
    }

    /// Adds `amount` to the value of `key` (a new key starts from 0) and returns the
    /// new value: with the default amount, 1 means the key was not there before.
    @inlinable @inline(__always) @discardableResult
    public mutating func add(_ key: UInt64, _ amount: Int = 1) -> Int {
        if key == 0 {
            if zero == nil { held += 1 }
            let value = (zero ?? 0) + amount
            zero = value
            return value
        }
        let (index, found) = slot(of: key)
        if found {
            entries[index].value += amount
            return entries[index].value
        }
        insert(key, amount, at: index)
        return amount
    }

    /// Sets the value of `key`, replacing any value it had.
    @inlinable
    public mutating func set(_ key: UInt64, _ value: Int) {
        if key == 0 {
            if zero == nil { held += 1 }
            zero = value
            return
        }
        let (index, found) = slot(of: key)
        if found {
            entries[index].value = value
        } else {
            insert(key, value, at: index)
        }
    }

    @usableFromInline
    mutating func insert(_ key: UInt64, _ value: Int, at index: Int) {
        entries[index] = Entry(key: key, value: value)
        held += 1
        if count * 2 > entries.count { grow() }
    }

    /// Every key with its value, in table order (callers must not depend on it).
    public func forEach(_ body: (UInt64, Int) -> Void) {
        if let zero { body(0, zero) }
        for entry in entries where entry.key != 0 { body(entry.key, entry.value) }
    }

    /// Adds every value of `other` to this table's.
    public mutating func merge(_ other: FlatTable) {
        other.forEach { add($0, $1) }
    }

    /// Empties the table, keeping its room.
    public mutating func removeAll() {
        guard count > 0 else { return }
        entries.withUnsafeMutableBufferPointer { $0.update(repeating: Entry(key: 0, value: 0)) }
        zero = nil
        held = 0
    }

    private mutating func grow() {
        let old = entries
        let oldZero = zero
        self = FlatTable(capacity: old.count)
        for entry in old where entry.key != 0 { set(entry.key, entry.value) }
        if let oldZero { set(0, oldZero) }
    }
}
