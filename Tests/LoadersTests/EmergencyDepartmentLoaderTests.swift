import Loaders
import Testing

@Suite("Emergency department loader")
struct EmergencyDepartmentLoaderTests {
    static let badRows: [BadRowCase] = [
        BadRowCase(name: "bad date-time",
                   row: "2019-07-01,2019-07-31,RXX01,2019-07-14T00:30,2019-13-45T25:00,knife,,street,outside the station,19,M,Y,E01000001,K2",
                   message: "ed.csv:3:46: error: column 'ASSAULT_DATE_TIME': '2019-13-45T25:00' is not a date-time (expected YYYY-MM-DDTHH:MM)",
                   reason: "bad ASSAULT_DATE_TIME"),
        BadRowCase(name: "impossible date-time",
                   row: "2019-07-01,2019-07-31,RXX01,2019-02-29T00:30,2019-07-13T23:40,knife,,street,outside the station,19,M,Y,E01000001,K2",
                   message: "ed.csv:3:29: error: column 'ARRIVAL_DATE_TIME_AT_AE': '2019-02-29T00:30' is not a calendar date (February 2019 has 28 days)",
                   reason: "bad ARRIVAL_DATE_TIME_AT_AE"),
        BadRowCase(name: "blank arrival",
                   row: "2019-07-01,2019-07-31,RXX01,,2019-07-13T23:40,knife,,street,outside the station,19,M,Y,E01000001,K2",
                   message: "ed.csv:3:29: error: column 'ARRIVAL_DATE_TIME_AT_AE': is blank (expected YYYY-MM-DDTHH:MM)",
                   reason: "bad ARRIVAL_DATE_TIME_AT_AE"),
        BadRowCase(name: "bad date",
                   row: "2019-07-1,2019-07-31,RXX01,2019-07-14T00:30,2019-07-13T23:40,knife,,street,outside the station,19,M,Y,E01000001,K2",
                   message: "ed.csv:3:1: error: column 'REPORTING_PERIOD_START_DATE': '2019-07-1' is not a date (expected YYYY-MM-DD)",
                   reason: "bad REPORTING_PERIOD_START_DATE"),
        BadRowCase(name: "date after 2100",
                   row: "2019-07-01,2101-01-01,RXX01,2019-07-14T00:30,2019-07-13T23:40,knife,,street,outside the station,19,M,Y,E01000001,K2",
                   message: "ed.csv:3:12: error: column 'REPORTING_PERIOD_END_DATE': '2101-01-01' is out of range (expected a date from 1990-01-01 to 2100-12-31)",
                   reason: "bad REPORTING_PERIOD_END_DATE"),
        BadRowCase(name: "period ending before it starts",
                   row: "2019-07-01,2019-06-30,RXX01,2019-07-14T00:30,2019-07-13T23:40,knife,,street,outside the station,19,M,Y,E01000001,K2",
                   message: "ed.csv:3:12: error: column 'REPORTING_PERIOD_END_DATE': '2019-06-30' is before REPORTING_PERIOD_START_DATE '2019-07-01' (expected the end of the period on or after its start)",
                   reason: "reporting period ends before it starts"),
        BadRowCase(name: "arrival before assault",
                   row: "2019-07-01,2019-07-31,RXX01,2019-07-13T22:00,2019-07-13T23:40,knife,,street,outside the station,19,M,Y,E01000001,K2",
                   message: "ed.csv:3:29: error: column 'ARRIVAL_DATE_TIME_AT_AE': '2019-07-13T22:00' is before ASSAULT_DATE_TIME '2019-07-13T23:40' (expected an arrival at or after the assault)",
                   reason: "arrival before assault"),
        BadRowCase(name: "arrival in 2099, outside the reporting period",
                   row: "2019-07-01,2019-07-31,RXX01,2099-07-14T00:30,,knife,,street,outside the station,19,M,Y,E01000001,K2",
                   message: "ed.csv:3:29: error: column 'ARRIVAL_DATE_TIME_AT_AE': '2099-07-14T00:30' is outside the reporting period 2019-07-01 to 2019-07-31 (expected an arrival within it)",
                   reason: "arrival outside the reporting period"),
        BadRowCase(name: "blank site",
                   row: "2019-07-01,2019-07-31, ,2019-07-14T00:30,2019-07-13T23:40,knife,,street,outside the station,19,M,Y,E01000001,K2",
                   message: "ed.csv:3:23: error: column 'SITE_CODE_OF_TREATMENT': is blank (expected the ODS code of the site)",
                   reason: "blank SITE_CODE_OF_TREATMENT"),
        BadRowCase(name: "age 121",
                   row: "2019-07-01,2019-07-31,RXX01,2019-07-14T00:30,2019-07-13T23:40,knife,,street,outside the station,121,M,Y,E01000001,K2",
                   message: "ed.csv:3:97: error: column 'AGE_AT_ARRIVAL': '121' is not an age (expected a whole number from 0 to 120)",
                   reason: "bad AGE_AT_ARRIVAL"),
        BadRowCase(name: "age that overflows a whole number",
                   row: "2019-07-01,2019-07-31,RXX01,2019-07-14T00:30,2019-07-13T23:40,knife,,street,outside the station,9223372036854775808,M,Y,E01000001,K2",
                   message: "ed.csv:3:97: error: column 'AGE_AT_ARRIVAL': '9223372036854775808' is not an age (expected a whole number from 0 to 120)",
                   reason: "bad AGE_AT_ARRIVAL"),
        BadRowCase(name: "malformed LSOA",
                   row: "2019-07-01,2019-07-31,RXX01,2019-07-14T00:30,2019-07-13T23:40,knife,,street,outside the station,19,M,Y,e01000001,K2",
                   message: "ed.csv:3:104: error: column 'INCIDENT_LSOA': 'e01000001' is not an LSOA code (expected a letter and 8 digits, like E01018936)",
                   reason: "bad LSOA code"),
        BadRowCase(name: "wrong field count",
                   row: "2019-07-01,2019-07-31,RXX01,2019-07-14T00:30,2019-07-13T23:40,knife,,street,outside, the station,19,M,Y,E01000001,K2",
                   message: "ed.csv:3:1: error: expected 14 fields as in the header, found 15",
                   reason: "wrong number of fields"),
    ]

