import Loaders
import Testing

@Suite("Code labels and unmapped values")
struct CodeLabelsTests {
    @Test("values are compared without regard to case, spaces, hyphens, underscores and a trailing bracketed example",
          arguments: [
              ("Body part (e.g. fist, foot)", "bodypart"), ("body_part", "bodypart"), ("BLUNT-OBJECT", "bluntobject"),
              (" Licensed  premises ", "licensedpremises"), ("Alleged assault", "allegedassault"),
              ("Blow(s)", "blow"), ("(none)", "(none)"), ("Fall (>2m) ", "fall"),
          ])
    func normalization(written: String, compared: String) {
        #expect(CodeLabels.normalized(written) == compared)
    }

    private static let header = EDFixtures.header

    private static func row(method: String, location: String, sex: String, alcohol: String) -> String {
        "2019-07-01,2019-07-31,RXX01,2019-07-14T00:30,2019-07-13T23:40,\(method),,\(location),,19,\(sex),\(alcohol),E01000001,"
    }

    private func loadED(_ text: String, codeLists: LocalCodeLists = [:], strict: Bool = false, parallel: Bool = false,
                        pieceSize: Int = RecordPieces.defaultSize) throws(InputError) -> (InputAccount, [EmergencyDepartmentAttendance]) {
        let folder = TemporaryFolder()
        let path = folder.write("ed.csv", text)
        let loaded = try EmergencyDepartmentLoader.load(
            path: path, displayPath: "ed.csv", geography: TinyGeography.geography, forceCode: TinyGeography.force,
            codeLists: codeLists, strict: strict, parallel: parallel, pieceSize: pieceSize,
            start: { [EmergencyDepartmentAttendance]() }, add: { $0.append($1) }, merge: { $0 += $1 })
        return (loaded.account, loaded.partial)
    }

    @Test("an A&E extract written with the ISB 1594 labels and NHS gender codes loads every row")
    func isbLabels() throws {
        let rows = [
            Self.row(method: "\"Body part (e.g. fist, foot)\"", location: "Licensed premises", sex: "1", alcohol: "Yes"),
            Self.row(method: "Blunt object", location: "Street", sex: "2", alcohol: "No"),
            Self.row(method: "Sharp object", location: "Home", sex: "9", alcohol: "1"),
            Self.row(method: "Firearm", location: "Other", sex: "Male", alcohol: "0"),
            Self.row(method: "Other", location: "STREET", sex: "Female", alcohol: ""),
            Self.row(method: "knife", location: "licensed_premises", sex: "M", alcohol: "Y"),
        ]
        let (account, records) = try loadED(([Self.header] + rows).joined(separator: "\n") + "\n")
        #expect(account.read == 6)
        #expect(account.loaded == 6)
        #expect(account.rejectedCount == 0)
        #expect(account.unmapped.isEmpty)
        #expect(records.map(\.method) == [.bodyPart, .bluntObject, .sharpObject, .firearm, .other, .knife])
        #expect(records.map(\.locationType) == [.licensedPremises, .street, .home, .other, .street, .licensedPremises])
        #expect(records.map(\.sex) == [.male, .female, .unknown, .male, .female, .male])
        #expect(records.map(\.alcoholInvolved) == [true, false, true, false, nil, true])
    }

