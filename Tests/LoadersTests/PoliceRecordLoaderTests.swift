import Loaders
import Testing

@Suite("Police record loader")
struct PoliceRecordLoaderTests {
    static let badRows: [BadRowCase] = [
        BadRowCase(name: "unknown offence code",
                   row: "CR2,5Z,2019-07-13T23:40,2019-07-14,E01000001,N,Y,knife,19,M,22,M,K2",
                   message: "police.csv:3:5: error: column 'offence_code': '5Z' is not a Home Office offence code (expected a code like 5D, 8N or 1/1)",
                   reason: "unknown offence_code"),
        BadRowCase(name: "blank offence code",
                   row: "CR2,,2019-07-13T23:40,2019-07-14,E01000001,N,Y,knife,19,M,22,M,K2",
                   message: "police.csv:3:5: error: column 'offence_code': is blank (expected a Home Office offence code, like 5D or 8N)",
                   reason: "unknown offence_code"),
        BadRowCase(name: "bad date-time",
                   row: "CR2,5D,2019-13-45T25:00,2019-07-14,E01000001,N,Y,knife,19,M,22,M,K2",
                   message: "police.csv:3:8: error: column 'committed_at': '2019-13-45T25:00' is not a date-time (expected YYYY-MM-DDTHH:MM)",
                   reason: "bad committed_at"),
        BadRowCase(name: "impossible date in a date-time",
                   row: "CR2,5D,2019-02-29T10:00,2019-07-14,E01000001,N,Y,knife,19,M,22,M,K2",
                   message: "police.csv:3:8: error: column 'committed_at': '2019-02-29T10:00' is not a calendar date (February 2019 has 28 days)",
                   reason: "bad committed_at"),
        BadRowCase(name: "bad date",
                   row: "CR2,5D,2019-07-13T23:40,14/07/2019,E01000001,N,Y,knife,19,M,22,M,K2",
                   message: "police.csv:3:25: error: column 'recorded_on': '14/07/2019' is not a date (expected YYYY-MM-DD)",
                   reason: "bad recorded_on"),
        BadRowCase(name: "impossible date",
                   row: "CR2,5D,2019-02-01T10:00,2019-02-29,E01000001,N,Y,knife,19,M,22,M,K2",
                   message: "police.csv:3:25: error: column 'recorded_on': '2019-02-29' is not a calendar date (February 2019 has 28 days)",
                   reason: "bad recorded_on"),
        BadRowCase(name: "date-time where a date is expected",
                   row: "CR2,5D,2019-07-13T23:40,2019-07-14T09:00,E01000001,N,Y,knife,19,M,22,M,K2",
                   message: "police.csv:3:25: error: column 'recorded_on': '2019-07-14T09:00' is not a date (expected YYYY-MM-DD)",
                   reason: "bad recorded_on"),
        BadRowCase(name: "date before 1990",
                   row: "CR2,5D,1989-12-31T10:00,2019-07-14,E01000001,N,Y,knife,19,M,22,M,K2",
                   message: "police.csv:3:8: error: column 'committed_at': '1989-12-31T10:00' is out of range (expected a date from 1990-01-01 to 2100-12-31)",
                   reason: "bad committed_at"),
        BadRowCase(name: "blank date",
                   row: "CR2,5D,2019-07-13T23:40,,E01000001,N,Y,knife,19,M,22,M,K2",
                   message: "police.csv:3:25: error: column 'recorded_on': is blank (expected YYYY-MM-DD)",
                   reason: "bad recorded_on"),
        BadRowCase(name: "recorded before committed",
                   row: "CR2,5D,2019-07-13T23:40,2019-07-12,E01000001,N,Y,knife,19,M,22,M,K2",
                   message: "police.csv:3:25: error: column 'recorded_on': '2019-07-12' is before committed_at '2019-07-13T23:40' (expected a date on or after the offence)",
                   reason: "recorded before committed"),
        BadRowCase(name: "malformed LSOA",
                   row: "CR2,5D,2019-07-13T23:40,2019-07-14,E0100001,N,Y,knife,19,M,22,M,K2",
                   message: "police.csv:3:36: error: column 'lsoa_code': 'E0100001' is not an LSOA code (expected a letter and 8 digits, like E01018936)",
                   reason: "bad LSOA code"),
        BadRowCase(name: "age 121",
                   row: "CR2,5D,2019-07-13T23:40,2019-07-14,E01000001,N,Y,knife,121,M,22,M,K2",
                   message: "police.csv:3:56: error: column 'victim_age': '121' is not an age (expected a whole number from 0 to 120)",
                   reason: "bad victim_age"),
        BadRowCase(name: "negative age",
                   row: "CR2,5D,2019-07-13T23:40,2019-07-14,E01000001,N,Y,knife,19,M,-1,M,K2",
                   message: "police.csv:3:61: error: column 'suspect_age': '-1' is not an age (expected a whole number from 0 to 120)",
                   reason: "bad suspect_age"),
        BadRowCase(name: "duplicate reference",
                   row: "CR1,8N,2019-07-13T23:40,2019-07-14,E01000001,N,Y,knife,19,M,22,M,K2",
                   message: "police.csv:3:1: error: column 'crime_reference': 'CR1' repeats the reference of an earlier row (expected each crime once)",
                   reason: "duplicate reference"),
        BadRowCase(name: "blank reference",
                   row: ",5D,2019-07-13T23:40,2019-07-14,E01000001,N,Y,knife,19,M,22,M,K2",
                   message: "police.csv:3:1: error: column 'crime_reference': is blank (expected the force's crime reference)",
                   reason: "blank crime_reference"),
        BadRowCase(name: "wrong field count",
                   row: "CR2,5D,2019-07-13T23:40,2019-07-14,E01000001,N,Y,knife,19,M,22,M",
                   message: "police.csv:3:1: error: expected 13 fields as in the header, found 12",
                   reason: "wrong number of fields"),
        BadRowCase(name: "malformed CSV",
                   row: "CR2,5\"D,2019-07-13T23:40,2019-07-14,E01000001,N,Y,knife,19,M,22,M,K2",
                   message: "police.csv:3:6: error: a quote inside an unquoted field (a field holding quotes must be quoted whole, with each quote doubled)",
                   reason: "malformed CSV"),
    ]

