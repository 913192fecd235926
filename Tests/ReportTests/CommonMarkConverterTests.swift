import Testing
@testable import Report

@Suite("CommonMarkConverter")
struct CommonMarkConverterTests {
    @Test("a GFM table becomes a table with style attributes on right-aligned cells")
    func table() {
        let html = CommonMarkConverter.html(fromMarkdown: """
            | Area | Offences |
            | :--- | ---: |
            | York | 1,204 |
            """)
        #expect(html == """
            <table>
            <thead>
            <tr>
            <th style="text-align: left">Area</th>
            <th style="text-align: right">Offences</th>
            </tr>
            </thead>
            <tbody>
            <tr>
            <td style="text-align: left">York</td>
            <td style="text-align: right">1,204</td>
            </tr>
            </tbody>
            </table>

            """)
    }

    @Test("double tildes strike text through")
    func strikethrough() {
        #expect(CommonMarkConverter.html(fromMarkdown: "was ~~12~~ 14") == "<p>was <del>12</del> 14</p>\n")
    }

    @Test("a bare URL becomes a link")
    func autolink() {
        #expect(
            CommonMarkConverter.html(fromMarkdown: "Source: https://example.org/data")
                == "<p>Source: <a href=\"https://example.org/data\">https://example.org/data</a></p>\n"
        )
    }

    @Test("the tag filter defuses script tags even though raw HTML is allowed")
    func tagFilter() {
        #expect(
            CommonMarkConverter.html(fromMarkdown: "<script>alert(1)</script>")
                == "&lt;script>alert(1)&lt;/script>\n"
        )
    }

    @Test("inline SVG in a figure passes through unchanged")
    func svgBlock() {
        let svg = #"<figure><svg viewBox="0 0 10 10" role="img"><rect width="10" height="4"/></svg></figure>"#
        #expect(CommonMarkConverter.html(fromMarkdown: svg + "\n") == svg + "\n")
    }

    @Test("inline SVG inside a paragraph passes through")
    func svgInline() {
        #expect(
            CommonMarkConverter.html(fromMarkdown: "Trend <svg width=\"8\" height=\"8\"></svg> rising")
                == "<p>Trend <svg width=\"8\" height=\"8\"></svg> rising</p>\n"
        )
    }

    @Test("quotes and dashes stay as typed because smart punctuation is off")
    func noSmartPunctuation() {
        #expect(
            CommonMarkConverter.html(fromMarkdown: "King's Lynn -- \"West\"")
                == "<p>King's Lynn -- &quot;West&quot;</p>\n"
        )
    }

    @Test("empty input gives empty output")
    func empty() {
        #expect(CommonMarkConverter.html(fromMarkdown: "") == "")
    }

    @Test("conversions running at the same time give the same result")
    func concurrent() async {
        let markdown = "| a | b |\n| --- | ---: |\n| ~~x~~ | 1 |\n\nhttps://example.org\n"
        let expected = CommonMarkConverter.html(fromMarkdown: markdown)
        let results = await withTaskGroup(of: String.self) { group in
            for _ in 0..<64 {
                group.addTask { CommonMarkConverter.html(fromMarkdown: markdown) }
            }
            return await group.reduce(into: [String]()) { $0.append($1) }
        }
        #expect(results.count == 64)
        #expect(results.allSatisfy { $0 == expected })
    }
}
