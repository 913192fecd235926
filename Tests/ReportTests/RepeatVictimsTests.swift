import Analysis
import Loaders
import Report
import Testing

/// Repeat victims and suspects on a hand-built year (2020, the assessment year of
/// 2020-Q4), minimum count 8.
///
/// Serious violence (5D) in 2020: 40 records. Victims: 10 records share victim A (one
/// person, ten times), 6 have victims B1..B6 each seen once more in an 8N record of 2020,
/// 4 have victims C1..C4 seen once more in 2019 only (not the year, so not repeats), and 20
/// have victims D1..D20 seen once; every serious record has a victim identifier. So 16 of
/// the 40 involve a repeat victim. Suspects: identifiers on 20 records only, all different,
/// none seen again: 0 of 20.
///
/// Wilson 16 of 40, worked by hand with z = 1.96 (z² = 3.8416): p = 0.4;
/// centre (0.4 + 3.8416/80) / (1 + 3.8416/40) = 0.44802 / 1.09604 = 0.408762;
/// half-width 1.96 √(0.24/40 + 3.8416/6400) / 1.09604 = 1.96 × 0.0812419 / 1.09604 = 0.145281;
/// so 0.263481 to 0.554043. Suspects, 0 of 20: upper (0.09604 + 1.96 √(3.8416/1600)) / 1.19208 = 0.1611.
@Suite("Repeat victims and suspects on a hand-built case")
struct RepeatVictimsTests {
    static func findings(identifiers: Bool = true) -> ViolenceFindings {
        var tally = PoliceRecordTally.Builder()
        func add(_ code: String, _ date: String, victim: String?, suspect: String?) {
            let committed = LocalDateTime.parseDate(date)!
            tally.add(PoliceRecord(
                offence: HomeOfficeOffenceCodes.offence(code: code)!, committedAt: committed, recordedOn: committed.date,
                placement: .lsoa(0, district: 0), domesticAbuse: false, alcoholRelated: false, weapon: .none,
                victimAge: 30, victimSex: .male, suspectAge: nil, suspectSex: .unknown, linkageKey: nil,
                victimID: identifiers ? victim.map(fingerprint) : nil, suspectID: identifiers ? suspect.map(fingerprint) : nil),
                      isSerious: code == "5D")
        }
        var serious = 0
        func seriousRecord(victim: String) {
            serious += 1
            add("5D", "2020-06-15", victim: victim, suspect: serious <= 20 ? "S\(serious)" : nil)
        }
        for _ in 0..<10 { seriousRecord(victim: "A") }
        for index in 1...6 { seriousRecord(victim: "B\(index)"); add("8N", "2020-08-01", victim: "B\(index)", suspect: nil) }
        for index in 1...4 { seriousRecord(victim: "C\(index)"); add("8N", "2019-08-01", victim: "C\(index)", suspect: nil) }
        for index in 1...20 { seriousRecord(victim: "D\(index)") }
        return ViolenceAnalysis.analyse(.init(
            police: tally.tally, street: StreetCrimeTally(), geography: PublishedViolenceTests.geography,
            population: PublishedViolenceTests.population, forceCode: "F1", forceName: "Testshire", areas: [],
            period: PublishedViolenceTests.period, offenceCodes: ["5D"]))
    }

    static func fingerprint(_ text: String) -> UInt64 {
        text.utf8.reduce(1469598103934665603) { ($0 ^ UInt64($1)) &* 1099511628211 }
    }

    static func document(_ findings: ViolenceFindings) -> ReportDocument {
        let street = StreetCrimeAnalysis.analyse(.init(
            tally: StreetCrimeTally(), geography: PublishedViolenceTests.geography, population: [:], forceCode: "F1",
            forceName: "Testshire", areas: [], period: PublishedViolenceTests.period, comparators: []))
        let model = ReportModel(title: "Test", areaName: "Testshire", forceName: "Testshire", street: street, sources: [],
                                duplicateCrimeIDs: 0, populationYear: 2019, seriousViolenceCodes: ["5D"], minimumCount: 8,
                                version: "test", violence: findings)
        return ReportDocument.make(model, drawFigures: false)
    }

    @Test("counts offences whose victim or suspect is seen more than once in the year, with a Wilson interval")
    func shares() throws {
        let repeats = Self.findings().repeats
        #expect(repeats.map(\.person) == ["victim", "suspect"])
        let victims = repeats[0]
        #expect(victims.repeated == 16 && victims.identified == 40 && victims.total == 40)
        let share = try #require(victims.share)
        #expect(abs(share.value - 0.4) < 1e-12)
        #expect(abs(share.lower - 0.2635) < 5e-4 && abs(share.upper - 0.5540) < 5e-4)
        let suspects = repeats[1]
        #expect(suspects.repeated == 0 && suspects.identified == 20 && suspects.total == 40)
    }

    @Test("the table and sentences hold counts and shares, never an identifier")
    func published() throws {
        let document = Self.document(Self.findings())
        let table = try #require(document.sections.flatMap(\.tables).first { $0.name == "repeat-victims-and-suspects" })
        #expect(table.columns.map(\.key) == ["person", "repeat_offences", "offences_with_identifier", "share", "lower_95", "upper_95"])
        #expect(table.csv.text == "person,repeat_offences,offences_with_identifier,share,lower_95,upper_95\n"
            + "victim,16,40,0.4000,0.2635,0.5540\nsuspect,0,20,0.0000,0.0000,0.1611\n")
        let sentence = try #require(document.context["repeat_victim_sentence"] as? String)
        #expect(sentence == "Of the 40 serious violence offences of the assessment year that identify the victim, "
            + "40.0% (95% CI 26.3% to 55.4%) involve a victim recorded in more than one police record of the year.")
        #expect(document.context["has_repeat_victims_and_suspects"] as? Bool == true)
        let json = String(describing: document.findings)
        #expect(!json.contains(String(Self.fingerprint("A"))))
    }

    @Test("without the identifier columns, a sentence says so and the table is empty")
    func absent() throws {
        let document = Self.document(Self.findings(identifiers: false))
        #expect(document.context["repeat_victim_sentence"] as? String
            == "The police records give no victim identifier (an optional column of the police records; see the README), so repeat victims cannot be counted.")
        #expect(document.context["repeat_suspect_sentence"] as? String
            == "The police records give no suspect identifier (an optional column of the police records; see the README), so repeat suspects cannot be counted.")
        #expect(document.context["has_repeat_victims_and_suspects"] as? Bool == false)
    }
}
