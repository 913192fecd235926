import Analysis

/// Statistical disclosure control for counts from confidential data: primary suppression
/// of small counts, then secondary suppression so that no suppressed small count can be
/// worked out from anything published, by subtraction or by any other sum of the
/// published counts.
///
/// A problem is a set of cells, each a count, and a set of sums: a total cell that equals
/// the sum of its member cells. Every cell whose count is from 1 to `minimumCount - 1` is
/// suppressed (primary; zeros never are: a zero discloses no one). A reader knows every
/// sum and every published count, so the suppressed counts are the unknowns of a system
/// of linear equations. A small count is *recoverable* when that system fixes its value:
/// when its unit vector lies in the span of the equations' rows (restricted to the
/// suppressed cells). That covers a total minus its members, and sums implied by others:
/// the force minus its partnerships gives the records with no place even when no single
/// declared sum has one unknown.
///
/// While a small count is recoverable, one more cell is suppressed: of the published
/// cells that share a sum with it, the one that protects it hiding the fewest zeros
/// (hiding a zero protects little), then the least in all (the smallest sum of the counts
/// hidden with it, so that a large total such as the year's goes only when nothing
/// smaller will do), then the fewest cells, then the first added. What is hidden "with
/// it" follows the simple rule that no sum may be left with exactly one unknown. This is
/// the cell-suppression approach of the ONS and NHS Digital small-number guidance, with
/// the audit done exactly. Counts no table publishes (`unpublished(_:)`) start hidden.
public struct Suppression: Sendable {
    public typealias Cell = Int

    public let minimumCount: Int
    public private(set) var counts: [Int] = []
    private var suppressed: [Bool] = []
    /// Cells no table or sentence publishes (`unpublished(_:)`).
    private var neverPublished: [Bool] = []
    private var sums: [(total: Cell, members: [Cell])] = []
    /// For each cell, the sums (indexes into `sums`) it takes part in.
    private var sumsOfCell: [[Int]] = []

    /// `minimumCount` 0 or 1 turns suppression off.
    public init(minimumCount: Int) {
        self.minimumCount = minimumCount
    }

    /// Adds a cell holding `count` and returns its handle.
    public mutating func cell(_ count: Int) -> Cell {
        counts.append(count)
        suppressed.append(false)
        neverPublished.append(false)
        sumsOfCell.append([])
        return counts.count - 1
    }

    /// Adds a total cell for `members` (its count is their sum) and returns its handle.
    public mutating func total(of members: [Cell]) -> Cell {
        let handle = cell(members.reduce(0) { $0 + counts[$1] })
        sum(handle, of: members)
        return handle
    }

    /// Adds a count that no table or sentence publishes, only so that a sum can be
    /// declared through it (a remainder, or a total of groups published one by one): it
    /// starts suppressed, so it never counts as a published number that could give
    /// another away, and if it is small it is still protected.
    public mutating func unpublished(_ count: Int) -> Cell {
        let handle = cell(count)
        suppressed[handle] = true
        neverPublished[handle] = true
        return handle
    }

    /// An unpublished total of `members` (see `unpublished(_:)`).
    public mutating func unpublishedTotal(of members: [Cell]) -> Cell {
        let handle = unpublished(members.reduce(0) { $0 + counts[$1] })
        sum(handle, of: members)
        return handle
    }

    /// Declares that `total` equals the sum of `members` (for totals added as plain cells).
    public mutating func sum(_ total: Cell, of members: [Cell]) {
        let index = sums.count
        sums.append((total, members))
        for cell in Set([total] + members) { sumsOfCell[cell].append(index) }
    }

    /// Whether `cell` holds a small count: one that must never be shown or recoverable.
    public func isSmall(_ cell: Cell) -> Bool {
        SmallCounts.isSmall(counts[cell], minimumCount: minimumCount)
    }

    /// Runs primary then secondary suppression.
    public mutating func apply() {
        guard minimumCount > 1 else { return }
        for index in counts.indices where isSmall(index) { suppressed[index] = true }
        while let exposed = recoverableSmallCells(given: suppressed).first {
            suppressed = protect(exposed, given: suppressed)
        }
    }

