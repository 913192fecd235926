import Report
import Testing

@Suite("Numbering")
struct NumberingTests {
    @Test("numbers tables and figures in the order they appear")
    func numbers() {
        let markdown = "**Figure: A**\n\n**Table: B**\n\ntext **Table: not a caption**\n**Table: C**\n**Figure: D**"
        #expect(Numbering.number(markdown) == "**Figure 1. A**\n\n**Table 1. B**\n\ntext **Table: not a caption**\n**Table 2. C**\n**Figure 2. D**")
    }

    @Test("keeps one blank line where sections left several")
    func blankLines() {
        #expect(Numbering.number("a\n\n\n\nb\n\nc\n") == "a\n\nb\n\nc\n")
        #expect(Numbering.number("\n\n\na") == "\na")
        #expect(Numbering.number("") == "")
    }

    @Test("reads a line as Swift's characters do: a CRLF does not end one, other text passes as it is")
    func lineEnds() {
        #expect(Numbering.number("**Table: A**\r\n**Table: B**\n**Figure: é 🙂**\n\n") == "**Table 1. A**\r\n**Table: B**\n**Figure 1. é 🙂**\n")
    }

    @Test("anchors follow GitHub's rule, so one contents list serves Markdown and HTML")
    func anchors() {
        #expect(Numbering.anchor("The problem: volume") == "the-problem-volume")
        #expect(Numbering.anchor("Drivers: alcohol, drugs and weapons") == "drivers-alcohol-drugs-and-weapons")
        #expect(Numbering.anchor("Appendix A: data quality") == "appendix-a-data-quality")
        #expect(Numbering.anchorHeadings("<h1>T</h1><h2>Where: rates by area</h2><h3>A &amp; B</h3>")
            == "<h1>T</h1><h2 id=\"where-rates-by-area\">Where: rates by area</h2><h3 id=\"a--b\">A &amp; B</h3>")
    }

    @Test("wraps each table in a focusable region named by its caption")
    func wrapsTables() {
        let html = "<table><tr><td>1</td></tr></table>\n<p><strong>Table 3. Rates</strong></p>\n<table><tr><td>2</td></tr></table>"
        #expect(Numbering.wrapTables(html) == """
            <div class="table-scroll" role="region" tabindex="0" aria-label="Table"><table><tr><td>1</td></tr></table></div>
            <p id="table-3"><strong>Table 3. Rates</strong></p>
            <div class="table-scroll" role="region" tabindex="0" aria-labelledby="table-3"><table><tr><td>2</td></tr></table></div>
            """)
    }
}
