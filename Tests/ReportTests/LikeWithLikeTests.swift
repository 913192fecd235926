import Testing
@testable import Analysis
@testable import Loaders
@testable import Report

/// One district, 10 burglaries a month on police.uk in 2019 (120) and 5 a month in 2020
/// (60), assessed at 2020-Q4. ONS counts 150 crimes for the year ending December 2019 and
/// 75 for the year ending December 2020: police.uk holds 20% fewer in each, worked by hand.
@Suite("Like with like against England and Wales")
struct LikeWithLikeTests {
    static let geography = Geography(
        lsoas: [LSOA(code: AreaCode.parse("E01000001")!, name: "L1", districtCode: "E07000001", districtName: "D1", deprivationRank: 1000)],
        districts: [District(code: "E07000001", name: "D1", partnershipCode: "P1", partnershipName: "North", forceCode: "F1", forceName: "Testshire")])

    static var tally: StreetCrimeTally {
        var tally = StreetCrimeTally()
        for index in 0..<24 {
            let month = YearMonth(year: 2019, month: 1).adding(months: index)
            tally.add(.init(month: month, district: 0, crimeType: .burglary), count: index < 12 ? 10 : 5)
        }
        return tally
    }

    /// An ONS table: the force's total, violence against the person, violence with injury and
    /// sexual offences, and England and Wales's.
    static func table(yearEnding: YearMonth, total: Int) -> ComparatorTable {
        func row(_ area: String, _ group: String, _ offences: Int, _ rate: Double) -> ComparatorRow {
            ComparatorRow(areaCode: area, areaName: area, offenceGroup: group, offences: offences, ratePer1000: rate, population: 1000)
        }
        return ComparatorTable(yearEnding: yearEnding, file: "ons.csv", rows: [
            row("F1", "Total recorded crime (excluding fraud)", total, Double(total)),
            row("F1", "Violence against the person", 20, 20), row("F1", "Violence with injury", 8, 8), row("F1", "Sexual offences", 2, 2),
            row("K04000001", "Total recorded crime (excluding fraud)", 90, 90),
            row("K04000001", "Violence against the person", 30, 30), row("K04000001", "Violence with injury", 6, 6),
            row("K04000001", "Sexual offences", 3, 3),
        ])
    }

    static func findings(_ comparators: [ComparatorTable]) -> StreetCrimeFindings {
        StreetCrimeAnalysis.analyse(.init(
            tally: tally, geography: geography, population: ["E07000001": 1000], forceCode: "F1", forceName: "Testshire",
            areas: [], period: AssessmentPeriod(quarter: Quarter(year: 2020, number: 4)), comparators: comparators))
    }

    @Test("uses the ONS year that matches the assessment year, and measures police.uk against it")
    func matchingYear() throws {
        let street = Self.findings([Self.table(yearEnding: YearMonth(year: 2019, month: 12), total: 150),
                                    Self.table(yearEnding: YearMonth(year: 2020, month: 12), total: 75)])
        #expect(street.comparatorYearEnding == YearMonth(year: 2020, month: 12))
        #expect(street.comparatorMatchesYear)
        let coverage = try #require(street.policeUKAgainstONS)
        #expect(coverage.policeUK == 60)
        #expect(coverage.ons == 75)
        #expect(DataQualitySection.againstONS(coverage) == "Over January 2020 to December 2020 it held 60 crimes for the force against 75 "
            + "in ONS's recorded crime (excluding fraud) for the same twelve months: 20.0% fewer; police.uk leaves out some records before publication.")
        let section = EnglandAndWalesSection(street)
        #expect(section.context.comparatorYearsSentence.contains("covers the same twelve months as the assessment year"))
    }

    @Test("without the assessment year's table, says which years each side covers, and measures the gap on the year both hold")
    func olderYear() throws {
        let street = Self.findings([Self.table(yearEnding: YearMonth(year: 2019, month: 12), total: 150)])
        #expect(!street.comparatorMatchesYear)
        let coverage = try #require(street.policeUKAgainstONS)
        #expect([coverage.policeUK, coverage.ons] == [120, 150])
        #expect(abs(coverage.shortfall - 0.2) < 1e-12)
        let section = EnglandAndWalesSection(street)
        #expect(section.context.policeUkColumnYears == "January 2020 to December 2020")
        #expect(section.context.onsColumnYears == "January 2019 to December 2019")
        #expect(section.context.comparatorYearsSentence.hasPrefix("The inputs hold no ONS table for the assessment year (January 2020 to December 2020)"))
        // Violence against the person apart from sexual offences, and violence with injury, as ONS publishes them.
        let groups = street.comparisons.filter { $0.crimeType == StreetCrimeAnalysis.onsOnlyCrimeType }
        #expect(groups.map(\.offenceGroups) == [["Violence against the person"], ["Violence with injury"], ["Sexual offences"]])
        #expect(groups.map(\.forceRate) == [20, 8, 2])
        let headline = try #require(section.headlines.first)
        #expect(headline.text == "In ONS's recorded crime for the year ending December 2019, the force's rate of violence against the person "
            + "(sexual offences apart) was 20.0 per 1,000, below England and Wales (30.0); of violence with injury, 8.0 per 1,000, "
            + "above England and Wales (6.0). The inputs hold no ONS figures for the assessment year.")
    }

    @Test("no ONS year that police.uk covers: the gap is stated, not measured")
    func unmeasured() {
        let street = Self.findings([Self.table(yearEnding: YearMonth(year: 2018, month: 12), total: 150)])
        #expect(street.policeUKAgainstONS == nil)
        #expect(DataQualitySection.againstONS(nil).contains("not measured"))
    }
}
