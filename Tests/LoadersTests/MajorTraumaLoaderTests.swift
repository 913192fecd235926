import Loaders
import Testing

@Suite("Major trauma loader")
struct MajorTraumaLoaderTests {
    static let badRows: [BadRowCase] = [
        BadRowCase(name: "ISS 0",
                   row: "S2,2019-07-13T23:40,2019-07-14T00:30,19,M,assault,stab,0,alive,RXX01,E01000001,K2",
                   message: "trauma.csv:3:56: error: column 'iss': '0' is not an Injury Severity Score (expected a whole number from 1 to 75)",
                   reason: "bad iss"),
        BadRowCase(name: "ISS 76",
                   row: "S2,2019-07-13T23:40,2019-07-14T00:30,19,M,assault,stab,76,alive,RXX01,E01000001,K2",
                   message: "trauma.csv:3:56: error: column 'iss': '76' is not an Injury Severity Score (expected a whole number from 1 to 75)",
                   reason: "bad iss"),
        BadRowCase(name: "ISS not a number",
                   row: "S2,2019-07-13T23:40,2019-07-14T00:30,19,M,assault,stab,2.5,alive,RXX01,E01000001,K2",
                   message: "trauma.csv:3:56: error: column 'iss': '2.5' is not an Injury Severity Score (expected a whole number from 1 to 75)",
                   reason: "bad iss"),
        BadRowCase(name: "blank ISS",
                   row: "S2,2019-07-13T23:40,2019-07-14T00:30,19,M,assault,stab,,alive,RXX01,E01000001,K2",
                   message: "trauma.csv:3:56: error: column 'iss': is blank (expected a whole number from 1 to 75)",
                   reason: "bad iss"),
        BadRowCase(name: "age 121",
                   row: "S2,2019-07-13T23:40,2019-07-14T00:30,121,M,assault,stab,25,alive,RXX01,E01000001,K2",
                   message: "trauma.csv:3:38: error: column 'age': '121' is not an age (expected a whole number from 0 to 120)",
                   reason: "bad age"),
        BadRowCase(name: "bad date-time",
                   row: "S2,2019-07-13 23:40,2019-07-14T00:30,19,M,assault,stab,25,alive,RXX01,E01000001,K2",
                   message: "trauma.csv:3:4: error: column 'incident_at': '2019-07-13 23:40' is not a date-time (expected YYYY-MM-DDTHH:MM)",
                   reason: "bad incident_at"),
        BadRowCase(name: "impossible date",
                   row: "S2,2019-07-13T23:40,2019-06-31T00:30,19,M,assault,stab,25,alive,RXX01,E01000001,K2",
                   message: "trauma.csv:3:21: error: column 'arrival_at': '2019-06-31T00:30' is not a calendar date (June 2019 has 30 days)",
                   reason: "bad arrival_at"),
        BadRowCase(name: "arrival before incident",
                   row: "S2,2019-07-13T23:40,2019-07-12T00:30,19,M,assault,stab,25,alive,RXX01,E01000001,K2",
                   message: "trauma.csv:3:21: error: column 'arrival_at': '2019-07-12T00:30' is before incident_at '2019-07-13T23:40' (expected an arrival at or after the incident)",
                   reason: "arrival before incident"),
        BadRowCase(name: "blank receiving site",
                   row: "S2,2019-07-13T23:40,2019-07-14T00:30,19,M,assault,stab,25,alive,,E01000001,K2",
                   message: "trauma.csv:3:65: error: column 'receiving_site': is blank (expected the code of the receiving site)",
                   reason: "blank receiving_site"),
        BadRowCase(name: "duplicate reference",
                   row: "S1,2019-07-13T23:40,2019-07-14T00:30,19,M,assault,stab,25,alive,RXX01,E01000001,K2",
                   message: "trauma.csv:3:1: error: column 'submission_id': 'S1' repeats the reference of an earlier row (expected each submission once)",
                   reason: "duplicate reference"),
        BadRowCase(name: "malformed LSOA",
                   row: "S2,2019-07-13T23:40,2019-07-14T00:30,19,M,assault,stab,25,alive,RXX01,E01000001X,K2",
                   message: "trauma.csv:3:71: error: column 'incident_lsoa': 'E01000001X' is not an LSOA code (expected a letter and 8 digits, like E01018936)",
                   reason: "bad LSOA code"),
        BadRowCase(name: "wrong field count",
                   row: "S2",
                   message: "trauma.csv:3:1: error: expected 12 fields as in the header, found 1",
                   reason: "wrong number of fields"),
    ]

