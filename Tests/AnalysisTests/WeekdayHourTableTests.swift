import Testing
@testable import Analysis

@Suite("Weekday by hour table")
struct WeekdayHourTableTests {
    static func table(_ cells: [(weekday: Int, hour: Int, count: Int)]) -> WeekdayHourTable? {
        var counts = Array(repeating: Array(repeating: 0, count: 24), count: 7)
        for cell in cells { counts[cell.weekday - 1][cell.hour] += cell.count }
        return WeekdayHourTable(counts: counts)
    }

    // Built in Python: t[d][h] = 2 + (d*24 + h) % 7, d = 0 (Monday)...6, plus
    // Friday 18–23 +10, Saturday 0–5 +8, Saturday 18–23 +12, Sunday 0–5 +9.
    // Total 1,074; night (hours 18–23 and 0–5, every day) 654; weekend nights 358.
    // Wilson limits = statsmodels.stats.proportion.proportion_confint(k, 1074,
    //   alpha=0.05, method='wilson').
    // Hour totals: 52 for hours 0–5, 35 for 6–17, 57 for 18–23, so the top three
    // are hours 18, 19, 20 (all 57; ties by hour).
    static let reference: [[Int]] = (0..<7).map { d in
        (0..<24).map { h in
            var count = 2 + (d * 24 + h) % 7
            if d == 4, h >= 18 { count += 10 }
            if d == 5, h < 6 { count += 8 }
            if d == 5, h >= 18 { count += 12 }
            if d == 6, h < 6 { count += 9 }
            return count
        }
    }

