import Assessment
import Foundation
import Testing
import TestSupport

/// The report's tables and text name things: no field name of the records
/// (`alcohol_related`) and no ONS area code (`E06000001`) outside code spans and links to
/// the CSV files, which keep the codes for machines.
@Suite("The report speaks in names, not field names or area codes")
struct PlainWordsReportTests {
    /// A field name (lower case words joined by underscores) or an ONS code (E0 or W0 and digits).
    static let patterns = [#"\b[a-z][a-z0-9]*_[a-z0-9_]+\b"#, #"\b[EW]0\d{7}\b"#]

    /// The text a reader sees in Markdown: code blocks and spans, link targets, images'
    /// paths and HTML comments removed, escaped underscores read as underscores.
    static func prose(markdown: String) -> String {
        var text = markdown.replacingOccurrences(of: #"\_"#, with: "_")
        for pattern in [#"(?s)```.*?```"#, #"`[^`\n]*`"#, #"\]\([^)\n]*\)"#, #"(?s)<!--.*?-->"#, #"<[^>\n]*>"#] {
            text = text.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        return text
    }

    /// The text a reader sees in the HTML page: styles, scripts, charts' markup, code and tags removed.
    static func prose(html: String) -> String {
        var text = html
        for pattern in [#"(?s)<style.*?</style>"#, #"(?s)<script.*?</script>"#, #"(?s)<code>.*?</code>"#, #"(?s)<!--.*?-->"#,
                        #"<(svg|path|g|rect|text|line|circle|polyline|polygon|title|desc|defs|use|tspan)\b[^>]*>"#, #"<[^>]*>"#] {
            text = text.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        return text
    }

    /// Each line of `text` that holds a field name or an area code.
    static func offending(_ text: String) -> [String] {
        text.split(separator: "\n").map(String.init).filter { line in
            patterns.contains { line.range(of: $0, options: .regularExpression) != nil }
        }
    }

    @Test("the scan finds what it looks for and leaves code spans and links alone")
    func scanner() {
        #expect(Self.offending(Self.prose(markdown: "| alcohol\\_related | all |")) == ["| alcohol_related | all |"])
        #expect(Self.offending(Self.prose(markdown: "Torbay (E06000027) is higher.")).count == 1)
        #expect(Self.offending(Self.prose(markdown: "Run `sna synthesize` with `minimum_count`; see [data](data/violence_x.csv).")).isEmpty)
        #expect(Self.offending(Self.prose(html: "<p class=\"a_b\">Plymouth</p><code>E06000026</code>")).isEmpty)
    }

    @Test("a whole report, with police, A&E and trauma records, shows no field name or area code")
    func wholeReport() throws {
        let (folder, configuration) = try MatrixFixture().write()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("Output").path
        let summary = try Generator.run(GenerateOptions(configurationFile: configuration, output: output)) { _ in }
        for name in ["assessment.md", "brief.md"] {
            let markdown = try String(contentsOfFile: summary.folder + "/" + name, encoding: .utf8)
            #expect(Self.offending(Self.prose(markdown: markdown)) == [], "\(name)")
        }
        let html = try String(contentsOfFile: summary.folder + "/assessment.html", encoding: .utf8)
        #expect(Self.offending(Self.prose(html: html)) == [], "assessment.html")
    }
}