    @Test("rejects a bad row with a message naming the column, the value and what was expected", arguments: badRows)
    func rejectsBadRow(_ bad: BadRowCase) throws {
        let folder = TemporaryFolder()
        let path = folder.write("police.csv", PoliceFixtures.header + "\n" + PoliceFixtures.good + "\n" + bad.row + "\n")
        let (account, sunk) = try RecordKind.police.load(path)
        expectSound(account, sunk: sunk)
        #expect(account.read == 2)
        #expect(account.loaded == 1)
        #expect(account.rejected == [bad.reason: 1])
        #expect(account.problems.map(\.description) == [bad.message])
        // Strict mode throws the same error.
        #expect(thrownError { () throws(InputError) in try RecordKind.police.load(path, strict: true) }?.description == bad.message)
    }

    @Test("loads a valid row with every field typed")
    func loadsValidRow() throws {
        let folder = TemporaryFolder()
        let path = folder.write("police.csv", PoliceFixtures.header + "\r\n" + PoliceFixtures.good + "\r\n")
        let (account, records) = try PoliceRecordLoader.load(path: path, displayPath: "police.csv", geography: TinyGeography.geography,
                                                  forceCode: TinyGeography.force, strict: true, parallel: false,
            start: { [PoliceRecord]() }, add: { $0.append($1) }, merge: { $0 += $1 })
        expectSound(account, sunk: records.count)
        #expect(records.count == 1)
        let record = try #require(records.first)
        #expect(record.offence.code == "5D")
        #expect(record.offence.group == .violenceWithInjury)
        #expect(record.committedAt == LocalDateTime(year: 2019, month: 7, day: 13, hour: 23, minute: 40))
        #expect(record.committedAt.weekday == 6)
        #expect(record.committedAt.month == YearMonth(year: 2019, month: 7))
        #expect(record.recordedOn == LocalDateTime(year: 2019, month: 7, day: 14))
        #expect(record.placement == .lsoa(0, district: 0))
        #expect(record.domesticAbuse == false)
        #expect(record.alcoholRelated == true)
        #expect(record.weapon == .knife)
        #expect(record.victimAge == 19)
        #expect(record.victimSex == .male)
        #expect(record.suspectAge == 22)
        #expect(record.suspectSex == .male)
        #expect(record.linkageKey != nil)
    }

