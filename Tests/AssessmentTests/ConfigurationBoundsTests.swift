import Assessment
import Foundation
import Testing
import TestSupport

/// A small hostile configuration cannot take the machine: its size, nesting, alias
/// expansion and the number and length of its values are bounded, and the error says
/// which bound was passed and where.
@Suite("Faults: configuration bounds")
struct ConfigurationBoundsTests {
    static let head = """
        title: Test assessment
        area_name: Testshire
        force_code: E23000035
        data:
          police_street: police-uk
          population: population
          lsoa_lookup: lsoa.csv
          area_lookup: areas.csv

        """

    /// The error loading `yaml` gives, as the user sees it.
    func error(_ yaml: String) throws -> String? {
        let folder = try TemporaryDirectory.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("assessment.yml")
        try Data(yaml.utf8).write(to: file)
        do {
            _ = try ConfigurationLoader.load(file: file.path)
            return nil
        } catch {
            return error.description.replacingOccurrences(of: folder.path + "/", with: "")
        }
    }

    @Test("a long string aliased 100,000 times in offence_codes is refused at once, not expanded")
    func aliasBomb() throws {
        let long = String(repeating: "x", count: 500_000)
        let aliases = Array(repeating: "*a", count: 100_000).joined(separator: ", ")
        let yaml = Self.head + "serious_violence:\n  offence_codes: [&a \"\(long)\", \(aliases)]\n"
        let clock = ContinuousClock()
        let started = clock.now
        let message = try error(yaml)
        #expect(message == "assessment.yml:10:19: error: holds more than 1048576 characters of text once its aliases are expanded")
        #expect(clock.now - started < .seconds(10))
    }

    @Test("20,001 areas sharing an aliased name are refused")
    func manyAliasedAreas() throws {
        var yaml = Self.head + "areas:\n  - {name: &n Plymouth, districts: [E06000026]}\n"
        yaml += String(repeating: "  - {name: *n, districts: [E06000026]}\n", count: 20_000)
        let message = try error(yaml)
        #expect(message?.hasPrefix("assessment.yml:") == true)
        #expect(message?.contains("error: holds more than 100000 values once its aliases are expanded") == true, "\(message ?? "")")
    }

    @Test("more areas, districts or codes than the bounds allow are refused with their place")
    func counts() throws {
        let areas = Self.head + "areas:\n" + String(repeating: "  - {name: A, districts: [E06000026]}\n", count: 1_001)
        #expect(try error(areas) == "assessment.yml:10:3: error: areas lists 1001 areas, more than 1000")
        let codes = Self.head + "serious_violence:\n  offence_codes: [" + Array(repeating: "\"2\"", count: 1_001).joined(separator: ", ") + "]\n"
        #expect(try error(codes) == "assessment.yml:10:18: error: serious_violence.offence_codes lists 1001 codes, more than 1000")
    }

    @Test("a name longer than 200 characters is refused")
    func longName() throws {
        let yaml = Self.head.replacingOccurrences(of: "area_name: Testshire", with: "area_name: " + String(repeating: "n", count: 201))
        #expect(try error(yaml) == "assessment.yml:2:12: error: area_name is 201 characters long, more than 200")
        let area = Self.head + "areas:\n  - name: " + String(repeating: "p", count: 300) + "\n    districts: [E06000026]\n"
        #expect(try error(area) == "assessment.yml:10:11: error: an area's name is 300 characters long, more than 200")
    }

    @Test("a name holding a control character (an escape sequence) is refused")
    func controlCharacter() throws {
        let yaml = Self.head.replacingOccurrences(of: "title: Test assessment", with: "title: \"Test \\e[31m\"")
        #expect(try error(yaml) == "assessment.yml:1:8: error: title holds a control character (U+001B)")
    }

    @Test("a file over a megabyte, or nested too deep, is refused before it is parsed")
    func sizeAndNesting() throws {
        let big = Self.head + "# " + String(repeating: "z", count: 1 << 20) + "\n"
        #expect(try error(big)?.contains("assessment.yml: error: is \(big.utf8.count) bytes, more than the 1048576 a configuration may be") == true)
        let deep = Self.head + "areas: " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "\n"
        let nested = try error(deep)
        #expect(nested == "assessment.yml:9:72: error: lists and mappings are nested more than 64 deep")
    }

    @Test("a FIFO as the configuration is an error, not a hang")
    func fifo() throws {
        let folder = try TemporaryDirectory.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("assessment.yml").path
        #expect(mkfifo(path, 0o644) == 0)
        #expect(throws: ConfigurationError(path: path, message: "is a FIFO (named pipe), not a regular file, expected a YAML file")) {
            try ConfigurationLoader.load(file: path)
        }
    }
}
