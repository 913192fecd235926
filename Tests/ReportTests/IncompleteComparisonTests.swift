import Analysis
import Loaders
import Report
import Testing

/// Ten serious violence offences in every month from April 2019 to December 2020, assessed
/// at 2020-Q4: the assessment year holds 120, and the comparison year (2019) only nine of
/// its months, 90 offences, so a rise of a third would be nothing but the missing quarter.
/// The same quarter a year earlier (2019-Q4) is whole: 30 against 30.
@Suite("Comparisons with an incomplete year")
struct IncompleteComparisonTests {
    static let geography = Geography(
        lsoas: [LSOA(code: AreaCode.parse("E01000001")!, name: "L1", districtCode: "E07000001", districtName: "D1", deprivationRank: 1000)],
        districts: [District(code: "E07000001", name: "D1", partnershipCode: "P1", partnershipName: "North", forceCode: "F1", forceName: "Testshire")])

    static let population: Population = {
        let half = AgeCounts(allAges: 450, byAge: Array(repeating: 5, count: 90) + [0])
        let persons = AgeCounts(allAges: 900, byAge: Array(repeating: 10, count: 90) + [0])
        return Population(year: 2019, persons: ["E07000001": persons], males: ["E07000001": half], females: ["E07000001": half])
    }()

    static let period = AssessmentPeriod(quarter: Quarter(year: 2020, number: 4))

    static var findings: ViolenceFindings {
        var tally = PoliceRecordTally.Builder()
        for monthIndex in YearMonth(year: 2019, month: 4).index...YearMonth(year: 2020, month: 12).index {
            let month = YearMonth(index: monthIndex)
            let committed = LocalDateTime.parseDate("\(month.year)-\(month.month < 10 ? "0" : "")\(month.month)-15")!
            for _ in 0..<10 {
                tally.add(PoliceRecord(
                    offence: HomeOfficeOffenceCodes.offence(code: "5D")!, committedAt: committed, recordedOn: committed.date,
                    placement: .lsoa(0, district: 0), domesticAbuse: false, alcoholRelated: false, weapon: .none,
                    victimAge: 30, victimSex: .male, suspectAge: nil, suspectSex: .unknown, linkageKey: nil), isSerious: true)
            }
        }
        return ViolenceAnalysis.analyse(.init(
            police: tally.tally, street: StreetCrimeTally(), geography: geography, population: population, forceCode: "F1",
            forceName: "Testshire", areas: [], period: period, offenceCodes: ["5D"]))
    }

    static var document: ReportDocument {
        let street = StreetCrimeAnalysis.analyse(.init(
            tally: StreetCrimeTally(), geography: geography, population: [:], forceCode: "F1", forceName: "Testshire",
            areas: [], period: period, comparators: []))
        let model = ReportModel(title: "Test", areaName: "Testshire", forceName: "Testshire", street: street, sources: [],
                                duplicateCrimeIDs: 0, populationYear: 2019, seriousViolenceCodes: ["5D"], minimumCount: 8,
                                version: "test", violence: findings)
        return ReportDocument.make(model, drawFigures: false)
    }

    @Test("a comparison year that the data cover for nine months is not compared, and the three missing months are named")
    func incompleteYear() throws {
        let trend = try #require(Self.findings.trends.first { $0.category == ViolenceFindings.seriousViolence })
        #expect(trend.yearCount == 120)
        #expect(trend.comparisonYearCount == 90)
        #expect(trend.comparisonYearMonths == 9)
        #expect(trend.comparisonYearMonthsMissing == 3)
        #expect(trend.year == nil)
        // 2019-Q4 is whole: 30 against 30, compared.
        #expect(trend.sameQuarterLastYearMonths == 3)
        #expect(trend.quarter?.direction == .stable)

        let document = Self.document
        let headline = try #require(document.sections.flatMap(\.headlines).first { $0.place == .seriousViolenceTrend })
        #expect(headline.text.contains("120 serious violence offences"))
        #expect(!headline.text.contains("against 90"))
        #expect(headline.text.contains("the comparison year is incomplete: the data cover 9 months of it, 3 months short"))

        let table = try #require(document.sections.flatMap(\.tables).first { $0.name == "violence-trends" })
        let key = try #require(table.columns.firstIndex { $0.key == "direction" })
        let months = try #require(table.columns.firstIndex { $0.key == "comparison_year_months" })
        let quarterKey = try #require(table.columns.firstIndex { $0.key == "quarter_direction" })
        let serious = try #require(table.rows.first { $0.first == .text(ViolenceFindings.seriousViolence) })
        #expect(serious[key] == .text("Not compared: year before incomplete (9 months of 12)"))
        #expect(serious[months] == .count(9))
        #expect(serious[quarterKey] == .text("No significant change"))
    }
}
