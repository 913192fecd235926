import Loaders

/// Escapes text so that no value from the data can break a table, start a block, or inject markup when placed in Markdown.
///
/// Values from the data (area names, offence categories, free-text notes) go through this
/// before they reach Markdown, so the Markdown we hand to cmark is structured only by our own
/// templates. The rules, applied in this order:
///
/// 1. Whitespace. Every run of spaces, tabs and line breaks (LF, CR, CRLF and the other Unicode
///    line separators) that contains at least one tab or line break becomes a single space, so
///    a value is always one line and cannot end a table row or paragraph. Leading and trailing
///    whitespace is then removed: four leading spaces would start a code block, two trailing
///    spaces a hard line break.
/// 2. HTML characters. `<`, `>`, `&` and `"` become `&lt;`, `&gt;`, `&amp;` and `&quot;`.
///    cmark never reads a character reference as structure, so in Markdown text these show
///    as the characters themselves; and unlike backslash escapes they also hold inside raw
///    HTML, where cmark copies text through untouched. A value that a template places between
///    `<figure>` and a blank line, or in a double-quoted attribute, therefore cannot open a tag
///    or leave the attribute. (Use double quotes for attributes: `'` is not escaped.)
/// 3. Markdown punctuation. Each of `\` `` ` `` `*` `_` `[` `]` `|` `~` `{` `}` `#`
///    gets a backslash in front, wherever it appears. That stops emphasis, code spans,
///    strikethrough, links and images, table cell boundaries and headings. `(`, `)` and `!`
///    are left alone, since with `[` and `]` escaped they can start no link or image, and
///    figures such as "(95% CI 12.1 to 14.3)" then read plainly in the Markdown too. The braces cannot
///    reach Mustache again (escaping happens after expansion) but keep values inert if a
///    rendered fragment is ever fed back through a template. Inside raw HTML these backslashes
///    would show, so values there belong in an `.html.mustache` partial (see `TemplateSet`).
/// 4. Line start. cmark reads some characters as block markers only at the start of a line, and a
///    value may be placed there, so the first character gets extra care:
///    - `-` or `+` is escaped unless a digit follows, so `- item` and `---` cannot start a list,
///      a thematic break or a setext heading, while `-3.2` and `+5` stay as they are;
///    - `=` is always escaped (a setext heading underline);
///    - a leading run of digits followed by `.` or `)` and then a space or the end of the text
///      has that mark escaped (`1.` becomes `1\.`, `1)` becomes `1\)`), so it cannot start an
///      ordered list; `>` (a block quote) is handled by rule 2;
///    - `:` followed by `-` is escaped, which stops a lone value from becoming a table's
///      delimiter row.
///
/// 5. Links and control characters. GFM makes links of bare URLs and e-mail addresses
///    (autolinks): the `:` of `://` and the `.` of `www.` at the start of a word get a
///    backslash, and an `@` that could end the first part of an address gets an empty HTML
///    comment (`<!-- -->`) before it, since cmark-gfm finds addresses after escapes are
///    gone; so a URL or an address in a name shows as text. Control characters (ESC, BEL, DEL,
///    the C1 controls) are shown as their Unicode control pictures (`DisplayText`).
///
/// Nothing else is touched: `.` and `-` inside the text stay, so `12.5`, `2019-04`, `-3` after
/// other text and codes such as `E06000026` read as written in the Markdown too.
///
/// Backslash escapes and character references are invisible in the rendered HTML, where cmark
/// HTML-escapes the text itself.
public enum MarkdownEscaping {
    /// Returns `text` escaped by the rules above; the result renders as exactly `text`
    /// (with whitespace normalised) wherever it is placed inline or in a table cell.
    public static func escape(_ text: String) -> String {
        // Most table cells and labels need nothing: return them as they are.
        if isPlain(text) { return text }
        let line = singleLine(text)
        var result = ""
        result.reserveCapacity(line.utf8.count + 8)
        let escapedLeadIndex = leadingMarkerIndex(in: line)
        let linkMarks = autolinkMarks(in: line)
        var previous: Character?
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            if let reference = htmlReferences[character] {
                result += reference
            } else if let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1,
                      DisplayText.isControl(scalar) {
                result.unicodeScalars.append(DisplayText.picture(scalar))
            } else if character == "@", let before = previous, before.isASCII,
                      before.isLetter || before.isNumber || ".+-_".contains(before) {
                // An e-mail autolink is found in the text after parsing, where escapes are
                // gone: an empty comment splits the address so that none is found.
                result += "<!-- -->@"
            } else {
                if punctuation.contains(character) || index == escapedLeadIndex || linkMarks.contains(index) {
                    result.append("\\")
                }
                result.append(character)
            }
            previous = character
            index = line.index(after: index)
        }
        return result
    }

    /// Rule 5: the characters GFM's autolinks start from, to escape. The `:` of `://`
    /// (`http://`, `https://`, `ftp://`) and the `.` of `www.` at the start of a word.
    /// (An `@` after a character an address may hold gets an empty comment before it.)
    static func autolinkMarks(in line: String) -> Set<String.Index> {
        var marks: Set<String.Index> = []
        var previous: Character?
        var index = line.startIndex
        while index < line.endIndex {
            let rest = line[index...]
            if line[index] == ":", rest.hasPrefix("://") {
                marks.insert(index)
            } else if line[index] == "w" || line[index] == "W", !(previous.map { $0.isLetter || $0.isNumber } ?? false),
                      rest.prefix(4).lowercased() == "www." {
                marks.insert(line.index(index, offsetBy: 3))
            }
            previous = line[index]
            index = line.index(after: index)
        }
        return marks
    }

    /// Whether the ASCII bytes hold `://` or `www.` (any case): text GFM would make a link.
    private static func hasAutolinkTrigger(ascii utf8: String.UTF8View) -> Bool {
        var run: (UInt8, UInt8, UInt8) = (0, 0, 0)
        for byte in utf8 {
            let lower = byte | 0x20
            if byte == UInt8(ascii: "/"), run.1 == UInt8(ascii: ":"), run.2 == UInt8(ascii: "/") { return true }
            if byte == UInt8(ascii: "."), run == (UInt8(ascii: "w"), UInt8(ascii: "w"), UInt8(ascii: "w")) { return true }
            run = (run.1, run.2, byte == UInt8(ascii: ".") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ":") ? byte : lower)
        }
        return false
    }

    /// Characters replaced by character references wherever they appear (rule 2).
    /// Whether escaping would give `text` back: ASCII with no character that is escaped
    /// or replaced, no line break or tab, no space at either end (which `singleLine`
    /// would drop), and no list or heading marker at the start.
    static func isPlain(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard let first = utf8.first, let last = utf8.last else { return true }
        if first == 0x20 || last == 0x20 { return false }
        for byte in utf8 where byte >= 0x80 || plainExcluded[Int(byte)] { return false }
        return !hasLeadingMarker(ascii: utf8) && !hasAutolinkTrigger(ascii: utf8)
    }

    /// `leadingMarkerIndex(in:) != nil` for ASCII text with no line break, on its bytes
    /// (each byte is then one character; walking characters costs far more).
    private static func hasLeadingMarker(ascii utf8: String.UTF8View) -> Bool {
        @inline(__always) func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        var bytes = utf8.makeIterator()
        guard let first = bytes.next() else { return false }
        let second = bytes.next()
        switch first {
        case UInt8(ascii: "-"), UInt8(ascii: "+"):
            return !(second.map(isDigit) ?? false)
        case UInt8(ascii: "="):
            return true
        case UInt8(ascii: ":"):
            return second == UInt8(ascii: "-")
        default:
            break
        }
        var digits = 0
        var after: UInt8?
        for byte in utf8 {
            if isDigit(byte) {
                digits += 1
            } else {
                after = byte
                break
            }
        }
        guard digits > 0, after == UInt8(ascii: ".") || after == UInt8(ascii: ")") else { return false }
        let next = utf8.dropFirst(digits + 1).first
        return next == nil || next == UInt8(ascii: " ")
    }

    /// The ASCII bytes `isPlain` rejects: those `escape` changes, and whitespace other than a space.
    private static let plainExcluded: [Bool] = {
        var table = [Bool](repeating: false, count: 128)
        for byte in Array("<>&\"\\`*_[]|~{}#@".utf8) { table[Int(byte)] = true }
        for byte in 0..<0x20 { table[byte] = true }  // whitespace other than a space, and control characters
        table[0x7F] = true
        return table
    }()

    private static let htmlReferences: [Character: String] = [
        "<": "&lt;", ">": "&gt;", "&": "&amp;", "\"": "&quot;",
    ]

    /// Characters escaped with a backslash wherever they appear (rule 3).
    private static let punctuation: Set<Character> = [
        "\\", "`", "*", "_", "[", "]", "|", "~", "{", "}", "#",
    ]

    /// Applies rule 1: one line, runs containing a tab or line break collapsed, ends trimmed.
    private static func singleLine(_ text: String) -> String {
        var result = ""
        var pendingWhitespace = ""
        var pendingHasBreak = false
        for character in text {
            if character == " " || character == "\t" || character.isNewline {
                pendingWhitespace.append(character)
                if character != " " { pendingHasBreak = true }
                continue
            }
            if !pendingWhitespace.isEmpty, !result.isEmpty {
                result += pendingHasBreak ? " " : pendingWhitespace
            }
            pendingWhitespace = ""
            pendingHasBreak = false
            result.append(character)
        }
        return result
    }

    /// The index of a character that rule 4 says to escape, if any. `line` has no leading
    /// whitespace, so its first character is where a block marker would be.
    static func leadingMarkerIndex(in line: String) -> String.Index? {
        guard let first = line.first else { return nil }
        let second = line.dropFirst().first
        switch first {
        case "-", "+":
            if let second, second.isASCII, second.isNumber { return nil }
            return line.startIndex
        case "=":
            return line.startIndex
        case ":":
            return second == "-" ? line.startIndex : nil
        default:
            break
        }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.endIndex < line.endIndex, line[digits.endIndex] == "." || line[digits.endIndex] == ")" else { return nil }
        let afterDot = line.index(after: digits.endIndex)
        if afterDot == line.endIndex || line[afterDot] == " " {
            return digits.endIndex
        }
        return nil
    }
}
