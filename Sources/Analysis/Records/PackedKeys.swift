import Loaders

/// Tally keys packed into one 64-bit word, and counts kept by word.
///
/// A record-level extract of a million rows adds several keys per row. Counting them in
/// a `Dictionary` hashes every key with SipHash and chases its buckets; `PackedCounts`
/// places a word with one multiply in a flat table instead, and the words become the
/// tallies' `Counts` once, when a piece of the file is done (`PoliceRecordTally.Builder`,
/// `EmergencyDepartmentTally.Builder`). Each key type packs its fields into fixed bit
/// ranges and unpacks them again exactly; the tests check the round trip for every case.
///
/// Each key also hashes as its word (one `Hasher.combine`), for the `Counts` it ends in.
protocol PackedKey: Hashable {
    var packed: UInt64 { get }
    init(packed: UInt64)
}

/// The case of a payload-free enum as a small number, and back.
///
/// Such an enum is stored as one byte holding the case's position in its declaration,
/// which is also its position in the synthesized `allCases`.
@inline(__always)
func caseCode<Value: CaseIterable>(_ value: Value) -> UInt64 {
    precondition(MemoryLayout<Value>.size == 1, "not a one-byte enum")
    return UInt64(withUnsafeBytes(of: value) { $0[0] })
}

@inline(__always)
func caseValue<Value: CaseIterable>(_ code: UInt64) -> Value where Value.AllCases == [Value] {
    Value.allCases[Int(code)]
}

/// A yes, no or unknown flag as 0, 1 or 2, and back.
@inline(__always)
func flagCode(_ flag: Bool?) -> UInt64 {
    switch flag {
    case nil: 0
    case false?: 1
    case true?: 2
    }
}

@inline(__always)
func flagValue(_ code: UInt64) -> Bool? {
    switch code {
    case 1: false
    case 2: true
    default: nil
    }
}

/// `width` bits of `word` from bit `shift`.
@inline(__always)
func bits(_ word: UInt64, _ shift: UInt64, _ width: UInt64) -> UInt64 {
    (word >> shift) & ((1 << width) - 1)
}

/// A month in 20 bits (its index, year × 12 + month − 1, is below 2^20 for any year
/// before 87,000).
@inline(__always)
func monthCode(_ month: YearMonth) -> UInt64 {
    precondition(month.index >= 0 && month.index < 1 << 20, "month out of range")
    return UInt64(month.index)
}

/// A small signed number (an index, or −1 for none) stored plus one in `width` bits.
@inline(__always)
func indexCode<Number: BinaryInteger>(_ value: Number, width: UInt64) -> UInt64 {
    let code = Int(value) + 1
    precondition(code >= 0 && code < 1 << Int(width), "value out of range for its key")
    return UInt64(code)
}

/// Counts by packed key: open addressing with linear probing on a table kept at most
/// half full. A word is stored with its top bit set, so 0 marks an empty slot (every
/// key uses fewer than 63 bits).
struct PackedCounts: Sendable {
    private var slots: [UInt64]
    private var counts: [Int]
    private var shift: UInt64
    private(set) var count = 0

    init() {
        slots = Array(repeating: 0, count: 64)
        counts = Array(repeating: 0, count: 64)
        shift = OpenAddressing.shift(forSize: 64)
    }

    @inline(__always)
    mutating func add(_ word: UInt64, _ amount: Int = 1) {
        let key = word | 1 << 63
        let (index, found) = slots.withUnsafeBufferPointer { OpenAddressing.find(key, in: $0, shift: shift) }
        if found {
            counts[index] += amount
            return
        }
        slots[index] = key
        counts[index] = amount
        count += 1
        if count * 2 > slots.count { grow() }
    }

    /// Every word with its count, in table order (callers do not depend on it).
    func forEach(_ body: (UInt64, Int) -> Void) {
        for index in slots.indices where slots[index] != 0 {
            body(slots[index] & ~(1 << 63), counts[index])
        }
    }

    mutating func merge(_ other: PackedCounts) {
        other.forEach { add($0, $1) }
    }

    private mutating func grow() {
        let oldSlots = slots
        let oldCounts = counts
        slots = Array(repeating: 0, count: oldSlots.count * 2)
        counts = Array(repeating: 0, count: oldSlots.count * 2)
        shift = OpenAddressing.shift(forSize: slots.count)
        count = 0
        for index in oldSlots.indices where oldSlots[index] != 0 {
            add(oldSlots[index] & ~(1 << 63), oldCounts[index])
        }
    }
}

extension Counts where Key: PackedKey {
    /// The counts of a packed table, added to these.
    mutating func add(_ packed: PackedCounts) {
        // Room for every key at once: growing the dictionary step by step rehashes it
        // each time, on one core, after the parallel reading.
        reserveCapacity(values.count + packed.count)
        packed.forEach { add(Key(packed: $0), $1) }
    }
}

/// Linkage-key fingerprints by month, in the order they were added, kept flat while a
/// file is read and grouped by month once.
struct MonthlyKeys: Sendable {
    private var months: [Int32] = []
    private var keys: [UInt64] = []

    @inline(__always)
    mutating func append(_ key: UInt64, month: YearMonth) {
        months.append(Int32(truncatingIfNeeded: month.index))
        keys.append(key)
    }

    mutating func merge(_ other: MonthlyKeys) {
        months += other.months
        keys += other.keys
    }

    /// Appends every key to its month's list, in order. Extracts are mostly in date
    /// order, so keys come in runs of one month: each run is appended at once, with one
    /// dictionary lookup, not one per key (a million keys would otherwise take a
    /// noticeable part of a second, after the parallel reading is over).
    func add(to byMonth: inout [YearMonth: [UInt64]]) {
        var start = 0
        while start < keys.count {
            let month = months[start]
            var end = start + 1
            while end < keys.count, months[end] == month { end += 1 }
            byMonth[YearMonth(index: Int(month)), default: []].append(contentsOf: keys[start..<end])
            start = end
        }
    }
}
