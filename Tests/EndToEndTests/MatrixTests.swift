import Assessment
import Foundation
import Testing
import TestSupport

/// Any definition, any span, any size: every case writes a whole report, and the report
/// says in a plain sentence what it could not compute and why.
@Suite("The report for any definition, span, threshold and set of inputs")
struct MatrixTests {
    static let mostSerious = ["1/1", "1/2", "2"]
    static let demonstration = ["1/1", "1/2", "2", "5D"]
    static let wideLocal = ["1/1", "1/2", "2", "5D", "8N", "34B"]

    /// Writes the report for a case and returns its Markdown.
    static func report(_ fixture: MatrixFixture) throws -> String {
        let (folder, configuration) = try fixture.write()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("Output").path
        let summary = try Generator.run(GenerateOptions(configurationFile: configuration, output: output)) { _ in }
        #expect(summary.period == "2020-Q4")
        return try String(contentsOfFile: summary.folder + "/assessment.md", encoding: .utf8)
    }

    /// The sentence that says why there are no seasonal indices, and the monthly profile in their place.
    static func expectNoSeasonality(_ markdown: String, months: Int) {
        #expect(markdown.contains("Seasonality needs at least 36 months of records; \(months) are available."))
        #expect(markdown.contains("Below are the counts by month of the year"))
        #expect(!markdown.contains("Seasonal index of serious violence"))
    }

    @Test("any set of offence codes", arguments: [mostSerious, demonstration, wideLocal])
    func offenceCodes(_ codes: [String]) throws {
        let markdown = try Self.report(MatrixFixture(offenceCodes: codes))
        #expect(markdown.contains("by the Home Office offence codes \(codes.joined(separator: ", "))."))
        Self.expectNoSeasonality(markdown, months: 24)
        #expect(markdown.contains("in the twelve months before"))
    }

    @Test("record-level files covering any span", arguments: [3, 12, 13, 24, 60])
    func span(_ months: Int) throws {
        let markdown = try Self.report(MatrixFixture(months: months))
        if months < 36 {
            Self.expectNoSeasonality(markdown, months: months)
        } else {
            #expect(markdown.contains("Serious violence peaks in June"))
            #expect(markdown.contains("| Month | Seasonal index | Years | Lower 95% | Upper 95% |"))
        }
        if months < 24 {
            #expect(markdown.contains("Year-on-year change needs two complete years of records (24 months to the end of the period); the records cover \(months) months to the end of the period."))
            #expect(!markdown.contains("in the twelve months before"))
        } else {
            #expect(markdown.contains("in the twelve months before"))
        }
        if months < 9 {
            #expect(markdown.contains("Persistent hotspots need records for at least three of the quarters 2020-Q1, 2020-Q2, 2020-Q3, 2020-Q4; the records cover 1 of them in full."))
        } else {
            #expect(!markdown.contains("Persistent hotspots need records"))
        }
        if months < 12 {
            #expect(markdown.contains("recorded in the \(months) months of the assessment year the records cover (October 2020 to December 2020)."))
            #expect(markdown.contains("A forecast of serious violence needs at least 12 months of police records; \(months) are available."))
        } else {
            #expect(!markdown.contains("A forecast of serious violence needs"))
        }
    }

    @Test("any minimum count", arguments: [0, 8, 1000, 20000])
    func minimumCount(_ minimum: Int) throws {
        let markdown = try Self.report(MatrixFixture(minimumCount: minimum))
        Self.expectNoSeasonality(markdown, months: 24)
        let suppressedNote = "Not published: fewer than \(minimum) records (a count from 1 to \(minimum - 1)) from confidential data"
        #expect(markdown.contains(suppressedNote) == (minimum > 1))
        if minimum == 1000 {
            // Every count is suppressed: the sentences say so rather than fail.
            #expect(markdown.contains("Counts for the two years are suppressed."))
        }
    }

    @Test("a definition that no record matches")
    func noMatchingRecords() throws {
        // Manslaughter (4/1): a valid code, with no record of it in the data.
        let markdown = try Self.report(MatrixFixture(offenceCodes: ["4/1"]))
        #expect(markdown.contains("0 serious violence offences were recorded over the assessment year, against 0 in the twelve months before."))
        #expect(markdown.contains("Seasonality needs at least 36 months of records; 24 are available."))
        #expect(markdown.contains("Concentration needs serious violence over the assessment year; these data have none."))
    }

    @Test("police records that end before the assessment year")
    func recordsEndBefore() throws {
        let markdown = try Self.report(MatrixFixture(months: 12, lastYear: 2018))
        #expect(markdown.contains("The police records cover no month of the assessment year, so serious violence cannot be counted for it. Year-on-year change needs two complete years of records (24 months to the end of the period); the records cover 12 months to the end of the period."))
        #expect(markdown.contains("Concentration needs serious violence over the assessment year; these data have none."))
    }

    @Test("each optional input absent", arguments: MatrixFixture.Input.allCases)
    func absent(_ input: MatrixFixture.Input) throws {
        let markdown = try Self.report(MatrixFixture(absent: [input]))
        switch input {
        case .policeRecords:
            #expect(markdown.contains("Counting it needs record-level police data, which this edition does not draw on"))
            #expect(!markdown.contains("Seasonality needs"))
        case .emergencyDepartment:
            #expect(!markdown.contains("### Emergency departments against police records"))
            #expect(markdown.contains("No emergency department (ISTV) extract is configured"))
            #expect(markdown.contains("### Major trauma"))
        case .majorTrauma:
            #expect(markdown.contains("### Emergency departments against police records"))
            #expect(!markdown.contains("### Major trauma"))
            #expect(markdown.contains("No major trauma registry extract is configured"))
        case .comparators:
            #expect(markdown.contains("The inputs hold no national comparators for a year ending by the end of this period."))
        }
    }

    @Test("a force of one district")
    func oneDistrict() throws {
        let markdown = try Self.report(MatrixFixture(oneDistrict: true))
        Self.expectNoSeasonality(markdown, months: 24)
        #expect(markdown.contains("| North |"))
        #expect(!markdown.contains("| South |"))
    }
}
