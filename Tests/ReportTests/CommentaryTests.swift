import Report
import Testing

@Suite("The programme director's commentary")
struct CommentaryTests {
    @Test("reads the summary, the recommendations and notes named by a section's id or heading")
    func parts() throws {
        let commentary = try Commentary.parse("""
            # Commentary for 2020-Q4

            ## Summary

            Violence held steady.

            ## Recommendations
            1. Share A&E data.

            ## Notes: When
            The August peak is the tourist season.

            ## Notes: Against England and Wales
            Lower than the country.
            ## Notes: data-quality
            Every file read.

            """, path: "commentary/2020-Q4.md")
        #expect(commentary.summary == "Violence held steady.")
        #expect(commentary.recommendations == "1. Share A&E data.")
        #expect(commentary.notes == ["when": "The August peak is the tourist season.",
                                     "england-and-wales": "Lower than the country.", "data-quality": "Every file read."])
    }

    @Test("a heading that names no section is an error at its line", arguments: [
        ("## Summary\nText.\n\n## Notes: Weather\nRain.", "commentary/2020-Q4.md:4: error: '## Notes: Weather' names no section of the report (sections: introduction, sources, volume, england-and-wales, where, when, who, drivers, unseen, forecast, data-quality, methods)"),
        ("## Conclusions\nText.", "commentary/2020-Q4.md:1: error: '## Conclusions' is not a commentary part (expected '## Summary', '## Recommendations' or '## Notes: <section>')"),
        ("## Summary\nOne.\n## Summary\nTwo.", "commentary/2020-Q4.md:3: error: '## Summary' repeats the part begun on line 1"),
        ("Preamble.\n## Summary\nText.", "commentary/2020-Q4.md:1: error: text before the first part (begin with '## Summary', '## Recommendations' or '## Notes: <section>')"),
        ("## Summary\n### Detail\nText.", "commentary/2020-Q4.md:2: error: a commentary part holds no headings of its own (use '## Summary', '## Recommendations' or '## Notes: <section>' to begin a part, and bold text within one)"),
    ])
    func errors(text: String, message: String) {
        #expect {
            _ = try Commentary.parse(text, path: "commentary/2020-Q4.md")
        } throws: { error in
            (error as? CommentaryError)?.description == message
        }
    }

    @Test("a heading inside a fenced code block is text, not a part")
    func fencedHeading() throws {
        let commentary = try Commentary.parse("## Summary\n```\n## Not a part\n```\n", path: "c.md")
        #expect(commentary.summary == "```\n## Not a part\n```")
    }

    @Test("is set apart as a labelled block quote, with raw HTML made inert")
    func block() {
        let block = Commentary.block("Plain *words*.\n\n<script>alert(1)</script> <b>bold</b>", label: "Commentary")
        #expect(block == "<div class=\"commentary\">\n\n> **Commentary**\n>\n> Plain *words*.\n>\n> &lt;script>alert(1)&lt;/script> &lt;b>bold&lt;/b>\n\n</div>\n")
        let html = CommonMarkConverter.html(fromMarkdown: block)
        #expect(!html.contains("<script"))
        #expect(!html.contains("<b>"))
        #expect(html.contains("<em>words</em>"))
        #expect(html.hasPrefix("<div class=\"commentary\">\n<blockquote>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(Commentary.block("", label: "Commentary") == "")
        let links = CommonMarkConverter.html(fromMarkdown: Commentary.block("[a](JavaScript:alert(1)) [b](https://example.org) [c]\n\n[c]: data:text/html,x\n\nThe data: as read.", label: "C"))
        #expect(!links.lowercased().contains("href=\"javascript"))
        #expect(links.contains("<a href=\"https://example.org\">b</a>"))
        #expect(!links.contains("href=\"data:"))
        #expect(links.contains("The data: as read."))
        // A character reference cannot spell the scheme past the check.
        let encoded = CommonMarkConverter.html(fromMarkdown: Commentary.block("[a](java&#115;cript:alert(1)) [b](&#x6A;avascript:x) Fish &amp; chips.", label: "C"))
        #expect(!encoded.lowercased().contains("href=\"javascript"))
        #expect(!encoded.lowercased().contains("href=\"java&#115;cript"))
        #expect(encoded.contains("Fish &amp;amp; chips."))
    }
}
