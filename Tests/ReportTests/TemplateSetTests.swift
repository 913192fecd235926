import Foundation
import Testing
import TestSupport
@testable import Report

@Suite("TemplateSet")
struct TemplateSetTests {
    /// Writes `files` into a fresh folder and loads it as the set the user knows as `Templates`.
    private func load(_ files: [(String, String)]) throws -> (TemplateSet, URL) {
        let folder = try TemporaryDirectory.make()
        for (name, text) in files {
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return (try TemplateSet(directory: folder, displayPath: "Templates"), folder)
    }

    /// The error loading `files` throws, or nil.
    private func loadError(_ files: [(String, String)]) throws -> TemplateError? {
        let folder = try TemporaryDirectory.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, text) in files {
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        do {
            _ = try TemplateSet(directory: folder, displayPath: "Templates")
            return nil
        } catch {
            return error
        }
    }

    @Test("partials resolve by file name and escape as Markdown too")
    func partials() throws {
        let (templates, folder) = try load([
            ("main.md.mustache", "# {{title}}\n\n{{> summary}}\n"),
            ("summary.md.mustache", "Top offence: {{offence}}\n"),
        ])
        defer { try? FileManager.default.removeItem(at: folder) }

        let context: [String: Any] = ["title": "Hull & East Riding", "offence": "*knife* crime"]
        let expected = "# Hull &amp; East Riding\n\nTop offence: \\*knife\\* crime\n"
        #expect(try templates.render("main.md", context: context) == expected)
        #expect(try templates.render("main", context: context) == expected)
    }

    @Test("triple mustache places a value unescaped")
    func raw() throws {
        let (templates, folder) = try load([("chart.md.mustache", "{{{svg}}} {{svg}}\n")])
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try templates.render("chart.md", context: ["svg": "<svg/>"]) == "<svg/> &lt;svg/&gt;\n")
    }