    @Test("rejects a bad row with a message naming the column, the value and what was expected", arguments: badRows)
    func rejectsBadRow(_ bad: BadRowCase) throws {
        let folder = TemporaryFolder()
        let path = folder.write("trauma.csv", TraumaFixtures.header + "\n" + TraumaFixtures.good + "\n" + bad.row + "\n")
        let (account, sunk) = try RecordKind.majorTrauma.load(path)
        expectSound(account, sunk: sunk)
        #expect(account.read == 2)
        #expect(account.loaded == 1)
        #expect(account.rejected == [bad.reason: 1])
        #expect(account.problems.map(\.description) == [bad.message])
        #expect(thrownError { () throws(InputError) in try RecordKind.majorTrauma.load(path, strict: true) }?.description == bad.message)
    }

    @Test("loads a valid record with every field typed; ISS over 15 is major trauma")
    func loadsValidRow() throws {
        let folder = TemporaryFolder()
        let rows = [
            TraumaFixtures.good,
            "S2,,2019-07-14,,,,,15,,RXX02,,",
            "S3,2019-07-14,2019-07-14T00:30,75,F,self_harm,fall,1,dead,RXX01,E01000002,K3",
        ]
        let path = folder.write("trauma.csv", ([TraumaFixtures.header] + rows).joined(separator: "\n"))
        let (account, records) = try MajorTraumaLoader.load(path: path, displayPath: "trauma.csv", geography: TinyGeography.geography,
                                                 forceCode: TinyGeography.force, strict: true, parallel: false,
            start: { [MajorTraumaRecord]() }, add: { $0.append($1) }, merge: { $0 += $1 })
        expectSound(account, sunk: records.count)
        #expect(records.count == 3)
        let first = records[0]
        #expect(first.incidentAt == LocalDateTime(year: 2019, month: 7, day: 13, hour: 23, minute: 40))
        #expect(first.arrivalAt == LocalDateTime(year: 2019, month: 7, day: 14, hour: 0, minute: 30))
        #expect(first.age == 19)
        #expect(first.sex == .male)
        #expect(first.intent == .assault)
        #expect(first.mechanism == .stab)
        #expect(first.injurySeverityScore == 25)
        #expect(first.isMajorTrauma)
        #expect(first.outcome30Day == .alive)
        #expect(first.receivingSite == "RXX01")
        #expect(first.placement == .lsoa(0, district: 0))
        let second = records[1]
        #expect(second.incidentAt == nil)
        #expect(second.intent == .unknown)
        #expect(second.mechanism == .unknown)
        #expect(second.outcome30Day == .unknown)
        #expect(second.isMajorTrauma == false)
        #expect(second.placement == .noLSOA)
        #expect(records[2].intent == .selfHarm)
        #expect(records[2].outcome30Day == .dead)
        #expect(records[2].placement == .lsoa(1, district: 1))
    }

    @Test("excludes an LSOA not in the lookup or outside the force")
    func placement() throws {
        let folder = TemporaryFolder()
        let rows = [
            "S1,2019-07-13T23:40,2019-07-14T00:30,19,M,assault,stab,25,alive,RXX01,E01999999,",
            "S2,2019-07-13T23:40,2019-07-14T00:30,19,M,assault,stab,25,alive,RXX01,E01000003,",
        ]
        let path = folder.write("trauma.csv", ([TraumaFixtures.header] + rows).joined(separator: "\n"))
        let (account, sunk) = try RecordKind.majorTrauma.load(path, strict: true)
        expectSound(account, sunk: sunk)
        #expect(account.loaded == 0)
        #expect(account.excluded == ["LSOA not in the lookup": 1, "LSOA outside the force": 1])
    }
}
