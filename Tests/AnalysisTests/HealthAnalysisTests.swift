import Loaders
import Testing
@testable import Analysis

/// A hand-built world for 2020-Q4 (assessment year 2020-01 to 2020-12): force F01 with
/// districts D1 (index 0) and D2 (index 1). Every expected figure below is worked by hand
/// from these records.
private enum HandBuilt {
    static let force = "E23000001"
    static let period = AssessmentPeriod(quarter: Quarter(year: 2020, number: 4))
    static let geography = Geography(lsoas: [], districts: [
        District(code: "E06000001", name: "District One", partnershipCode: "P1", partnershipName: "P1",
                 forceCode: force, forceName: "Force"),
        District(code: "E06000002", name: "District Two", partnershipCode: "P2", partnershipName: "P2",
                 forceCode: force, forceName: "Force"),
    ])
    static let seriousCodes: Set<String> = ["1/1", "1/2", "2", "5D"]

    static func at(_ text: String) -> LocalDateTime {
        guard let value = text.count > 10 ? LocalDateTime.parseDateTime(text) : LocalDateTime.parseDate(text) else {
            preconditionFailure("bad date \(text)")
        }
        return value
    }

    static func place(_ district: Int?) -> RecordPlacement {
        district.map { .lsoa($0, district: $0) } ?? .noLSOA
    }

    static func police(_ code: String, _ when: String, _ district: Int?, weapon: PoliceWeapon = .none, key: UInt64?) -> PoliceRecord {
        guard let offence = HomeOfficeOffenceCodes.offence(code: code) else { preconditionFailure("bad code \(code)") }
        return PoliceRecord(offence: offence, committedAt: at(when), recordedOn: at(when).date, placement: place(district),
                            domesticAbuse: false, alcoholRelated: nil, weapon: weapon, victimAge: 25, victimSex: .male,
                            suspectAge: nil, suspectSex: .unknown, linkageKey: key)
    }

    static func attendance(assault: String?, arrival: String, _ district: Int?, _ method: AssaultMethod,
                           _ location: AssaultLocationType, alcohol: Bool?, _ sex: RecordedSex, key: UInt64?)
        -> EmergencyDepartmentAttendance {
        EmergencyDepartmentAttendance(
            reportingPeriodStart: at("2019-12-01"), reportingPeriodEnd: at("2020-12-31"), siteCode: "RA1",
            arrivalAt: at(arrival), assaultAt: assault.map(at), method: method, locationType: location, age: 30, sex: sex,
            alcoholInvolved: alcohol, placement: place(district), linkageKey: key)
    }

    static func trauma(_ incident: String?, arrival: String, _ intent: InjuryIntent, _ mechanism: InjuryMechanism,
                       iss: Int, _ outcome: ThirtyDayOutcome, age: Int?, _ sex: RecordedSex) -> MajorTraumaRecord {
        MajorTraumaRecord(incidentAt: incident.map(at), arrivalAt: at(arrival), age: age, sex: sex, intent: intent,
                          mechanism: mechanism, injurySeverityScore: iss, outcome30Day: outcome, receivingSite: "MTC",
                          placement: .noLSOA, linkageKey: nil)
    }

    static let policeRecords: [PoliceRecord] = [
        police("8N", "2020-03-10T14:00", 0, key: 1),                    // P1 violence with injury
        police("8N", "2020-03-20", 1, key: 2),                          // P2 no time
        police("5D", "2020-03-05T23:30", 0, weapon: .knife, key: 3),    // P3 serious, in the VWI group
        police("5D", "2020-06-01T02:00", nil, weapon: .knife, key: 4),  // P4 serious, no LSOA
        police("1/1", "2020-06-15T20:00", 1, weapon: .firearm, key: 5), // P5 homicide: serious, not VWI group
        police("105A", "2020-03-01", 0, key: 99),                       // P6 without injury: key not kept
        police("8N", "2020-04-10T10:00", 0, key: nil),                  // P7 no key
        police("8N", "2019-12-15T12:00", 0, key: 6),                    // P8 before the year
    ]

    static func policeTally(_ records: [PoliceRecord]) -> PoliceRecordTally {
        var tally = PoliceRecordTally.Builder()
        for record in records { tally.add(record, isSerious: seriousCodes.contains(record.offence.code)) }
        return tally.tally
    }

