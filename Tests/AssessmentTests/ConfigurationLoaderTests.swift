import Assessment
import Foundation
import Testing
import TestSupport

@Suite("ConfigurationLoader")
struct ConfigurationLoaderTests {
    /// A folder with the files a minimal configuration names, and the configuration itself.
    private func write(_ yaml: String) throws -> (folder: URL, file: String) {
        let folder = try TemporaryDirectory.make()
        for folderName in ["police-uk", "population", "comparators"] {
            try FileManager.default.createDirectory(at: folder.appendingPathComponent(folderName), withIntermediateDirectories: true)
        }
        for fileName in ["lsoa.csv", "areas.csv"] {
            try Data("x\n".utf8).write(to: folder.appendingPathComponent(fileName))
        }
        let file = folder.appendingPathComponent("assessment.yml")
        try Data(yaml.utf8).write(to: file)
        return (folder, file.path)
    }

    private let valid = """
        title: Test assessment
        area_name: Testshire
        force_code: E23000035
        data:
          police_street: police-uk
          population: population
          lsoa_lookup: lsoa.csv
          area_lookup: areas.csv
          comparators: comparators
        serious_violence:
          offence_codes: ["1/1", "5D"]
        areas:
          - name: North
            districts: [E06000026, E06000027]
        disclosure:
          minimum_count: 10

        """

    private func error(_ yaml: String) throws -> String? {
        let (folder, file) = try write(yaml)
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            _ = try ConfigurationLoader.load(file: file)
            return nil
        } catch {
            return error.description.replacingOccurrences(of: folder.path + "/", with: "")
        }
    }

    @Test("reads every key, resolving paths against the file's folder")
    func reads() throws {
        let (folder, file) = try write(valid)
        defer { try? FileManager.default.removeItem(at: folder) }
        let configuration = try ConfigurationLoader.load(file: file)
        #expect(configuration.title == "Test assessment")
        #expect(configuration.forceCode == "E23000035")
        #expect(configuration.data.policeStreet.display == "police-uk")
        #expect(configuration.data.policeStreet.path == folder.path + "/police-uk")
        #expect(configuration.data.policeRecords == nil)
        #expect(configuration.seriousViolenceCodes == ["1/1", "5D"])
        #expect(configuration.areas == [.init(name: "North", districts: ["E06000026", "E06000027"])])
        #expect(configuration.minimumCount == 10)
    }

    @Test("an unknown key is an error naming the file, line and column")
    func unknownKey() throws {
        let yaml = valid.replacingOccurrences(of: "  comparators: comparators", with: "  comparators: comparators\n  polce_records: x.csv")
        #expect(try error(yaml) == "assessment.yml:10:3: error: unknown key 'polce_records' in data (expected one of: police_street, police_records, emergency_department, major_trauma, population, lsoa_lookup, area_lookup, comparators, lsoa_centroids, boundaries, synthetic)")
    }

    @Test("a YAML syntax error is reported with its line")
    func syntax() throws {
        let yaml = valid.replacingOccurrences(of: "  offence_codes: [\"1/1\", \"5D\"]", with: "  offence_codes: [\"1/1\", \"5D\"")
        let message = try #require(try error(yaml))
        #expect(message.hasPrefix("assessment.yml:12:"))
        #expect(message.contains("error: YAML syntax:"))
    }

    @Test("a data path that does not exist is an error at its line")
    func missingData() throws {
        let yaml = valid.replacingOccurrences(of: "lsoa_lookup: lsoa.csv", with: "lsoa_lookup: geography/lsoa.csv")
        #expect(try error(yaml) == "assessment.yml:7:16: error: data.lsoa_lookup: 'geography/lsoa.csv' does not exist (paths are relative to the configuration file)")
    }

    @Test("a missing required key is an error naming the key")
    func missingKey() throws {
        let yaml = valid.replacingOccurrences(of: "force_code: E23000035\n", with: "")
        #expect(try error(yaml) == "assessment.yml: error: missing required key 'force_code' in the configuration")
    }

    @Test("similar_forces are read in order; a code that is not a force's is an error at its item")
    func similarForces() throws {
        let (folder, file) = try write(valid + "similar_forces: [E23000039, W15000001]\nsimilar_forces_source: Illustrative\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let configuration = try ConfigurationLoader.load(file: file)
        #expect(configuration.similarForces.map(\.code) == ["E23000039", "W15000001"])
        #expect(configuration.similarForcesSource == "Illustrative")
        let notForce = try error(valid + "similar_forces: [E23000039, E2300003X]\n")
        #expect(notForce == "assessment.yml:17:29: error: similar_forces: 'E2300003X' is not an ONS police force area code (like E23000035 or W15000001)")
        let itself = try error(valid + "similar_forces: [E23000035]\n")
        #expect(itself == "assessment.yml:17:18: error: similar_forces: 'E23000035' is the force itself (force_code)")
    }

    @Test("a bad minimum count is an error at its value")
    func badMinimum() throws {
        let yaml = valid.replacingOccurrences(of: "minimum_count: 10", with: "minimum_count: -1")
        #expect(try error(yaml) == "assessment.yml:16:18: error: disclosure.minimum_count must be a whole number, 0 or more (0 turns suppression off)")
    }

    @Test("anomalies are read as months with a reason, and a bad one is an error at its value")
    func anomalies() throws {
        let (folder, file) = try write(valid + "anomalies: [{from: 2020-04, to: 2020-06, reason: \"first national lockdown\"}]\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let configuration = try ConfigurationLoader.load(file: file)
        #expect(configuration.anomalies.map(\.reason) == ["first national lockdown"])
        #expect(configuration.anomalies.first?.months.map(\.description) == ["2020-04", "2020-05", "2020-06"])
        #expect(try error(valid + "anomalies: [{from: 2020-13, to: 2020-06, reason: x}]\n")
            == "assessment.yml:17:20: error: anomalies.from: '2020-13' is not a month (YYYY-MM)")
        #expect(try error(valid + "anomalies: [{from: 2020-06, to: 2020-04, reason: x}]\n")
            == "assessment.yml:17:33: error: anomalies.to: 2020-04 is before from (2020-06)")
        #expect(try error(valid + "anomalies: [{from: 2020-06, to: 2020-06, why: x}]\n")
            == "assessment.yml:17:42: error: unknown key 'why' in an anomaly (expected one of: from, to, reason)")
    }

    @Test("a missing configuration file is one clear error")
    func missingFile() throws {
        #expect(throws: ConfigurationError(path: "nowhere/assessment.yml", message: "no such file")) {
            try ConfigurationLoader.load(file: "nowhere/assessment.yml")
        }
    }
}
