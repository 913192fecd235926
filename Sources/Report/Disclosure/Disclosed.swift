import Analysis

/// The report's one disclosure-control problem after `Suppression.apply()`: what each
/// registered cell may show. Sections publish their tables, headlines and template
/// context from this, never from a count directly, so no number escapes suppression.
///
/// Only `ReportDocument` makes one, after every section has registered its cells.
public struct Disclosed: Sendable {
    let problem: Suppression

    init(applied problem: Suppression) {
        self.problem = problem
    }

    public var minimumCount: Int { problem.minimumCount }

    /// The count as it may be published: nil when suppressed.
    public func value(_ cell: Suppression.Cell) -> Int? { problem.value(cell) }

    public func isSuppressed(_ cell: Suppression.Cell) -> Bool { problem.isSuppressed(cell) }

    /// Whether any cell in a run of handles is suppressed (a section's, or a group's).
    public func anySuppressed(in cells: Range<Suppression.Cell>) -> Bool { problem.anySuppressed(in: cells) }

    /// Whether the cell holds a small count (from 1 to `minimumCount - 1`), suppressed
    /// for itself rather than to protect another.
    public func isSmall(_ cell: Suppression.Cell) -> Bool { problem.isSmall(cell) }

    /// The count as a sentence may quote it before a noun ("… assault attendances"): the
    /// number, "fewer than 8" for a small count, or "an unpublished number of" for a count
    /// hidden so that a small one cannot be worked out. Never `*`.
    public func text(_ cell: Suppression.Cell) -> String {
        if let value = problem.value(cell) { return NumberFormat.count(value) }
        return problem.isSmall(cell) ? "fewer than \(NumberFormat.count(minimumCount))" : "an unpublished number of"
    }

    /// A share resting on `cells` that is not published, as a sentence may quote it in the
    /// share's place ("… of serious violence"): "an unpublished share (fewer than 8
    /// records)" when it rests on a small count, else "an unpublished share (to protect a
    /// small count)". Never `*`.
    public func withheldShare(_ cells: [Suppression.Cell]) -> String {
        cells.contains(where: problem.isSmall)
            ? "an unpublished share (fewer than \(NumberFormat.count(minimumCount)) records)"
            : "an unpublished share (to protect a small count)"
    }

    /// The count as a table cell: suppressed counts are empty in CSV and `*` in the report.
    func count(_ cell: Suppression.Cell) -> ReportTable.Cell { .count(problem.value(cell)) }

    /// A rate or mean built on `cell`: withheld when the count is suppressed.
    func estimate(_ value: Double?, _ cell: Suppression.Cell, places: Int = 4) -> ReportTable.Cell {
        problem.isSuppressed(cell) ? .withheld : .number(value, places: places)
    }

    /// A count that is shown only when it is not small (for counts outside the problem's
    /// sums, such as the number of records with an unknown field).
    func smallCountHidden(_ count: Int) -> Int? {
        SmallCounts.isSmall(count, minimumCount: problem.minimumCount) ? nil : count
    }
}
