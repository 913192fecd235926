import Analysis
import Loaders
import Report
import Testing

/// Fifty serious violence records in 2020 whose suspects are worked by hand, published
/// with a minimum count of 8. The force is `PublishedViolenceTests`'s: three districts of
/// 5 residents of each sex at every age, so a band of `n` years holds 15n of each sex.
@Suite("Who commits violence: suspects on a hand-built case")
struct SuspectsTests {
    /// (how many, suspect's age, suspect's sex, victim's age).
    static let groups: [(Int, Int?, RecordedSex, Int?)] = [
        (20, 20, .male, 30),       // male 18-24; victim 25-36
        (10, 30, .female, 40),     // female 25-36; victim 37-49
        (2, 15, .male, 15),        // male 0-17; victim 0-17
        (8, 40, .unknown, nil),    // recorded, sex not known, victim's age not known
        (10, nil, .male, 22),      // a sex without an age: not a recorded suspect
    ]

    static var findings: ViolenceFindings {
        var tally = PoliceRecordTally.Builder()
        let committed = LocalDateTime.parseDate("2020-06-15")!
        for (count, suspectAge, suspectSex, victimAge) in groups {
            for _ in 0..<count {
                tally.add(PoliceRecord(
                    offence: HomeOfficeOffenceCodes.offence(code: "5D")!, committedAt: committed, recordedOn: committed.date,
                    placement: .lsoa(0, district: 0), domesticAbuse: false, alcoholRelated: false, weapon: .none,
                    victimAge: victimAge, victimSex: .female, suspectAge: suspectAge, suspectSex: suspectSex, linkageKey: nil),
                          isSerious: true)
            }
        }
        return ViolenceAnalysis.analyse(.init(
            police: tally.tally, street: StreetCrimeTally(), geography: PublishedViolenceTests.geography,
            population: PublishedViolenceTests.population, forceCode: "F1", forceName: "Testshire", areas: [],
            period: PublishedViolenceTests.period, offenceCodes: ["5D"]))
    }

    static var published: [ReportTable] {
        let period = PublishedViolenceTests.period
        let street = StreetCrimeAnalysis.analyse(.init(
            tally: StreetCrimeTally(), geography: PublishedViolenceTests.geography, population: [:], forceCode: "F1",
            forceName: "Testshire", areas: [], period: period, comparators: []))
        let model = ReportModel(title: "Test", areaName: "Testshire", forceName: "Testshire", street: street, sources: [],
                                duplicateCrimeIDs: 0, populationYear: 2019, seriousViolenceCodes: ["5D"], minimumCount: 8,
                                version: "test", violence: findings)
        return ReportDocument.make(model, drawFigures: false).sections.flatMap(\.tables)
    }

    @Test("counts suspects by age band and sex, with rates per 100,000 of each group")
    func bands() throws {
        let suspects = Self.findings.suspects
        #expect(suspects.total == 50)
        #expect(suspects.recorded == 40)
        #expect(suspects.recordedSexUnknown == 8)
        #expect(suspects.recordedVictimAgeUnknown == 8)
        #expect(suspects.bands.count == 12)
        let male18 = try #require(suspects.bands.first { $0.sex == "male" && $0.band == "18-24" })
        // 20 of 7 × 15 = 105 men aged 18 to 24.
        #expect(male18.count == 20)
        #expect(male18.population == 105)
        #expect(abs((male18.rate?.value ?? 0) - 20.0 / 105 * 100_000) < 1e-9)
        let female25 = try #require(suspects.bands.first { $0.sex == "female" && $0.band == "25-36" })
        #expect(female25.count == 10)
        #expect(female25.population == 180)
        #expect(suspects.bands.filter { $0.sex == "male" }.map(\.count) == [2, 20, 0, 0, 0, 0])
        // Wilson 40 of 50, worked by hand from the score formula with z = 1.96:
        // centre 0.7786, half-width 0.1090.
        let share = try #require(suspects.recordedShare)
        #expect(abs(share.value - 0.8) < 1e-12)
        #expect(abs(share.lower - 0.6696) < 5e-4)
        #expect(abs(share.upper - 0.8876) < 5e-4)
    }

    @Test("pairs victim and suspect age bands where both ages are known")
    func pairs() {
        let pairs = Self.findings.suspects.pairs
        #expect(pairs.count == 16)
        let nonZero = pairs.filter { $0.count > 0 }.map { "\($0.victimBand)/\($0.suspectBand)=\($0.count)" }
        #expect(nonZero == ["0-17/0-17=2", "25-36/18-24=20", "37+/25-36=10"])
    }

    @Test("the published tables withhold the small band and enough others that it cannot be worked out")
    func published() throws {
        let published = Self.published
        let suspects = try #require(published.first { $0.name == "suspects-by-age-and-sex" })
        #expect(suspects.columns.map(\.key) == ["age_band", "sex", "count", "population", "rate_per_100000", "lower_95", "upper_95"])
        func row(_ sex: String, _ band: String) -> [ReportTable.Cell]? {
            suspects.rows.first { $0[0] == .text(band) && $0[1] == .text(sex) }
        }
        // Two boys under 18 are withheld, rate too; the men aged 18 to 24 go with them,
        // since the male total (22) is part of the suspects recorded.
        #expect(row("male", "0-17")?[2] == .count(nil))
        #expect(row("male", "0-17")?[4] == .withheld)
        #expect(row("male", "18-24")?[2] == .count(nil))
        // The children and young people section publishes suspects under 18 (the 2),
        // 18 to 24 (20), 25 and over (10) and age not known, adding up to the year; the
        // 18 to 24 band going with the 2 protects that sum too, so the women aged 25 to 36
        // stay.
        #expect(row("female", "25-36")?[2] == .count(10))
        #expect(row("female", "0-17")?[2] == .count(0))
        let pairs = try #require(published.first { $0.name == "victim-suspect-age-pairs" })
        #expect(pairs.columns.map(\.key) == ["victim_age_band", "suspect_0_17", "suspect_18_24", "suspect_25_36", "suspect_37_plus"])
        // The two under-18 pairs are withheld; so are the victims aged 37 and over, the
        // next smallest row, since the pairs' total (32) is published through the
        // suspects recorded (40) less those whose victim's age is unknown (8).
        #expect(pairs.rows[0][1] == .count(nil))
        #expect(pairs.rows[2][2] == .count(20))
        #expect(pairs.rows[3][3] == .count(nil))
        // No count from 1 to 7 is printed anywhere in either table.
        for table in [suspects, pairs] {
            for row in table.rows {
                for cell in row {
                    if case .count(let value?) = cell { #expect(value == 0 || value >= 8) }
                }
            }
        }
    }
}
