import Assessment
import Foundation
import Testing
import TestSupport

/// The programme director's commentary, from `commentary/<period>.md` to every output.
@Suite("Commentary in the report")
struct CommentaryEndToEndTests {
    static let summarySentence = "The director reads the year as steady."
    static let whereSentence = "The northern rate reflects an evening economy."

    /// The fixture with a `commentary:` folder holding a commentary for 2020-Q4.
    static func fixture() throws -> (folder: URL, configuration: String) {
        let (folder, configuration) = try SmallFixture.write()
        try (String(contentsOfFile: configuration, encoding: .utf8) + "commentary: commentary\n")
            .write(toFile: configuration, atomically: true, encoding: .utf8)
        let commentary = folder.appendingPathComponent("commentary")
        try FileManager.default.createDirectory(at: commentary, withIntermediateDirectories: true)
        try """
            ## Summary
            \(summarySentence)

            ## Recommendations
            - Keep the data sharing going.

            ## Notes: Where
            \(whereSentence) <script>alert(1)</script>

            """.write(to: commentary.appendingPathComponent("2020-Q4.md"), atomically: true, encoding: .utf8)
        return (folder, configuration)
    }

    /// The text of `document` from the heading line beginning `heading` to the next heading of its level.
    static func part(_ document: String, heading: String, next: String = "\n## ") -> String {
        guard let start = document.range(of: heading) else { return "" }
        let rest = document[start.upperBound...]
        let end = rest.range(of: next)?.lowerBound ?? rest.endIndex
        return String(rest[..<end])
    }

    @Test("a sentence of the commentary is in the Markdown, the page, the brief and the Word copies, in the part it names")
    func everyOutput() throws {
        let (folder, configuration) = try Self.fixture()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("Output").path
        var options = GenerateOptions(configurationFile: configuration, output: output)
        options.docx = WordDocumentTests.toolsAvailable
        _ = try Generator.run(options) { _ in }
        let markdown = try String(contentsOfFile: output + "/2020-Q4/assessment.md", encoding: .utf8)
        let html = try String(contentsOfFile: output + "/2020-Q4/assessment.html", encoding: .utf8)

        let summary = Self.part(markdown, heading: "\n## Summary of key findings")
        #expect(summary.contains("> **Commentary from the programme director: what the numbers mean**\n>\n> \(Self.summarySentence)"))
        #expect(summary.contains("> - Keep the data sharing going."))
        #expect(Self.part(markdown, heading: "\n## Where: rates by area").contains(Self.whereSentence))
        #expect(!Self.part(markdown, heading: "\n## The problem: volume").contains(Self.whereSentence))
        #expect(Self.part(html, heading: ">Summary of key findings</h2>", next: "<h2").contains(Self.summarySentence))
        #expect(Self.part(html, heading: ">Where: rates by area</h2>", next: "<h2").contains(Self.whereSentence))
        #expect(!html.contains("<script>alert"))

        // The brief carries the summary and recommendations under the key findings.
        let briefMarkdown = try String(contentsOfFile: output + "/2020-Q4/brief.md", encoding: .utf8)
        let briefPage = try String(contentsOfFile: output + "/2020-Q4/brief.html", encoding: .utf8)
        #expect(Self.part(briefMarkdown, heading: "\n## Summary of key findings").contains(Self.summarySentence))
        #expect(briefMarkdown.contains("> - Keep the data sharing going."))
        #expect(Self.part(briefPage, heading: ">Summary of key findings</h2>", next: "<h2").contains(Self.summarySentence))
        #expect(briefPage.contains("<main class=\"brief\">"))
        #expect(markdown.contains("A [two-page brief](brief.html) of this assessment is beside it"))
        let index = try String(contentsOfFile: output + "/index.html", encoding: .utf8)
        #expect(index.contains("(<a href=\"2020-Q4/brief.html\">two-page brief</a>)"))

        let manifest = try String(contentsOfFile: output + "/2020-Q4/manifest.json", encoding: .utf8)
        #expect(manifest.contains("\"path\": \"commentary/2020-Q4.md\""))

        if options.docx {
            let unzipped = try WordDocumentTests.unzip(output + "/2020-Q4/assessment.docx", member: "word/document.xml")
            let (_, xml) = try #require(unzipped)
            let holdsBoth = xml.contains(Self.summarySentence) && xml.contains(Self.whereSentence)
            #expect(holdsBoth, "assessment.docx lacks a sentence of the commentary")
            let brief = try WordDocumentTests.unzip(output + "/2020-Q4/brief.docx", member: "word/document.xml")
            let (_, briefXML) = try #require(brief, "brief.docx is not a valid zip")
            let briefHolds = briefXML.contains(Self.summarySentence) && briefXML.contains("Keep the data sharing going.")
            #expect(briefHolds, "brief.docx lacks the commentary")
        }
    }

