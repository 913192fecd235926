/// A Mustache tag found by `TemplateTagScanner`, with where it starts.
struct TemplateTag: Equatable {
    /// The character after the opening braces that says what the tag is (`#`, `^`, `/`, `>`,
    /// `<`, `$`, `!`, `%`, `{`, `&`), or nil for a plain `{{variable}}`.
    let sigil: Character?
    /// The tag's name with the sigil and surrounding spaces removed.
    let name: String
    /// 1-based line of the opening `{{`.
    let line: Int
    /// 1-based column of the opening `{{`.
    let column: Int
}

/// A light scan of template text for its tags, used only to make error messages precise.
///
/// swift-mustache reports an unclosed section at the end of the file and does not check that
/// partials exist (a missing partial renders as nothing). This scan finds the tag a person has
/// to fix. It understands the default `{{ }}` delimiters only and stops at a set-delimiter tag,
/// which is why its findings refine the library's errors rather than replace its parser.
enum TemplateTagScanner {
    /// The tags of `text` in order, up to the first set-delimiter tag or unterminated tag.
    static func tags(in text: String) -> [TemplateTag] {
        let characters = Array(text)
        var tags: [TemplateTag] = []
        var index = 0
        var line = 1
        var column = 1

        func advance(to end: Int) {
            while index < end {
                if characters[index].isNewline {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
                index += 1
            }
        }

        while index < characters.count {
            guard characters[index] == "{", index + 1 < characters.count, characters[index + 1] == "{" else {
                advance(to: index + 1)
                continue
            }
            guard let close = closingBraces(in: characters, from: index + 2) else { break }
            var inner = characters[(index + 2)..<close].drop { $0 == " " }
            let sigil: Character? = inner.first.flatMap { sigils.contains($0) ? $0 : nil }
            if sigil != nil { inner = inner.dropFirst() }
            if sigil == "=" { break }
            let name = String(inner).trimmingSpaces()
            tags.append(TemplateTag(sigil: sigil, name: name, line: line, column: column))
            var end = close + 2
            // A triple mustache ends with one more brace.
            if sigil == "{", end < characters.count, characters[end] == "}" { end += 1 }
            advance(to: end)
        }
        return tags
    }

    /// The innermost section, block or parent tag that is still open at the end of `tags`.
    static func unclosedSection(in tags: [TemplateTag]) -> TemplateTag? {
        var open: [TemplateTag] = []
        for tag in tags {
            if let sigil = tag.sigil, openingSigils.contains(sigil) {
                open.append(tag)
            } else if tag.sigil == "/" {
                guard let last = open.last, last.name == tag.name else { return nil }
                open.removeLast()
            }
        }
        return open.last
    }

    /// The first closing tag whose name does not match the open section, with that section
    /// (nil when nothing was open).
    static func mismatchedClose(in tags: [TemplateTag]) -> (close: TemplateTag, open: TemplateTag?)? {
        var open: [TemplateTag] = []
        for tag in tags {
            if let sigil = tag.sigil, openingSigils.contains(sigil) {
                open.append(tag)
            } else if tag.sigil == "/" {
                guard let last = open.last, last.name == tag.name else { return (tag, open.last) }
                open.removeLast()
            }
        }
        return nil
    }

    /// Characters that give a tag its meaning when they follow `{{`.
    private static let sigils: Set<Character> = ["#", "^", "/", ">", "<", "$", "!", "%", "=", "{", "&"]
    /// Sigils of tags that need a matching `{{/name}}`.
    private static let openingSigils: Set<Character> = ["#", "^", "$", "<"]

    /// Index of the `}}` that ends a tag whose content starts at `start`.
    private static func closingBraces(in characters: [Character], from start: Int) -> Int? {
        var index = start
        while index + 1 < characters.count {
            if characters[index] == "}", characters[index + 1] == "}" { return index }
            index += 1
        }
        return nil
    }
}

extension String {
    /// The string without leading and trailing spaces and tabs; Foundation-free on purpose.
    fileprivate func trimmingSpaces() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
