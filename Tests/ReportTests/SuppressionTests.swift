@testable import Report
import TestSupport
import Testing

/// A `Suppression` problem that remembers its sums, so that a test can attack the result
/// with `LinearAttack`, which knows nothing of how the cells were chosen.
struct AuditedProblem {
    var problem: Suppression
    var sums: [(total: Suppression.Cell, members: [Suppression.Cell])] = []

    init(minimumCount: Int) { problem = Suppression(minimumCount: minimumCount) }

    mutating func cell(_ count: Int) -> Suppression.Cell { problem.cell(count) }

    mutating func total(of members: [Suppression.Cell]) -> Suppression.Cell {
        let total = problem.total(of: members)
        sums.append((total, members))
        return total
    }

    mutating func sum(_ total: Suppression.Cell, of members: [Suppression.Cell]) {
        problem.sum(total, of: members)
        sums.append((total, members))
    }

    /// The small counts a reader can work out exactly from the published cells and sums.
    func recoverableSmallCounts() -> [Suppression.Cell] {
        let hidden = (0..<problem.cellCount).filter(problem.isSuppressed)
        let unknown = Dictionary(uniqueKeysWithValues: hidden.enumerated().map { ($1, $0) })
        let equations = sums.map { sum -> [(Int, Int)] in
            ([(sum.total, 1)] + sum.members.map { ($0, -1) }).compactMap { cell, sign in unknown[cell].map { ($0, sign) } }
        }.filter { !$0.isEmpty }
        return LinearAttack.fixedUnknowns(hidden.count, equations: equations).map { hidden[$0] }
            .filter { problem.counts[$0] >= 1 && problem.counts[$0] < problem.minimumCount }
    }
}

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

    @Test("the force less its partnerships cannot give away the records with no place")
    func impliedSums() {
        // Districts d1 = 3 and d2 = 40 make partnership A (43); d3 = 50 is partnership B and
        // d4 = 30 partnership C; 4 records have no place. The force is 3 + 40 + 50 + 30 + 4 = 127.
        // Primary: d1 (3) and the 4. To protect the 3, d2 (40) goes with it: the least
        // weight that works (d4 with C would leave A = d1 alone). That leaves no declared sum
        // with one unknown, yet 127 - 43 - 50 - 30 = 4: the sums imply force = A + B + C +
        // unplaced. To protect the 4 one more must go: d4 with its partnership C (30 + 30)
        // weighs less than d3 with B (100) or the force (127). Then force gives
        // d1 + d2 + d4 + 4 = 77, A gives d1 + d2 = 43 and C = d4: 4 + d4 = 34, fixing neither.
        var audited = AuditedProblem(minimumCount: 8)
        let districts = [3, 40, 50, 30].map { audited.cell($0) }
        let unplaced = audited.cell(4)
        let force = audited.cell(127)
        audited.sum(force, of: districts + [unplaced])
        let a = audited.total(of: [districts[0], districts[1]])
        let b = audited.total(of: [districts[2]])
        let c = audited.total(of: [districts[3]])
        audited.problem.apply()
        let problem = audited.problem
        #expect(districts.map(problem.value) == [nil, nil, 50, nil])
        #expect(problem.value(unplaced) == nil)
        #expect(problem.value(force) == 127)
        #expect([a, b, c].map(problem.value) == [43, 50, nil])
        #expect(audited.recoverableSmallCounts().isEmpty)
        #expect(problem.recoverableSmallCells().isEmpty)
    }

    @Test("the old one-unknown rule alone leaves the force less its partnerships open; the attack finds it")
    func attackFindsTheOldLeak() throws {
        // The pattern the one-unknown rule gave for the case above: d1, d2 and the 4 hidden.
        var audited = AuditedProblem(minimumCount: 8)
        let districts = [3, 40, 50, 30].map { audited.cell($0) }
        let unplaced = audited.cell(4)
        let force = audited.cell(127)
        audited.sum(force, of: districts + [unplaced])
        _ = audited.total(of: [districts[0], districts[1]])
        _ = audited.total(of: [districts[2]])
        _ = audited.total(of: [districts[3]])
        let hidden: Set = [districts[0], districts[1], unplaced]
        let unknown = Dictionary(uniqueKeysWithValues: hidden.sorted().enumerated().map { ($1, $0) })
        let equations = audited.sums.map { sum in
            ([(sum.total, 1)] + sum.members.map { ($0, -1) }).compactMap { cell, sign in unknown[cell].map { ($0, sign) } }
        }.filter { !$0.isEmpty }
        let fixed = LinearAttack.fixedUnknowns(hidden.count, equations: equations).map { hidden.sorted()[$0] }
        #expect(fixed == [unplaced])
    }

    @Test("a small cell in a chain of single-member totals takes its copies, not the whole table")
    func fewestCells() {
        // The force (599 = 168 + 90 + 337 + 4) has three districts and a 4 with no place;
        // each district is also a partnership of its own. Hiding Plymouth (90) and its
        // partnership copy (180 in all) protects the 4; hiding the 168 and its copy weighs
        // 336, and the force (599) would take a month with it.
        var audited = AuditedProblem(minimumCount: 8)
        let districts = [168, 90, 337].map { audited.cell($0) }
        let unplaced = audited.cell(4)
        let force = audited.cell(599)
        audited.sum(force, of: districts + [unplaced])
        let partnerships = districts.map { audited.total(of: [$0]) }
        // The force is also the total of twelve months, which hiding it would expose.
        let months = [50, 48, 52, 49, 51, 50, 47, 53, 50, 49, 50, 50].map { audited.cell($0) }
        audited.sum(force, of: months)
        audited.problem.apply()
        let problem = audited.problem
        #expect(districts.map(problem.value) == [168, nil, 337])
        #expect(partnerships.map(problem.value) == [168, nil, 337])
        #expect(problem.value(force) == 599)
        #expect(months.allSatisfy { problem.value($0) != nil })
        #expect(audited.recoverableSmallCounts().isEmpty)
    }

    @Test("on random hierarchies of districts, partnerships and a remainder, no small count can be worked out",
          arguments: [21, 22, 23, 24, 25] as [UInt64])
    func randomHierarchies(seed: UInt64) {
        var state = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<40 {
            var audited = AuditedProblem(minimumCount: 8)
            let districts = (0..<(next(8) + 2)).map { _ in audited.cell(next(3) == 0 ? next(8) : next(80)) }
            let unplaced = audited.cell(next(10))
            let force = audited.total(of: districts + [unplaced])
            // Partnerships: consecutive runs of districts.
            var start = 0
            while start < districts.count {
                let length = min(districts.count - start, next(3) + 1)
                _ = audited.total(of: Array(districts[start..<(start + length)]))
                start += length
            }
            // A second breakdown of the force: by sex, with its own remainder.
            let forceCount = audited.problem.counts[force]
            let femaleCount = min(forceCount, next(3) == 0 ? next(8) : next(200))
            let unknownSex = min(forceCount - femaleCount, next(5))
            let female = audited.cell(femaleCount)
            let male = audited.cell(forceCount - femaleCount - unknownSex)
            let notKnown = audited.cell(unknownSex)
            audited.sum(force, of: [female, male, notKnown])
            audited.problem.apply()
            #expect(audited.recoverableSmallCounts().isEmpty)
            #expect(audited.problem.recoverableSmallCells().isEmpty)
            for cell in 0..<audited.problem.cellCount {
                if let value = audited.problem.value(cell) { #expect(value == 0 || value >= 8) }
            }
        }
    }

    @Test("a suppressed count reads \"fewer than 8\" in a sentence, and one withheld to protect it says so")
    func sentenceText() {
        var problem = Suppression(minimumCount: 8)
        let cells = [3, 40, 12].map { problem.cell($0) }
        _ = problem.total(of: cells)
        problem.apply()
        let disclosed = Disclosed(applied: problem)
        #expect(disclosed.text(cells[0]) == "fewer than 8")
        #expect(disclosed.text(cells[1]) == "40")
        #expect(disclosed.text(cells[2]) == "an unpublished number of")
        #expect(disclosed.withheldShare([cells[0], cells[1]]) == "an unpublished share (fewer than 8 records)")
        #expect(disclosed.withheldShare([cells[2]]) == "an unpublished share (to protect a small count)")
    }

    @Test("an unpublished total ties groups published one by one without counting as published itself")
    func unpublishedTotal() {
        // Violence against the person: homicide 7, violence with injury 150, without 90,
        // stalking 40, each published on its own; their total (287) is published nowhere,
        // but the 100 domestic abuse offences and the unpublished rest (187) make it up.
        // Were the total a published cell, 287 - 150 - 90 - 40 would give the 7 back and a
        // second group would have to go; unpublished, nothing more is hidden.
        var audited = AuditedProblem(minimumCount: 8)
        let groups = [7, 150, 90, 40].map { audited.cell($0) }
        let total = audited.problem.unpublishedTotal(of: groups)
        audited.sums.append((total, groups))
        let domestic = audited.cell(100)
        let rest = audited.problem.unpublished(187)
        audited.sum(total, of: [domestic, rest])
        audited.problem.apply()
        let problem = audited.problem
        #expect(groups.map(problem.value) == [nil, 150, 90, 40])
        #expect(problem.value(domestic) == 100)
        #expect(problem.value(total) == nil && problem.value(rest) == nil)
        #expect(audited.recoverableSmallCounts().isEmpty)
        // A small unpublished remainder is still protected: with the rest 5, 100 + 5 would
        // be the groups' sum less nothing hidden, so the 100 goes with it.
        var small = AuditedProblem(minimumCount: 8)
        let parts = [20, 150].map { small.cell($0) }
        let whole = small.problem.unpublishedTotal(of: parts)
        small.sums.append((whole, parts))
        let flagged = small.cell(165)
        small.sum(whole, of: [flagged, small.problem.unpublished(5)])
        small.problem.apply()
        #expect(small.recoverableSmallCounts().isEmpty)
        #expect(small.problem.value(flagged) == nil || parts.contains { small.problem.value($0) == nil })
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

@Suite("Time of day at a readable grain")
struct TimeGrainTests {
    @Test("the grid goes to the finest band of hours at which no more than a quarter of cells are small")
    func readableBand() {
        // Every weekday-hour holds 3: single hours are all small; 3-hour bands hold 9.
        let threes = WeekdayHour.grid { _, _ in 3 }
        #expect(WeekdayHour.readableBand(minimumCount: 8) { WeekdayHour.banded(threes, hours: $0).flatMap { $0 } } == 3)
        // Every weekday-hour holds 1: 3-hour bands hold 3, still small; 6-hour bands hold 6,
        // still small, and 6 is the coarsest grain.
        let ones = WeekdayHour.grid { _, _ in 1 }
        #expect(WeekdayHour.readableBand(minimumCount: 8) { WeekdayHour.banded(ones, hours: $0).flatMap { $0 } } == 6)
        // 42 of 168 single hours (exactly a quarter) small, the rest 10: single hours stay.
        let quarter = WeekdayHour.grid { _, hour in hour < 6 ? 2 : 10 }
        #expect(WeekdayHour.readableBand(minimumCount: 8) { WeekdayHour.banded(quarter, hours: $0).flatMap { $0 } } == 1)
        // Zeros are not small: a grid of zeros needs no coarser grain.
        let zeros = WeekdayHour.grid { _, _ in 0 }
        #expect(WeekdayHour.readableBand(minimumCount: 8) { WeekdayHour.banded(zeros, hours: $0).flatMap { $0 } } == 1)
        #expect(WeekdayHour.banded([[1, 2, 3, 4, 5, 6]], hours: 3) == [[6, 15]])
        #expect(WeekdayHour.bandLabels(hours: 6) == ["00-05", "06-11", "12-17", "18-23"])
        #expect(WeekdayHour.bandLabel(from: 6, hours: 3) == "06:00 to 08:59")
    }
}