    /// The count as it may be published: nil when suppressed.
    public func value(_ cell: Cell) -> Int? {
        suppressed[cell] ? nil : counts[cell]
    }

    public func isSuppressed(_ cell: Cell) -> Bool { suppressed[cell] }

    /// How many cells have been added: the handle the next cell will get.
    public var cellCount: Int { counts.count }

    /// Whether any of the cells added in `cells` (a run of handles) is suppressed.
    public func anySuppressed(in cells: Range<Cell>) -> Bool {
        suppressed[cells.clamped(to: suppressed.indices)].contains(true)
    }

    /// The small counts a reader of the published cells and sums could work out exactly.
    /// Empty after `apply()`; public so that tests can audit a problem.
    public func recoverableSmallCells() -> [Cell] {
        recoverableSmallCells(given: suppressed)
    }

    // MARK: Secondary suppression

    /// Suppresses one more cell, and whatever the one-unknown rule then asks for, so that
    /// `exposed` can no longer be worked out; returns the new suppression pattern.
    ///
    /// The candidates are first the published cells that share a sum with `exposed`; if
    /// none of them protects it (another published total may repeat the same sum), every
    /// published cell in a sum with any suppressed cell linked to it.
    private func protect(_ exposed: Cell, given hidden: [Bool]) -> [Bool] {
        func shownCells(in sumIndexes: [Int]) -> [Cell] {
            Set(sumIndexes.flatMap { [sums[$0].total] + sums[$0].members }).filter { !hidden[$0] }
                .sorted { (counts[$0] == 0 ? 1 : 0, counts[$0], $0) < (counts[$1] == 0 ? 1 : 0, counts[$1], $1) }
        }
        let near = shownCells(in: sumsOfCell[exposed])
        if let pattern = bestProtection(of: exposed, among: near, given: hidden) { return pattern }
        let component = SuppressedComponent(containing: exposed, in: self, hidden: hidden)
        let linked = shownCells(in: component.sumIndexes).filter { !near.contains($0) }
        if let pattern = bestProtection(of: exposed, among: linked, given: hidden) { return pattern }
        // No single cell protects it: hide the cheapest linked cell and go on.
        var pattern = hidden
        if let first = near.first ?? linked.first ?? counts.indices.filter({ !hidden[$0] }).min(by: { (counts[$0], $0) < (counts[$1], $1) }) {
            pattern[first] = true
        }
        return closeSingleUnknowns(pattern)
    }

    /// Of `candidates`, the one whose suppression (with what the one-unknown rule adds)
    /// leaves `exposed` unrecoverable, hiding the fewest zeros, then the least in all, then
    /// the fewest cells; nil when none does.
    private func bestProtection(of exposed: Cell, among candidates: [Cell], given hidden: [Bool]) -> [Bool]? {
        var best: (pattern: [Bool], zeros: Int, weight: Int, added: Int)?
        for candidate in candidates {
            var pattern = hidden
            pattern[candidate] = true
            pattern = closeSingleUnknowns(pattern)
            guard !isRecoverable(exposed, given: pattern) else { continue }
            let newly = pattern.indices.filter { pattern[$0] && !hidden[$0] }
            let zeros = newly.filter { counts[$0] == 0 }.count
            let weight = newly.reduce(0) { $0 + counts[$1] }
            if best.map({ (zeros, weight, newly.count) < ($0.zeros, $0.weight, $0.added) }) ?? true {
                best = (pattern, zeros, weight, newly.count)
            }
        }
        return best?.pattern
    }