    static let policeTally = policeTally(policeRecords)

    static let emergencyDepartmentTally: EmergencyDepartmentTally = {
        var tally = EmergencyDepartmentTally.Builder()
        let attendances = [
            attendance(assault: "2020-03-10T14:05", arrival: "2020-03-10T15:00", 0, .knife, .street, alcohol: true, .male, key: 1),
            attendance(assault: "2020-03-05T23:40", arrival: "2020-03-06T01:00", 0, .sharpObject, .licensedPremises,
                       alcohol: true, .male, key: 3),
            attendance(assault: nil, arrival: "2020-03-21T09:00", nil, .bodyPart, .home, alcohol: nil, .female, key: 7),
            attendance(assault: "2020-04-10T22:00", arrival: "2020-04-10T23:00", 1, .bluntObject, .street,
                       alcohol: false, .male, key: 7),                      // E4 repeats key 7
            attendance(assault: "2020-06-01T02:10", arrival: "2020-06-01T03:00", 0, .unknown, .unknown,
                       alcohol: false, .unknown, key: 4),
            attendance(assault: "2020-06-15T20:10", arrival: "2020-06-15T21:00", 1, .firearm, .street,
                       alcohol: false, .male, key: nil),
            attendance(assault: "2019-12-15T12:30", arrival: "2019-12-15T13:00", 0, .bodyPart, .street,
                       alcohol: true, .male, key: 6),                       // E7 before the year
        ]
        for attendance in attendances { tally.add(attendance) }
        return tally.tally
    }()

    static let traumaTally: MajorTraumaTally = {
        var tally = MajorTraumaTally()
        let records = [
            trauma("2020-03-05T23:45", arrival: "2020-03-06T00:30", .assault, .stab, iss: 25, .dead, age: 19, .male),  // T1
            trauma("2020-05-01", arrival: "2020-05-01T10:00", .assault, .blow, iss: 16, .alive, age: 30, .female),     // T2
            trauma(nil, arrival: "2020-06-01T03:00", .assault, .shooting, iss: 20, .unknown, age: nil, .male),         // T3
            trauma("2020-06-20", arrival: "2020-06-20T12:00", .assault, .stab, iss: 9, .alive, age: 22, .male),        // T4 not major
            trauma("2020-07-02", arrival: "2020-07-02T12:00", .accident, .fall, iss: 30, .dead, age: 80, .female),     // T5 not assault
            trauma("2020-08-02", arrival: "2020-08-02T12:00", .unknown, .blow, iss: 17, .alive, age: 40, .male),       // T6 unknown intent
            trauma("2019-11-20", arrival: "2019-11-20T12:00", .assault, .vehicle, iss: 18, .dead, age: 50, .male),     // T7 before the year
        ]
        for record in records { tally.add(record) }
        return tally
    }()

    static func inputs(police: PoliceRecordTally = policeTally,
                       emergencyDepartment: EmergencyDepartmentTally? = emergencyDepartmentTally,
                       majorTrauma: MajorTraumaTally? = traumaTally) -> HealthAnalysis.Inputs {
        HealthAnalysis.Inputs(police: police, emergencyDepartment: emergencyDepartment, majorTrauma: majorTrauma,
                              geography: geography, forceCode: force, forceName: "Force", period: period)
    }
}

@Suite("Health analysis on a hand-built tally")
struct HealthAnalysisTests {
    static let findings = HealthAnalysis.analyse(HandBuilt.inputs())

    func row(_ month: YearMonth, _ code: String) -> HealthFindings.MonthArea? {
        Self.findings.byMonthAndArea.first { $0.month == month && $0.areaCode == code }
    }

