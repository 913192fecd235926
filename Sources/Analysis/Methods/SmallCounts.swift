/// The disclosure rule on small counts, in one place: what the report suppresses, and
/// the test a table or map passes to be published at a given grain rather than a coarser
/// one.
public enum SmallCounts {
    /// Whether `count` is small: from 1 to `minimumCount - 1`. Zero never is (a zero
    /// discloses no one), and `minimumCount` 0 or 1 turns the rule off.
    public static func isSmall(_ count: Int, minimumCount: Int) -> Bool {
        minimumCount > 1 && count >= 1 && count < minimumCount
    }

    /// Whether no more than a quarter of `counts` are small: a grain that disclosure
    /// control leaves readable.
    public static func readable(_ counts: [Int], minimumCount: Int) -> Bool {
        counts.filter { isSmall($0, minimumCount: minimumCount) }.count * 4 <= counts.count
    }
}
