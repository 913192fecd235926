@testable import Analysis
import Loaders
import Testing

/// The builders that count a large extract by packed keys must give exactly the tally
/// that counting each record's keys in a dictionary gives (the model below), however the
/// records are split in pieces.
@Suite("Tally builders")
struct TallyBuilderTests {
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        mutating func pick<T>(_ values: [T]) -> T { values[next(values.count)] }
        mutating func maybe<T>(_ value: T) -> T? { next(4) == 0 ? nil : value }
    }

    static func date(_ random: inout Generator) -> LocalDateTime {
        let year = 1995 + random.next(30)
        let month = 1 + random.next(12)
        guard let value = LocalDateTime(year: year, month: month, day: 1 + random.next(28),
                                        hour: random.next(3) == 0 ? nil : random.next(24),
                                        minute: 0) ?? LocalDateTime(year: year, month: month, day: 1) else {
            preconditionFailure("not a date")
        }
        return value
    }

    static func placement(_ random: inout Generator) -> RecordPlacement {
        random.next(5) == 0 ? .noLSOA : .lsoa(random.next(35_000), district: random.next(400))
    }

    static func policeRecords(_ count: Int) -> [(PoliceRecord, Bool)] {
        var random = Generator(state: 0x5EED_7A11)
        return (0..<count).map { _ in
            let when = date(&random)
            let record = PoliceRecord(
                offence: random.pick(HomeOfficeOffenceCodes.all), committedAt: when, recordedOn: when.date,
                placement: placement(&random), domesticAbuse: random.maybe(random.next(2) == 0),
                alcoholRelated: random.maybe(random.next(2) == 0), weapon: random.pick(PoliceWeapon.allCases),
                victimAge: random.maybe(random.next(121)), victimSex: random.pick(RecordedSex.allCases),
                suspectAge: random.maybe(random.next(121)), suspectSex: random.pick(RecordedSex.allCases),
                linkageKey: random.maybe(UInt64(random.next(1 << 30))))
            return (record, random.next(3) == 0)
        }
    }

    static func attendances(_ count: Int) -> [EmergencyDepartmentAttendance] {
        var random = Generator(state: 0x5EED_ED01)
        return (0..<count).map { _ in
            let arrival = date(&random)
            return EmergencyDepartmentAttendance(
                reportingPeriodStart: arrival.date, reportingPeriodEnd: arrival.date, siteCode: "RXX01", arrivalAt: arrival,
                assaultAt: random.maybe(arrival), method: random.pick(AssaultMethod.allCases),
                locationType: random.pick(AssaultLocationType.allCases), age: random.maybe(random.next(121)),
                sex: random.pick(RecordedSex.allCases), alcoholInvolved: random.maybe(random.next(2) == 0),
                placement: placement(&random), linkageKey: random.maybe(UInt64(random.next(1 << 30))))
        }
    }

    @Test("the police builder gives the tally of a dictionary count, in pieces or not", arguments: [1, 3, 17])
    func police(pieces: Int) {
        let records = Self.policeRecords(5_000)
        var expected = PoliceRecordTally()
        for (record, serious) in records {
            let keys = PoliceRecordTally.keys(record, isSerious: serious)
            expected.byGroup.add(keys.group)
            if let key = keys.offence { expected.byOffence.add(key) }
            if let key = keys.linkage { expected.linkageKeys[keys.month, default: []].append(key) }
            guard let serious = keys.serious else { continue }
            if let place = serious.place { expected.seriousByPlace.add(place) }
            expected.seriousByTime.add(serious.time)
            expected.seriousByVictim.add(serious.victim)
            expected.seriousByWeapon.add(serious.weapon)
            expected.seriousBySuspect.add(serious.suspect)
            expected.seriousByYoungVictim.add(serious.young)
        }
        var built = PoliceRecordTally.Builder()
        let size = (records.count + pieces - 1) / pieces
        for start in stride(from: 0, to: records.count, by: size) {
            var piece = PoliceRecordTally.Builder()
            for (record, serious) in records[start..<min(start + size, records.count)] { piece.add(record, isSerious: serious) }
            built.merge(piece)
        }
        #expect(built.tally == expected)
    }

    @Test("the A&E builder gives the tally of a dictionary count, in pieces or not", arguments: [1, 4])
    func emergencyDepartment(pieces: Int) {
        let records = Self.attendances(5_000)
        var expected = EmergencyDepartmentTally()
        for record in records {
            let keys = EmergencyDepartmentTally.keys(record)
            expected.attendances.add(keys.attendance)
            expected.byTime.add(keys.time)
            expected.byAgeGroup.add(keys.ageGroup)
            if let key = record.linkageKey { expected.linkageKeys[keys.month, default: []].append(key) }
        }
        var built = EmergencyDepartmentTally.Builder()
        let size = (records.count + pieces - 1) / pieces
        for start in stride(from: 0, to: records.count, by: size) {
            var piece = EmergencyDepartmentTally.Builder()
            for record in records[start..<min(start + size, records.count)] { piece.add(record) }
            built.merge(piece)
        }
        #expect(built.tally == expected)
    }

    @Test("every enum case and flag survives packing")
    func enumRoundTrip() {
        func check<Value: CaseIterable & Equatable>(_: Value.Type) where Value.AllCases == [Value] {
            for value in Value.allCases { #expect(caseValue(caseCode(value)) as Value == value) }
        }
        check(OffenceGroup.self)
        check(RecordedSex.self)
        check(PoliceWeapon.self)
        check(AssaultMethod.self)
        check(AssaultLocationType.self)
        check(InjuryIntent.self)
        check(InjuryMechanism.self)
        check(ThirtyDayOutcome.self)
        check(YoungPeopleAgeGroup.self)
        check(YoungPeopleTimeBand.self)
        for flag in [nil, false, true] as [Bool?] { #expect(flagValue(flagCode(flag)) == flag) }
    }

    @Test("offence keys survive packing for every offence, flag and the edges of the months")
    func offenceKeys() {
        for offence in HomeOfficeOffenceCodes.all {
            for flag in [nil, false, true] as [Bool?] {
                for month in [YearMonth(year: 1990, month: 1), YearMonth(year: 9999, month: 12)] {
                    let key = PoliceRecordTally.OffenceKey(month: month, offence: offence.ordinal, domesticAbuse: flag)
                    #expect(PoliceRecordTally.OffenceKey(packed: key.packed) == key)
                    #expect(key.homeOfficeOffence == offence)
                }
            }
        }
    }

    @Test("trauma keys survive packing at the edges of their ranges")
    func traumaKeys() {
        for (age, district) in [(-1, -1), (0, 0), (120, 65_534)] as [(Int16, Int32)] {
            let key = MajorTraumaTally.CaseKey(month: YearMonth(year: 9999, month: 12), intent: .selfHarm, mechanism: .unknown,
                                               major: true, sex: .unknown, age: age, outcome: .dead, district: district)
            #expect(MajorTraumaTally.CaseKey(packed: key.packed) == key)
        }
    }
}