    @Test("matches statsmodels' Wilson intervals for the night and weekend-night shares")
    func matchesReference() throws {
        let table = try #require(WeekdayHourTable(counts: Self.reference))
        #expect(table.total == 1074)
        #expect(table.nightCount == 654)
        #expect(table.weekendNightCount == 358)

        let night = try #require(table.nightShare())
        #expect(isClose(night.value, 0.6089385474860335, relative: 1e-12))
        #expect(isClose(night.lower, 0.5794150571740082, relative: 1e-9))
        #expect(isClose(night.upper, 0.6376855173910376, relative: 1e-9))
        #expect(night.method == .wilson)

        let weekend = try #require(table.weekendNightShare())
        #expect(isClose(weekend.value, 0.3333333333333333, relative: 1e-12))
        #expect(isClose(weekend.lower, 0.30577845887140914, relative: 1e-9))
        #expect(isClose(weekend.upper, 0.36207621764873427, relative: 1e-9))

        #expect(table.hourTotals == Array(repeating: 52, count: 6) + Array(repeating: 35, count: 12)
            + Array(repeating: 57, count: 6))
        #expect(table.peakHours() == [
            .init(hour: 18, count: 57), .init(hour: 19, count: 57), .init(hour: 20, count: 57),
        ])
    }

    // Worked by hand, 20 events:
    //   Mon 02:00 ×3, Wed 12:00 ×5, Fri 23:00 ×4, Sat 03:00 ×2, Sat 14:00 ×1,
    //   Sun 05:00 ×1, Sun 06:00 ×2, Sun 20:00 ×2.
    // Night (18:00–05:59): Mon 02 (3), Fri 23 (4), Sat 03 (2), Sun 05 (1), Sun 20 (2)
    //   = 12 of 20 = 0.6. Not night: Wed 12, Sat 14, Sun 06.
    // Weekend nights (Fri 18:00–Sat 05:59, Sat 18:00–Sun 05:59): Fri 23 (4),
    //   Sat 03 (2), Sun 05 (1) = 7 of 20 = 0.35. Sat 14:00 is weekend daytime and
    //   Sun 20:00 begins Sunday night, so neither counts; Mon 02:00 is Sunday night.
    // Wilson for 12/20, z = 1.96: (24 + 3.8415 ∓ 1.96 × √(3.8415 + 19.2)) /
    //   (2 × 23.8415) = (27.8415 ∓ 9.4083) / 47.683 = 0.3866 and 0.7812.
    // Peak hours: 12:00 (5), 23:00 (4), 02:00 (3); next come 03:00, 06:00 and
    //   20:00 with 2 each, so a top five takes 03:00 and 06:00 (earlier hours).
    static let handCells: [(weekday: Int, hour: Int, count: Int)] = [
        (1, 2, 3), (3, 12, 5), (5, 23, 4), (6, 3, 2), (6, 14, 1), (7, 5, 1), (7, 6, 2), (7, 20, 2),
    ]

    @Test("gives the hand-worked night share, weekend-night share and peak hours")
    func handWorked() throws {
        let table = try #require(Self.table(Self.handCells))
        #expect(table.total == 20)
        #expect(table.nightCount == 12)
        #expect(table.weekendNightCount == 7)
        let night = try #require(table.nightShare())
        #expect(night.value == 0.6)
        #expect(abs(night.lower - 0.3866) < 1e-4)
        #expect(abs(night.upper - 0.7812) < 1e-4)
        // statsmodels proportion_confint(7, 20, method='wilson').
        let weekend = try #require(table.weekendNightShare())
        #expect(weekend.value == 0.35)
        #expect(isClose(weekend.lower, 0.18119182410108203, relative: 1e-9))
        #expect(isClose(weekend.upper, 0.5671457233147638, relative: 1e-9))
        #expect(table.peakHours().map(\.hour) == [12, 23, 2])
        #expect(table.peakHours(top: 5).map(\.hour) == [12, 23, 2, 3, 6])
        #expect(table.count(weekday: 5, hour: 23) == 4)
        #expect(table.count(weekday: 8, hour: 0) == 0)
    }

    @Test("places the weekend-night boundaries at Friday 18:00, Saturday 06:00 and 18:00, Sunday 06:00")
    func boundaries() throws {
        let inside: [(Int, Int)] = [(5, 18), (6, 5), (6, 18), (7, 5)]
        let outside: [(Int, Int)] = [(5, 17), (6, 6), (6, 17), (7, 6), (7, 18), (1, 0), (4, 23)]
        for (weekday, hour) in inside {
            let table = try #require(Self.table([(weekday, hour, 1)]))
            #expect(table.weekendNightCount == 1, "weekday \(weekday) hour \(hour)")
        }
        for (weekday, hour) in outside {
            let table = try #require(Self.table([(weekday, hour, 1)]))
            #expect(table.weekendNightCount == 0, "weekday \(weekday) hour \(hour)")
        }
        // A full week of one event an hour: nights are half the week, weekend nights 1/7.
        let flat = try #require(WeekdayHourTable(counts: Array(repeating: Array(repeating: 1, count: 24), count: 7)))
        #expect(flat.nightCount == 84)
        #expect(flat.weekendNightCount == 24)
    }

    @Test("gives no shares or peaks for an empty table, and leaves out hours with no events")
    func empty() throws {
        let empty = try #require(WeekdayHourTable(counts: Array(repeating: Array(repeating: 0, count: 24), count: 7)))
        #expect(empty.nightShare() == nil)
        #expect(empty.weekendNightShare() == nil)
        #expect(empty.peakHours().isEmpty)
        let one = try #require(Self.table([(2, 9, 4)]))
        #expect(one.peakHours() == [.init(hour: 9, count: 4)])
    }

    @Test("rejects tables that are not 7 × 24 or have negative counts")
    func invalidShape() {
        #expect(WeekdayHourTable(counts: Array(repeating: Array(repeating: 0, count: 24), count: 6)) == nil)
        #expect(WeekdayHourTable(counts: Array(repeating: Array(repeating: 0, count: 23), count: 7)) == nil)
        var negative = Array(repeating: Array(repeating: 0, count: 24), count: 7)
        negative[3][4] = -1
        #expect(WeekdayHourTable(counts: negative) == nil)
    }
}
