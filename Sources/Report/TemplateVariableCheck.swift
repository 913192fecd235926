/// Checks that every variable and section a template renders has a value in the context,
/// so that a misspelt name is an error naming its place rather than a silent blank.
///
/// It walks the template's tags as swift-mustache renders them: a section over a list
/// checks its body against the keys of the list's items (and everything outside), a
/// section whose value is false, empty or absent-but-declared renders nothing and is not
/// checked inside, and a partial is checked where it is included. Names are resolved on
/// their first dotted component, from the innermost scope out, as Mustache does.
struct TemplateVariableCheck {
    enum Scope {
        case keys([String: Any])
        /// Inside a section whose items could not be seen (an empty list): anything goes.
        case unknown
    }

    let texts: [String: String]
    let fileNames: [String: String]
    let displayPath: String

    func check(file: String, scopes: [Scope], depth: Int = 0) throws(TemplateError) {
        guard depth < 32, let text = texts[file] else { return }
        let tags = TemplateTagScanner.tags(in: text)
        var index = 0
        try walk(tags, &index, file: file, scopes: scopes, until: nil, depth: depth)
    }

    /// Checks tags from `index` until the closing tag of `until` (or the end).
    private func walk(_ tags: [TemplateTag], _ index: inout Int, file: String, scopes: [Scope],
                      until section: String?, depth: Int) throws(TemplateError) {
        while index < tags.count {
            let tag = tags[index]
            index += 1
            switch tag.sigil {
            case "/":
                if tag.name == section { return }
            case "!", "%", "=", "$", "<":
                continue
            case ">":
                if let partial = fileNames[tag.name] { try check(file: partial, scopes: scopes, depth: depth + 1) }
            case "#", "^":
                let found = lookup(tag.name, in: scopes)
                let value = found ?? nil
                if found == nil, !isOpen(scopes) { throw missing(tag, file: file, section: true) }
                let rendersBody: Bool
                var inner = scopes
                if tag.sigil == "^" {
                    rendersBody = !isTruthy(value)
                } else if let list = value as? [Any] {
                    rendersBody = !list.isEmpty
                    var keys: [String: Any] = [:]
                    for item in list {
                        if let dictionary = item as? [String: Any] { keys.merge(dictionary) { first, _ in first } }
                    }
                    inner.append(.keys(keys))
                } else if let dictionary = value as? [String: Any] {
                    rendersBody = true
                    inner.append(.keys(dictionary))
                } else {
                    rendersBody = isTruthy(value)
                }
                if !rendersBody { inner.append(.unknown) }
                try walk(tags, &index, file: file, scopes: inner, until: tag.name, depth: depth)
            default:
                if tag.name == "." || isOpen(scopes) { continue }
                if lookup(tag.name, in: scopes) == nil { throw missing(tag, file: file, section: false) }
            }
        }
    }

    /// The value of a name (its first dotted part) in the innermost scope that has it:
    /// `.some(value)` when found (the value may itself be nil), `nil` when no scope has it.
    private func lookup(_ name: String, in scopes: [Scope]) -> Any?? {
        let key = String(name.split(separator: ".").first ?? Substring(name))
        for scope in scopes.reversed() {
            if case .keys(let keys) = scope, let value = keys[key] { return .some(value) }
        }
        return nil
    }

    private func isOpen(_ scopes: [Scope]) -> Bool {
        scopes.contains { if case .unknown = $0 { return true } else { return false } }
    }

    private func isTruthy(_ value: Any?) -> Bool {
        guard let value else { return false }
        if let flag = value as? Bool { return flag }
        if let list = value as? [Any] { return !list.isEmpty }
        return true
    }

    private func missing(_ tag: TemplateTag, file: String, section: Bool) -> TemplateError {
        let kind = section ? "section" : "variable"
        return TemplateError(path: displayPath + "/" + file, line: tag.line, column: tag.column,
                             message: "\(kind) '\(tag.name)' has no value in the report's context (a misspelt name, or one the report does not provide here)")
    }
}
