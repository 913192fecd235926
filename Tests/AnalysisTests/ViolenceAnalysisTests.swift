import Analysis
import Loaders
import Testing

/// A force of two districts (one LSOA each) and six serious violence records, small
/// enough that every answer below is worked by hand.
@Suite("ViolenceAnalysis on a hand-built tally")
struct ViolenceAnalysisTests {
    static let geography = Geography(
        lsoas: [
            LSOA(code: AreaCode.parse("E01000001")!, name: "North 001A", districtCode: "E06000001", districtName: "North", deprivationRank: 10),
            LSOA(code: AreaCode.parse("E01000002")!, name: "South 001A", districtCode: "E06000002", districtName: "South", deprivationRank: 32000),
        ],
        districts: [
            District(code: "E06000001", name: "North", partnershipCode: "P1", partnershipName: "North", forceCode: "F1", forceName: "Testshire"),
            District(code: "E06000002", name: "South", partnershipCode: "P2", partnershipName: "South", forceCode: "F1", forceName: "Testshire"),
        ])

    /// 1,000 people in each district: 5 of each sex at every age 0 to 89, none aged 90+.
    static let population: Population = {
        let half = AgeCounts(allAges: 450, byAge: Array(repeating: 5, count: 90) + [0])
        let persons = AgeCounts(allAges: 900, byAge: Array(repeating: 10, count: 90) + [0])
        return Population(year: 2019, persons: ["E06000001": persons, "E06000002": persons],
                          males: ["E06000001": half, "E06000002": half], females: ["E06000001": half, "E06000002": half])
    }()

    static func record(_ code: String, _ date: String, lsoa: Int?, sex: RecordedSex, age: Int?, domestic: Bool?, alcohol: Bool?,
                       weapon: PoliceWeapon = .none) -> PoliceRecord {
        let committed = LocalDateTime.parseDateTime(date) ?? LocalDateTime.parseDate(date)!
        return PoliceRecord(
            offence: HomeOfficeOffenceCodes.offence(code: code)!, committedAt: committed, recordedOn: committed.date,
            placement: lsoa.map { .lsoa($0, district: $0) } ?? .noLSOA, domesticAbuse: domestic, alcoholRelated: alcohol,
            weapon: weapon, victimAge: age, victimSex: sex, suspectAge: nil, suspectSex: .unknown, linkageKey: nil)
    }

    static var findings: ViolenceFindings { findings(geography: geography) }

    static func findings(geography: Geography) -> ViolenceFindings {
        var tally = PoliceRecordTally.Builder()
        let serious: Set<String> = ["5D"]
        let records = [
            // 2020-11-06 is a Friday; 23:30 is night.
            record("5D", "2020-11-06T23:30", lsoa: 0, sex: .male, age: 20, domestic: false, alcohol: true, weapon: .knife),
            // 2020-11-07 is a Saturday; 02:00 is night.
            record("5D", "2020-11-07T02:00", lsoa: 0, sex: .male, age: 30, domestic: false, alcohol: true),
            // A Wednesday afternoon.
            record("5D", "2020-10-14T14:00", lsoa: 1, sex: .female, age: 40, domestic: true, alcohol: false),
            // Date only: the time is unknown.
            record("5D", "2020-03-01", lsoa: 0, sex: .female, age: 22, domestic: nil, alcohol: nil),
            // No LSOA: counts for the force, no district.
            record("5D", "2020-06-20T21:00", lsoa: nil, sex: .male, age: 50, domestic: false, alcohol: false),
            // Last year's: the comparison year.
            record("5D", "2019-07-01T12:00", lsoa: 1, sex: .male, age: 19, domestic: false, alcohol: false),
            // Not serious violence: assault with injury.
            record("8N", "2020-05-05T05:00", lsoa: 1, sex: .male, age: 25, domestic: false, alcohol: true),
        ]
        for record in records { tally.add(record, isSerious: serious.contains(record.offence.code)) }
        return ViolenceAnalysis.analyse(.init(
            police: tally.tally, street: StreetCrimeTally(), geography: geography, population: population, forceCode: "F1",
            forceName: "Testshire", areas: [], period: AssessmentPeriod(quarter: Quarter(year: 2020, number: 4)), offenceCodes: ["5D"]))
    }

    static func share(_ findings: ViolenceFindings, _ measure: String, _ group: String = "all") -> ViolenceFindings.Share? {
        findings.shares.first { $0.measure == measure && $0.group == group }
    }

    @Test("counts the year, the year before, and rates per 1,000 by district")
    func volumeAndRates() {
        let findings = Self.findings
        let trend = findings.trends.first { $0.category == ViolenceFindings.seriousViolence }
        // Five in 2020 (the year to December), one in the year to December 2019.
        #expect(trend?.yearCount == 5)
        #expect(trend?.comparisonYearCount == 1)
        // The quarter Oct-Dec 2020 holds three.
        #expect(trend?.quarterCount == 3)
        let areas = Dictionary(uniqueKeysWithValues: findings.areaRates.map { ($0.areaCode, $0) })
        // North: 3 of 900 people = 3.333 per 1,000; South 1; the force 5 of 1,800.
        #expect(areas["E06000001"]?.count == 3)
        #expect(areas["E06000002"]?.count == 1)
        #expect(areas["F1"]?.count == 5)
        #expect(abs((areas["E06000001"]?.rate?.value ?? 0) - 3.3333) < 0.0001)
        #expect(abs((areas["F1"]?.rate?.value ?? 0) - 5.0 / 1.8) < 0.0001)
    }

