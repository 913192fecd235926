import Analysis
import Foundation
import Loaders
import Report
import Testing

/// Domestic abuse-flagged violence and rape on a hand-built force: `PublishedViolenceTests`'s
/// three districts with 10,000 residents each (30,000 in all), the assessment year 2020
/// (the quarter 2020-Q4) against 2019, a minimum count of 8.
///
/// Records (one theft in every month of 2019 and 2020, so both years are complete):
/// - 2019: 20 × 8N domestic; 10 × 105A not domestic; 9 × 19C.
/// - 2020: 30 × 8N domestic; 10 × 8Q domestic; 9 × 105A flag blank; 5D (serious violence)
///   10 domestic and 10 not against women, 10 not against men; 10 × 19C, 2 × 19A (the
///   former code); 8 × 20A.
///
/// Worked by hand:
/// - Domestic abuse-flagged violence: 2020 = 30 + 10 + 10 = 50, 2019 = 20. The year's
///   rate is 50 / 30,000 × 1,000 = 1.6667 per 1,000 (at least 1, so per 1,000); 2019's
///   0.6667. Rate ratio 50 / 20 = 2.5, limits exp(ln 2.5 ± 1.96 √(1/50 + 1/20)) =
///   exp(0.916291 ± 0.518567) = 1.4884 to 4.1991: a significant rise.
/// - Rape: 2020 = 10 + 2 = 12 (19A counts), 2019 = 9. 12 / 30,000 × 1,000 = 0.4 per
///   1,000, below 1, so per 100,000: 40.0; 2019 30.0. Rate ratio 12 / 9 = 1.3333, limits
///   exp(0.287682 ± 1.96 √(1/12 + 1/9)) = exp(0.287682 ± 0.864280) = 0.5618 to 3.1645:
///   no significant change.
/// - Domestic share of serious violence: women 10 of 20 = 0.5, Wilson limits
///   (0.5 + 1.9208/20 ± 1.96 √(0.25/20 + 3.8416/1600)) / (1 + 3.8416/20) =
///   (0.59604 ± 0.239258) / 1.19208 = 0.2993 to 0.7007; men 0 of 10.
@Suite("Domestic abuse and rape on a hand-built case")
struct DomesticAbuseAndRapeTests {
    /// (code, date, how many, domestic flag, victim's sex).
    typealias Group = (String, String, Int, Bool?, RecordedSex)

    static let groups: [Group] = [
        ("8N", "2019-06-15", 20, true, .female), ("105A", "2019-06-15", 10, false, .male), ("19C", "2019-06-15", 9, false, .female),
        ("8N", "2020-06-15", 30, true, .female), ("8Q", "2020-06-15", 10, true, .female), ("105A", "2020-06-15", 9, nil, .male),
        ("5D", "2020-06-15", 10, true, .female), ("5D", "2020-06-15", 10, false, .female), ("5D", "2020-06-15", 10, false, .male),
        ("19C", "2020-06-15", 10, false, .female), ("19A", "2020-06-15", 2, false, .female), ("20A", "2020-06-15", 8, false, .female),
    ]

    static let population: Population = {
        let half = AgeCounts(allAges: 5000, byAge: Array(repeating: 55, count: 90) + [50])
        let persons = AgeCounts(allAges: 10_000, byAge: Array(repeating: 110, count: 90) + [100])
        let codes = ["E07000001", "E07000002", "E07000003"]
        return Population(year: 2019, persons: Dictionary(uniqueKeysWithValues: codes.map { ($0, persons) }),
                          males: Dictionary(uniqueKeysWithValues: codes.map { ($0, half) }),
                          females: Dictionary(uniqueKeysWithValues: codes.map { ($0, half) }))
    }()

    static func findings(_ groups: [Group] = groups, theftMonths: ClosedRange<Int> = 2019...2020) -> ViolenceFindings {
        var tally = PoliceRecordTally.Builder()
        func add(_ code: String, _ date: String, domestic: Bool?, sex: RecordedSex) {
            let committed = LocalDateTime.parseDate(date)!
            tally.add(PoliceRecord(
                offence: HomeOfficeOffenceCodes.offence(code: code)!, committedAt: committed, recordedOn: committed.date,
                placement: .lsoa(0, district: 0), domesticAbuse: domestic, alcoholRelated: false, weapon: .none,
                victimAge: 30, victimSex: sex, suspectAge: nil, suspectSex: .unknown, linkageKey: nil), isSerious: code == "5D")
        }
        for year in theftMonths {
            for month in 1...12 { add("49", String(format: "%04d-%02d-10", year, month), domestic: nil, sex: .male) }
        }
        for (code, date, count, domestic, sex) in groups {
            for _ in 0..<count { add(code, date, domestic: domestic, sex: sex) }
        }
        return ViolenceAnalysis.analyse(.init(
            police: tally.tally, street: StreetCrimeTally(), geography: PublishedViolenceTests.geography, population: population,
            forceCode: "F1", forceName: "Testshire", areas: [], period: PublishedViolenceTests.period, offenceCodes: ["5D"]))
    }

