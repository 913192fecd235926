import Analysis
import Loaders
import Testing
@testable import Report

/// Ten serious violence offences in the middle month of every quarter of 2020, eight of
/// each ten with a knife: worked by hand, 32 of the year's 40 are knife-enabled.
@Suite("Every finding names its measure; serious violence is defined in words")
struct MeasureNamingTests {
    static let geography = Geography(
        lsoas: [LSOA(code: AreaCode.parse("E01000001")!, name: "L1", districtCode: "E07000001", districtName: "D1", deprivationRank: 1000)],
        districts: [District(code: "E07000001", name: "D1", partnershipCode: "P1", partnershipName: "North", forceCode: "F1", forceName: "Testshire")])

    static let population: Population = {
        let half = AgeCounts(allAges: 450, byAge: Array(repeating: 5, count: 90) + [0])
        let persons = AgeCounts(allAges: 900, byAge: Array(repeating: 10, count: 90) + [0])
        return Population(year: 2019, persons: ["E07000001": persons], males: ["E07000001": half], females: ["E07000001": half])
    }()

    static let period = AssessmentPeriod(quarter: Quarter(year: 2020, number: 4))

    static var document: ReportDocument {
        var tally = PoliceRecordTally.Builder()
        for date in ["2020-02-15", "2020-05-15", "2020-08-15", "2020-11-15"] {
            let committed = LocalDateTime.parseDate(date)!
            for index in 0..<10 {
                tally.add(PoliceRecord(
                    offence: HomeOfficeOffenceCodes.offence(code: "5D")!, committedAt: committed, recordedOn: committed.date,
                    placement: .lsoa(0, district: 0), domesticAbuse: false, alcoholRelated: false, weapon: index < 8 ? .knife : .none,
                    victimAge: 30, victimSex: .male, suspectAge: nil, suspectSex: .unknown, linkageKey: nil), isSerious: true)
            }
        }
        let findings = ViolenceAnalysis.analyse(.init(
            police: tally.tally, street: StreetCrimeTally(), geography: geography, population: population, forceCode: "F1",
            forceName: "Testshire", areas: [], period: period, offenceCodes: ["5D"]))
        let street = StreetCrimeAnalysis.analyse(.init(
            tally: StreetCrimeTally(), geography: geography, population: [:], forceCode: "F1", forceName: "Testshire",
            areas: [], period: period, comparators: []))
        let model = ReportModel(title: "Test", areaName: "Testshire", forceName: "Testshire", street: street, sources: [],
                                duplicateCrimeIDs: 0, populationYear: 2019, seriousViolenceCodes: ["5D"], minimumCount: 8,
                                version: "test", violence: findings)
        return ReportDocument.make(model, drawFigures: false)
    }

    @Test("the definition gives each code's name from the code table")
    func definition() {
        #expect(MethodsSection.definition(["1/1", "2", "5D"])
            == "murder of a person aged 1 year or over (1/1); attempted murder (2); "
            + "and assault with intent to cause serious harm (wounding or GBH with intent, s18) (5D)")
        #expect(MethodsSection.definition(["2"]) == "attempted murder (2)")
    }

    @Test("findings about police.uk, ONS, serious violence and health records each name their measure")
    func measures() {
        #expect(Headline.Place.policeUKViolence.measure == "Violence and sexual offences (police.uk)")
        #expect(Headline.Place.seriousViolenceTrend.measure == "Serious violence (local definition, police records)")
        #expect(Headline.Place.forecast.measure == "Serious violence (local definition, police records)")
        #expect(Headline.Place.captureRecapture.measure == "Violence with injury (police and A&E records)")
        // No two kinds of count share a name by accident: every place has one.
        #expect(Headline.Place.allCases.allSatisfy { !$0.measure.isEmpty })
    }

    /// Wilson interval for 32 of 40 (z = 1.959964): centre (0.8 + z²/80) / (1 + z²/40) =
    /// 0.77371, half-width z √(0.8 × 0.2 / 40 + z²/6400) / (1 + z²/40) = 0.12129, so
    /// 65.2% to 89.5% (Python: 0.652427 and 0.895000).
    @Test("states the knife-enabled share of the year's serious violence, worked by hand")
    func knifeShare() throws {
        let headline = try #require(Self.document.sections.flatMap(\.headlines).first { $0.place == .knife })
        #expect(headline.text == "32 of the 40 serious violence offences of the assessment year were recorded as knife-enabled: "
            + "80.0% (95% CI 65.2% to 89.5%).")
    }
}