    @Test("reads blanks as unknown, a date alone as a time unknown, codes in any case, headers in any case and order")
    func blanksAndCase() throws {
        let folder = TemporaryFolder()
        let header = " Offence_Code , CRIME_REFERENCE,committed_at,recorded_on,lsoa_code,domestic_abuse,alcohol_related,weapon,victim_age,victim_sex,suspect_age,suspect_sex,extra"
        let path = folder.write("police.csv", header + "\n" + " 8n ,CR9,2019-07-13,2019-07-13,E01000002,,y,, ,u,,f,whatever\n"
                                    + "1/1,CR10,2019-07-13T23:40:59,2019-07-13,E01000001,N,N,firearm,0,F,120,M,\n")
        let (account, records) = try PoliceRecordLoader.load(path: path, displayPath: "police.csv", geography: TinyGeography.geography,
                                                  forceCode: TinyGeography.force, strict: true, parallel: false,
            start: { [PoliceRecord]() }, add: { $0.append($1) }, merge: { $0 += $1 })
        expectSound(account, sunk: records.count)
        #expect(records.count == 2)
        let first = records[0]
        #expect(first.offence.code == "8N")
        #expect(first.committedAt.hour == nil)
        #expect(first.committedAt.hasTime == false)
        #expect(first.placement == .lsoa(1, district: 1))
        #expect(first.domesticAbuse == nil)
        #expect(first.alcoholRelated == true)
        #expect(first.weapon == .unknown)
        #expect(first.victimAge == nil)
        #expect(first.victimSex == .unknown)
        #expect(first.suspectSex == .female)
        #expect(first.linkageKey == nil)
        let second = records[1]
        #expect(second.offence.group == .homicide)
        #expect(second.committedAt.hour == 23)
        #expect(second.committedAt.minute == 40)
        #expect(second.victimAge == 0)
        #expect(second.suspectAge == 120)
    }

    @Test("excludes an LSOA not in the lookup, outside the force, or in a district missing from the lookup; loads a blank LSOA and notes it")
    func placement() throws {
        let folder = TemporaryFolder()
        let rows = [
            "CR1,5D,2019-07-13T23:40,2019-07-14,E01999999,N,Y,knife,19,M,22,M,",
            "CR2,5D,2019-07-13T23:40,2019-07-14,E01000003,N,Y,knife,19,M,22,M,",
            "CR3,5D,2019-07-13T23:40,2019-07-14,E01000004,N,Y,knife,19,M,22,M,",
            "CR4,5D,2019-07-13T23:40,2019-07-14,,N,Y,knife,19,M,22,M,",
            "CR5,5D,2019-07-13T23:40,2019-07-14,E01000002,N,Y,knife,19,M,22,M,",
        ]
        let path = folder.write("police.csv", ([PoliceFixtures.header] + rows).joined(separator: "\n"))
        // Strict mode: exclusions are not errors.
        let (account, records) = try PoliceRecordLoader.load(path: path, displayPath: "police.csv", geography: TinyGeography.geography,
                                                             forceCode: TinyGeography.force, strict: true, parallel: false,
            start: { [PoliceRecord]() }, add: { $0.append($1) }, merge: { $0 += $1 })
        expectSound(account, sunk: records.count)
        #expect(account.read == 5)
        #expect(account.loaded == 2)
        #expect(account.excluded == ["LSOA not in the lookup": 1, "LSOA outside the force": 1, "LSOA's district not in the lookup": 1])
        #expect(account.rejected.isEmpty)
        #expect(account.problems.isEmpty)
        #expect(account.notes == ["no LSOA (counted in force totals only)": 1])
        #expect(records.map(\.placement) == [.noLSOA, .lsoa(1, district: 1)])
    }

