import Foundation
import Testing

/// Reads the committed demonstration report (which another test proves is what the
/// inputs give) and checks that no small count from the confidential records is in it.
@Suite("Disclosure control in the demonstration report")
struct DisclosureTests {
    static let minimum = 8
    static let countColumns: Set<String> = ["count", "numerator", "denominator", "unknown", "year_count", "comparison_year_count",
                                            "quarter_count", "same_quarter_last_year", "total"]

    /// The report folder of the latest period in Output/.
    static var folder: String? {
        Repository.files(under: Repository.output).first { $0.hasSuffix("/manifest.json") }
            .map { Repository.output + "/" + ($0 as NSString).deletingLastPathComponent }
    }

    static func table(_ name: String) throws -> (header: [String], rows: [[String]])? {
        guard let folder else { return nil }
        let path = folder + "/data/\(name).csv"
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        let rows = try Repository.csvRows(path)
        return (rows.first ?? [], Array(rows.dropFirst()))
    }

    @Test("no table drawn from police or major trauma records holds a count from 1 to 7")
    func noSmallCounts() throws {
        let folder = try #require(Self.folder)
        let names = Repository.files(under: folder + "/data").filter {
            $0.hasPrefix("violence-") || $0.hasPrefix("knife-") || $0.hasPrefix("major-trauma")
        }
        #expect(names.contains("violence-by-quarter.csv"))
        #expect(names.contains("major-trauma-by-age-and-sex.csv"))
        #expect(!names.isEmpty)
        for name in names {
            let table = try #require(try Self.table(String(name.dropLast(4))))
            for (column, heading) in table.header.enumerated() where Self.countColumns.contains(heading) {
                for row in table.rows {
                    if let value = Int(row[column]) {
                        #expect(value == 0 || value >= Self.minimum, "\(name): \(heading) = \(value) in \(row)")
                    }
                }
            }
        }
    }

    @Test("no suppressed cell of the weekday-by-hour table can be worked out from the weekday and hour totals")
    func weekdayHourTotals() throws {
        let grid = try #require(try Self.table("violence-by-hour-and-weekday"))
        let weekdays = try #require(try Self.table("violence-by-weekday"))
        let hours = try #require(try Self.table("violence-by-hour"))
        for weekday in 1...7 {
            let cells = grid.rows.filter { $0[0] == String(weekday) }.map { $0[2] }
            let hidden = cells.filter(\.isEmpty).count + (weekdays.rows[weekday - 1][1].isEmpty ? 1 : 0)
            #expect(hidden != 1, "weekday \(weekday): one unknown against a published total")
        }
        for hour in 0..<24 {
            let cells = grid.rows.filter { $0[1] == String(hour) }.map { $0[2] }
            let hidden = cells.filter(\.isEmpty).count + (hours.rows[hour][1].isEmpty ? 1 : 0)
            #expect(hidden != 1, "hour \(hour): one unknown against a published total")
        }
    }

    @Test("no suppressed month can be worked out from the year totals of the trend table")
    func monthlyTotals() throws {
        let folder = try #require(Self.folder)
        let period = (folder as NSString).lastPathComponent
        let months = try #require(try Self.table("violence-by-month"))
        let trends = try #require(try Self.table("violence-trends"))
        // The assessment year is the twelve months to the end of the quarter.
        let year = Int(period.prefix(4)) ?? 0
        let lastMonth = (Int(period.suffix(1)) ?? 4) * 3
        let window = (0..<12).map { offset -> String in
            let index = year * 12 + lastMonth - 1 - offset
            let month = index % 12 + 1
            return "\(index / 12)-\(month < 10 ? "0" : "")\(month)"
        }
        for trend in trends.rows {
            let cells = months.rows.filter { $0[1] == trend[0] && window.contains($0[0]) }.map { $0[2] }
            #expect(cells.count == 12)
            let hidden = cells.filter(\.isEmpty).count + (trend[1].isEmpty ? 1 : 0)
            #expect(hidden != 1, "\(trend[0]): one unknown month against the published year total")
        }
    }

    @Test("a quarter is the sum of its months, and no suppressed month can be worked out from it")
    func quarterlyTotals() throws {
        let months = try #require(try Self.table("violence-by-month"))
        let quarters = try #require(try Self.table("violence-by-quarter"))
        #expect(quarters.header == ["quarter", "category", "count"])
        #expect(!quarters.rows.isEmpty)
        for quarter in quarters.rows {
            // Quarters are written 2024-Q1.
            let parts = quarter[0].split(separator: "-")
            let year = try #require(parts.first.map(String.init))
            let number = try #require(parts.last.flatMap { Int($0.dropFirst()) })
            let names = (1...3).map { offset -> String in
                let month = (number - 1) * 3 + offset
                return "\(year)-\(month < 10 ? "0" : "")\(month)"
            }
            let cells = months.rows.filter { $0[1] == quarter[1] && names.contains($0[0]) }.map { $0[2] }
            #expect(cells.count == 3, "\(quarter)")
            let hidden = cells.filter(\.isEmpty).count + (quarter[2].isEmpty ? 1 : 0)
            #expect(hidden != 1, "\(quarter): one unknown month against the published quarter")
            if hidden == 0 {
                #expect(cells.compactMap { Int($0) }.reduce(0, +) == Int(quarter[2]), "\(quarter)")
            }
        }
    }

    @Test("no suppressed major trauma band can be worked out from its sex's total")
    func traumaAgeAndSexTotals() throws {
        let table = try #require(try Self.table("major-trauma-by-age-and-sex"))
        #expect(table.header == ["age_band", "sex", "count"])
        for sex in Set(table.rows.map { $0[1] }) {
            let rows = table.rows.filter { $0[1] == sex }
            let total = try #require(rows.first { $0[0] == "All ages" })
            let bands = rows.filter { $0[0] != "All ages" }.map { $0[2] }
            let hidden = bands.filter(\.isEmpty).count + (total[2].isEmpty ? 1 : 0)
            #expect(hidden != 1, "\(sex): one unknown band against the published total")
        }
    }
}
