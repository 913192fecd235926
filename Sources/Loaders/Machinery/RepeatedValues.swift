/// Finds the values that appear more than once among many 64-bit fingerprints: the
/// references of a record file, the Crime IDs of the police.uk files.
///
/// The fingerprints are already well mixed, so they are first dealt into buckets by
/// their top bits (a counting pass and a placing pass, both reading in order), and each
/// bucket is then checked with a small table that stays in cache. One table of a
/// million fingerprints would miss the cache on almost every insert, and a sort makes
/// eight passes over them.
public enum RepeatedValues {
    /// The number of distinct values that appear more than once in `lists`, taken
    /// together (a value seen three times counts once); with `stopAtFirst`, 1 as soon as
    /// one is found.
    public static func count(in lists: [[UInt64]], stopAtFirst: Bool = false) -> Int {
        let total = lists.reduce(0) { $0 + $1.count }
        guard total > 1 else { return 0 }
        // About a thousand values a bucket.
        let bits = max(0, min(20, Int.bitWidth - (total >> 10).leadingZeroBitCount))
        let bucketCount = 1 << bits
        let shift = UInt64(64 - bits)
        @inline(__always) func bucket(_ value: UInt64) -> Int { bits == 0 ? 0 : Int(truncatingIfNeeded: value >> shift) }
        var starts = [Int](repeating: 0, count: bucketCount + 1)
        for list in lists { for value in list { starts[bucket(value) + 1] += 1 } }
        for index in 0..<bucketCount { starts[index + 1] += starts[index] }
        var next = starts
        var dealt = [UInt64](repeating: 0, count: total)
        dealt.withUnsafeMutableBufferPointer { dealt in
            for list in lists {
                for value in list {
                    let index = bucket(value)
                    dealt[next[index]] = value
                    next[index] += 1
                }
            }
        }
        var largest = 0
        for index in 0..<bucketCount { largest = max(largest, starts[index + 1] - starts[index]) }
        // How often each value of the bucket has been seen.
        var seen = FlatTable(capacity: largest)
        var repeated = 0
        for index in 0..<bucketCount where starts[index + 1] - starts[index] > 1 {
            for value in dealt[starts[index]..<starts[index + 1]] where seen.add(value) == 2 {
                repeated += 1
                if stopAtFirst { return repeated }
            }
            seen.removeAll()
        }
        return repeated
    }
}