    @Test("a duplicate of an excluded row is still a duplicate; a duplicate of a rejected row is not")
    func duplicatesAndExclusions() throws {
        let folder = TemporaryFolder()
        let rows = [
            "CR1,5D,2019-07-13T23:40,2019-07-14,E01000003,N,Y,knife,19,M,22,M,",
            "CR1,5D,2019-07-13T23:40,2019-07-14,E01000001,N,Y,knife,19,M,22,M,",
            "CR2,5D,2019-07-13T23:40,2019-07-14,E01000001,N,Y,knife,150,M,22,M,",
            "CR2,5D,2019-07-13T23:40,2019-07-14,E01000001,N,Y,knife,19,M,22,M,",
        ]
        let path = folder.write("police.csv", ([PoliceFixtures.header] + rows).joined(separator: "\n") + "\n")
        let (account, sunk) = try RecordKind.police.load(path)
        expectSound(account, sunk: sunk)
        #expect(account.excluded == ["LSOA outside the force": 1])
        #expect(account.rejected == ["duplicate reference": 1, "bad victim_age": 1])
        #expect(account.loaded == 1)
        #expect(account.problems.map(\.description) == [
            "police.csv:3:1: error: column 'crime_reference': 'CR1' repeats the reference of an earlier row (expected each crime once)",
            "police.csv:4:56: error: column 'victim_age': '150' is not an age (expected a whole number from 0 to 120)",
        ])
    }

    @Test("line numbers are physical: a quoted field spanning lines moves later rows down")
    func physicalLines() throws {
        let folder = TemporaryFolder()
        let text = PoliceFixtures.header + "\n"
            + PoliceFixtures.good + "\n"
            + "\"CR\n2\",5D,2019-07-13T23:40,2019-07-14,E01000001,N,Y,gun,19,M,22,M,K2\n"
            + "CR3,5D,2019-07-13T23:40,2019-07-14,E01000001,N,Y,knife,19,Z,22,M,\"key\r\non two lines\"\n"
            + "CR4,5D,2019-07-13T23:40,2019-07-14,E01000001,N,Y,knife,200,M,22,M,K4\n"
        let path = folder.write("police.csv", text)
        let (account, sunk) = try RecordKind.police.load(path)
        expectSound(account, sunk: sunk)
        #expect(account.read == 4)
        #expect(account.problems.map(\.description) == [
            "police.csv:7:56: error: column 'victim_age': '200' is not an age (expected a whole number from 0 to 120)",
        ])
        // `gun` is a label of firearm; `Z` is unmapped, read as unknown, noted at its line.
        #expect(account.unmapped == [UnmappedValue(field: "victim_sex", value: "Z", count: 1, path: "police.csv", line: 5)])
    }

    @Test("strict mode throws the first invalid row's error")
    func strictThrowsFirst() throws {
        let folder = TemporaryFolder()
        let text = [PoliceFixtures.header, PoliceFixtures.good,
                    "CR2,5D,2019-07-13T23:40,2019-07-14,E01999999,N,Y,knife,19,M,22,M,",
                    "CR3,5D,2019-07-13T23:40,2019-07-14,E01000001,N,Y,knife,19,Q,22,M,",
                    "CR4,5Q,2019-07-13T23:40,2019-07-14,E01000001,N,Y,knife,19,M,22,M,"].joined(separator: "\n")
        let path = folder.write("police.csv", text)
        let error = thrownError { () throws(InputError) in try RecordKind.police.load(path, strict: true) }
        #expect(error?.description == "police.csv:4:59: error: column 'victim_sex': 'Q' is not a sex (expected M, F, U or blank, a label of the source standard, or a value mapped in code_lists:)")
        let (account, sunk) = try RecordKind.police.load(path)
        expectSound(account, sunk: sunk)
        #expect(account.rejectedCount == 1)
        #expect(account.excludedCount == 1)
    }
}
