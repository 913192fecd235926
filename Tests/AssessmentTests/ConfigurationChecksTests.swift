import Assessment
import Foundation
import Testing
import TestSupport

@Suite("Configuration: the offence definition and the templates folder")
struct ConfigurationChecksTests {
    /// A folder with the files a minimal configuration names, and the configuration with
    /// `offence_codes` and any `extra` lines.
    private func write(codes: String, extra: String = "") throws -> (folder: URL, file: String) {
        let folder = try TemporaryDirectory.make()
        for name in ["police-uk", "population", "my-templates"] {
            try FileManager.default.createDirectory(at: folder.appendingPathComponent(name), withIntermediateDirectories: true)
        }
        for name in ["lsoa.csv", "areas.csv"] { try Data("x\n".utf8).write(to: folder.appendingPathComponent(name)) }
        let yaml = """
            area_name: Testshire
            force_code: E23000035
            data:
              police_street: police-uk
              population: population
              lsoa_lookup: lsoa.csv
              area_lookup: areas.csv
            serious_violence:
              offence_codes: \(codes)
            \(extra)
            """
        let file = folder.appendingPathComponent("assessment.yml")
        try Data(yaml.utf8).write(to: file)
        return (folder, file.path)
    }

    /// The configuration, or the error a user sees (with the temporary folder left out).
    private func load(codes: String, extra: String = "") throws -> (configuration: Configuration?, error: String?) {
        let (folder, file) = try write(codes: codes, extra: extra)
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            return (try ConfigurationLoader.load(file: file), nil)
        } catch {
            return (nil, error.description.replacingOccurrences(of: folder.path + "/", with: ""))
        }
    }

    private func codes(_ list: String) throws -> [String]? {
        try load(codes: list).configuration?.seriousViolenceCodes
    }

    private func message(codes: String, extra: String = "") throws -> String? {
        try load(codes: codes, extra: extra).error
    }

    @Test("accepts the Home Office's most serious violence, the demonstration's and a wide local set")
    func definitions() throws {
        #expect(try codes(#"["1/1", "1/2", "2"]"#) == ["1/1", "1/2", "2"])
        #expect(try codes(#"["1/1", "1/2", "2", "5D"]"#) == ["1/1", "1/2", "2", "5D"])
        #expect(try codes(#"["1/1", "2", "4/1", "5D", "8N", "34A", "34B", "36"]"#) == ["1/1", "2", "4/1", "5D", "8N", "34A", "34B", "36"])
    }

    @Test("keeps the code table's spelling of a code written in lower case or with a leading zero")
    func canonical() throws {
        #expect(try codes(#"["05d", " 8n "]"#) == ["5D", "8N"])
    }

    @Test("names the line and column of an unknown code, with the codes it may have meant")
    func unknown() throws {
        #expect(try message(codes: #"["1/1", "5Z"]"#) ==
            "assessment.yml:9:26: error: serious_violence.offence_codes: '5Z' is not a Home Office offence code (codes beginning 5: 5A, 5D, 5E)")
        #expect(try message(codes: "\n    - \"1/1\"\n    - robbery") ==
            "assessment.yml:11:7: error: serious_violence.offence_codes: 'robbery' is not a Home Office offence code (the codes are in HomeOfficeOffenceCodes.swift, like 1/1, 5D or 8N)")
    }

    @Test("names a code listed twice")
    func twice() throws {
        #expect(try message(codes: #"["5D", "1/1", "05D"]"#) ==
            "assessment.yml:9:32: error: serious_violence.offence_codes: '05D' is listed twice (as 5D)")
    }

    @Test("reads templates: relative to the configuration file, and names a missing folder")
    func templatesKey() throws {
        let configuration = try #require(try load(codes: #"["1/1"]"#, extra: "templates: my-templates").configuration)
        #expect(configuration.templates?.display == "my-templates")
        #expect(configuration.templates?.path.hasSuffix("/my-templates") == true)
        #expect(try load(codes: #"["1/1"]"#).configuration?.templates == nil)
        #expect(try message(codes: #"["1/1"]"#, extra: "templates: nowhere") ==
            "assessment.yml:10:12: error: templates: 'nowhere' is not a folder (paths are relative to the configuration file)")
    }

    @Test("chooses --templates over templates:, and templates: over the built-in templates")
    func choice() throws {
        var configuration = try #require(try load(codes: #"["1/1"]"#, extra: "templates: my-templates").configuration)
        let configured = try #require(configuration.templates)
        #expect(TemplateSource.choose(commandLine: nil, configuration: configuration) == .folder(path: configured.path, display: configured.path, recorded: "my-templates"))
        let chosen = TemplateSource.choose(commandLine: configuration.folder + "/../other", configuration: configuration)
        #expect(chosen == .folder(path: configuration.folder + "/../other", display: configuration.folder + "/../other", recorded: "../other"))
        #expect(chosen.description(version: "9.9") == "../other")
        configuration.templates = nil
        #expect(TemplateSource.choose(commandLine: nil, configuration: configuration) == .builtIn)
        #expect(TemplateSource.builtIn.description(version: "9.9") == "built-in sna 9.9")
    }
}
