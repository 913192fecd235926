import Foundation
import Report
import Testing
import TestSupport

@Suite("A variable the context lacks is an error")
struct TemplateVariableCheckTests {
    private func templates(_ files: [String: String]) throws -> (URL, TemplateSet) {
        let folder = try TemporaryDirectory.make()
        for (name, text) in files { try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return (folder, try TemplateSet(directory: folder, displayPath: "Templates"))
    }

    @Test("a misspelt variable names its file, line and column")
    func misspelt() throws {
        let (folder, set) = try templates(["report.md.mustache": "# {{title}}\n\nRate: {{rtae}}\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: TemplateError(path: "Templates/report.md.mustache", line: 3, column: 7,
                                      message: "variable 'rtae' has no value in the report's context (a misspelt name, or one the report does not provide here)")) {
            try set.render("report.md", context: ["title": "T", "rate": "1.0"])
        }
    }

    @Test("a misspelt section is an error too, and so is a name inside a partial")
    func sectionsAndPartials() throws {
        let (folder, set) = try templates([
            "report.md.mustache": "{{#has_violnce}}x{{/has_violnce}}\n",
            "outer.md.mustache": "{{> inner}}\n",
            "inner.md.mustache": "\n  {{missing}}\n",
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: TemplateError(path: "Templates/report.md.mustache", line: 1, column: 1,
                                      message: "section 'has_violnce' has no value in the report's context (a misspelt name, or one the report does not provide here)")) {
            try set.render("report.md", context: ["has_violence": true])
        }
        #expect(throws: TemplateError(path: "Templates/inner.md.mustache", line: 2, column: 3,
                                      message: "variable 'missing' has no value in the report's context (a misspelt name, or one the report does not provide here)")) {
            try set.render("outer.md", context: [:])
        }
    }

    @Test("list items supply names to their section; a section that renders nothing is not checked inside")
    func scopes() throws {
        let (folder, set) = try templates([
            "report.md.mustache": "{{#rows}}| {{name}} | {{title}} |\n{{/rows}}{{#off}}{{anything}}{{/off}}{{^on}}{{nothing}}{{/on}}",
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let rendered = try set.render("report.md", context: [
            "title": "T", "rows": [["name": "a"], ["name": "b"]], "off": false, "on": true,
        ])
        #expect(rendered == "| a | T |\n| b | T |\n")
    }
}
