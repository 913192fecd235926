import Analysis
import Foundation
import Loaders
@testable import Report
import Testing

/// Children and young people on a hand-built case. The force is `PublishedViolenceTests`'s:
/// three districts of 10 residents at every age from 0 to 89 (none 90 and over), so the
/// population under 18 is 18 × 30 = 540, aged 18 to 24 is 7 × 30 = 210 and 25 and over
/// is 65 × 30 = 1,950. The assessment year is 2020 (the quarter 2020-Q4).
@Suite("Children and young people: a hand-built case")
struct YoungPeopleTests {
    /// One record: when, victim's age and sex, suspect's age and sex, weapon.
    typealias Row = (when: String, victimAge: Int?, victimSex: RecordedSex, suspectAge: Int?, suspectSex: RecordedSex, weapon: PoliceWeapon)

    /// Ten victims aged 15 in June 2020 (2020-06-08 and 06-15 are Mondays, 06-12 a Friday,
    /// 06-13 and 06-14 the weekend between), four with a knife, each suspect aged 16, at
    /// the edges of the school-day bands:
    /// school hours: Mon 08:00, Fri 15:59 (2); after school and evening: Fri 16:00,
    /// Mon 21:59 (2); weekend daytime: Sat 08:00, Sun 15:59 (2); night: Fri 23:30,
    /// Sat 02:00, Mon 07:59 (3); time not known: a date alone (1).
    static let under18: [Row] = [
        ("2020-06-08T08:00", 15, .male, 16, .male, .knife), ("2020-06-12T15:59", 15, .male, 16, .male, .knife),
        ("2020-06-12T16:00", 15, .male, 16, .male, .knife), ("2020-06-15T21:59", 15, .male, 16, .male, .knife),
        ("2020-06-13T08:00", 15, .male, 16, .male, .none), ("2020-06-14T15:59", 15, .male, 16, .male, .none),
        ("2020-06-12T23:30", 15, .male, 16, .male, .none), ("2020-06-13T02:00", 15, .male, 16, .male, .none),
        ("2020-06-15T07:59", 15, .male, 16, .male, .none), ("2020-06-15", 15, .male, 16, .male, .none),
    ]

    /// The rest: 20 women aged 20 in September 2020 (5 with a knife), suspects aged 30;
    /// 30 men aged 40 in March 2020 (3 with a knife), no suspect; 2 victims of unknown age
    /// and sex in November 2020 with suspects aged 20 of unknown sex; and, before the
    /// year, 9 girls aged 17 in July 2019 with suspects aged 17, so the records cover the
    /// half-year July to December 2019 too.
    static var records: [Row] {
        under18
            + Array(repeating: ("2020-09-15T12:00", 20, .female, 30, .male, .knife), count: 5)
            + Array(repeating: ("2020-09-15T12:00", 20, .female, 30, .male, .none), count: 15)
            + Array(repeating: ("2020-03-10T12:00", 40, .male, nil, .unknown, .knife), count: 3)
            + Array(repeating: ("2020-03-10T12:00", 40, .male, nil, .unknown, .none), count: 27)
            + Array(repeating: ("2020-11-01", nil, .unknown, 20, .unknown, .unknown), count: 2)
            + Array(repeating: ("2019-07-10T10:00", 17, .female, 17, .female, .none), count: 9)
    }

    static func date(_ text: String) -> LocalDateTime {
        guard let value = text.count > 10 ? LocalDateTime.parseDateTime(text) : LocalDateTime.parseDate(text) else {
            preconditionFailure("bad date \(text)")
        }
        return value
    }

    static var tally: PoliceRecordTally {
        var tally = PoliceRecordTally.Builder()
        for row in records {
            let committed = date(row.when)
            tally.add(PoliceRecord(
                offence: HomeOfficeOffenceCodes.offence(code: "5D")!, committedAt: committed, recordedOn: committed.date,
                placement: .lsoa(0, district: 0), domesticAbuse: false, alcoholRelated: false, weapon: row.weapon,
                victimAge: row.victimAge, victimSex: row.victimSex, suspectAge: row.suspectAge, suspectSex: row.suspectSex,
                linkageKey: nil), isSerious: true)
        }
        return tally.tally
    }

    static var findings: ViolenceFindings {
        ViolenceAnalysis.analyse(.init(
            police: tally, street: StreetCrimeTally(), geography: PublishedViolenceTests.geography,
            population: PublishedViolenceTests.population, forceCode: "F1", forceName: "Testshire", areas: [],
            period: PublishedViolenceTests.period, offenceCodes: ["5D"]))
    }

