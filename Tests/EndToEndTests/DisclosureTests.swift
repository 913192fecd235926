import Foundation
import TestSupport
import Testing

/// Reads the committed demonstration report (which another test proves is what the
/// inputs give) and checks that no small count from the confidential records is in it.
@Suite("Disclosure control in the demonstration report")
struct DisclosureTests {
    static let minimum = 8
    static let countColumns: Set<String> = ["count", "numerator", "denominator", "unknown", "year_count", "comparison_year_count",
                                            "quarter_count", "same_quarter_last_year", "total"]

    /// The report folder of the latest period in Output/ (earlier, published quarters are
    /// kept as they were published, under the rules of their day).
    static var folder: String? {
        Repository.files(under: Repository.output).filter { $0.hasSuffix("/manifest.json") }.max()
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
            ($0.hasPrefix("violence-") || $0.hasPrefix("knife-") || $0.hasPrefix("major-trauma")) && !$0.hasPrefix("violence-hexbins")
        }
        // violence-hexbins*.csv are police.uk's public street-level counts, never suppressed.
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

    @Test("no suppressed cell of the weekday-by-time table can be worked out from the weekday and hour totals")
    func weekdayHourTotals() throws {
        let grid = try #require(try Self.table("violence-by-hour-and-weekday"))
        let weekdays = try #require(try Self.table("violence-by-weekday"))
        let hours = try #require(try Self.table("violence-by-hour"))
        #expect(grid.header == ["weekday", "hour", "count", "hours"])
        // Unknowns: the grid's empty cells, the weekday totals' and the hour totals'.
        var unknowns: [String: Int] = [:]
        func term(_ key: String, _ text: String, _ sign: Int) -> (Int, Int)? {
            guard text.isEmpty else { return nil }
            if unknowns[key] == nil { unknowns[key] = unknowns.count }
            return (unknowns[key]!, sign)
        }
        var equations: [[(Int, Int)]] = []
        for weekday in 1...7 {
            let cells = grid.rows.filter { $0[0] == String(weekday) }
            equations.append(cells.compactMap { term("g\($0[0])-\($0[1])", $0[2], -1) }
                             + [term("w\(weekday)", weekdays.rows[weekday - 1][1], 1)].compactMap { $0 })
        }
        // A band of the grid is the sum of the hour rows it spans, over every weekday.
        let width = try #require(grid.rows.first.flatMap { Int($0[3]) })
        let hourWidth = 24 / hours.rows.count
        #expect(width % hourWidth == 0)
        for band in stride(from: 0, to: 24, by: width) {
            let cells = grid.rows.filter { $0[1] == String(band) }
            let hourRows = (0..<hours.rows.count).filter { $0 * hourWidth >= band && $0 * hourWidth < band + width }
            equations.append(cells.compactMap { term("g\($0[0])-\($0[1])", $0[2], 1) }
                             + hourRows.compactMap { term("h\($0)", hours.rows[$0][1], -1) })
        }
        let names = unknowns.sorted { $0.value < $1.value }.map(\.key)
        let fixed = LinearAttack.fixedUnknowns(unknowns.count, equations: equations.filter { !$0.isEmpty }).map { names[$0] }
        #expect(fixed.isEmpty, "cells a reader can work out: \(fixed)")
    }

    @Test("districts and the records with no location add up to the force; neither they nor the partnerships give away a small count")
    func areaTotals() throws {
        let table = try #require(try Self.table("violence-by-area"))
        let rows = table.rows
        let force = try #require(rows.first { $0[2] == "Force" })
        let districts = rows.filter { $0[2] == "District" }
        let notKnown = try #require(rows.first { $0[2] == "Not known" })
        #expect(notKnown[1] == "Location not known")
        let shown = (districts + [notKnown]).compactMap { Int($0[3]) }
        if (districts + [notKnown]).allSatisfy({ !$0[3].isEmpty }) {
            #expect(shown.reduce(0, +) == Int(force[3]))
        }
        // Partnerships from the geography lookup: code to its districts.
        let lookup = try Repository.csvRows(Repository.inputs + "/geography/lad19-to-csp19-to-pfa19.csv")
        let header = try #require(lookup.first)
        let lad = try #require(header.firstIndex(of: "LAD19CD")), csp = try #require(header.firstIndex(of: "CSP19CD"))
        var unknowns: [String: Int] = [:]
        func term(_ row: [String], _ sign: Int) -> (Int, Int)? {
            guard row[3].isEmpty else { return nil }
            if unknowns[row[0] + row[2]] == nil { unknowns[row[0] + row[2]] = unknowns.count }
            return (unknowns[row[0] + row[2]]!, sign)
        }
        var equations = [[term(force, 1)].compactMap { $0 } + (districts + [notKnown]).compactMap { term($0, -1) }]
        for partnership in rows.filter({ $0[2] == "Partnership" }) {
            let members = Set(lookup.dropFirst().filter { $0[csp] == partnership[0] }.map { $0[lad] })
            equations.append([term(partnership, 1)].compactMap { $0 } + districts.filter { members.contains($0[0]) }.compactMap { term($0, -1) })
        }
        let names = unknowns.sorted { $0.value < $1.value }.map(\.key)
        let fixed = LinearAttack.fixedUnknowns(unknowns.count, equations: equations.filter { !$0.isEmpty }).map { names[$0] }
        #expect(!fixed.contains("Not known"), "the records with no location can be worked out")
    }

    @Test("no sentence of the report shows a suppressed count as an asterisk")
    func noAsteriskInSentences() throws {
        let folder = try #require(Self.folder)
        let text = try String(contentsOfFile: folder + "/assessment.md", encoding: .utf8)
        for line in text.split(separator: "\n") where !line.hasPrefix("|") && !line.hasPrefix("\\* ") {
            // The methods appendix says how a suppressed count is shown in tables.
            let text = line.replacingOccurrences(of: "(shown as \\* in tables", with: "")
            #expect(!text.contains("\\*"), "\(line.prefix(120))")
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
