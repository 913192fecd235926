import Assessment
import Foundation
import Loaders
import Testing
import TestSupport

@Suite("code_lists in the configuration")
struct CodeListsConfigurationTests {
    private let base = """
        title: Test assessment
        area_name: Testshire
        force_code: E23000035
        data:
          police_street: police-uk
          population: population
          lsoa_lookup: lsoa.csv
          area_lookup: areas.csv

        """

    private func load(_ codeLists: String) throws -> Result<Configuration, ConfigurationError> {
        let folder = try TemporaryDirectory.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["police-uk", "population"] {
            try FileManager.default.createDirectory(at: folder.appendingPathComponent(name), withIntermediateDirectories: true)
        }
        for name in ["lsoa.csv", "areas.csv"] { try Data("x\n".utf8).write(to: folder.appendingPathComponent(name)) }
        let file = folder.appendingPathComponent("assessment.yml")
        try Data((base + codeLists).utf8).write(to: file)
        do {
            return .success(try ConfigurationLoader.load(file: file.path))
        } catch {
            return .failure(ConfigurationError(path: "assessment.yml", line: error.line, column: error.column, message: error.message))
        }
    }

    private func message(_ codeLists: String) throws -> String? {
        if case .failure(let error) = try load(codeLists) { return error.description }
        return nil
    }

    @Test("maps values to sna's codes per input and field, fields and codes in any case")
    func reads() throws {
        let configuration = try load("""
            code_lists:
              emergency_department:
                assault_method: {"Fist": body_part, "Bottle": BLUNT_OBJECT}
              police_records:
                weapon: {"Sword": knife}

            """).get()
        #expect(configuration.codeLists[.emergencyDepartment] == ["ASSAULT_METHOD": ["Fist": "body_part", "Bottle": "blunt_object"]])
        #expect(configuration.codeLists[.policeRecords] == ["weapon": ["Sword": "knife"]])
        #expect(configuration.codeLists[.majorTrauma] == nil)
    }

    @Test("an unknown input is an error at its line and column")
    func unknownInput() throws {
        #expect(try message("code_lists:\n  emergencz_department:\n    SEX: {\"Man\": M}\n")
            == "assessment.yml:10:3: error: unknown key 'emergencz_department' in code_lists (expected one of: police_records, emergency_department, major_trauma)")
    }

    @Test("an unknown field is an error naming the coded fields")
    func unknownField() throws {
        #expect(try message("code_lists:\n  emergency_department:\n    ASSAULT_WEAPON:\n      Fist: body_part\n")
            == "assessment.yml:11:5: error: code_lists.emergency_department: 'ASSAULT_WEAPON' is not a coded field of emergency_department (expected one of: ASSAULT_METHOD, ASSAULT_LOCATION_TYPE, SEX, ALCOHOL_INVOLVED)")
    }

    @Test("a mapping to an unknown code is an error naming the valid codes")
    func unknownCode() throws {
        #expect(try message("code_lists:\n  emergency_department:\n    ASSAULT_METHOD:\n      Fist: body_part\n      Bottle: punch\n")
            == "assessment.yml:13:15: error: code_lists.emergency_department.ASSAULT_METHOD: 'Bottle' maps to 'punch', which is not a code of the field (expected one of: body_part, knife, sharp_object, blunt_object, firearm, other, unknown)")
    }
}