    /// A&E in 2020: 9 patients aged 10, 12 aged 20, 30 aged 40 and 1 of unknown age.
    static var health: HealthFindings {
        var tally = EmergencyDepartmentTally.Builder()
        for (count, age) in [(9, 10), (12, 20), (30, 40), (1, nil)] as [(Int, Int?)] {
            for _ in 0..<count {
                let arrival = date("2020-05-20T22:00")
                tally.add(EmergencyDepartmentAttendance(
                    reportingPeriodStart: date("2020-05-01"), reportingPeriodEnd: date("2020-05-31"), siteCode: "RA1",
                    arrivalAt: arrival, assaultAt: arrival, method: .bodyPart, locationType: .street, age: age, sex: .male,
                    alcoholInvolved: nil, placement: .lsoa(0, district: 0), linkageKey: nil))
            }
        }
        return HealthAnalysis.analyse(.init(
            police: tally_, emergencyDepartment: tally.tally, majorTrauma: nil, geography: PublishedViolenceTests.geography,
            forceCode: "F1", forceName: "Testshire", period: PublishedViolenceTests.period, population: PublishedViolenceTests.population))
    }

    private static var tally_: PoliceRecordTally { tally }

    static func document(health: HealthFindings?, minimumCount: Int = 8) -> ReportDocument {
        let street = StreetCrimeAnalysis.analyse(.init(
            tally: StreetCrimeTally(), geography: PublishedViolenceTests.geography, population: [:], forceCode: "F1",
            forceName: "Testshire", areas: [], period: PublishedViolenceTests.period, comparators: []))
        let model = ReportModel(title: "Test", areaName: "Testshire", forceName: "Testshire", street: street, sources: [],
                                duplicateCrimeIDs: 0, populationYear: 2019, seriousViolenceCodes: ["5D"], minimumCount: minimumCount,
                                version: "test", violence: findings, health: health)
        return ReportDocument.make(model, drawFigures: false)
    }

    static func table(_ name: String, in document: ReportDocument) throws -> ReportTable {
        try #require(document.sections.flatMap(\.tables).first { $0.name == name })
    }

    @Test("counts victims and suspects by age group, with rates per 100,000 of the group's ages")
    func groups() {
        let young = Self.findings.youngPeople
        // The year holds 10 + 20 + 30 + 2 = 62 records (the 9 of 2019 are outside it).
        #expect(young.total == 62)
        #expect(young.victims.map(\.group) == [.under18, .from18To24, .from25, .notKnown])
        #expect(young.victims.map(\.count) == [10, 20, 30, 2])
        #expect(young.victims.map(\.sexNotKnown) == [0, 0, 0, 2])
        #expect(young.victims.map(\.population) == [540, 210, 1950, nil])
        // Suspects: 10 aged 16, 2 aged 20, 20 aged 30, 30 records without one (nor a sex).
        #expect(young.suspects.map(\.count) == [10, 2, 20, 30])
        #expect(young.suspects.map(\.sexNotKnown) == [0, 2, 0, 30])
        // 10 / 540 × 100,000 = 1,851.85; 20 / 210 × 100,000 = 9,523.81; 30 / 1,950 × 100,000 = 1,538.46.
        let rates = young.victims.map { $0.rate?.value }
        #expect(abs((rates[0] ?? 0) - 1851.851851) < 1e-4)
        #expect(abs((rates[1] ?? 0) - 9523.809523) < 1e-4)
        #expect(abs((rates[2] ?? 0) - 1538.461538) < 1e-4)
        #expect(rates[3] == nil)
        // Exact Poisson limits below 10 events, Byar's at 10: the 10 victims under 18 use Byar's.
        #expect(young.victims[0].rate?.method == .byar)
    }

    @Test("gives the shares with a victim under 18 and under 25 among victims of known age")
    func shares() throws {
        let young = Self.findings.youngPeople
        // 60 victims of known age: 10 under 18 (1/6) and 30 under 25 (1/2).
        let under18 = try #require(young.victimUnder18Share)
        let under25 = try #require(young.victimUnder25Share)
        #expect(abs(under18.value - 10.0 / 60) < 1e-12)
        #expect(abs(under25.value - 0.5) < 1e-12)
        // Wilson 30 of 60 with z = 1.96: centre 0.5, half-width
        // 1.96 × sqrt(0.25 / 60 + 3.8416 / 14400) / (1 + 3.8416 / 60) = 0.13050 / 1.06403 = 0.1226,
        // so 0.3774 to 0.6226.
        #expect(abs(under25.lower - 0.3774) < 5e-4)
        #expect(abs(under25.upper - 0.6226) < 5e-4)
    }

