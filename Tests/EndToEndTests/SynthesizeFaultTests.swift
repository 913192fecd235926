@testable import Assessment
import Foundation
import Testing
import TestSupport

/// `sna synthesize` aimed at every other input, at the configuration and at files it did
/// not write: each is refused, naming the path, before anything is written.
@Suite("Faults: synthesize never overwrites real inputs")
struct SynthesizeFaultTests {
    static let defaults = ["police_records": "synthetic/police.csv", "emergency_department": "synthetic/ae.csv",
                           "major_trauma": "synthetic/trauma.csv"]

    /// The small fixture with the three record-level inputs marked synthetic, at `paths`.
    static func fixture(_ paths: [String: String]) throws -> (folder: URL, configuration: String) {
        let (folder, configuration) = try SmallFixture.write()
        var text = try String(contentsOfFile: configuration, encoding: .utf8)
        let merged = defaults.merging(paths) { $1 }
        let lines = ["police_records", "emergency_department", "major_trauma"].map { "  \($0): \(merged[$0] ?? "")" }
        text = text.replacingOccurrences(of: "data:\n", with: "data:\n" + lines.joined(separator: "\n") + "\n"
                                         + "  synthetic: [police_records, emergency_department, major_trauma]\n")
        try Data(text.utf8).write(to: URL(fileURLWithPath: configuration))
        return (folder, configuration)
    }

    static func everyFile(_ folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        for path in Repository.files(under: folder.path) { files[path] = FileManager.default.contents(atPath: folder.path + "/" + path) }
        return files
    }

    func synthesize(_ configuration: String) -> String? {
        do {
            _ = try SynthesizeCommand.run(SynthesizeOptions(configurationFile: configuration, seed: 7)) { _ in }
            return nil
        } catch {
            return error.description
        }
    }

    @Test("a target that is another input, inside one, or the configuration is refused and nothing is written", arguments: [
        ("major_trauma", "assessment.yml", "is the configuration"),
        ("major_trauma", "geography/lsoa.csv", "is data.lsoa_lookup ('geography/lsoa.csv')"),
        ("emergency_department", "geography/areas.csv", "is data.area_lookup ('geography/areas.csv')"),
        ("police_records", "police-uk/testshire/2020-01/2020-01-testshire-street.csv", "is inside data.police_street ('police-uk')"),
        ("police_records", "police-uk/testshire/2021-01/2021-01-testshire-street.csv", "is inside data.police_street ('police-uk')"),
        ("major_trauma", "population/mid-2019-persons.csv", "is inside data.population ('population')"),
        ("major_trauma", "comparators/new.csv", "is inside data.comparators ('comparators')"),
        ("emergency_department", "population", "is data.population ('population')"),
        ("major_trauma", "synthetic/police.csv", "is also where synthetic/police.csv goes"),
    ])
    func otherInputs(key: String, path: String, reason: String) throws {
        let (folder, configuration) = try Self.fixture([key: path])
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = Self.everyFile(folder)
        let error = synthesize(configuration)
        #expect(error?.contains("\(path): error: \(reason)") == true, "\(error ?? "no error")")
        #expect(Self.everyFile(folder) == before)
    }

    @Test("a target that is a link to another input is refused")
    func linkToInput() throws {
        let (folder, configuration) = try Self.fixture(["major_trauma": "synthetic/trauma.csv"])
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("synthetic"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("synthetic/trauma.csv").path,
                                                   withDestinationPath: "../geography/lsoa.csv")
        let before = Self.everyFile(folder)
        let error = synthesize(configuration)
        #expect(error?.contains("synthetic/trauma.csv: error: is data.lsoa_lookup ('geography/lsoa.csv')") == true, "\(error ?? "no error")")
        #expect(Self.everyFile(folder) == before)
    }

    @Test("a file sna did not write is not replaced; its own files are, run after run")
    func ownFilesOnly() throws {
        let (folder, configuration) = try Self.fixture([:])
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(synthesize(configuration) == nil)
        let first = Self.everyFile(folder)
        #expect(first["synthetic/police.csv"] != nil && first["synthetic/synthetic-truth.json"] != nil)
        #expect(synthesize(configuration) == nil)
        #expect(Self.everyFile(folder) == first)
        // A real extract put where the synthetic one was.
        try Data("crime_reference,offence_code\nREAL1,8N\n".utf8).write(to: folder.appendingPathComponent("synthetic/police.csv"))
        let before = Self.everyFile(folder)
        let error = synthesize(configuration)
        #expect(error?.contains("synthetic/police.csv: error: already holds a file sna did not write") == true, "\(error ?? "no error")")
        #expect(Self.everyFile(folder) == before)
        // A truth file that is not sna's.
        try Data(first["synthetic/police.csv"] ?? Data()).write(to: folder.appendingPathComponent("synthetic/police.csv"))
        try Data("{\"mine\": true}\n".utf8).write(to: folder.appendingPathComponent("synthetic/synthetic-truth.json"))
        #expect(synthesize(configuration)?.contains("synthetic/synthetic-truth.json: error: already holds a file sna did not write") == true)
    }
}