    @Test("new police.uk data regenerate the draft quarter and keep its commentary; a changed commentary regenerates it too")
    func regeneration() throws {
        let (folder, configuration) = try Self.fixture()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("Output").path
        var options = GenerateOptions(configurationFile: configuration, output: output)
        options.ifChanged = true
        _ = try Generator.run(options) { _ in }
        #expect(try Generator.run(options) { _ in }.unchanged)

        let street = folder.appendingPathComponent("police-uk/testshire/2020-12/2020-12-testshire-street.csv")
        let row = "id12z,2020-12,Testshire Police,Testshire Police,-1.0,50.0,On or near High Street,E01000001,North 001A,Violence and sexual offences,Under investigation,\n"
        try (String(contentsOf: street, encoding: .utf8) + row).write(to: street, atomically: true, encoding: .utf8)
        #expect(try !Generator.run(options) { _ in }.unchanged)
        let markdown = try String(contentsOfFile: output + "/2020-Q4/assessment.md", encoding: .utf8)
        #expect(markdown.contains(Self.summarySentence))
        #expect(markdown.contains(Self.whereSentence))

        let file = folder.appendingPathComponent("commentary/2020-Q4.md")
        try (String(contentsOf: file, encoding: .utf8) + "\n## Notes: Volume\nA second thought.\n").write(to: file, atomically: true, encoding: .utf8)
        #expect(try !Generator.run(options) { _ in }.unchanged)
        #expect(try String(contentsOfFile: output + "/2020-Q4/assessment.md", encoding: .utf8).contains("A second thought."))
    }

    @Test("notes on a section the report leaves out are kept, with a warning at their line")
    func unshownNotes() throws {
        let (folder, configuration) = try Self.fixture()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("commentary/2020-Q4.md")
        try "## Summary\nFine.\n\n## Notes: When\nNights.\n".write(to: file, atomically: true, encoding: .utf8)
        let lines = Lines()
        _ = try Generator.run(GenerateOptions(configurationFile: configuration, output: folder.appendingPathComponent("Output").path)) {
            lines.append($0)
        }
        #expect(lines.all.contains("commentary/2020-Q4.md:4: warning: the notes on 'When: seasonality and time of day' are not shown: this report leaves that section out for want of data"))
    }

    @Test("a commentary heading that names no section stops the run at its file and line")
    func badHeading() throws {
        let (folder, configuration) = try Self.fixture()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("commentary/2020-Q4.md")
        try "## Summary\nFine.\n## Notes: Weather\nRain.\n".write(to: file, atomically: true, encoding: .utf8)
        let options = GenerateOptions(configurationFile: configuration, output: folder.appendingPathComponent("Output").path)
        #expect {
            try Generator.run(options) { _ in }
        } throws: { error in
            (error as? AssessmentError)?.lines.first?.hasPrefix("commentary/2020-Q4.md:3: error: '## Notes: Weather' names no section of the report") == true
        }
    }
}

extension CommentaryEndToEndTests {
    @Test("the recommendations are a table in the report and the brief, written as data/recommendations.csv; sna check reads them")
    func recommendations() throws {
        let (folder, configuration) = try Self.fixture()
        defer { try? FileManager.default.removeItem(at: folder) }
        try (String(contentsOfFile: configuration, encoding: .utf8) + "recommendations: recommendations.yml\n")
            .write(toFile: configuration, atomically: true, encoding: .utf8)
        let file = folder.appendingPathComponent("recommendations.yml")
        try """
            - id: R1
              text: Share A&E data.
              owner: The board
              raised: 2020-Q3
              status: in progress
              history:
                - {period: 2020-Q3, status: open, note: Agreed.}
                - {period: 2020-Q4, status: in progress, note: Drafted.}
            - id: R2
              text: Not yet raised.
              owner: The council
              raised: 2021-Q1
              status: open

            """.write(to: file, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("Output").path
        _ = try Generator.run(GenerateOptions(configurationFile: configuration, output: output)) { _ in }
        let row = "| R1 | Share A&amp;E data. | The board | 2020-Q3 | in progress | Drafted. |"
        for name in ["assessment.md", "brief.md"] {
            let text = try String(contentsOfFile: output + "/2020-Q4/" + name, encoding: .utf8)
            #expect(Self.part(text, heading: "\n## Summary of key findings").contains(row), "\(name) lacks the table")
            #expect(!text.contains("Not yet raised."))
        }
        #expect(try String(contentsOfFile: output + "/2020-Q4/data/recommendations.csv", encoding: .utf8)
            == "id,recommendation,owner,raised,status,note\nR1,Share A&E data.,The board,2020-Q3,in progress,Drafted.\n")

        _ = try Checker.run(CheckOptions(configurationFile: configuration)) { _ in }
        try (String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "  status: open\n", with: "  status: pending\n"))
            .write(to: file, atomically: true, encoding: .utf8)
        #expect {
            try Checker.run(CheckOptions(configurationFile: configuration)) { _ in }
        } throws: { error in
            (error as? AssessmentError)?.lines == ["recommendations.yml:13:11: error: recommendation R2: status 'pending' is not one of 'open', 'in progress', 'done', 'dropped'"]
        }
    }
}

/// Log lines gathered from a run (the log may be called from any thread).
final class Lines: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []

    func append(_ line: String) {
        lock.lock()
        lines.append(line)
        lock.unlock()
    }

    var all: [String] {
        lock.lock()
        defer { lock.unlock() }
        return lines
    }
}