    @Test("gives the knife-enabled share of each victim group")
    func knife() {
        let knife = Self.findings.youngPeople.knife
        // 4 of 10 under 18, 5 of 20 aged 18 to 24, 3 of 30 aged 25 and over, 0 of 2 unknown.
        #expect(knife.map(\.knife) == [4, 5, 3, 0])
        #expect(knife.map(\.total) == [10, 20, 30, 2])
        #expect(knife.map { $0.share?.value } == [0.4, 0.25, 0.1, 0])
    }

    @Test("places under-18 victims in school-day bands, weekday and weekend apart at the band edges")
    func timeBands() {
        let bands = Self.findings.youngPeople.under18TimeBands
        #expect(bands.map(\.band) == [.schoolHours, .weekendDaytime, .afterSchoolAndEvening, .night, .notKnown])
        #expect(bands.map(\.count) == [2, 2, 2, 3, 1])
        #expect(YoungPeopleTimeBand(weekday: 5, hour: 15) == .schoolHours)
        #expect(YoungPeopleTimeBand(weekday: 6, hour: 15) == .weekendDaytime)
        #expect(YoungPeopleTimeBand(weekday: 1, hour: 7) == .night)
        #expect(YoungPeopleTimeBand(weekday: 7, hour: 22) == .night)
        #expect(YoungPeopleTimeBand(weekday: 3, hour: nil) == .notKnown)
    }

    @Test("counts by half-year back from the end of the assessment year, as far as the records cover")
    func halfYears() {
        let halves = Self.findings.youngPeople.halfYears
        #expect(halves.map { "\($0.from) to \($0.to)" } == ["2019-07 to 2019-12", "2020-01 to 2020-06", "2020-07 to 2020-12"])
        // 2019 H2: 9 girls aged 17 with suspects aged 17. 2020 H1: 10 under 18 and 30
        // aged 40 (no suspect). 2020 H2: 20 aged 20 (suspects 30) and 2 unknown (suspects 20).
        #expect(halves.map(\.victims) == [[9, 0, 0, 0], [10, 0, 30, 0], [0, 20, 0, 2]])
        #expect(halves.map(\.suspects) == [[9, 0, 0, 0], [10, 0, 0, 30], [0, 2, 20, 0]])
        #expect(halves.map(\.total) == [9, 40, 22])
        #expect(YoungPeopleSection.halfYearLabel(halves[0].from, halves[0].to) == "Jul–Dec 2019")
        #expect(YoungPeopleSection.halfYearLabel(YearMonth(year: 2019, month: 10), YearMonth(year: 2020, month: 3)) == "Oct 19–Mar 20")
    }

    @Test("counts A&E assault attendances by age group with rates per 100,000")
    func emergencyDepartment() {
        let rows = Self.health.emergencyDepartmentYoungPeople
        #expect(rows.map(\.count) == [9, 12, 30, 1])
        #expect(rows.map(\.population) == [540, 210, 1950, nil])
        // 9 / 540 × 100,000 = 1,666.67 (exact Poisson, below 10); 12 / 210 × 100,000 = 5,714.29.
        #expect(abs((rows[0].rate?.value ?? 0) - 1666.666667) < 1e-4)
        #expect(abs((rows[1].rate?.value ?? 0) - 5714.285714) < 1e-4)
        #expect(rows[0].rate?.method == .exactPoisson)
    }

