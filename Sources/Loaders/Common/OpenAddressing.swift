/// The probe loop of the flat hash tables: linear probing over a power-of-two table of
/// 64-bit keys, 0 marking an empty slot, a key placed by one multiply and a shift.
/// `FingerprintSet` (references seen in a record file) and the tallies' `PackedCounts`
/// both use it; their keys are already well mixed or small, so no further hashing is
/// needed.
public enum OpenAddressing {
    /// The slot holding `key` (which must not be 0), or the empty slot where it would go.
    /// The table must have an empty slot.
    @inlinable
    public static func find(_ key: UInt64, in slots: UnsafeBufferPointer<UInt64>, shift: UInt64) -> (index: Int, found: Bool) {
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while true {
            let slot = slots[index]
            if slot == key { return (index, true) }
            if slot == 0 { return (index, false) }
            index = (index + 1) & mask
        }
    }

    /// The shift that spreads keys over a table of `size` slots, a power of two.
    @inlinable
    public static func shift(forSize size: Int) -> UInt64 {
        precondition(size > 0 && size & (size - 1) == 0, "a table's size is a power of two")
        return UInt64(64 - size.trailingZeroBitCount)
    }
}
