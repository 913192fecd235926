import Loaders
import Testing

/// Whole-file problems: each loader throws one clear error naming the file.
@Suite("Record files that cannot be read")
struct RecordFileErrorTests {
    @Test("an empty file is one error naming the file", arguments: RecordKind.allCases)
    func empty(_ kind: RecordKind) {
        let folder = TemporaryFolder()
        let path = folder.write(kind.fileName, "")
        let error = thrownError { () throws(InputError) in try kind.load(path) }
        #expect(error?.description == "\(kind.fileName): error: is empty: expected a header line and rows")
    }

    @Test("a file of blank lines is empty", arguments: RecordKind.allCases)
    func blankLines(_ kind: RecordKind) {
        let folder = TemporaryFolder()
        let path = folder.write(kind.fileName, "\n\r\n\n")
        let error = thrownError { () throws(InputError) in try kind.load(path) }
        #expect(error?.description == "\(kind.fileName): error: is empty: expected a header line and rows")
    }

    @Test("a header without rows is one error naming the file", arguments: RecordKind.allCases)
    func headerOnly(_ kind: RecordKind) {
        let folder = TemporaryFolder()
        let path = folder.write(kind.fileName, kind.header + "\n")
        let error = thrownError { () throws(InputError) in try kind.load(path) }
        #expect(error?.description == "\(kind.fileName): error: has a header but no rows")
    }

    @Test("a binary file is one error at its first NUL byte", arguments: RecordKind.allCases)
    func binary(_ kind: RecordKind) {
        let folder = TemporaryFolder()
        let path = folder.write(kind.fileName, bytes: Array((kind.header + "\nab").utf8) + [0, 1, 2, 0xFF])
        let error = thrownError { () throws(InputError) in try kind.load(path) }
        #expect(error?.description == "\(kind.fileName):2:3: error: is binary, not CSV text (a NUL byte)")
    }

    @Test("a file that is not UTF-8 is one error at its first bad byte", arguments: RecordKind.allCases)
    func notUTF8(_ kind: RecordKind) {
        let folder = TemporaryFolder()
        // "café" in Latin-1 on the second line.
        let path = folder.write(kind.fileName, bytes: Array((kind.header + "\ncaf").utf8) + [0xE9, 0x0A] + Array("x,y\n".utf8))
        let error = thrownError { () throws(InputError) in try kind.load(path) }
        #expect(error?.description == "\(kind.fileName):2:4: error: is not UTF-8 text (byte 0xE9 then 0x0A)")
    }

    @Test("a missing file is one error naming it", arguments: RecordKind.allCases)
    func missing(_ kind: RecordKind) {
        let folder = TemporaryFolder()
        let error = thrownError { () throws(InputError) in try kind.load(folder.path + "/nothing-here.csv") }
        #expect(error?.description == "\(kind.fileName): error: no such file")
    }

    @Test("a folder is one error naming it", arguments: RecordKind.allCases)
    func folder(_ kind: RecordKind) {
        let folder = TemporaryFolder()
        let error = thrownError { () throws(InputError) in try kind.load(folder.path) }
        #expect(error?.description == "\(kind.fileName): error: is a folder, expected a CSV file")
    }

    @Test("a header missing a required column is one error naming the file, the header line and the column")
    func missingColumn() {
        let folder = TemporaryFolder()
        let police = folder.write("police.csv", PoliceFixtures.header.replacingOccurrences(of: ",weapon", with: "") + "\n" + "x\n")
        #expect(thrownError { () throws(InputError) in try RecordKind.police.load(police) }?.description ==
            "police.csv:1: error: missing required column 'weapon' (the header has: crime_reference, offence_code, committed_at, recorded_on, lsoa_code, domestic_abuse, alcohol_related, victim_age, victim_sex, suspect_age, suspect_sex, linkage_key)")

        let ed = folder.write("ed.csv", "\n\"REPORTING_PERIOD_START_DATE\nX\",REPORTING_PERIOD_END_DATE\n2019-07-01,2019-07-31\n")
        #expect(thrownError { () throws(InputError) in try RecordKind.emergencyDepartment.load(ed) }?.description ==
            "ed.csv:2: error: missing required column 'REPORTING_PERIOD_START_DATE' (the header has: REPORTING_PERIOD_START_DATE\u{240A}X, REPORTING_PERIOD_END_DATE)")

        let trauma = folder.write("trauma.csv", TraumaFixtures.header.replacingOccurrences(of: "iss,", with: "injury_severity,") + "\n" + TraumaFixtures.good + "\n")
        #expect(thrownError { () throws(InputError) in try RecordKind.majorTrauma.load(trauma) }?.description ==
            "trauma.csv:1: error: missing required column 'iss' (the header has: submission_id, incident_at, arrival_at, age, sex, intent, mechanism, injury_severity, outcome_30_day, receiving_site, incident_lsoa, linkage_key)")
    }

    @Test("a header with a repeated column is one error", arguments: RecordKind.allCases)
    func repeatedColumn(_ kind: RecordKind) {
        let folder = TemporaryFolder()
        let path = folder.write(kind.fileName, kind.header + ",Linkage_Key\n" + kind.goodRow + ",x\n")
        let error = thrownError { () throws(InputError) in try kind.load(path) }
        let count = kind.header.split(separator: ",").count
        let column = kind.header.utf8.count + 2
        #expect(error?.description == "\(kind.fileName):1:\(column): error: column 'Linkage_Key' appears twice in the header (columns \(count) and \(count + 1))")
    }
}

@Suite("Record file accounting")
struct RecordAccountingTests {
    @Test("keeps at most 20 problems, counts every rejected row, and stays balanced", arguments: RecordKind.allCases)
    func problemLimit(_ kind: RecordKind) throws {
        let folder = TemporaryFolder()
        var lines = [kind.header]
        for index in 0..<30 {
            lines.append(kind.goodRow.replacingOccurrences(of: ",19,", with: ",130,").replacingOccurrences(of: "CR1,", with: "CR\(index),")
                .replacingOccurrences(of: "S1,", with: "S\(index),"))
            lines.append("too,few")
        }
        lines.append(kind.goodRow)
        let path = folder.write(kind.fileName, lines.joined(separator: "\n"))
        let (account, sunk) = try kind.load(path)
        expectSound(account, sunk: sunk)
        #expect(account.read == 61)
        #expect(account.loaded == 1)
        #expect(account.rejectedCount == 60)
        #expect(account.rejected["wrong number of fields"] == 30)
        #expect(account.problems.count == 20)
        #expect(account.problems.first?.line == 2)
        #expect(account.problems.last?.line == 21)
    }

    @Test("strict mode throws on a malformed CSV row", arguments: RecordKind.allCases)
    func strictMalformed(_ kind: RecordKind) {
        let folder = TemporaryFolder()
        let path = folder.write(kind.fileName, kind.header + "\n" + kind.goodRow + "\n\"unclosed,\n")
        let error = thrownError { () throws(InputError) in try kind.load(path, strict: true) }
        #expect(error?.description == "\(kind.fileName):3:1: error: a quoted field starts here but its closing quote is missing")
    }
}
