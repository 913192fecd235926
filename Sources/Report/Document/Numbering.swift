/// Numbers the report's tables and figures in the order they appear, and gives its
/// headings the anchors a table of contents links to.
///
/// Templates write captions as `**Table: ...**` and `**Figure: ...**`, so a user who
/// moves or adds a section never renumbers by hand.
public enum Numbering {
    /// `**Table: x**` becomes `**Table 1. x**`, and likewise for figures; runs of blank
    /// lines become one.
    ///
    /// Read line by line on bytes. A line ends at each LF, except one after a CR (which
    /// Swift reads as one character with it, so a CRLF never split a line here).
    public static func number(_ markdown: String) -> String {
        var tables = 0
        var figures = 0
        let table = Array("**Table: ".utf8)
        let figure = Array("**Figure: ".utf8)
        var output: [UInt8] = []
        output.reserveCapacity(markdown.utf8.count + 256)
        var previousEmpty = false
        var first = true
        let bytes = Array(markdown.utf8)
        bytes.withUnsafeBufferPointer { text in
            var start = 0
            func line(_ start: Int, _ end: Int) {
                let empty = start == end
                // Sections a template leaves out leave blank lines behind: keep one.
                if empty && previousEmpty && !first { return }
                if !first { output.append(0x0A) }
                first = false
                previousEmpty = empty
                let piece = UnsafeBufferPointer(rebasing: text[start..<end])
                if piece.starts(with: table) {
                    tables += 1
                    output.append(contentsOf: "**Table \(tables). ".utf8)
                    output.append(contentsOf: piece.dropFirst(table.count))
                } else if piece.starts(with: figure) {
                    figures += 1
                    output.append(contentsOf: "**Figure \(figures). ".utf8)
                    output.append(contentsOf: piece.dropFirst(figure.count))
                } else {
                    output.append(contentsOf: piece)
                }
            }
            for index in 0..<text.count where text[index] == 0x0A && (index == 0 || text[index - 1] != 0x0D) {
                line(start, index)
                start = index + 1
            }
            line(start, text.count)
        }
        return String(decoding: output, as: UTF8.self)
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
        let bytes = Array(html.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 4096)
        let open = Array("<h".utf8)
        var rest = 0
        while let at = ByteSearch.firstIndex(of: open, in: bytes, from: rest) {
            output += bytes[rest..<at]
            let afterTag = at + open.count
            guard afterTag + 1 < bytes.count, bytes[afterTag] == UInt8(ascii: "2") || bytes[afterTag] == UInt8(ascii: "3"),
                  bytes[afterTag + 1] == UInt8(ascii: ">"),
                  let close = ByteSearch.firstIndex(of: Array("</h".utf8) + [bytes[afterTag], UInt8(ascii: ">")], in: bytes, from: afterTag) else {
                output += open
                rest = afterTag
                continue
            }
            let level = bytes[afterTag] == UInt8(ascii: "2") ? 2 : 3
            let inner = String(decoding: bytes[(afterTag + 2)..<close], as: UTF8.self)
            output += Array("<h\(level) id=\"\(anchor(plainText(inner)))\">\(inner)</h\(level)>".utf8)
            rest = close + 5
        }
        output += bytes[rest...]
        return String(decoding: output, as: UTF8.self)
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
        let bytes = Array(html.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 8192)
        let captionStart = Array("<p><strong>Table ".utf8)
        let tableStart = Array("<table>".utf8)
        let tableEnd = Array("</table>".utf8)
        var caption: String?
        var rest = 0
        while true {
            let nextCaption = ByteSearch.firstIndex(of: captionStart, in: bytes, from: rest)
            let nextTable = ByteSearch.firstIndex(of: tableStart, in: bytes, from: rest)
            if let captionAt = nextCaption, nextTable.map({ captionAt < $0 }) ?? true {
                let afterPrefix = captionAt + captionStart.count
                var digitsEnd = afterPrefix
                while digitsEnd < bytes.count, bytes[digitsEnd] >= UInt8(ascii: "0"), bytes[digitsEnd] <= UInt8(ascii: "9") { digitsEnd += 1 }
                output += bytes[rest..<captionAt]
                if digitsEnd == afterPrefix {
                    output += captionStart
                } else {
                    let number = String(decoding: bytes[afterPrefix..<digitsEnd], as: UTF8.self)
                    caption = "table-\(number)"
                    output += Array("<p id=\"table-\(number)\"><strong>Table ".utf8)
                }
                rest = afterPrefix
            } else if let tableAt = nextTable, let end = ByteSearch.firstIndex(of: tableEnd, in: bytes, from: tableAt + tableStart.count) {
                output += bytes[rest..<tableAt]
                let label = caption.map { "aria-labelledby=\"\($0)\"" } ?? "aria-label=\"Table\""
                output += Array("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" \(label)>".utf8)
                output += bytes[tableAt..<(end + tableEnd.count)]
                output += Array("</div>".utf8)
                caption = nil
                rest = end + tableEnd.count
            } else {
                output += bytes[rest...]
                return String(decoding: output, as: UTF8.self)
            }
        }
    }
}
