import Foundation
import Testing
import TestSupport
@testable import Report

@Suite("HTMLDocument")
struct HTMLDocumentTests {
    /// The real `Templates` folder at the package root, found from this file's path.
    private static let templatesFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .appendingPathComponent("Templates")

    private func page() throws -> String {
        let templates = try TemplateSet(directory: Self.templatesFolder, displayPath: "Templates")
        return try HTMLDocument.render(
            bodyHTML: "<h1>Report</h1>\n<p>Body</p>\n",
            title: "Hull & \"East\" <Riding>",
            templates: templates
        )
    }

    @Test("the shell is an HTML5 page with language, charset, viewport and title")
    func shell() throws {
        let html = try page()
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"))
        #expect(html.contains(#"<meta name="viewport" content="width=device-width, initial-scale=1">"#))
        #expect(html.contains("<title>Hull &amp; &quot;East&quot; &lt;Riding&gt;</title>"))
        #expect(html.contains("<main>\n<h1>Report</h1>\n<p>Body</p>\n\n</main>"))
        #expect(html.hasSuffix("</html>\n"))
    }

    @Test("the stylesheet is inline and nothing is loaded from the network")
    func selfContained() throws {
        let html = try page()
        let css = try String(contentsOf: Self.templatesFolder.appendingPathComponent("style.css"), encoding: .utf8)
        #expect(html.contains("<style>\n" + css + "\n</style>"))
        for external in ["<link", "<script", "src=", "@import", "url(", "http:", "https:"] {
            #expect(!html.contains(external), "found \(external)")
        }
    }

    @Test("the stylesheet has the print page setup")
    func printStyles() throws {
        let css = try String(contentsOf: Self.templatesFolder.appendingPathComponent("style.css"), encoding: .utf8)
        #expect(css.contains("@page { size: A4; margin: 18mm; }"))
        #expect(css.contains("h2 { break-before: page; }"))
    }

    @Test("the language can be changed")
    func language() throws {
        let templates = try TemplateSet(directory: Self.templatesFolder, displayPath: "Templates")
        let html = try HTMLDocument.render(bodyHTML: "", title: "T", language: "cy", templates: templates)
        #expect(html.contains(#"<html lang="cy">"#))
    }
}