    /// While a sum has exactly one suppressed cell among its total and members, suppresses
    /// a second: the member still shown whose hiding leaves the fewest other sums with a
    /// single unknown, then a non-zero one, then the smallest; else the total. A lone
    /// unpublished cell (a remainder no table shows) is left alone: its value is no secret
    /// unless it is small, and the exact audit guards small ones.
    private func closeSingleUnknowns(_ start: [Bool]) -> [Bool] {
        var pattern = start
        var changed = true
        while changed {
            changed = false
            for sum in sums {
                let cells = [sum.total] + sum.members
                let hiddenCells = cells.filter { pattern[$0] }
                guard hiddenCells.count == 1, !neverPublished[hiddenCells[0]] || isSmall(hiddenCells[0]) else { continue }
                // Prefer a member whose hiding leaves no other sum with a single unknown,
                // then a non-zero one, then the smallest.
                func opened(_ cell: Cell) -> Int {
                    sumsOfCell[cell].filter { index in
                        let other = sums[index]
                        return !([other.total] + other.members).contains { pattern[$0] }
                    }.count
                }
                let shown = sum.members.filter { !pattern[$0] }
                let candidate = shown.min { (opened($0), counts[$0] == 0 ? 1 : 0, counts[$0], $0) < (opened($1), counts[$1] == 0 ? 1 : 0, counts[$1], $1) }
                    ?? (pattern[sum.total] ? nil : sum.total)
                if let candidate {
                    pattern[candidate] = true
                    changed = true
                }
            }
        }
        return pattern
    }

    // MARK: The audit

    /// The suppressed small cells whose value the published cells and the sums fix.
    private func recoverableSmallCells(given hidden: [Bool]) -> [Cell] {
        var fixed: [Cell] = []
        var seen = Set<Cell>()
        for cell in counts.indices where hidden[cell] && isSmall(cell) && !seen.contains(cell) {
            let component = SuppressedComponent(containing: cell, in: self, hidden: hidden)
            seen.formUnion(component.columns)
            fixed += component.determinedCells().filter(isSmall)
        }
        return fixed.sorted()
    }

    private func isRecoverable(_ cell: Cell, given hidden: [Bool]) -> Bool {
        SuppressedComponent(containing: cell, in: self, hidden: hidden).determinedCells().contains(cell)
    }

    /// The suppressed cells linked to one cell through sums, and those sums as linear
    /// equations in them (the published cells moved to the constant side).
    private struct SuppressedComponent {
        var columns: [Cell] = []
        var rows: [[Double]] = []
        /// The sums that touch the component's cells.
        var sumIndexes: [Int] = []

        init(containing start: Cell, in problem: Suppression, hidden: [Bool]) {
            var columnOf: [Cell: Int] = [start: 0]
            columns = [start]
            var seenSums = Set<Int>()
            var queue = [start]
            while let cell = queue.popLast() {
                for index in problem.sumsOfCell[cell] where !seenSums.contains(index) {
                    seenSums.insert(index)
                    sumIndexes.append(index)
                    let sum = problem.sums[index]
                    for other in [sum.total] + sum.members where hidden[other] && columnOf[other] == nil {
                        columnOf[other] = columns.count
                        columns.append(other)
                        queue.append(other)
                    }
                }
            }
            sumIndexes.sort()
            for index in sumIndexes {
                let sum = problem.sums[index]
                var row = [Double](repeating: 0, count: columns.count)
                if let column = columnOf[sum.total] { row[column] += 1 }
                for member in sum.members { if let column = columnOf[member] { row[column] -= 1 } }
                if row.contains(where: { $0 != 0 }) { rows.append(row) }
            }
        }

        /// The columns whose unit vector is in the rows' span: after reduction to reduced
        /// row echelon form, those whose pivot row has no other non-zero entry.
        func determinedCells() -> [Cell] {
            var matrix = rows
            let tolerance = 1e-9
            var pivotRow = 0
            var pivots: [(row: Int, column: Int)] = []
            for column in columns.indices where pivotRow < matrix.count {
                guard let best = (pivotRow..<matrix.count).max(by: { abs(matrix[$0][column]) < abs(matrix[$1][column]) }),
                      abs(matrix[best][column]) > tolerance else { continue }
                matrix.swapAt(pivotRow, best)
                let scale = matrix[pivotRow][column]
                for index in matrix[pivotRow].indices { matrix[pivotRow][index] /= scale }
                for other in matrix.indices where other != pivotRow {
                    let factor = matrix[other][column]
                    guard abs(factor) > tolerance else { continue }
                    for index in matrix[other].indices { matrix[other][index] -= factor * matrix[pivotRow][index] }
                }
                pivots.append((pivotRow, column))
                pivotRow += 1
            }
            return pivots.filter { pivot in
                matrix[pivot.row].indices.allSatisfy { $0 == pivot.column || abs(matrix[pivot.row][$0]) <= tolerance }
            }.map { columns[$0.column] }
        }
    }
}
