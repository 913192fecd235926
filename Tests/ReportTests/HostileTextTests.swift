import Foundation
import Loaders
import Testing
@testable import Report

/// Text from the data is always shown as text: in Markdown, inside the report's code
/// spans, in HTML and in the CSV tables, whatever markup, backticks, URLs, formula
/// prefixes or control bytes it holds.
@Suite("Faults: hostile text from the data")
struct HostileTextTests {
    static let hostile = [
        "`x` [l](http://e.com) `",
        "victim_age",
        "=HYPERLINK(\"http://evil\",\"x\")",
        "see http://evil.example/path and https://x.y",
        "www.evil.example",
        "mail me@evil.example",
        "bell\u{07}escape\u{1B}[31mred\u{7F}c1\u{9B}",
        "<img src=x onerror=alert(1)>",
        "``` fenced",
        "a\\`b",
    ]

    /// The HTML of `markdown` with the tags of our own wrapper taken off.
    func html(_ markdown: String) -> String {
        CommonMarkConverter.html(fromMarkdown: markdown)
    }

    @Test("escaped text makes no link, image, code span or tag, and no control byte, in a paragraph or a <code> span",
          arguments: hostile)
    func staysText(_ text: String) {
        let escaped = MarkdownEscaping.escape(text)
        for markdown in ["Value: \(escaped)\n", "- <code>\(escaped)</code>\n", "| a |\n|---|\n| \(escaped) |\n"] {
            let rendered = html(markdown)
            #expect(!rendered.contains("<a "), "\(rendered)")
            #expect(!rendered.contains("<img"), "\(rendered)")
            #expect(rendered.components(separatedBy: "<code>").count <= 2, "\(rendered)")
            #expect(!rendered.unicodeScalars.contains { DisplayText.isControl($0) }, "\(rendered)")
        }
    }

    @Test("a column name in a code span shows its underscore, not a backslash")
    func underscoreInCode() {
        let rendered = html("- <code>\(MarkdownEscaping.escape("column 'victim_age': bad"))</code>\n")
        #expect(rendered.contains("<code>column 'victim_age': bad</code>"), "\(rendered)")
    }

    @Test("a backtick and a link in a rejected value stay inside the code span, shown as written")
    func backtick() {
        let rendered = html("- <code>\(MarkdownEscaping.escape("'`x` [l](http://e.com)'"))</code>\n")
        #expect(rendered.contains("<code>'`x` [l](http://e.com)'</code>"), "\(rendered)")
    }

    @Test("URLs and addresses read as written, with no link")
    func urls() {
        let rendered = html(MarkdownEscaping.escape("see http://evil.example, www.evil.example or me@evil.example") + "\n")
        // The comment that splits the address is invisible in a browser.
        #expect(rendered == "<p>see http://evil.example, www.evil.example or me<!-- -->@evil.example</p>\n")
    }

    @Test("control characters are shown as pictures")
    func controls() {
        #expect(MarkdownEscaping.escape("a\u{1B}[31mb\u{07}") == "a\u{241B}\\[31mb\u{2407}")
        #expect(MarkdownEscaping.isPlain("plain text") && !MarkdownEscaping.isPlain("a\u{1B}b"))
    }

    @Test("CSV cells a spreadsheet would run as formulas are neutralised; numbers are not",
          arguments: [
            ("=HYPERLINK(\"http://evil\",\"x\")", "\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\""),
            ("+cmd", "'+cmd"), ("-cmd|' /C calc'!A0", "'-cmd|' /C calc'!A0"), ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "'\tx"), ("\rx", "\"'\rx\""), ("-3.2", "-3.2"), ("+5", "+5"), ("-", "'-"),
            ("North", "North"), ("E06000026", "E06000026"), ("bell\u{07}", "bell\u{2407}"),
          ])
    func formulas(cell: String, expected: String) {
        #expect(CSVTable.quoted(cell) == expected)
    }
}