    @Test("rejects a bad row with a message naming the column, the value and what was expected", arguments: badRows)
    func rejectsBadRow(_ bad: BadRowCase) throws {
        let folder = TemporaryFolder()
        let path = folder.write("ed.csv", EDFixtures.header + "\n" + EDFixtures.good + "\n" + bad.row + "\n")
        let (account, sunk) = try RecordKind.emergencyDepartment.load(path)
        expectSound(account, sunk: sunk)
        #expect(account.read == 2)
        #expect(account.loaded == 1)
        #expect(account.rejected == [bad.reason: 1])
        #expect(account.problems.map(\.description) == [bad.message])
        #expect(thrownError { () throws(InputError) in try RecordKind.emergencyDepartment.load(path, strict: true) }?.description == bad.message)
    }

    @Test("loads a valid attendance with every field typed")
    func loadsValidRow() throws {
        let folder = TemporaryFolder()
        let path = folder.write("ed.csv", EDFixtures.header + "\n" + EDFixtures.good)
        let (account, records) = try EmergencyDepartmentLoader.load(path: path, displayPath: "ed.csv", geography: TinyGeography.geography,
                                                         forceCode: TinyGeography.force, strict: true, parallel: false,
            start: { [EmergencyDepartmentAttendance]() }, add: { $0.append($1) }, merge: { $0 += $1 })
        expectSound(account, sunk: records.count)
        let record = try #require(records.first)
        #expect(record.reportingPeriodStart == LocalDateTime(year: 2019, month: 7, day: 1))
        #expect(record.reportingPeriodEnd == LocalDateTime(year: 2019, month: 7, day: 31))
        #expect(record.siteCode == "RXX01")
        #expect(record.arrivalAt == LocalDateTime(year: 2019, month: 7, day: 14, hour: 0, minute: 30))
        #expect(record.assaultAt == LocalDateTime(year: 2019, month: 7, day: 13, hour: 23, minute: 40))
        #expect(record.method == .knife)
        #expect(record.locationType == .street)
        #expect(record.age == 19)
        #expect(record.sex == .male)
        #expect(record.alcoholInvolved == true)
        #expect(record.placement == .lsoa(0, district: 0))
        #expect(record.linkageKey != nil)
    }