    @Test("a value nobody mapped loads as unknown and is listed with its count and first line")
    func unmappedLoads() throws {
        let rows = [
            Self.row(method: "knife", location: "Street", sex: "M", alcohol: "Y"),
            Self.row(method: "Fist", location: "Street", sex: "M", alcohol: "Y"),
            Self.row(method: "Fist", location: "Roof", sex: "M", alcohol: "Maybe"),
            // A row rejected for another reason: its unmapped value is not counted.
            "2019-07-01,2019-07-31,RXX01,2099-07-14T00:30,,Fist,,street,,19,M,Y,E01000001,",
        ]
        let (account, records) = try loadED(([Self.header] + rows).joined(separator: "\n") + "\n")
        #expect(account.loaded == 3)
        #expect(account.rejectedCount == 1)
        #expect(records.map(\.method) == [.knife, .unknown, .unknown])
        #expect(records.map(\.locationType) == [.street, .street, .unknown])
        #expect(records.map(\.alcoholInvolved) == [true, true, nil])
        #expect(account.unmappedSorted == [
            UnmappedValue(field: "ALCOHOL_INVOLVED", value: "Maybe", count: 1, path: "ed.csv", line: 4),
            UnmappedValue(field: "ASSAULT_LOCATION_TYPE", value: "Roof", count: 1, path: "ed.csv", line: 4),
            UnmappedValue(field: "ASSAULT_METHOD", value: "Fist", count: 2, path: "ed.csv", line: 3),
        ])
        #expect(account.unmappedSorted.last?.summary == "ASSAULT_METHOD 'Fist' read as unknown (first at ed.csv:3)")
    }

    @Test("unmapped values read in pieces keep their first line in the file")
    func unmappedInPieces() throws {
        let good = Self.row(method: "knife", location: "Street", sex: "M", alcohol: "Y")
        let rows = Array(repeating: good, count: 30) + [Self.row(method: "Fist", location: "Street", sex: "M", alcohol: "Y")]
            + Array(repeating: good, count: 30) + [Self.row(method: "Fist", location: "Street", sex: "M", alcohol: "Y")]
        let (account, _) = try loadED(([Self.header] + rows).joined(separator: "\n") + "\n", parallel: true, pieceSize: 500)
        #expect(account.loaded == 62)
        #expect(account.unmapped == [UnmappedValue(field: "ASSAULT_METHOD", value: "Fist", count: 2, path: "ed.csv", line: 32)])
    }

    @Test("a local code list maps a partnership's own values to sna's codes, in any case")
    func localCodeList() throws {
        let rows = [Self.row(method: "FIST", location: "Bus stop", sex: "M", alcohol: "Y"),
                    Self.row(method: "Bottle", location: "Street", sex: "M", alcohol: "Y")]
        let lists: LocalCodeLists = ["assault_method": ["Fist": "body_part", "bottle": "blunt_object"],
                                     "ASSAULT_LOCATION_TYPE": ["bus-stop": "street"]]
        let (account, records) = try loadED(([Self.header] + rows).joined(separator: "\n") + "\n", codeLists: lists)
        #expect(account.unmapped.isEmpty)
        #expect(records.map(\.method) == [.bodyPart, .bluntObject])
        #expect(records.map(\.locationType) == [.street, .street])
    }

    @Test("in strict mode an unmapped value is an error at its place")
    func strictUnmapped() throws {
        let text = [Self.header, Self.row(method: "knife", location: "Street", sex: "M", alcohol: "Y"),
                    Self.row(method: "Fist", location: "Street", sex: "M", alcohol: "Y")].joined(separator: "\n") + "\n"
        let error = thrownError { () throws(InputError) in try loadED(text, strict: true) }
        #expect(error?.description == "ed.csv:3:63: error: column 'ASSAULT_METHOD': 'Fist' is not an assault method (expected body_part, knife, sharp_object, blunt_object, firearm, other, unknown or blank, a label of the source standard, or a value mapped in code_lists:)")
    }

    static let unmappedRows: [(RecordKind, String, String)] = [
        (.police, "CR2,5D,2019-07-13T23:40,2019-07-14,E01000001,Maybe,Y,knife,19,M,22,M,K2", "domestic_abuse"),
        (.police, "CR2,5D,2019-07-13T23:40,2019-07-14,E01000001,N,Y,catapult,19,M,22,M,K2", "weapon"),
        (.police, "CR2,5D,2019-07-13T23:40,2019-07-14,E01000001,N,Y,knife,19,Q,22,M,K2", "victim_sex"),
        (.majorTrauma, "S2,2019-07-13T23:40,2019-07-14T00:30,19,M,fight,stab,25,alive,RXX01,E01000001,K2", "intent"),
        (.majorTrauma, "S2,2019-07-13T23:40,2019-07-14T00:30,19,M,assault,gun,25,alive,RXX01,E01000001,K2", "mechanism"),
        (.majorTrauma, "S2,2019-07-13T23:40,2019-07-14T00:30,19,W,assault,stab,25,alive,RXX01,E01000001,K2", "sex"),
        (.emergencyDepartment, "2019-07-01,2019-07-31,RXX01,2019-07-14T00:30,2019-07-13T23:40,stick,,street,,19,M,Y,E01000001,K2", "ASSAULT_METHOD"),
    ]

    @Test("every coded field of every record input loads an unmapped value as unknown", arguments: unmappedRows)
    func everyField(kind: RecordKind, row: String, field: String) throws {
        let folder = TemporaryFolder()
        let path = folder.write(kind.fileName, kind.header + "\n" + kind.goodRow + "\n" + row + "\n")
        let (account, sunk) = try kind.load(path)
        expectSound(account, sunk: sunk)
        #expect(account.loaded == 2)
        #expect(account.unmapped.map(\.field) == [field])
        #expect(account.unmapped.first?.line == 3)
        #expect(thrownError { () throws(InputError) in try kind.load(path, strict: true) } != nil)
    }

    @Test("trauma registry and police labels are accepted")
    func otherLabels() throws {
        let folder = TemporaryFolder()
        let trauma = folder.write("trauma.csv", TraumaFixtures.header + "\n"
            + "S1,2019-07-13T23:40,2019-07-14T00:30,19,Male,Alleged assault,Stabbing,25,Survived,RXX01,E01000001,\n"
            + "S2,2019-07-13T23:40,2019-07-14T00:30,19,2,Self-harm,Blow(s),25,Died,RXX01,E01000001,\n")
        let police = folder.write("police.csv", PoliceFixtures.header + "\n"
            + "CR1,5D,2019-07-13T23:40,2019-07-14,E01000001,Yes,No,Knife or sharp instrument,19,Female,22,1,K1\n")
        for (kind, path) in [(RecordKind.majorTrauma, trauma), (.police, police)] {
            let (account, _) = try kind.load(path, strict: true)
            #expect(account.rejectedCount == 0)
            #expect(account.unmapped.isEmpty)
        }
    }
}