    @Test("publishes young-people.csv with every group of victims, suspects and A&E, without suppression when it is off")
    func publishedWithoutSuppression() throws {
        let table = try Self.table("young-people", in: Self.document(health: Self.health, minimumCount: 0))
        #expect(table.columns.map(\.key) == ["source", "measure", "age_group", "count", "population", "rate_per_100000", "lower_95", "upper_95"])
        #expect(table.rows.count == 12)
        #expect(table.rows.map { $0[3] } == [10, 20, 30, 2, 10, 2, 20, 30, 9, 12, 30, 1].map { .count($0) })
        #expect(table.rows[0][2] == .text("Under 18"))
        #expect(table.rows[8][0] == .text("emergency department"))
        #expect(table.rows[3][4] == .number(nil, places: 0))
        let times = try Self.table("young-people-time-of-day", in: Self.document(health: nil, minimumCount: 0))
        #expect(times.rows.map { $0[2] } == [2, 2, 2, 3, 1].map { .count($0) })
        // 3 of the 10 victims under 18 at night.
        #expect(times.rows[3][3] == .share(0.3))
        let halves = try Self.table("young-people-by-half-year", in: Self.document(health: nil, minimumCount: 0))
        #expect(halves.columns.map(\.key) == ["from", "to", "measure", "under_18", "18_to_24", "25_and_over", "not_known", "total"])
        // Victims then suspects of each half-year; 2020 H1: victims 10, 0, 30, 0 of 40.
        #expect(halves.rows.count == 6)
        #expect(halves.rows[2] == [.text("2020-01"), .text("2020-06"), .text("victims"), .count(10), .count(0), .count(30), .count(0), .count(40)])
        let knife = try Self.table("young-people-knife", in: Self.document(health: nil, minimumCount: 0))
        #expect(knife.rows[0] == [.text("Under 18"), .count(4), .count(10), .share(0.4), knife.rows[0][4], knife.rows[0][5]])
        // 4 of 10 under 18 with a knife; 5 of 20 aged 18 to 24; 3 of 30 aged 25 and over.
        let sentence = Self.document(health: nil, minimumCount: 0).context["young_knife_sentence"] as? String ?? ""
        #expect(sentence.hasPrefix("Knife-enabled serious violence was 40.0% (95% CI "))
        #expect(sentence.contains("of that against victims under 18 (4 of 10); 25.0% (95% CI "))
        #expect(sentence.hasSuffix("of that against victims aged 25 and over (3 of 30)."))
    }

    @Test("sets the victims' rate at 18 to 24 against 25 and over in the summary, with the share under 25")
    func headline() throws {
        let headlines = Self.document(health: nil, minimumCount: 0).sections.flatMap(\.headlines).filter { $0.place == .youngPeople }
        let text = try #require(headlines.first?.text)
        // 20 / 210 × 100,000 = 9,523.81 and 30 / 1,950 × 100,000 = 1,538.46; 30 of 60 under 25.
        #expect(text.hasPrefix("Residents aged 18 to 24 are victims of serious violence at 9523.81 (95% CI "))
        #expect(text.contains("against 1538.46 (95% CI "))
        #expect(text.contains("a victim under 25 is recorded in 50.0% (95% CI 37.7% to 62.3%) of serious violence whose victim's age is known."))
    }

