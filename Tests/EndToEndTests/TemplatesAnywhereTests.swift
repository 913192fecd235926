import Assessment
import Foundation
import Testing
import TestSupport

/// sna carries its templates: it runs from any folder, a partnership's own templates
/// (`templates:` or `--templates`) override them, and `sna templates --export` writes them out.
@Suite("Templates built in, exported and overridden")
struct TemplatesAnywhereTests {
    /// Runs the built `sna` in `folder`, as a user in that folder would.
    static func run(_ arguments: [String], in folder: URL) throws -> (status: Int32, errors: String) {
        let process = Process()
        process.executableURL = CommandLineTests.executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        let text = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: text, as: UTF8.self))
    }

    private static func text(_ path: String) throws -> String {
        try String(contentsOfFile: path, encoding: .utf8)
    }

    @Test("generates from a folder holding no templates, and the manifest says the built-in ones were used")
    func anyFolder() throws {
        let (folder, configuration) = try SmallFixture.write()
        defer { try? FileManager.default.removeItem(at: folder) }
        let elsewhere = try TemporaryDirectory.make()
        defer { try? FileManager.default.removeItem(at: elsewhere) }
        let output = folder.appendingPathComponent("Output").path
        let result = try Self.run(["generate", "--config", configuration, "--output", output], in: elsewhere)
        #expect(result.status == 0, "\(result.errors)")
        let manifest = try Self.text(output + "/2020-Q4/manifest.json")
        #expect(manifest.contains("\"templates_from\": \"built-in sna 0.1.0\""))
        #expect(manifest.contains("\"path\": \"summary.md.mustache\""))
    }

    @Test("exports the built-in templates, refuses to overwrite them without --force")
    func export() throws {
        let folder = try TemporaryDirectory.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try Self.run(["templates", "--export", "mine"], in: folder)
        #expect(first.status == 0, "\(first.errors)")
        let exported = try FileManager.default.contentsOfDirectory(atPath: folder.path + "/mine").sorted()
        let repository = try FileManager.default.contentsOfDirectory(atPath: Repository.templates).sorted()
        #expect(exported == repository)
        for name in exported {
            #expect(try Self.text(folder.path + "/mine/" + name) == Self.text(Repository.templates + "/" + name))
        }

        try Data("edited\n".utf8).write(to: folder.appendingPathComponent("mine/summary.md.mustache"))
        let again = try Self.run(["templates", "--export", "mine"], in: folder)
        #expect(again.status == 1)
        #expect(again.errors.contains("mine/areas.md.mustache: error: already exists; add --force to overwrite it"))
        #expect(try Self.text(folder.path + "/mine/summary.md.mustache") == "edited\n")
        let forced = try Self.run(["templates", "--export", "mine", "--force"], in: folder)
        #expect(forced.status == 0, "\(forced.errors)")
        #expect(try Self.text(folder.path + "/mine/summary.md.mustache") == Self.text(Repository.templates + "/summary.md.mustache"))
    }

    @Test("uses templates: from the configuration, and --templates over it")
    func override() throws {
        let (folder, configuration) = try SmallFixture.write()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try Self.run(["templates", "--export", "local"], in: folder).status == 0)
        #expect(try Self.run(["templates", "--export", "other"], in: folder).status == 0)
        let summary = try Self.text(folder.path + "/local/summary.md.mustache")
        try Data(summary.replacingOccurrences(of: "## Summary of key findings", with: "## What we found").utf8)
            .write(to: folder.appendingPathComponent("local/summary.md.mustache"))
        let other = try Self.text(folder.path + "/other/summary.md.mustache")
        try Data(other.replacingOccurrences(of: "## Summary of key findings", with: "## In short").utf8)
            .write(to: folder.appendingPathComponent("other/summary.md.mustache"))
        try Data((try Self.text(configuration) + "templates: local\n").utf8).write(to: URL(fileURLWithPath: configuration))
        let elsewhere = try TemporaryDirectory.make()
        defer { try? FileManager.default.removeItem(at: elsewhere) }

        let output = folder.appendingPathComponent("Output").path
        #expect(try Self.run(["generate", "--config", configuration, "--output", output], in: elsewhere).status == 0)
        #expect(try Self.text(output + "/2020-Q4/assessment.md").contains("## What we found"))
        #expect(try Self.text(output + "/2020-Q4/manifest.json").contains("\"templates_from\": \"local\""))

        let result = try Self.run(["generate", "--config", "assessment.yml", "--output", "Output", "--templates", "other"], in: folder)
        #expect(result.status == 0, "\(result.errors)")
        let markdown = try Self.text(output + "/2020-Q4/assessment.md")
        #expect(markdown.contains("## In short") && !markdown.contains("## What we found"))
        #expect(try Self.text(output + "/2020-Q4/manifest.json").contains("\"templates_from\": \"other\""))
    }

    @Test("names a partnership's template, or a missing folder, as seen from where sna runs")
    func errors() throws {
        let (folder, configuration) = try SmallFixture.write()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try Self.run(["templates", "--export", "local"], in: folder).status == 0)
        try Data("# {{titel}}\n".utf8).write(to: folder.appendingPathComponent("local/summary.md.mustache"))
        try Data((try Self.text(configuration) + "templates: local\n").utf8).write(to: URL(fileURLWithPath: configuration))
        let parent = folder.deletingLastPathComponent()
        let area = folder.lastPathComponent

        let broken = try Self.run(["generate", "--config", area + "/assessment.yml", "--output", area + "/Output"], in: parent)
        #expect(broken.status == 1)
        #expect(broken.errors.contains("\(area)/local/summary.md.mustache:1:3: error: variable 'titel' has no value"))
        let missing = try Self.run(["generate", "--config", "assessment.yml", "--output", "Output", "--templates", "nowhere"], in: folder)
        #expect(missing.status == 1)
        #expect(missing.errors.contains("nowhere: error: no such folder"))
    }

    @Test("--if-changed writes the report again when the same templates come from a folder instead of sna")
    func ifChangedSource() throws {
        let (folder, configuration) = try SmallFixture.write()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("Output").path
        let builtIn = GenerateOptions(configurationFile: configuration, output: output, ifChanged: true)
        #expect(!(try Generator.run(builtIn) { _ in }).unchanged)
        #expect(try Generator.run(builtIn) { _ in }.unchanged)
        var fromFolder = builtIn
        fromFolder.templates = Repository.templates
        #expect(!(try Generator.run(fromFolder) { _ in }).unchanged)
        #expect(try Generator.run(fromFolder) { _ in }.unchanged)
        #expect(!(try Self.text(output + "/2020-Q4/manifest.json").contains("built-in sna")))
    }
}
