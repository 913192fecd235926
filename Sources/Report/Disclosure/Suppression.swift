/// Statistical disclosure control for counts from confidential data: primary suppression
/// of small counts, then secondary suppression so that no suppressed count can be worked
/// out from a published total.
///
/// A problem is a set of cells, each a count, and a set of sums: a total cell that equals
/// the sum of its member cells. Every cell whose count is from 1 to `minimumCount - 1` is
/// suppressed (primary). Then, while some sum has exactly one suppressed cell among its
/// total and members, a second cell of that sum is suppressed too: the smallest non-zero
/// member that is still shown (ties: the first added), else the smallest shown member,
/// else the total. With two unknowns in every equation, none can be solved for.
/// (Zeros are never suppressed as primary cells: a zero discloses no one.)
///
/// This is the cell-suppression rule of the ONS and NHS Digital small-number guidance,
/// applied to every table, total and series that draws on the same counts.
public struct Suppression: Sendable {
    public typealias Cell = Int

    public let minimumCount: Int
    public private(set) var counts: [Int] = []
    private var suppressed: [Bool] = []
    private var sums: [(total: Cell, members: [Cell])] = []

    /// `minimumCount` 0 or 1 turns suppression off.
    public init(minimumCount: Int) {
        self.minimumCount = minimumCount
    }

    /// Adds a cell holding `count` and returns its handle.
    public mutating func cell(_ count: Int) -> Cell {
        counts.append(count)
        suppressed.append(false)
        return counts.count - 1
    }

    /// Adds a total cell for `members` (its count is their sum) and returns its handle.
    public mutating func total(of members: [Cell]) -> Cell {
        let handle = cell(members.reduce(0) { $0 + counts[$1] })
        sums.append((handle, members))
        return handle
    }

    /// Declares that `total` equals the sum of `members` (for totals added as plain cells).
    public mutating func sum(_ total: Cell, of members: [Cell]) {
        sums.append((total, members))
    }

    /// Runs primary then secondary suppression.
    public mutating func apply() {
        guard minimumCount > 1 else { return }
        for index in counts.indices where counts[index] >= 1 && counts[index] < minimumCount {
            suppressed[index] = true
        }
        var changed = true
        while changed {
            changed = false
            for sum in sums {
                let cells = [sum.total] + sum.members
                guard cells.filter({ suppressed[$0] }).count == 1 else { continue }
                let shown = sum.members.filter { !suppressed[$0] }
                let candidate = shown.filter { counts[$0] > 0 }.min { counts[$0] < counts[$1] }
                    ?? shown.min { counts[$0] < counts[$1] }
                    ?? (suppressed[sum.total] ? nil : sum.total)
                if let candidate {
                    suppressed[candidate] = true
                    changed = true
                }
            }
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
}