    @Test("reads blank optional fields as unknown; an assault date alone compares with the arrival's date; optional columns may be absent")
    func blanksAndOptionalColumns() throws {
        let folder = TemporaryFolder()
        let header = "reporting_period_start_date,reporting_period_end_date,site_code_of_treatment,arrival_date_time_at_ae,assault_date_time,assault_method,assault_location_type,age_at_arrival,sex,alcohol_involved,incident_lsoa"
        let rows = [
            "2019-07-01,2019-07-31,RXX01,2019-07-13T08:00,2019-07-13,,,,,,",
            "2019-07-01,2019-07-31,RXX01,2019-07-13,,Body_Part,LICENSED_PREMISES,0,F,N,E01000002",
        ]
        let path = folder.write("ed.csv", ([header] + rows).joined(separator: "\n"))
        let (account, records) = try EmergencyDepartmentLoader.load(path: path, displayPath: "ed.csv", geography: TinyGeography.geography,
                                                         forceCode: TinyGeography.force, strict: true, parallel: false,
            start: { [EmergencyDepartmentAttendance]() }, add: { $0.append($1) }, merge: { $0 += $1 })
        expectSound(account, sunk: records.count)
        #expect(records.count == 2)
        #expect(records[0].assaultAt == LocalDateTime(year: 2019, month: 7, day: 13))
        #expect(records[0].method == .unknown)
        #expect(records[0].locationType == .unknown)
        #expect(records[0].age == nil)
        #expect(records[0].sex == .unknown)
        #expect(records[0].alcoholInvolved == nil)
        #expect(records[0].placement == .noLSOA)
        #expect(records[0].linkageKey == nil)
        #expect(records[1].assaultAt == nil)
        #expect(records[1].arrivalAt.hour == nil)
        #expect(records[1].method == .bodyPart)
        #expect(records[1].locationType == .licensedPremises)
        #expect(account.notes == ["no LSOA (counted in force totals only)": 1])
    }

    @Test("excludes an LSOA not in the lookup or outside the force; loads a blank LSOA")
    func placement() throws {
        let folder = TemporaryFolder()
        let rows = [
            "2019-07-01,2019-07-31,RXX01,2019-07-14T00:30,2019-07-13T23:40,knife,,street,,19,M,Y,W01000001,",
            "2019-07-01,2019-07-31,RXX01,2019-07-14T00:30,2019-07-13T23:40,knife,,street,,19,M,Y,E01000003,",
            "2019-07-01,2019-07-31,RXX01,2019-07-14T00:30,2019-07-13T23:40,knife,,street,,19,M,Y,,",
        ]
        let path = folder.write("ed.csv", ([EDFixtures.header] + rows).joined(separator: "\n"))
        let (account, sunk) = try RecordKind.emergencyDepartment.load(path, strict: true)
        expectSound(account, sunk: sunk)
        #expect(account.loaded == 1)
        #expect(account.excluded == ["LSOA not in the lookup": 1, "LSOA outside the force": 1])
        #expect(account.notes == ["no LSOA (counted in force totals only)": 1])
    }
}
