import Assessment
import Foundation
import Testing
import TestSupport

@Suite("A small hand-made assessment")
struct SmallFixtureTests {
    @Test("writes the report with hand-worked counts and rates, matching its golden files")
    func golden() throws {
        let (folder, configuration) = try SmallFixture.write()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("Output").path
        let options = GenerateOptions(configurationFile: configuration, output: output, templates: Repository.templates)
        let summary = try Generator.run(options) { _ in }

        #expect(summary.period == "2020-Q4")
        #expect(summary.files == [
            "assessment.html", "assessment.md", "brief.html", "brief.md", "charts/violence-hexbin-map.svg",
            "data/street-crime-by-area.csv", "data/street-crime-by-month.csv", "data/street-crime-comparators.csv",
            "data/violence-hexbins-top.csv", "data/violence-hexbins.csv", "findings.json", "manifest.json",
        ])
        // Every located violent crime is at (-1.0, 50.0): 36 in one cell of the map.
        let cells = try Repository.csvRows(summary.folder + "/data/violence-hexbins.csv")
        #expect(cells.count == 2, "the header and one cell")
        #expect(cells.last?.last == "36")
        let rows = try Repository.csvRows(summary.folder + "/data/street-crime-by-area.csv")
        func row(_ code: String, _ type: String) -> [String]? { rows.first { $0[0] == code && $0[2] == type } }
        // Force: 12 months x (3 violent + 1 burglary + 1 public order) + 1 Welsh robbery = 61 crimes,
        // over 6,000 people: 10.1667 per 1,000. The broken row is rejected, not counted.
        #expect(row("E23000099", "All crime")?[3] == "61")
        #expect(row("E23000099", "All crime")?[5] == "10.1667")
        // North: 24 violent crimes over 2,000 people = 12 per 1,000; Byar's limits.
        #expect(row("E06000001", "Violence and sexual offences")?[3...5] == ["24", "2000", "12.0000"])
        // South: 12 over 4,000 = 3 per 1,000.
        #expect(row("E06000002", "Violence and sexual offences")?[3...5] == ["12", "4000", "3.0000"])
        #expect(row("area-1", "Violence and sexual offences")?[3...5] == ["36", "6000", "6.0000"])

        let markdown = try String(contentsOfFile: summary.folder + "/assessment.md", encoding: .utf8)
        expectSnapshot(markdown, named: "small-fixture.md")
        let areas = try String(contentsOfFile: summary.folder + "/data/street-crime-by-area.csv", encoding: .utf8)
        expectSnapshot(areas, named: "small-fixture-street-crime-by-area.csv")
        let manifest = try String(contentsOfFile: summary.folder + "/manifest.json", encoding: .utf8)
        #expect(manifest.contains("\"rejected\": {\n        \"bad Month\": 1\n      }"))
        #expect(!manifest.contains(folder.path), "the manifest holds a machine path")
    }

    @Test("a period without twelve months of data is a clear error")
    func missingMonths() throws {
        let (folder, configuration) = try SmallFixture.write()
        defer { try? FileManager.default.removeItem(at: folder) }
        let options = GenerateOptions(configurationFile: configuration, period: "2021-Q1",
                                      output: folder.appendingPathComponent("Output").path, templates: Repository.templates)
        #expect {
            try Generator.run(options) { _ in }
        } throws: { error in
            (error as? AssessmentError)?.description == """
                police-uk: error: the assessment of 2021-Q1 needs police.uk data for every month from 2020-04 to 2021-03; missing: 2021-01, 2021-02, 2021-03
                (in step 'analyse')
                """
        }
    }
}

@Suite("Regenerating only when something changed")
struct IfChangedTests {
    @Test("--if-changed touches nothing when inputs, templates and settings are the same, and regenerates when a template changes")
    func ifChanged() throws {
        let (folder, configuration) = try SmallFixture.write()
        defer { try? FileManager.default.removeItem(at: folder) }
        let templates = folder.appendingPathComponent("Templates")
        try FileManager.default.copyItem(atPath: Repository.templates, toPath: templates.path)
        let output = folder.appendingPathComponent("Output").path
        let options = GenerateOptions(configurationFile: configuration, output: output, templates: templates.path, ifChanged: true)
        let first = try Generator.run(options) { _ in }
        #expect(!first.unchanged)
        #expect(FileManager.default.fileExists(atPath: output + "/index.html"))
        let manifest = output + "/2020-Q4/manifest.json"
        let stamp = try FileManager.default.attributesOfItem(atPath: manifest)[.modificationDate] as? Date

        let second = try Generator.run(options) { _ in }
        #expect(second.unchanged)
        #expect(second.files.isEmpty)
        #expect(try FileManager.default.attributesOfItem(atPath: manifest)[.modificationDate] as? Date == stamp)

        // A changed template is a change: the report is written again.
        let glossary = templates.appendingPathComponent("glossary.md.mustache")
        try (String(contentsOf: glossary, encoding: .utf8) + "\nEdited.\n").write(to: glossary, atomically: true, encoding: .utf8)
        let third = try Generator.run(options) { _ in }
        #expect(!third.unchanged)
        #expect(try String(contentsOfFile: output + "/2020-Q4/assessment.md", encoding: .utf8).contains("Edited."))

        // So is another setting.
        var asOf = options
        asOf.asOf = "2021-01-15"
        #expect(!(try Generator.run(asOf) { _ in }).unchanged)
    }
}
