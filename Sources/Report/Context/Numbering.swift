/// Numbers the report's tables and figures in the order they appear, and gives its
/// headings the anchors a table of contents links to.
///
/// Templates write captions as `**Table: ...**` and `**Figure: ...**`, so a user who
/// moves or adds a section never renumbers by hand.
public enum Numbering {
    /// `**Table: x**` becomes `**Table 1. x**`, and likewise for figures; runs of blank
    /// lines become one.
    public static func number(_ markdown: String) -> String {
        var tables = 0
        var figures = 0
        var lines: [Substring] = []
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            // Sections a template leaves out leave blank lines behind: keep one.
            if line.isEmpty, lines.last?.isEmpty == true { continue }
            if line.hasPrefix("**Table: ") {
                tables += 1
                lines.append("**Table \(tables). " + line.dropFirst("**Table: ".count))
            } else if line.hasPrefix("**Figure: ") {
                figures += 1
                lines.append("**Figure \(figures). " + line.dropFirst("**Figure: ".count))
            } else {
                lines.append(line)
            }
        }
        return lines.joined(separator: "\n")
    }

    /// The anchor GitHub gives a heading: lower case, spaces to hyphens, other
    /// punctuation dropped. The HTML page uses the same, so one contents list serves both.
    public static func anchor(_ heading: String) -> String {
        var result = ""
        for character in heading.lowercased() {
            if character.isLetter || character.isNumber || character == "-" || character == "_" {
                result.append(character)
            } else if character == " " {
                result.append("-")
            }
        }
        return result
    }

    /// Adds `id` attributes to the `<h2>` and `<h3>` headings of cmark's HTML.
    public static func anchorHeadings(_ html: String) -> String {
        var output = ""
        var rest = Substring(html)
        while let open = rest.firstRange(of: "<h") {
            output += rest[..<open.lowerBound]
            let afterTag = rest[open.upperBound...]
            guard let level = afterTag.first, level == "2" || level == "3",
                  afterTag.dropFirst().first == ">",
                  let close = afterTag.firstRange(of: "</h\(level)>") else {
                output += "<h"
                rest = afterTag
                continue
            }
            let inner = afterTag[afterTag.index(afterTag.startIndex, offsetBy: 2)..<close.lowerBound]
            output += "<h\(level) id=\"\(anchor(plainText(String(inner))))\">\(inner)</h\(level)>"
            rest = afterTag[close.upperBound...]
        }
        return output + rest
    }

    /// The text of an HTML fragment without tags, with cmark's entities turned back.
    static func plainText(_ html: String) -> String {
        var text = ""
        var inTag = false
        for character in html {
            if character == "<" { inTag = true } else if character == ">" { inTag = false } else if !inTag { text.append(character) }
        }
        return text.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&quot;", with: "\"")
    }

    /// Gives each table caption an id, and wraps each table in a region that scrolls
    /// sideways on small screens and can take keyboard focus, named by its caption.
    public static func wrapTables(_ html: String) -> String {
        var output = ""
        var caption: String?
        var rest = Substring(html)
        while true {
            let nextCaption = rest.firstRange(of: "<p><strong>Table ")
            let nextTable = rest.firstRange(of: "<table>")
            if let captionRange = nextCaption, nextTable.map({ captionRange.lowerBound < $0.lowerBound }) ?? true {
                let afterPrefix = rest[captionRange.upperBound...]
                let number = afterPrefix.prefix { $0.isNumber }
                output += rest[..<captionRange.lowerBound]
                if number.isEmpty {
                    output += "<p><strong>Table "
                } else {
                    caption = "table-\(number)"
                    output += "<p id=\"table-\(number)\"><strong>Table "
                }
                rest = afterPrefix
            } else if let tableRange = nextTable, let end = rest[tableRange.upperBound...].firstRange(of: "</table>") {
                output += rest[..<tableRange.lowerBound]
                let label = caption.map { "aria-labelledby=\"\($0)\"" } ?? "aria-label=\"Table\""
                output += "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" \(label)>"
                output += rest[tableRange.lowerBound..<end.upperBound]
                output += "</div>"
                caption = nil
                rest = rest[end.upperBound...]
            } else {
                return output + rest
            }
        }
    }
}
