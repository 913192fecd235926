import Report
import Testing

@Suite("Disclosure control")
struct SuppressionTests {
    @Test("suppresses counts from 1 to minimum - 1 and never zeros")
    func primary() {
        var problem = Suppression(minimumCount: 8)
        let cells = [0, 1, 7, 8, 120].map { problem.cell($0) }
        problem.apply()
        #expect(cells.map(problem.value) == [0, nil, nil, 8, 120])
    }

    @Test("a suppressed cell in a row with a published total takes a second cell with it, the smallest non-zero")
    func secondary() {
        // 3 + 40 + 12 + 0 = 55: with 3 hidden, 55 - 40 - 12 - 0 would give it back.
        var problem = Suppression(minimumCount: 8)
        let cells = [3, 40, 12, 0].map { problem.cell($0) }
        let total = problem.total(of: cells)
        problem.apply()
        #expect(cells.map(problem.value) == [nil, 40, nil, 0])
        #expect(problem.value(total) == 55)
    }

    @Test("secondary suppression spreads across rows and columns until no equation has a single unknown")
    func crossTable() {
        // Rows and columns of a 3x3 table with their totals.
        let values = [[2, 30, 40], [25, 35, 45], [50, 60, 70]]
        var problem = Suppression(minimumCount: 8)
        let cells = values.map { $0.map { problem.cell($0) } }
        let rows = cells.map { problem.total(of: $0) }
        let columns = (0..<3).map { column in problem.total(of: cells.map { $0[column] }) }
        problem.apply()
        #expect(problem.value(cells[0][0]) == nil)
        for row in 0..<3 {
            let suppressed = cells[row].filter(problem.isSuppressed).count + (problem.isSuppressed(rows[row]) ? 1 : 0)
            #expect(suppressed != 1, "row \(row) can be solved")
        }
        for column in 0..<3 {
            let suppressed = cells.map { $0[column] }.filter(problem.isSuppressed).count + (problem.isSuppressed(columns[column]) ? 1 : 0)
            #expect(suppressed != 1, "column \(column) can be solved")
        }
    }

    @Test("minimum count 0 turns suppression off")
    func off() {
        var problem = Suppression(minimumCount: 0)
        let cell = problem.cell(3)
        _ = problem.total(of: [cell, problem.cell(20)])
        problem.apply()
        #expect(problem.value(cell) == 3)
    }

    @Test("on random tables no small count is shown and no equation has exactly one unknown", arguments: [11, 12, 13, 14, 15] as [UInt64])
    func randomTables(seed: UInt64) {
        var state = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<50 {
            let rows = next(5) + 1, columns = next(6) + 1
            var problem = Suppression(minimumCount: 8)
            let cells = (0..<rows).map { _ in (0..<columns).map { _ in problem.cell(next(4) == 0 ? next(8) : next(60)) } }
            var sums = cells.map { row in (problem.total(of: row), row) }
            sums += (0..<columns).map { column in (problem.total(of: cells.map { $0[column] }), cells.map { $0[column] }) }
            let grand = problem.total(of: sums.prefix(rows).map(\.0))
            sums.append((grand, sums.prefix(rows).map(\.0)))
            problem.apply()
            for cell in 0..<problem.counts.count {
                if let value = problem.value(cell) { #expect(value == 0 || value >= 8) }
            }
            for (total, members) in sums {
                let unknown = ([total] + members).filter(problem.isSuppressed).count
                #expect(unknown != 1)
            }
        }
    }

    /// A table of rows and columns with totals, added to `problem`; returns its cells.
    static func addTable(_ values: [[Int]], to problem: inout Suppression) -> [Suppression.Cell] {
        let cells = values.map { $0.map { problem.cell($0) } }
        let rows = cells.map { problem.total(of: $0) }
        let columns = (0..<values[0].count).map { column in problem.total(of: cells.map { $0[column] }) }
        problem.sum(problem.total(of: rows), of: columns)
        return cells.flatMap { $0 } + rows + columns
    }

    @Test("two sections' tables in one problem are suppressed as each would be alone, and each knows its own")
    func sharedProblem() {
        let first = [[2, 30, 40], [25, 35, 45]]
        let second = [[20, 30], [25, 35]]
        var alone = Suppression(minimumCount: 8)
        let firstAlone = Self.addTable(first, to: &alone)
        alone.apply()
        var shared = Suppression(minimumCount: 8)
        let firstStart = shared.cellCount
        let firstShared = Self.addTable(first, to: &shared)
        let secondStart = shared.cellCount
        let secondShared = Self.addTable(second, to: &shared)
        let end = shared.cellCount
        shared.apply()
        #expect(firstShared.map(shared.value) == firstAlone.map(alone.value))
        #expect(secondShared.allSatisfy { shared.value($0) != nil })
        #expect(shared.anySuppressed(in: firstStart..<secondStart))
        #expect(!shared.anySuppressed(in: secondStart..<end))
    }
}
