import Assessment
import Foundation
import Testing
import TestSupport

/// `sna publish` and what `sna generate` does with a published quarter.
@Suite("Published quarters")
struct PublishedQuarterTests {
    /// Every file of a folder with its bytes, by path.
    private func contents(of folder: String) throws -> [String: Data] {
        var found: [String: Data] = [:]
        for path in Repository.files(under: folder) {
            found[path] = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + path))
        }
        return found
    }

    /// Adds a violent crime in North to the fixture's police.uk file for December 2020.
    private func changeInputs(_ folder: URL) throws {
        let file = folder.appendingPathComponent("police-uk/testshire/2020-12/2020-12-testshire-street.csv")
        let row = "id12z,2020-12,Testshire Police,Testshire Police,-1.0,50.0,On or near High Street,E01000001,North 001A,Violence and sexual offences,Under investigation,\n"
        try (String(contentsOf: file, encoding: .utf8) + row).write(to: file, atomically: true, encoding: .utf8)
    }

    @Test("a published quarter stays byte for byte as it was when its inputs and templates change; --republish writes it again")
    func publishedStaysPublished() throws {
        let (folder, configuration) = try SmallFixture.write()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("Output").path
        let templates = folder.appendingPathComponent("Templates")
        try FileManager.default.copyItem(atPath: Repository.templates, toPath: templates.path)
        let options = GenerateOptions(configurationFile: configuration, output: output, templates: templates.path)
        _ = try Generator.run(options) { _ in }
        let manifest = try String(contentsOfFile: output + "/2020-Q4/manifest.json", encoding: .utf8)

        let publication = try Publisher.publish(PublishOptions(period: "2020-Q4", output: output, asOf: "2021-01-15",
                                                               configurationFile: configuration, templates: Repository.templates))
        #expect(publication.publishedOn == "2021-01-15")
        let stored = try String(contentsOfFile: output + "/2020-Q4/published.json", encoding: .utf8)
        #expect(stored == """
            {
              "period": "2020-Q4",
              "published_on": "2021-01-15",
              "fingerprint": "\(publication.fingerprint)"
            }

            """)
        #expect(manifest.contains("\"fingerprint\": \"\(publication.fingerprint)\""))
        let index = try String(contentsOfFile: output + "/index.html", encoding: .utf8)
        #expect(index.contains("<a href=\"2020-Q4/assessment.html\">2020-Q4</a>: October to December 2020 (latest), published 15 January 2021"
            + " (<a href=\"2020-Q4/brief.html\">two-page brief</a>)</li>"))
        let published = try contents(of: output + "/2020-Q4")

        // New data and an edited template: the published quarter is refused, with its date
        // and the way out.
        try changeInputs(folder)
        let glossary = templates.appendingPathComponent("glossary.md.mustache")
        try (String(contentsOf: glossary, encoding: .utf8) + "\nEdited.\n").write(to: glossary, atomically: true, encoding: .utf8)
        #expect {
            try Generator.run(options) { _ in }
        } throws: { error in
            (error as? AssessmentError)?.description == "\(output)/2020-Q4/published.json: error: 2020-Q4 was published on 2021-01-15; "
                + "sna generate does not rewrite a published quarter. Give --republish to write it again "
                + "(it is then a draft until sna publish marks it again)."
        }
        var asked = options
        asked.period = "2020-Q4"
        #expect(throws: AssessmentError.self) { try Generator.run(asked) { _ in } }
        #expect(try contents(of: output + "/2020-Q4") == published)

        // Skipping it succeeds and still writes nothing.
        var skipping = options
        skipping.skipPublished = true
        let skipped = try Generator.run(skipping) { _ in }
        #expect(skipped.unchanged)
        #expect(try contents(of: output + "/2020-Q4") == published)

        // --republish writes it from the new data, as a draft.
        var republishing = options
        republishing.republish = true
        let again = try Generator.run(republishing) { _ in }
        #expect(!again.unchanged)
        #expect(!FileManager.default.fileExists(atPath: output + "/2020-Q4/published.json"))
        #expect(try String(contentsOfFile: output + "/2020-Q4/manifest.json", encoding: .utf8) != manifest)
        #expect(try String(contentsOfFile: output + "/2020-Q4/assessment.md", encoding: .utf8).contains("Edited."))
        let draftIndex = try String(contentsOfFile: output + "/index.html", encoding: .utf8)
        #expect(draftIndex.contains("October to December 2020 (latest), draft (<a href=\"2020-Q4/brief.html\">two-page brief</a>)</li>"))
    }

    @Test("a draft quarter is written again when its data change")
    func draftRegenerates() throws {
        let (folder, configuration) = try SmallFixture.write()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("Output").path
        let options = GenerateOptions(configurationFile: configuration, output: output, templates: Repository.templates,
                                      ifChanged: true)
        _ = try Generator.run(options) { _ in }
        let before = try contents(of: output + "/2020-Q4")
        try changeInputs(folder)
        #expect(!(try Generator.run(options) { _ in }).unchanged)
        #expect(try contents(of: output + "/2020-Q4") != before)
    }

    @Test("sna publish needs a written report, a date, and a quarter not yet published")
    func publishErrors() throws {
        let (folder, configuration) = try SmallFixture.write()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("Output").path
        func publish(_ period: String, _ date: String) throws {
            _ = try Publisher.publish(PublishOptions(period: period, output: output, asOf: date, configurationFile: configuration,
                                                     templates: Repository.templates))
        }
        #expect { try publish("2020-Q4", "2021-01-15") } throws: { error in
            (error as? AssessmentError)?.description
                == "\(output)/2020-Q4/manifest.json: error: no report of 2020-Q4 to publish; write it first with sna generate --period 2020-Q4"
        }
        _ = try Generator.run(GenerateOptions(configurationFile: configuration, output: output, templates: Repository.templates)) { _ in }
        #expect { try publish("2020-Q5", "2021-01-15") } throws: { error in
            (error as? AssessmentError)?.description == "error: --period '2020-Q5' is not a quarter (expected YYYY-Qn, like 2020-Q3)"
        }
        #expect { try publish("2020-Q4", "15/01/2021") } throws: { error in
            let error = error as? AssessmentError
            return error?.description == "error: --as-of '15/01/2021' is not a date (expected YYYY-MM-DD, a day that exists)"
                && error?.isUsage == true
        }
        #expect(!FileManager.default.fileExists(atPath: output + "/2020-Q4/published.json"))
        try publish("2020-Q4", "2021-01-15")
        #expect { try publish("2020-Q4", "2021-02-01") } throws: { error in
            (error as? AssessmentError)?.description == "\(output)/2020-Q4/published.json: error: 2020-Q4 is already published (on 2021-01-15)"
        }
    }

    @Test("on the command line, generate exits 1 for a published quarter and publish needs --as-of")
    func commandLine() throws {
        let (folder, configuration) = try SmallFixture.write()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("Output").path
        let generate = ["generate", "--config", configuration, "--output", output, "--templates", Repository.templates]
        #expect(try CommandLineTests.run(generate).status == 0)

        let undated = try CommandLineTests.run(["publish", "--period", "2020-Q4", "--output", output, "--config", configuration])
        #expect(undated.status == 64)
        #expect(undated.errors.contains("Missing expected argument '--as-of <as-of>'"))

        let published = try CommandLineTests.run(["publish", "--period", "2020-Q4", "--output", output, "--config", configuration,
                                                  "--templates", Repository.templates, "--as-of", "2021-01-15"])
        #expect(published.status == 0, "\(published.errors)")
        #expect(published.errors == "published 2020-Q4 on 2021-01-15: \(output)/2020-Q4/published.json\n")

        let refused = try CommandLineTests.run(generate)
        #expect(refused.status == 1)
        #expect(refused.errors.hasPrefix("\(output)/2020-Q4/published.json: error: 2020-Q4 was published on 2021-01-15;"))
        let skipped = try CommandLineTests.run(generate + ["--skip-published"])
        #expect(skipped.status == 0)
        #expect(skipped.errors == "2020-Q4 was published on 2021-01-15: \(output)/2020-Q4/ is left as it is\n")
        #expect(try CommandLineTests.run(generate + ["--republish"]).status == 0)
    }
}
