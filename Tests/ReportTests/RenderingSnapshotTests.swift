import Foundation
import Testing
import TestSupport
@testable import Report

/// The whole pipeline on a small fixture: templates to Markdown, Markdown to an HTML page.
/// The fixture lives in `Snapshots/fixture-templates`, which the test target excludes from its
/// sources, and is found from this file's path so no resource bundle is needed.
@Suite("Rendering snapshots")
struct RenderingSnapshotTests {
    private let templates: TemplateSet

    init() throws {
        let folder = Snapshot.folder(forTestFile: #filePath).appendingPathComponent("fixture-templates")
        templates = try TemplateSet(directory: folder, displayPath: "fixture-templates")
    }

    private var context: [String: Any] {
        [
            "title": "Serious violence needs assessment: Hull & East Riding",
            "partnership": "Humber <Violence> Reduction Unit",
            "date": "2025-03",
            "areas": [
                ["name": "Kingston upon Hull", "code": "E06000010", "offences": "4,812", "rate": "18.6"],
                ["name": "East Riding | of Yorkshire", "code": "E06000011", "offences": "1,905", "rate": "5.5"],
                ["name": "- Unknown *area*", "code": "", "offences": "12", "rate": "-0.4"],
            ] as [[String: Any]],
            "chart": [
                "svg": #"<svg viewBox="0 0 100 10" role="img" aria-label="Offences by area"><rect width="80" height="10"/></svg>"#,
                "caption": "Offences by area, 2024/25 [provisional]",
            ] as [String: Any],
            "findings": [
                ["text": "Violence peaks on Friday and Saturday nights.", "new": false],
                ["text": "1. Knife possession rose 12.5% year on year.", "new": true],
            ] as [[String: Any]],
        ]
    }

    @Test("the fixture renders to the recorded Markdown")
    func markdown() throws {
        let markdown = try templates.render("assessment.md", context: context)
        expectSnapshot(markdown, named: "fixture-report.md")
    }

    @Test("the fixture renders to the recorded HTML page")
    func html() throws {
        let markdown = try templates.render("assessment.md", context: context)
        let page = try HTMLDocument.render(
            bodyHTML: CommonMarkConverter.html(fromMarkdown: markdown),
            title: "Needs assessment: Hull & East Riding",
            templates: templates
        )
        expectSnapshot(page, named: "fixture-report.html")
    }
}