    @Test("HTML templates escape as HTML")
    func htmlEscaping() throws {
        let (templates, folder) = try load([("page.html.mustache", "<p>{{text}}</p>")])
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try templates.render("page.html", context: ["text": "<b>\"A\" & *B*</b>"])
            == "<p>&lt;b&gt;&quot;A&quot; &amp; *B*&lt;/b&gt;</p>")
    }

    @Test("an HTML partial inside a Markdown template escapes as HTML")
    func htmlPartial() throws {
        let (templates, folder) = try load([
            ("report.md.mustache", "## {{heading}}\n\n{{> figure.html}}\n"),
            ("figure.html.mustache", "<figure>\n<figcaption>{{caption}}</figcaption>\n</figure>\n"),
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let context: [String: Any] = ["heading": "Rates [2024]", "caption": "Rates [2024] <b>"]
        let markdown = try templates.render("report.md", context: context)
        #expect(markdown
            == "## Rates \\[2024\\]\n\n<figure>\n<figcaption>Rates [2024] &lt;b&gt;</figcaption>\n</figure>\n")
    }

    @Test("dictionaries, arrays of dictionaries and Bools drive sections")
    func sections() throws {
        let (templates, folder) = try load([
            ("list.md.mustache", """
                {{#area}}Area: {{name}} ({{area.code}}){{/area}}
                {{#rows}}
                - {{label}}{{#flagged}} (flagged){{/flagged}}
                {{/rows}}
                {{^empty}}
                No notes.
                {{/empty}}
                {{#hidden}}never{{/hidden}}

                """),
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let context: [String: Any] = [
            "area": ["name": "York", "code": "E06000014"] as [String: Any],
            "rows": [
                ["label": "Robbery", "flagged": true],
                ["label": "Assault", "flagged": false],
            ] as [[String: Any]],
            "empty": [[String: Any]](),
            "hidden": false,
        ]
        #expect(try templates.render("list.md", context: context) == """
            Area: York (E06000014)
            - Robbery (flagged)
            - Assault
            No notes.


            """)
    }

    @Test("an unclosed section is reported at its opening tag")
    func unclosedSection() throws {
        let error = try loadError([
            ("broken.md.mustache", "# Title\n\nTotals: {{#areas}}\n{{name}}\n"),
        ])
        #expect(error?.description == "Templates/broken.md.mustache:3:9: error: section 'areas' is never closed; add {{/areas}}")
        #expect(error == TemplateError(
            path: "Templates/broken.md.mustache", line: 3, column: 9,
            message: "section 'areas' is never closed; add {{/areas}}"
        ))
    }

    @Test("a closing tag for the wrong section is reported where it is")
    func mismatchedClose() throws {
        let error = try loadError([
            ("broken.md.mustache", "{{#rows}}\n  {{#cells}}x{{/rows}}\n{{/cells}}\n"),
        ])
        #expect(error?.description
            == "Templates/broken.md.mustache:2:14: error: {{/rows}} does not close the current section; 'cells' opened at line 2, column 3 is still open")
    }

    @Test("an unfinished tag is reported with swift-mustache's position")
    func unfinishedTag() throws {
        let error = try loadError([("page.html.mustache", "<h1>\n<p>{{name</p>\n")])
        #expect(error?.description
            == "Templates/page.html.mustache:2:10: error: tag is not closed with }} or its name has characters other than letters, digits and . - _ ? *")
    }

    @Test("a line number in a Markdown template is the line in the file, despite the added pragma")
    func markdownLineNumbers() throws {
        let error = try loadError([("page.md.mustache", "one\n{{%CONTENT_TYPE: XML}}\n")])
        #expect(error?.description
            == "Templates/page.md.mustache:2:23: error: unknown pragma or content type; known: CONTENT_TYPE with HTML, TEXT or MARKDOWN")
    }

    @Test("a partial that names no template is an error, not an empty string")
    func missingPartial() throws {
        let error = try loadError([("main.md.mustache", "# T\n\n  {{> sumary}}\n")])
        #expect(error?.description
            == "Templates/main.md.mustache:3:3: error: partial 'sumary' names no template in Templates; expected sumary.md.mustache or sumary.mustache")
    }

    @Test("two files may not claim the same template name")
    func nameClash() throws {
        let error = try loadError([("notes.mustache", "a"), ("notes.md.mustache", "b")])
        #expect(error?.description
            == "Templates/notes.mustache: error: template name 'notes' is already used by Templates/notes.md.mustache")
    }

    @Test("rendering a template that does not exist names what was looked for")
    func missingTemplate() throws {
        let (templates, folder) = try load([("a.md.mustache", "a")])
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: TemplateError(path: "Templates", message: "no template named 'b.md' (looked for b.md.mustache)")) {
            try templates.render("b.md", context: [String: Any]())
        }
    }

    @Test("a missing folder is reported by its display path")
    func missingFolder() throws {
        let folder = try TemporaryDirectory.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: TemplateError(path: "Templates", message: "cannot read the template folder")) {
            try TemplateSet(directory: folder.appendingPathComponent("absent"), displayPath: "Templates")
        }
    }

    @Test("a table's Markdown is made when a template shows it, and is what the table gives")
    func lazyTables() throws {
        let (templates, folder) = try load([("main.md.mustache", "{{{table_a}}}\n{{#has_b}}{{{table_b}}}{{/has_b}}")])
        defer { try? FileManager.default.removeItem(at: folder) }
        let table = ReportTable(name: "a", columns: [.init("area", "Area"), .init("count", "Count", numeric: true)],
                                rows: [[.text("Plymouth *"), .count(1234)], [.text("Torbay"), .count(nil)]])
        let context: [String: Any] = ["table_a": LazyTableMarkdown(table), "table_b": LazyTableMarkdown(table), "has_b": false]
        #expect(try templates.render("main.md", context: context) == table.markdown + "\n" + table.dataLink + "\n\n")
        #expect(table.dataLink == "*Numbers: [data/a.csv](data/a.csv).*")
        #expect(table.markdown == "| Area | Count |\n|---|--:|\n| Plymouth \\* | 1,234 |\n| Torbay | \\* |\n")
    }
}
