import Assessment
import Foundation
import Testing
import TestSupport

/// `sna init`, then the demonstration's public files copied in and the force code set:
/// a partnership's first report, with no record-level data.
@Suite("Starting a new area")
struct NewAreaTests {
    @Test("sna init writes the configuration, the folders and a README, and refuses a folder that is not empty")
    func scaffold() throws {
        let folder = try TemporaryDirectory.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try TemplatesAnywhereTests.run(["init", "area"], in: folder)
        #expect(result.status == 0, "\(result.errors)")
        let area = folder.appendingPathComponent("area").path
        #expect(try FileManager.default.contentsOfDirectory(atPath: area).sorted() == [
            "README.md", "assessment.yml", "comparators", "geography", "health", "police", "police-uk", "population", "trauma",
        ])
        let readme = try String(contentsOfFile: area + "/README.md", encoding: .utf8)
        for source in ["data.police.uk", "mid-year population", "Open Geography Portal", "police force area data tables",
                       "Open Government Licence v3.0", "ISB 1594", "trauma network", "`crime_reference,offence_code,",
                       "`REPORTING_PERIOD_START_DATE,", "`submission_id,"] {
            #expect(readme.contains(source), "README.md does not mention \(source)")
        }
        let again = try TemplatesAnywhereTests.run(["init", "area"], in: folder)
        #expect(again.status == 1)
        #expect(again.errors.contains("area: error: the folder is not empty"))
    }

    @Test("the configuration names the force code as the value left to fill in")
    func forceCodeMissing() throws {
        let folder = try TemporaryDirectory.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        let area = folder.path + "/area"
        _ = try AreaScaffold.write(to: area)
        for name in ["lsoa-lookup.csv", "area-lookup.csv"] {
            try Data("x\n".utf8).write(to: URL(fileURLWithPath: area + "/geography/" + name))
        }
        #expect(throws: ConfigurationError(path: area + "/assessment.yml", line: 11, column: 13,
                                           message: "'force_code' must be a non-empty text value")) {
            try ConfigurationLoader.load(file: area + "/assessment.yml")
        }
    }

    @Test("with the public files copied in and the force code set, generates a first report")
    func firstReport() throws {
        let folder = try TemporaryDirectory.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        let area = folder.path + "/area"
        _ = try AreaScaffold.write(to: area)
        let manager = FileManager.default
        for name in ["police-uk", "population", "comparators"] {
            for entry in try manager.contentsOfDirectory(atPath: Repository.inputs + "/" + name) {
                try manager.copyItem(atPath: Repository.inputs + "/\(name)/\(entry)", toPath: area + "/\(name)/\(entry)")
            }
        }
        try manager.copyItem(atPath: Repository.inputs + "/geography/lsoa11-to-lad19-with-imd19-rank.csv",
                             toPath: area + "/geography/lsoa-lookup.csv")
        try manager.copyItem(atPath: Repository.inputs + "/geography/lad19-to-csp19-to-pfa19.csv",
                             toPath: area + "/geography/area-lookup.csv")
        let configuration = area + "/assessment.yml"
        let text = try String(contentsOfFile: configuration, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "force_code: \"\"", with: "force_code: E23000035").utf8)
            .write(to: URL(fileURLWithPath: configuration))

        let summary = try Generator.run(GenerateOptions(configurationFile: configuration, output: area + "/Output")) { _ in }
        #expect(summary.period == "2020-Q4")
        #expect(summary.files.contains("assessment.html"))
        let markdown = try String(contentsOfFile: summary.folder + "/assessment.md", encoding: .utf8)
        #expect(markdown.contains("Devon"))
        let manifest = try String(contentsOfFile: summary.folder + "/manifest.json", encoding: .utf8)
        #expect(manifest.contains("\"templates_from\": \"built-in sna 0.1.0\""))
        #expect(!manifest.contains("police_records"))
    }
}