    // Both sources run 2019-12 to 2020-06: 7 months × (force + 2 districts) = 21 rows.
    // 2020-03: ED E1, E2, E3 = 3; police VWI group P1, P2, P3 = 3 (P6 is without injury) → 1.
    //   District One: E1, E2 against P1, P3 → 1; District Two: none against P2 → 0.
    // 2020-06: ED E5, E6 = 2 against P4 (5D); P5 is homicide, not VWI → 2.
    //   District One: E5 against nothing (P4 has no LSOA) → nil.
    // 2020-01: nothing in either → 0 and nil.
    @Test("sets emergency department assaults against police violence with injury by month and area")
    func monthAndArea() throws {
        let rows = Self.findings.byMonthAndArea
        #expect(rows.count == 21)
        #expect(rows.first?.month == YearMonth(year: 2019, month: 12))
        #expect(rows.last?.month == YearMonth(year: 2020, month: 6))
        #expect(rows.prefix(3).map(\.areaCode) == [HandBuilt.force, "E06000001", "E06000002"])
        #expect(rows.prefix(3).map(\.isForce) == [true, false, false])

        let march = YearMonth(year: 2020, month: 3)
        let force = try #require(row(march, HandBuilt.force))
        #expect(force.emergencyDepartmentAssaults == 3 && force.policeViolenceWithInjury == 3 && force.ratio == 1)
        let one = try #require(row(march, "E06000001"))
        #expect(one.emergencyDepartmentAssaults == 2 && one.policeViolenceWithInjury == 2 && one.ratio == 1)
        #expect(one.areaName == "District One")
        let two = try #require(row(march, "E06000002"))
        #expect(two.emergencyDepartmentAssaults == 0 && two.policeViolenceWithInjury == 1 && two.ratio == 0)

        let june = YearMonth(year: 2020, month: 6)
        let juneForce = try #require(row(june, HandBuilt.force))
        #expect(juneForce.emergencyDepartmentAssaults == 2 && juneForce.policeViolenceWithInjury == 1 && juneForce.ratio == 2)
        let juneOne = try #require(row(june, "E06000001"))
        #expect(juneOne.emergencyDepartmentAssaults == 1 && juneOne.policeViolenceWithInjury == 0 && juneOne.ratio == nil)

        let january = try #require(row(YearMonth(year: 2020, month: 1), HandBuilt.force))
        #expect(january.emergencyDepartmentAssaults == 0 && january.policeViolenceWithInjury == 0 && january.ratio == nil)

        // Over the year E3 has no LSOA; of police VWI, only P4.
        #expect(Self.findings.emergencyDepartmentWithoutDistrict == 1)
        #expect(Self.findings.policeViolenceWithInjuryWithoutDistrict == 1)
    }

    // Year attendances E1–E6. Location: street 3 (E1, E4, E6), licensed 1, home 1,
    // unknown 1 → street 3/5 = 0.6, Wilson (0.2307, 0.8824). Method: one each of knife,
    // sharp object, body part, blunt, firearm, unknown → knife 1/5; knife or sharp
    // 2/5 = 0.4 (0.1176, 0.7693). Alcohol: yes 2 (E1, E2), no 3, unknown 1 (E3) → 0.4.
    // Sex: male 4, female 1, unknown 1 → 4/5 = 0.8 (0.3755, 0.9638).
    // Wilson limits from Python: (2x + z² ∓ z√(z² + 4x(1 − x/n))) / (2(n + z²)).
    @Test("breaks emergency department assaults down with shares of known values")
    func breakdowns() throws {
        let rows = Self.findings.emergencyDepartmentBreakdowns
        func row(_ dimension: HealthFindings.Dimension, _ value: String) -> HealthFindings.Breakdown? {
            rows.first { $0.dimension == dimension && $0.value == value }
        }
        #expect(rows.map(\.dimension).reduce(into: [HealthFindings.Dimension]()) { if $0.last != $1 { $0.append($1) } }
            == HealthFindings.Dimension.allCases)