    static func document(_ findings: ViolenceFindings?) -> ReportDocument {
        let street = StreetCrimeAnalysis.analyse(.init(
            tally: StreetCrimeTally(), geography: PublishedViolenceTests.geography, population: [:], forceCode: "F1",
            forceName: "Testshire", areas: [], period: PublishedViolenceTests.period, comparators: []))
        let model = ReportModel(title: "Test", areaName: "Testshire", forceName: "Testshire", street: street, sources: [],
                                duplicateCrimeIDs: 0, populationYear: 2019, seriousViolenceCodes: ["5D"], minimumCount: 8,
                                version: "test", violence: findings)
        return ReportDocument.make(model, drawFigures: false)
    }

    static func rows(_ document: ReportDocument) throws -> [String: [ReportTable.Cell]] {
        let table = try #require(document.sections.flatMap(\.tables).first { $0.name == "domestic-abuse-and-rape" })
        #expect(table.columns.map(\.key) == ["measure", "group", "period", "months", "count", "denominator", "value", "unit",
                                             "lower_95", "upper_95", "direction"])
        var rows: [String: [ReportTable.Cell]] = [:]
        for row in table.rows {
            guard case .named(let measure, _) = row[0], case .named(let group, _) = row[1], case .named(let period, _) = row[2] else { continue }
            rows["\(measure)/\(group)/\(period)"] = row
        }
        return rows
    }

    static func number(_ cell: ReportTable.Cell?) -> Double? {
        if case .number(let value, _)? = cell { return value }
        return nil
    }

    @Test("rape is selected by the code list: 19C to 19H and the former 19A and 19B, not other sexual offences")
    func rapeCodes() {
        for code in ["19A", "19b", "19C", "19D", "19E", "19F", "19G", "19H"] {
            #expect(HomeOfficeOffenceCodes.offence(code: code)?.isRape == true, "\(code)")
        }
        for code in ["17A", "20A", "22A", "5D", "8N"] {
            #expect(HomeOfficeOffenceCodes.offence(code: code)?.isRape == false, "\(code)")
        }
        let found = Self.findings().domesticAbuseAndRape
        #expect(found?.rapeCodesInData == ["19A", "19C"])
    }

    @Test("counts domestic abuse-flagged violence against the person and rape, with rates and the rate ratio worked by hand")
    func analysis() throws {
        let found = try #require(Self.findings().domesticAbuseAndRape)
        let domestic = found.domesticAbuseViolence
        #expect(domestic.trend.yearCount == 50 && domestic.trend.comparisonYearCount == 20)
        #expect(domestic.population == 30_000 && domestic.multiplier == 1000)
        #expect(abs((domestic.yearRate?.value ?? 0) - 1.666_667) < 1e-6)
        #expect(abs((domestic.comparisonYearRate?.value ?? 0) - 0.666_667) < 1e-6)
        let ratio = try #require(domestic.trend.year?.rateRatio?.estimate)
        #expect(abs(ratio.value - 2.5) < 1e-12)
        #expect(abs(ratio.lower - 1.4884) < 5e-4 && abs(ratio.upper - 4.1991) < 5e-4)
        #expect(domestic.trend.year?.direction == .up)
        let rape = found.rape
        #expect(rape.trend.yearCount == 12 && rape.trend.comparisonYearCount == 9)
        #expect(rape.multiplier == 100_000)
        #expect(abs((rape.yearRate?.value ?? 0) - 40) < 1e-9)
        #expect(abs((rape.comparisonYearRate?.value ?? 0) - 30) < 1e-9)
        let rapeRatio = try #require(rape.trend.year?.rateRatio?.estimate)
        #expect(abs(rapeRatio.value - 4.0 / 3) < 1e-12)
        #expect(abs(rapeRatio.lower - 0.5618) < 5e-4 && abs(rapeRatio.upper - 3.1645) < 5e-4)
        #expect(rape.trend.year?.direction == .stable)
        // Violence against the person: 2020 = 30 + 10 + 9 + 30 = 79, 2019 = 30; known flag in 2020: 70.
        #expect(found.violenceAgainstThePersonYear == 79 && found.violenceAgainstThePersonComparisonYear == 30)
        #expect(found.domesticFlagKnownYear == 70)
        #expect(found.sexualOffencesYear == 20 && found.sexualOffencesComparisonYear == 9)
    }

    @Test("the published table, the sentences and the headline; the domestic share is the who section's")
    func published() throws {
        let document = Self.document(Self.findings())
        let rows = try Self.rows(document)
        let year = try #require(rows["domestic_abuse_violence/all/year"])
        #expect(year[3] == .count(12) && year[4] == .count(50) && year[5] == .count(30_000))
        #expect(year[7] == .text("per 1,000 residents"))
        let change = try #require(rows["domestic_abuse_violence/all/change"])
        #expect(abs((Self.number(change[6]) ?? 0) - 2.5) < 1e-12)
        #expect(change[10] == .text("Up (significant)"))
        let rape = try #require(rows["rape/all/year"])
        #expect(rape[4] == .count(12) && rape[7] == .text("per 100,000 residents"))
        #expect(abs((Self.number(rape[6]) ?? 0) - 40) < 1e-9)
        #expect(rows["rape/all/change"]?[10] == .text("No significant change"))
        let women = try #require(rows["domestic_abuse_share_of_serious_violence/female/year"])
        #expect(women[4] == .count(10) && women[5] == .count(20) && women[7] == .text("share"))
        #expect(abs((Self.number(women[6]) ?? 0) - 0.5) < 1e-12)
        #expect(abs((Self.number(women[8]) ?? 0) - 0.2993) < 5e-4 && abs((Self.number(women[9]) ?? 0) - 0.7007) < 5e-4)
        // The same share as the who section prints.
        let whoShare = try #require(document.context["share_domestic_abuse_female"] as? String)
        #expect(whoShare == "50.0% (95% CI 29.9% to 70.1%)")
        let sentence = try #require(document.context["domestic_abuse_violence_sentence"] as? String)
        #expect(sentence.hasPrefix("50 domestic abuse-flagged violence against the person offences"))
        #expect(sentence.contains("1.67 per 1,000 residents"))
        #expect(sentence.contains("against 20 in the twelve months before (0.67 per 1,000 residents): rate ratio 2.50 (95% CI 1.49 to 4.20), a significant rise."))
        let rapeSentence = try #require(document.context["rape_sentence"] as? String)
        #expect(rapeSentence.hasPrefix("12 rapes (Home Office codes 19A, 19C) were recorded over the assessment year: 40.00 per 100,000 residents"))
        #expect(rapeSentence.hasSuffix("rate ratio 1.33 (95% CI 0.56 to 3.16), no significant change."))
        #expect(document.context["domestic_abuse_and_rape_missing"] as? String == "")
        let headline = document.sections.flatMap(\.headlines).first { $0.place == .domesticAbuseAndRape }
        #expect(headline?.text == "Over the assessment year the police recorded 50 (1.67 per 1,000 residents) domestic abuse-flagged "
            + "violence against the person offences and 12 (40.00 per 100,000 residents) rapes.")
    }

    @Test("a small remainder withholds the count it is taken from: rape and the other sexual offences add up to the group")
    func suppression() throws {
        // 2019: 9 rapes and 3 other sexual offences. The 3 is suppressed, so the 9 goes too:
        // the volume section publishes sexual offences in 2019 (12).
        let groups = Self.groups + [("20A", "2019-06-15", 3, false, .female)]
        let rows = try Self.rows(Self.document(Self.findings(groups)))
        #expect(rows["rape/all/year_before"]?[4] == .count(nil))
        #expect(rows["rape/all/change"]?[6] == .withheld)
        #expect(rows["rape/all/year"]?[4] == .count(12))
    }

    @Test("says what cannot be computed: a year before without records, no rape codes, no police records")
    func missing() throws {
        // Only 2020: the year before has no month in the records.
        let onlyRecent = Self.groups.filter { !$0.1.hasPrefix("2019") && !$0.0.hasPrefix("19") }
        let document = Self.document(Self.findings(onlyRecent, theftMonths: 2020...2020))
        let sentence = try #require(document.context["domestic_abuse_violence_sentence"] as? String)
        #expect(sentence.hasSuffix("The year before is not compared, because it is incomplete: the records cover none of it, 12 months short."))
        let rows = try Self.rows(document)
        #expect(rows["domestic_abuse_violence/all/change"]?[10] == .text("Not compared: year before incomplete (0 months of 12)"))
        #expect(rows["domestic_abuse_violence/all/change"]?[6] == .number(nil, places: 4))
        let missing = try #require(document.context["domestic_abuse_and_rape_missing"] as? String)
        #expect(missing == "The police records hold no offence with a rape code (Home Office 19A, 19B, 19C, 19D, 19E, 19F, 19G, 19H), "
            + "so rape cannot be counted: the extract may leave sexual offences out.")
        #expect(document.context["rape_sentence"] as? String == "")

        let bare = Self.document(nil)
        #expect(bare.context["has_domestic_abuse_and_rape"] as? Bool == false)
        #expect((bare.context["domestic_abuse_and_rape_missing"] as? String)?.contains("record-level police data") == true)
        #expect(!bare.sections.flatMap(\.tables).contains { $0.name == "domestic-abuse-and-rape" })
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Templates")
        let templates = try TemplateSet(directory: folder, displayPath: "Templates")
        let text = try templates.render("assessment.md", context: bare.context)
        #expect(text.contains("## Domestic abuse and rape\n\nDomestic abuse and rape are counted from the force's record-level police data"))
        let full = try templates.render("assessment.md", context: Self.document(Self.findings()).context)
        #expect(full.contains("12 rapes (Home Office codes 19A, 19C) were recorded"))
    }
}
