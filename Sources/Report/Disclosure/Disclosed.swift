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

    /// The count as a table cell: suppressed counts are empty in CSV and `*` in the report.
    func count(_ cell: Suppression.Cell) -> ReportTable.Cell { .count(problem.value(cell)) }

    /// A rate or mean built on `cell`: withheld when the count is suppressed.
    func estimate(_ value: Double?, _ cell: Suppression.Cell, places: Int = 4) -> ReportTable.Cell {
        problem.isSuppressed(cell) ? .withheld : .number(value, places: places)
    }

    /// A count that is shown only when it is not small (for counts outside the problem's
    /// sums, such as the number of records with an unknown field).
    func smallCountHidden(_ count: Int) -> Int? {
        count >= 1 && count < problem.minimumCount ? nil : count
    }
}