    @Test("suppresses a small group and enough others that it cannot be worked out from the totals")
    func disclosure() throws {
        let document = Self.document(health: Self.health)
        let table = try Self.table("young-people", in: document)
        func counts(_ measure: String) -> [Int?] {
            table.rows.filter { $0[1] == .text(measure) }.map { row in
                if case .count(let value) = row[3] { return value }
                return -1
            }
        }
        // The victims of unknown age (2) and the suspects aged 18 to 24 (2) are below 8.
        let victims = counts("victims")
        let suspects = counts("suspects")
        let emergency = counts("assault attendances")
        #expect(victims[3] == nil)
        #expect(suspects[1] == nil)
        #expect(emergency[3] == nil)
        // Each partition adds up to a published total (the year's 62 serious violence
        // offences, which the volume section publishes; the A&E year of 52), so a second
        // group of each is withheld: one unknown in a sum could be solved for, two cannot.
        // (Or the year's total goes instead, if that hides less: then one group may show.)
        let trends = try Self.table("violence-trends", in: document)
        let yearHidden = trends.rows.first { $0[0] == .text(ViolenceFindings.seriousViolence) }?[1] == .count(nil)
        #expect(victims.filter { $0 == nil }.count >= 2 || yearHidden)
        #expect(suspects.filter { $0 == nil }.count >= 2 || yearHidden)
        #expect(emergency.filter { $0 == nil }.count >= 2)
        // The sentences quote a withheld share in words, never as "*": the victims of
        // unknown age (2) are withheld, so the shares among victims of known age are too.
        let context = ReportDocument.templateContext(document.sections)
        #expect(context["young_under_18_share"] as? String == "an unpublished share (fewer than 8 records)")
        #expect(context["young_under_25_share"] as? String == "an unpublished share (fewer than 8 records)")
        // A withheld count's rate is withheld too.
        for row in table.rows where row[3] == .count(nil) { #expect(row[5] == .withheld) }
        // No count from 1 to 7 is printed in any of the section's tables.
        for name in ["young-people", "young-people-knife", "young-people-time-of-day", "young-people-by-half-year"] {
            for row in try Self.table(name, in: document).rows {
                for cell in row {
                    if case .count(let value?) = cell { #expect(value == 0 || value >= 8, "\(name)") }
                }
            }
        }
        // Every school-day band of the 10 victims under 18 is below 8.
        let times = try Self.table("young-people-time-of-day", in: document)
        #expect(times.rows.allSatisfy { $0[2] == .count(nil) && $0[3] == .withheld })
    }

    @Test("says what it cannot give without police records or without A&E")
    func missingData() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Templates")
        let templates = try TemplateSet(directory: folder, displayPath: "Templates")
        let bare = try templates.render("assessment.md", context: ReportSectionTests.bareDocument.context)
        #expect(bare.contains("## Children and young people"))
        #expect(bare.contains("The assessment has no police records, so victims and suspects by age"))
        #expect(!bare.contains("**Table: Knife-enabled serious violence by the victim"))
        let policeOnly = try templates.render("assessment.md", context: Self.document(health: nil).context)
        #expect(policeOnly.contains("**Table: Knife-enabled serious violence by the victim's age group"))
        #expect(policeOnly.contains("The assessment has no emergency department"))
        #expect(!policeOnly.contains("assault attendances of patients under 18"))
        let withHealth = try templates.render("assessment.md", context: Self.document(health: Self.health).context)
        #expect(withHealth.contains("assault attendances of patients under 18"))
        #expect(!withHealth.contains("The assessment has no emergency department"))
    }

    @Test("says so when the records give no ages and the population lacks the force's districts")
    func noAgesNoPopulation() throws {
        var tally = PoliceRecordTally.Builder()
        let committed = Self.date("2020-03-10T12:00")
        for _ in 0..<12 {
            tally.add(PoliceRecord(
                offence: HomeOfficeOffenceCodes.offence(code: "5D")!, committedAt: committed, recordedOn: committed.date,
                placement: .lsoa(0, district: 0), domesticAbuse: false, alcoholRelated: false, weapon: .knife,
                victimAge: nil, victimSex: .male, suspectAge: nil, suspectSex: .unknown, linkageKey: nil), isSerious: true)
        }
        let findings = ViolenceAnalysis.analyse(.init(
            police: tally.tally, street: StreetCrimeTally(), geography: PublishedViolenceTests.geography,
            population: Population(year: nil, persons: [:], males: [:], females: [:]), forceCode: "F1", forceName: "Testshire",
            areas: [], period: PublishedViolenceTests.period, offenceCodes: ["5D"]))
        // Twelve records, all in March 2020: every victim and suspect of unknown age, no
        // rate, no share of known ages; January to June 2020 begins before the records, so
        // the one half-year is July to December 2020, a part of the assessment year.
        let young = findings.youngPeople
        #expect(young.victims.map(\.count) == [0, 0, 0, 12])
        #expect(young.victims.allSatisfy { $0.rate == nil && $0.population == nil })
        #expect(young.victimUnder18Share == nil)
        #expect(young.halfYears.map(\.from.description) == ["2020-07"])
        let street = StreetCrimeAnalysis.analyse(.init(
            tally: StreetCrimeTally(), geography: PublishedViolenceTests.geography, population: [:], forceCode: "F1",
            forceName: "Testshire", areas: [], period: PublishedViolenceTests.period, comparators: []))
        let model = ReportModel(title: "Test", areaName: "Testshire", forceName: "Testshire", street: street, sources: [],
                                duplicateCrimeIDs: 0, populationYear: nil, seriousViolenceCodes: ["5D"], minimumCount: 8,
                                version: "test", violence: findings)
        let context = ReportDocument.make(model, drawFigures: false).context
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Templates")
        let markdown = try TemplateSet(directory: folder, displayPath: "Templates").render("assessment.md", context: context)
        #expect(markdown.contains("No serious violence record of the assessment year gives the victim's age"))
        #expect(markdown.contains("No serious violence record of the assessment year gives the suspect's age"))
        #expect(markdown.contains("The ONS population has none of the force's districts"))
        #expect(context["young_under_18_share"] as? String == "n/a")
    }
}