        let street = try #require(row(.locationType, "Street or other public place"))
        #expect(street.count == 3)
        let streetShare = try #require(street.share)
        #expect(isClose(streetShare.value, 0.6) && isClose(streetShare.lower, 0.23072428127601294, relative: 1e-9)
            && isClose(streetShare.upper, 0.8823792257673522, relative: 1e-9))
        let unknownLocation = try #require(row(.locationType, "Unknown"))
        #expect(unknownLocation.count == 1 && unknownLocation.isUnknown && unknownLocation.share == nil)
        #expect(rows.filter { $0.dimension == .locationType }.last?.isUnknown == true)

        #expect(row(.method, "Knife")?.count == 1)
        #expect(row(.method, "Other sharp object")?.count == 1)
        #expect(row(.method, "Knife")?.share.map { isClose($0.value, 0.2) } == true)
        let sharp = try #require(row(.knifeOrSharpObject, "Knife or sharp object"))
        #expect(sharp.count == 2)
        #expect(sharp.share.map { isClose($0.value, 0.4) && isClose($0.lower, 0.11762077423264788, relative: 1e-9) } == true)
        #expect(row(.knifeOrSharpObject, "Other method")?.count == 3)
        #expect(row(.knifeOrSharpObject, "Unknown")?.count == 1)

        #expect(row(.alcohol, "Yes")?.count == 2 && row(.alcohol, "No")?.count == 3 && row(.alcohol, "Unknown")?.count == 1)
        #expect(row(.alcohol, "Yes")?.share.map { isClose($0.value, 0.4) } == true)

        let male = try #require(row(.sex, "Male"))
        #expect(male.count == 4)
        #expect(male.share.map { isClose($0.value, 0.8) && isClose($0.upper, 0.9637758913675699, relative: 1e-9) } == true)
        // Each dimension accounts for every attendance of the year.
        for dimension in HealthFindings.Dimension.allCases {
            #expect(rows.filter { $0.dimension == dimension }.reduce(0) { $0 + $1.count } == 6, "\(dimension)")
        }
    }

    // ED assault hours known: 14 (E1), 23 (E2), 22 (E4), 2 (E5), 20 (E6); E3 unknown.
    // Night 18:00–05:59: 4 of 5 = 0.8. Police serious violence: 23 (P3), 2 (P4), 20 (P5):
    // all night, 3/3 = 1.
    @Test("pairs assault hours and gives night shares of known times")
    func hours() throws {
        let hours = Self.findings.hourOfDay
        #expect(hours.map(\.hour) == Array(0..<24))
        #expect(hours.map(\.emergencyDepartment).reduce(0, +) == 5)
        #expect(hours[23].emergencyDepartment == 1 && hours[23].policeSeriousViolence == 1)
        #expect(hours[14].emergencyDepartment == 1 && hours[14].policeSeriousViolence == 0)
        #expect(hours[2].policeSeriousViolence == 1 && hours[20].policeSeriousViolence == 1)
        #expect(Self.findings.emergencyDepartmentUnknownTime == 1)
        #expect(Self.findings.policeUnknownTime == 0)
        #expect(Self.findings.emergencyDepartmentNightShare.map { isClose($0.value, 0.8) } == true)
        #expect(Self.findings.policeNightShare?.value == 1)
    }

    // Police keys in scope in 2020: 1, 2, 3, 4, 5 (P6 is without injury, P7 unkeyed, P8
    // in 2019) → n1 = 5; police records in scope P1–P5 and P7 = 6. ED keys in 2020:
    // 1, 3, 7, 7, 4 → 5 keyed records, n2 = 4 distinct. Linked {1, 3, 4}: m = 3.
    // Chapman: 6·5/4 − 1 = 6.5. The unseen share uses the keyed police count the
    // estimate is built from (n1 = 5), not all 6 police records in scope (P7 has no key):
    // 1 − 5/6.5 = 1.5/6.5 = 0.2308, where 1 − 6/6.5 = 0.0769 would mix the two.
    @Test("links distinct keys within the year and estimates with Chapman")
    func captureRecapture() throws {
        let linkage = try #require(Self.findings.captureRecaptureLinkage)
        #expect(linkage.policeRecords == 6 && linkage.policeKeyedRecords == 5 && linkage.policeDistinctKeys == 5)
        #expect(linkage.emergencyDepartmentRecords == 6 && linkage.emergencyDepartmentKeyedRecords == 5)
        #expect(linkage.emergencyDepartmentDistinctKeys == 4 && linkage.emergencyDepartmentRepeatedKeys == 1)
        #expect(linkage.linked == 3)
        #expect(linkage.policeCoverage.map { isClose($0, 5.0 / 6) } == true)
        #expect(linkage.emergencyDepartmentCoverage.map { isClose($0, 5.0 / 6) } == true)

        let estimate = try #require(Self.findings.captureRecapture)
        #expect(estimate.countA == 5 && estimate.countB == 4 && estimate.linked == 3)
        #expect(isClose(estimate.estimate.value, 6.5))
        #expect(Self.findings.policeShareUnseen.map { isClose($0.value, 1.5 / 6.5) } == true)
        // Keys missing at random: 6 records × 5 distinct keys / 5 keyed records = 6 police
        // incidents, so 1 − 6/6.5 = 0.5/6.5 of violence with injury went unrecorded at all.
        #expect(HealthAnalysis.policeIncidentsIfKeysAtRandom(linkage) == 6)
        #expect(Self.findings.policeShareUnrecorded.map { isClose($0.value, 0.5 / 6.5) } == true)

        // Over both years P8 and E7 share key 6 as well: n1 = 6, n2 = 5, m = 4.
        let both = HealthAnalysis.captureRecapture(
            police: HandBuilt.policeTally, emergencyDepartment: HandBuilt.emergencyDepartmentTally,
            months: YearMonth(year: 2019, month: 1)...YearMonth(year: 2020, month: 12))
        #expect(both.linkage.linked == 4 && both.estimate?.countA == 6 && both.estimate?.countB == 5)
    }

    // Keyed and unkeyed counts apart: 90 police records in scope, 80 of them keyed with
    // 80 distinct keys, and N̂ = 200 (95% CI 160 to 250). Keyed: 1 − 80/200 = 0.6, limits
    // 1 − 80/160 = 0.5 and 1 − 80/250 = 0.68. (All 90 records would give 0.55: not used.)
    @Test("the unseen share sets the keyed police count against the estimate built from keyed records")
    func unseenShareUsesKeyedCount() throws {
        let total = Estimate(value: 200, lower: 160, upper: 250, confidence: 0.95, method: .chapmanLogNormal)
        let share = try #require(HealthAnalysis.policeShareUnseen(keyedPoliceIncidents: 80, estimate: total))
        #expect(isClose(share.value, 0.6) && isClose(share.lower, 0.5) && isClose(share.upper, 0.68))
        // Keys missing at random, with repeats: 90 records, 80 keyed with 76 distinct keys
        // → 90 × 76 / 80 = 85.5 incidents, rounded half away from zero to 86.
        let linkage = HealthFindings.KeyLinkage(policeRecords: 90, policeKeyedRecords: 80, policeDistinctKeys: 76,
                                                emergencyDepartmentRecords: 0, emergencyDepartmentKeyedRecords: 0,
                                                emergencyDepartmentDistinctKeys: 0, linked: 0)
        #expect(HealthAnalysis.policeIncidentsIfKeysAtRandom(linkage) == 86)
        #expect(HealthAnalysis.policeShareUnseen(keyedPoliceIncidents: 80, estimate: Estimate(
            value: 200, lower: 0, upper: 250, confidence: 0.95, method: .chapmanLogNormal)) == nil)
    }

    // Knives and other sharp objects are one group unless the source records both:
    // knife 0, sharp object 5 → one row "Knife or sharp object" 5 where the knife row
    // would be; knife 2, sharp 3 → two rows; neither → one row of 0.
    @Test("an A&E source that cannot tell knives from other sharp objects shows one group")
    func knifeOrSharpObject() {
        let merged = HealthAnalysis.methodRows([.sharpObject: 5, .bodyPart: 7])
        #expect(merged.map(\.0) == ["Body part (no weapon)", "Knife or sharp object", "Blunt object", "Firearm", "Other means", "Unknown"])
        #expect(merged.first { $0.0 == "Knife or sharp object" }?.2 == 5)
        let apart = HealthAnalysis.methodRows([.knife: 2, .sharpObject: 3])
        #expect(apart.filter { $0.0 == "Knife" || $0.0 == "Other sharp object" }.map(\.2) == [2, 3])
        #expect(HealthAnalysis.methodRows([:]).first { $0.0 == "Knife or sharp object" }?.2 == 0)
    }

    // Trauma data start 2019-11, so quarters 2019-Q4 to 2020-Q4.
    // 2019-Q4: T7 (vehicle → other, dead); no police knife serious violence.
    // 2020-Q1: T1 stab, dead; knife serious violence P3. 2020-Q2: T2 blow, T3 shooting
    // (dated by arrival), no deaths; knife P4. Q3: T4 is ISS 9, T5 an accident, T6 of
    // unknown intent → 0. Year: T1–T3 = 3; dead 1, alive 1, unknown 1 → 1/2 = 0.5,
    // Wilson (0.0945, 0.9055). Ages: T1 18–24 male, T2 25–34 female, T3 unknown male.
    @Test("counts assault major trauma by quarter, mortality of known outcomes, age and sex")
    func trauma() throws {
        let quarters = Self.findings.traumaByQuarter
        #expect(quarters.map(\.quarter) == (0..<5).map { Quarter(year: 2019, number: 4).adding(quarters: $0) })
        #expect(quarters.map(\.assaultMajorTrauma) == [1, 1, 2, 0, 0])
        #expect(quarters.map(\.stab) == [0, 1, 0, 0, 0])
        #expect(quarters.map(\.blow) == [0, 0, 1, 0, 0])
        #expect(quarters.map(\.shooting) == [0, 0, 1, 0, 0])
        #expect(quarters.map(\.other) == [1, 0, 0, 0, 0])
        #expect(quarters.map(\.deaths) == [1, 1, 0, 0, 0])
        #expect(quarters.map(\.knifeEnabledSeriousViolence) == [0, 1, 1, 0, 0])

        #expect(Self.findings.traumaYearTotal == 3)
        #expect(Self.findings.traumaUnknownIntent == 1)
        #expect(Self.findings.traumaUnknownOutcome == 1)
        let mortality = try #require(Self.findings.traumaMortality)
        #expect(mortality.value == 0.5)
        #expect(isClose(mortality.lower, 0.09453120573423071, relative: 1e-9))
        #expect(isClose(mortality.upper, 0.9054687942657693, relative: 1e-9))

        let ageSex = Self.findings.traumaByAgeAndSex
        #expect(ageSex.count == (HealthAnalysis.traumaAgeBands.count + 1) * 3)
        #expect(ageSex.filter { $0.count > 0 } == [
            .init(ageBand: "18–24", sex: .male, count: 1),
            .init(ageBand: "25–34", sex: .female, count: 1),
            .init(ageBand: "Unknown", sex: .male, count: 1),
        ])
    }

    @Test("without health extracts gives empty health findings and keeps police timing")
    func absentSources() {
        let findings = HealthAnalysis.analyse(HandBuilt.inputs(emergencyDepartment: nil, majorTrauma: nil))
        #expect(!findings.emergencyDepartmentAvailable && !findings.majorTraumaAvailable)
        #expect(findings.byMonthAndArea.isEmpty && findings.emergencyDepartmentBreakdowns.isEmpty)
        #expect(findings.captureRecapture == nil && findings.captureRecaptureLinkage == nil && findings.policeShareUnseen == nil)
        #expect(findings.emergencyDepartmentNightShare == nil && findings.emergencyDepartmentUnknownTime == 0)
        #expect(findings.traumaByQuarter.isEmpty && findings.traumaMortality == nil && findings.traumaByAgeAndSex.isEmpty)
        #expect(findings.hourOfDay.count == 24 && findings.hourOfDay.allSatisfy { $0.emergencyDepartment == 0 })
        #expect(findings.hourOfDay.map(\.policeSeriousViolence).reduce(0, +) == 3)
        #expect(findings.policeNightShare?.value == 1)
    }

    @Test("gives no estimate when no record carries a key, and empty tallies give empty findings")
    func emptyInputs() {
        let findings = HealthAnalysis.analyse(HealthAnalysis.Inputs(
            police: PoliceRecordTally(), emergencyDepartment: EmergencyDepartmentTally(), majorTrauma: MajorTraumaTally(),
            geography: HandBuilt.geography, forceCode: HandBuilt.force, forceName: "Force", period: HandBuilt.period))
        #expect(findings.emergencyDepartmentAvailable && findings.majorTraumaAvailable)
        #expect(findings.byMonthAndArea.isEmpty && findings.traumaByQuarter.isEmpty)
        #expect(findings.captureRecapture == nil && findings.policeShareUnseen == nil)
        #expect(findings.captureRecaptureLinkage?.linked == 0)
        #expect(findings.traumaMortality == nil && findings.policeNightShare == nil)
        #expect(findings.emergencyDepartmentBreakdowns.allSatisfy { $0.count == 0 && $0.share == nil })
    }

    @Test("gives the same findings whatever order the records were tallied in")
    func deterministic() {
        var police = HandBuilt.policeTally(Array(HandBuilt.policeRecords.suffix(4)))
        police.merge(HandBuilt.policeTally(Array(HandBuilt.policeRecords.prefix(4).reversed())))
        #expect(HealthAnalysis.analyse(HandBuilt.inputs(police: police)) == Self.findings)
    }
}
