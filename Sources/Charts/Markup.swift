/// Small helpers that write SVG markup as text, one element per line.
///
/// Attributes are given as ordered pairs, so their order in the output is the order in the
/// source; every attribute value and every piece of text is escaped.
enum Markup {
    static let namespace = "http://www.w3.org/2000/svg"

    /// XML-escapes `&`, `<`, `>`, `"` and `'`, and drops characters XML 1.0 does not allow
    /// (control characters other than tab, line feed and carriage return; U+FFFE, U+FFFF).
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            default:
                let value = scalar.value
                let allowed = value == 0x9 || value == 0xA || value == 0xD
                    || (value >= 0x20 && value != 0xFFFE && value != 0xFFFF)
                if allowed { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }

    /// A valid, stable element id made from a chart id: letters, digits, `-`, `_` and `.`
    /// are kept, anything else becomes `-`; an id that would not start with a letter gets a
    /// `chart-` prefix.
    static func safeID(_ id: String) -> String {
        var result = ""
        for scalar in id.unicodeScalars {
            let isLetter = (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z")
            let isDigit = scalar >= "0" && scalar <= "9"
            if isLetter || isDigit || scalar == "-" || scalar == "_" || scalar == "." {
                result.unicodeScalars.append(scalar)
            } else {
                result += "-"
            }
        }
        if let first = result.unicodeScalars.first,
            (first >= "a" && first <= "z") || (first >= "A" && first <= "Z")
        {
            return result
        }
        return "chart-" + result
    }

    /// `name=value` pairs as ` name="value"` text.
    static func attributes(_ pairs: KeyValuePairs<String, String>) -> String {
        pairs.map { " \($0.key)=\"\(escape($0.value))\"" }.joined()
    }

    /// An element: self-closing, or with an optional `<title>` child and text content.
    static func element(
        _ name: String, _ pairs: KeyValuePairs<String, String>, title: String? = nil, text: String? = nil
    ) -> String {
        let open = "<\(name)\(attributes(pairs))"
        guard title != nil || text != nil else { return open + "/>" }
        var inner = ""
        if let title { inner += "<title>\(escape(title))</title>" }
        if let text { inner += escape(text) }
        return open + ">" + inner + "</\(name)>"
    }

    /// A `<g>` around `children`, with an optional `<title>` as its first child.
    static func group(_ pairs: KeyValuePairs<String, String> = [:], title: String? = nil, _ children: [String]) -> [String] {
        var lines = ["<g\(attributes(pairs))>"]
        if let title { lines.append("<title>\(escape(title))</title>") }
        lines += children
        lines.append("</g>")
        return lines
    }

    /// The root `<svg>` with its title and description, then `body`.
    static func document(id: String, title: String, description: String, height: Double, body: [String]) -> String {
        let base = safeID(id)
        let titleID = base + "-title"
        let descID = base + "-desc"
        let root = "<svg" + attributes([
            "xmlns": namespace,
            "id": base,
            "viewBox": "0 0 \(SVGNumber.format(Layout.width)) \(SVGNumber.format(height))",
            "width": "100%",
            "role": "img",
            "aria-labelledby": "\(titleID) \(descID)",
            "font-family": "inherit",
            "font-size": "\(Layout.fontSize)",
            "fill": Palette.text.hex,
        ]) + ">"
        var lines = [root]
        lines.append("<title id=\"\(titleID)\">\(escape(Text.singleLine(title)))</title>")
        lines.append("<desc id=\"\(descID)\">\(escape(description))</desc>")
        lines += body
        lines.append("</svg>")
        return lines.joined(separator: "\n")
    }
}

/// Shared sizes, in viewBox units (the viewBox is 640 wide).
enum Layout {
    static let width = 640.0
    /// Body text: labels, legends.
    static let fontSize = 12
    /// Tick labels and other secondary text; never below 11.
    static let smallFontSize = 11
    /// Space kept free at the right of plots.
    static let rightMargin = 16.0
}

/// Plain-text handling for labels: single lines, width estimates, truncation.
enum Text {
    /// Average advance of a character as a share of the font size. Generous for sans-serif
    /// faces so that estimated widths rarely fall short.
    static let averageAdvance = 0.6

    /// `text` with line breaks and tabs turned into spaces and runs of spaces collapsed.
    static func singleLine(_ text: String) -> String {
        var result = ""
        var lastWasSpace = false
        for character in text {
            if character.isWhitespace {
                if !lastWasSpace && !result.isEmpty { result.append(" ") }
                lastWasSpace = true
            } else {
                result.append(character)
                lastWasSpace = false
            }
        }
        if lastWasSpace, result.hasSuffix(" ") { result.removeLast() }
        return result
    }

    /// Estimated width of `text` drawn at `size`.
    static func width(_ text: String, size: Int = Layout.fontSize) -> Double {
        Double(text.count) * Double(size) * averageAdvance
    }

    /// The most characters that fit in `width` at `size`.
    static func characters(fitting width: Double, size: Int = Layout.fontSize) -> Int {
        guard width.isFinite, width > 0 else { return 1 }
        return max(1, Int((width / (Double(size) * averageAdvance)).rounded(.down)))
    }

    /// `text` cut to at most `limit` characters, ending in an ellipsis when cut.
    static func truncate(_ text: String, to limit: Int) -> String {
        let line = singleLine(text)
        guard line.count > limit else { return line }
        guard limit > 1 else { return "…" }
        var kept = String(line.prefix(limit - 1))
        while kept.hasSuffix(" ") { kept.removeLast() }
        return kept + "…"
    }

    /// A `<text>` element holding `text` cut to `limit` characters; when cut, it is wrapped
    /// in a `<g>` whose `<title>` keeps the full text.
    static func label(
        _ text: String, limit: Int, x: Double, y: Double, anchor: String = "start",
        size: Int = Layout.fontSize, fill: String? = nil, weight: String? = nil
    ) -> [String] {
        let full = singleLine(text)
        let shown = truncate(full, to: limit)
        var pairs: [(String, String)] = [("x", SVGNumber.format(x)), ("y", SVGNumber.format(y))]
        if anchor != "start" { pairs.append(("text-anchor", anchor)) }
        if size != Layout.fontSize { pairs.append(("font-size", "\(size)")) }
        if let fill { pairs.append(("fill", fill)) }
        if let weight { pairs.append(("font-weight", weight)) }
        let attributes = pairs.map { " \($0.0)=\"\(Markup.escape($0.1))\"" }.joined()
        let element = "<text\(attributes)>\(Markup.escape(shown))</text>"
        guard shown != full else { return [element] }
        return ["<g>", "<title>\(Markup.escape(full))</title>", element, "</g>"]
    }
}

extension Markup {
    /// An element from attribute pairs built at run time (for optional attributes).
    static func element(_ name: String, _ pairs: [(String, String)], title: String? = nil, text: String? = nil) -> String {
        let open = "<\(name)" + pairs.map { " \($0.0)=\"\(escape($0.1))\"" }.joined()
        guard title != nil || text != nil else { return open + "/>" }
        var inner = ""
        if let title { inner += "<title>\(escape(title))</title>" }
        if let text { inner += escape(text) }
        return open + ">" + inner + "</\(name)>"
    }
}
