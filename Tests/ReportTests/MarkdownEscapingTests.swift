import Foundation
import Testing
import TestSupport
@testable import Report

@Suite("MarkdownEscaping")
struct MarkdownEscapingTests {
    @Test(
        "HTML characters become references, Markdown punctuation gets a backslash",
        arguments: [
            ("| evil | row |", #"\| evil \| row \|"#),
            ("<script>alert(1)</script>", #"&lt;script&gt;alert(1)&lt;/script&gt;"#),
            ("[link](javascript:x)", #"\[link\](javascript:x)"#),
            ("![img](x.png)", #"!\[img\](x.png)"#),
            ("rate (95% CI 1.2 to 3.4)", "rate (95% CI 1.2 to 3.4)"),
            ("**bold**", #"\*\*bold\*\*"#),
            ("_under_ ~~gone~~ `code`", #"\_under\_ \~\~gone\~\~ \`code\`"#),
            ("# heading", ##"\# heading"##),
            ("> quote", "&gt; quote"),
            ("&amp;", "&amp;amp;"),
            (#"say "hi""#, "say &quot;hi&quot;"),
            ("{{name}}", #"\{\{name\}\}"#),
            (#"C:\temp\"#, #"C:\\temp\\"#),
        ]
    )
    func punctuation(input: String, expected: String) {
        #expect(MarkdownEscaping.escape(input) == expected)
    }

    @Test(
        "line breaks and tabs become one space and the ends are trimmed",
        arguments: [
            ("line one\nline two", "line one line two"),
            ("a\r\n\r\nb", "a b"),
            ("a \n\t b", "a b"),
            ("a\u{2028}b", "a b"),
            ("two  spaces kept", "two  spaces kept"),
            ("    indented", "indented"),
            ("trailing  ", "trailing"),
            ("\n", ""),
        ]
    )
    func whitespace(input: String, expected: String) {
        #expect(MarkdownEscaping.escape(input) == expected)
    }

    @Test(
        "block markers at the start are escaped, numbers and dates are not",
        arguments: [
            ("- item", #"\- item"#),
            ("+ item", #"\+ item"#),
            ("-", #"\-"#),
            ("---", #"\---"#),
            ("=", #"\="#),
            ("== total", #"\== total"#),
            ("1.", #"1\."#),
            ("1. Introduction", #"1\. Introduction"#),
            ("2019. Next", #"2019\. Next"#),
            ("1) first", #"1\) first"#),
            (":--", #"\:--"#),
            ("-3.2", "-3.2"),
            ("+5", "+5"),
            ("12.5", "12.5"),
            ("2019-04", "2019-04"),
            ("E06000026", "E06000026"),
            ("fell by -3 to 12.5%", "fell by -3 to 12.5%"),
            ("a - b", "a - b"),
            ("1.5 per 1,000", "1.5 per 1,000"),
            ("Time: 12:30", "Time: 12:30"),
            ("1) item", #"1\) item"#),
            ("(95% CI)", "(95% CI)"),
        ]
    )
    func lineStart(input: String, expected: String) {
        #expect(MarkdownEscaping.escape(input) == expected)
    }

    @Test("hostile values in table cells render as their literal text and nothing more")
    func tableInjection() throws {
        let hostile = [
            "| evil | row |",
            "<script>alert(1)</script>",
            "[link](javascript:x)",
            "**bold**",
            "# heading",
            "first line\nsecond line",
            "&amp;",
            "<img src=x onerror=alert(1)>",
            #"a\|b"#,
            "- item",
            "1. item",
            "2) item",
            "![img](x.png)",
        ]
        let folder = try TemporaryDirectory.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        try """
            | Value | Count |
            | :--- | ---: |
            {{#rows}}
            | {{value}} | {{count}} |
            {{/rows}}

            """.write(to: folder.appendingPathComponent("table.md.mustache"), atomically: true, encoding: .utf8)
        let templates = try TemplateSet(directory: folder, displayPath: "Templates")
        let rows: [[String: Any]] = hostile.enumerated().map { ["value": $1, "count": String($0)] }

        let markdown = try templates.render("table.md", context: ["rows": rows])
        let html = CommonMarkConverter.html(fromMarkdown: markdown)

        #expect(html.components(separatedBy: "<tr>").count - 1 == hostile.count + 1)
        #expect(html.components(separatedBy: "<td").count - 1 == hostile.count * 2)
        for forbidden in ["<script", "<img", "<a ", "<strong", "<em", "<h1", "<ul", "<ol", "<li", "<br"] {
            #expect(!html.contains(forbidden), "found \(forbidden)")
        }
        for value in hostile {
            let shown = value.replacingOccurrences(of: "\n", with: " ")
            let cell = #"<td style="text-align: left">"# + htmlEscaped(shown) + "</td>"
            #expect(html.contains(cell), "missing \(cell)")
        }
    }

    /// The escaping cmark applies to text.
    private func htmlEscaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;")
            .replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
            .replacingOccurrences(of: "\"", with: "&quot;")
    }

    @Test("a value inside raw HTML in a Markdown template cannot open a tag or leave an attribute")
    func insideRawHTML() throws {
        let folder = try TemporaryDirectory.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        try """
            <figure title="{{title}}">
            <figcaption>{{caption}}</figcaption>
            </figure>

            """.write(to: folder.appendingPathComponent("figure.md.mustache"), atomically: true, encoding: .utf8)
        let templates = try TemplateSet(directory: folder, displayPath: "Templates")

        let markdown = try templates.render("figure.md", context: [
            "title": #"" onmouseover="alert(1)"#,
            "caption": "<img src=x onerror=alert(1)> & more",
        ])
        #expect(CommonMarkConverter.html(fromMarkdown: markdown) == """
            <figure title="&quot; onmouseover=&quot;alert(1)">
            <figcaption>&lt;img src=x onerror=alert(1)&gt; &amp; more</figcaption>
            </figure>

            """)
    }

    @Test("the plain-text fast path agrees with the full test for a leading list or heading marker")
    func plainFastPath() {
        let texts = ["1. x", "12) y", "1.", "3.x", "a1.", "2020", "-5", "- x", "-", "+", "+1", "=", "==", ":-", ":x", ":",
                     "12.5%", "1)", "0. zero", "9)x", "ok", "x - y", "4 to 5"]
        for text in texts {
            let byCharacters = MarkdownEscaping.leadingMarkerIndex(in: text) == nil
            #expect(MarkdownEscaping.isPlain(text) == byCharacters, "\(text)")
        }
    }
}
