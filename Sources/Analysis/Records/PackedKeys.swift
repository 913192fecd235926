import Loaders

/// Tally keys packed into one 64-bit word, and counts kept by word.
///
/// A record-level extract of a million rows adds several keys per row. Counting them in
/// a `Dictionary` hashes every key with SipHash and chases its buckets; a `FlatTable`
/// places a word with one multiply instead, and the words become the
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

extension Counts where Key: PackedKey {
    /// The counts of a packed table, added to these.
    mutating func add(_ packed: FlatTable) {
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