    @Test("rates by community safety partnership: the sum of its districts, after configured areas and before districts")
    func partnershipRates() {
        let findings = Self.findings
        #expect(findings.areaRates.map(\.kind) == [.force, .partnership, .partnership, .district, .district])
        let north = findings.areaRates.first { $0.areaCode == "P1" }
        #expect(north?.kind == .partnership)
        #expect(north?.areaName == "North")
        #expect(north?.count == 3)
        #expect(north?.population == 900)
        #expect(north?.districtCodes == ["E06000001"])
        #expect(findings.areaRates.first { $0.areaCode == "P2" }?.count == 1)

        // One partnership of both districts: 4 placed crimes of 1,800 people (the record
        // without an LSOA belongs to no partnership).
        let joined = Geography(lsoas: Self.geography.lsoas, districts: [
            District(code: "E06000001", name: "North", partnershipCode: "P9", partnershipName: "Testshire CSP", forceCode: "F1", forceName: "Testshire"),
            District(code: "E06000002", name: "South", partnershipCode: "P9", partnershipName: "Testshire CSP", forceCode: "F1", forceName: "Testshire"),
        ])
        let both = Self.findings(geography: joined).areaRates.filter { $0.kind == .partnership }
        #expect(both.count == 1)
        #expect(both.first?.areaCode == "P9")
        #expect(both.first?.count == 4)
        #expect(both.first?.population == 1800)
        #expect(both.first?.districtCodes == ["E06000001", "E06000002"])
        #expect(abs((both.first?.rate?.value ?? 0) - 4.0 / 1.8) < 0.0001)
    }

    @Test("partnerships are sorted by name and hold the districts of the force only")
    func partnershipOrder() {
        let geography = Geography(lsoas: [], districts: [
            District(code: "E1", name: "A", partnershipCode: "C2", partnershipName: "Zeta", forceCode: "F1", forceName: "F"),
            District(code: "E2", name: "B", partnershipCode: "C1", partnershipName: "Alpha", forceCode: "F1", forceName: "F"),
            District(code: "E3", name: "C", partnershipCode: "C2", partnershipName: "Zeta", forceCode: "F1", forceName: "F"),
            District(code: "E4", name: "D", partnershipCode: "C3", partnershipName: "Beta", forceCode: "F2", forceName: "G"),
        ])
        let partnerships = StreetCrimeFindings.partnerships(of: geography.districts(inForce: "F1"), in: geography)
        #expect(partnerships.map(\.code) == ["C1", "C2"])
        #expect(partnerships.map(\.name) == ["Alpha", "Zeta"])
        #expect(partnerships.last?.districts == [0, 2])
    }

    @Test("time of day leaves out unknown times; night is 18:00 to 06:00")
    func timeOfDay() {
        let findings = Self.findings
        #expect(findings.unknownTime == 1)
        #expect(findings.weekdayHour?.total == 4)
        // Friday 23:00, Saturday 02:00 and Saturday 21:00 are night; Wednesday 14:00 is not.
        #expect(Self.share(findings, "night_18_to_06").map { [$0.numerator, $0.denominator] } == [3, 4])
        // Weekend nights: Friday 23:30 and Saturday 02:00 (Friday night), and Saturday 21:00.
        #expect(Self.share(findings, "weekend_night").map { [$0.numerator, $0.denominator] } == [3, 4])
    }

    @Test("shares leave unknown flags out of the denominator")
    func shares() {
        let findings = Self.findings
        // Alcohol known for 4 of the 5: yes for 2.
        #expect(Self.share(findings, "alcohol_related").map { [$0.numerator, $0.denominator] } == [2, 4])
        #expect(findings.unknowns.first { $0.measure == "alcohol_related" }?.unknown == 1)
        // Domestic: the one woman with a known flag is domestic; none of the three men.
        #expect(Self.share(findings, "domestic_abuse", "female").map { [$0.numerator, $0.denominator] } == [1, 1])
        #expect(Self.share(findings, "domestic_abuse", "male").map { [$0.numerator, $0.denominator] } == [0, 3])
        // Male 18 to 36: the men of 20 and 30, of five victims of known age and sex.
        #expect(Self.share(findings, "male_18_to_36").map { [$0.numerator, $0.denominator] } == [2, 5])
        // Under 25: 20 and 22.
        #expect(Self.share(findings, "under_25").map { [$0.numerator, $0.denominator] } == [2, 5])
    }

    @Test("victims by age band and sex, with rates from single-year population")
    func victims() {
        let findings = Self.findings
        let band = findings.victims.first { $0.band == "18-24" && $0.sex == "male" }
        // One man aged 20; 7 single years x 5 men x 2 districts = 70 men aged 18 to 24.
        #expect(band?.count == 1)
        #expect(band?.population == 70)
        #expect(abs((band?.rate?.value ?? 0) - 1000.0 / 70) < 0.0001)
    }

    @Test("knife-enabled serious violence by quarter")
    func knives() {
        let findings = Self.findings
        #expect(findings.knifeByQuarter.first { $0.quarter == Quarter(year: 2020, number: 4) }?.count == 1)
        #expect(findings.knifeByQuarter.first { $0.quarter == Quarter(year: 2020, number: 2) }?.count == 0)
    }
}
