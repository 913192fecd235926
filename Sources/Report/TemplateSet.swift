import Foundation
import Mustache

/// The report's templates: every `*.mustache` file in a folder, or sna's built-in ones;
/// partials by file name without `.md.mustache` / `.mustache`.
///
/// Names. A file is known by its name without `.mustache` (`assessment.md.mustache` is
/// `assessment.md`, `assessment.html.mustache` is `assessment.html`). A Markdown template is
/// also known by its name without `.md.mustache`, so `{{> area-table}}` includes
/// `area-table.md.mustache`. Two files may not claim the same name.
///
/// Escaping. In `.md.mustache` files `{{value}}` is escaped with `MarkdownEscaping`: the set
/// adds the pragma `{{% CONTENT_TYPE: MARKDOWN}}` as an extra first line before parsing, so
/// authors need not write it and line numbers in messages still match the file. Every other
/// template escapes `{{value}}` as HTML (swift-mustache's default). `{{{value}}}` and
/// `{{& value}}` are never escaped. swift-mustache resets the content type to HTML inside a
/// partial, which is why each Markdown file carries its own pragma rather than inheriting it.
/// The same reset makes raw HTML easy to keep clean: put a `<figure>` or other HTML block in
/// an `.html.mustache` partial and include it from Markdown as `{{> chart-figure.html}}`;
/// its values are then HTML-escaped instead of showing Markdown backslashes.
///
/// Checks. Loading fails with a `TemplateError` naming file, line and column for a syntax
/// error, and for a `{{> partial}}` that names no template in the set (swift-mustache would
/// otherwise render it as nothing).
///
/// Context. `render` accepts `[String: Any]` dictionaries, arrays and scalars. A key that is
/// missing or `false`, or an empty array, hides a section; note that any String, even `""`,
/// shows one.
public struct TemplateSet: Sendable {
    /// The folder the templates were read from; nil for sna's built-in templates.
    public let directory: URL?
    /// The folder as the user should see it in messages, e.g. `Templates`.
    public let displayPath: String

    private let library: MustacheLibrary
    /// Template name to file name, for messages and lookups.
    private let fileNames: [String: String]
    /// File name to its text, for the check that every variable has a value.
    private let texts: [String: String]

    /// Reads and parses every `*.mustache` file directly inside `directory`.
    public init(directory: URL, displayPath: String) throws(TemplateError) {
        let entries: [String]
        do {
            entries = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        } catch {
            throw TemplateError(path: displayPath, message: "cannot read the template folder")
        }
        // Sorted so that which of two clashing files is reported does not depend on the file system.
        let files = entries.filter { $0.hasSuffix(Self.templateExtension) }.sorted()
        var sources: [(file: String, text: String)] = []
        for file in files {
            sources.append((file, try Self.readText(file, in: directory, displayPath: displayPath)))
        }
        try self.init(sources: sources, directory: directory, displayPath: displayPath)
    }

    /// sna's own templates (`BuiltInTemplates`), compiled into the program.
    public static func builtIn() throws(TemplateError) -> TemplateSet {
        let sources = BuiltInTemplates.files.filter { $0.name.hasSuffix(templateExtension) }.map { (file: $0.name, text: $0.text) }
        return try TemplateSet(sources: sources, directory: nil, displayPath: BuiltInTemplates.displayPath)
    }

    private init(sources: [(file: String, text: String)], directory: URL?, displayPath: String) throws(TemplateError) {
        _ = MarkdownContentType.registration
        self.directory = directory
        self.displayPath = displayPath

        var fileNames: [String: String] = [:]
        for (file, _) in sources {
            for name in Self.names(forFile: file) {
                if let other = fileNames[name] {
                    throw TemplateError(
                        path: Self.join(displayPath, file),
                        message: "template name '\(name)' is already used by \(Self.join(displayPath, other))"
                    )
                }
                fileNames[name] = file
            }
        }

        var library = MustacheLibrary()
        for (file, text) in sources {
            let template = try Self.parse(text, file: file, displayPath: displayPath)
            try Self.checkPartials(in: text, file: file, known: fileNames, displayPath: displayPath)
            for name in Self.names(forFile: file) {
                library.register(template, named: name)
            }
        }
        self.library = library
        self.fileNames = fileNames
        self.texts = Dictionary(uniqueKeysWithValues: sources.map { ($0.file, $0.text) })
    }

    /// Renders the template called `name` (e.g. `assessment.md`) with `context`.
    ///
    /// A `[String: Any]` context is checked first: a variable or section the rendered text
    /// would use but the context lacks is an error naming the file, line and column, never
    /// a silent blank (see `TemplateVariableCheck`).
    public func render(_ name: String, context: Any) throws(TemplateError) -> String {
        if let dictionary = context as? [String: Any], let file = fileNames[name] {
            try TemplateVariableCheck(texts: texts, fileNames: fileNames, displayPath: displayPath)
                .check(file: file, scopes: [.keys(dictionary)])
        }
        guard let rendered = library.render(context, withTemplate: name) else {
            throw TemplateError(path: displayPath, message: "no template named '\(name)' (looked for \(name)\(Self.templateExtension))")
        }
        return rendered
    }

    /// Every template file of the set, sorted by name.
    public var templateFiles: [String] { Set(fileNames.values).sorted() }

    /// The text of a non-template file in the folder, such as `style.css`.
    public func file(named name: String) throws(TemplateError) -> String {
        guard let directory else {
            guard let text = BuiltInTemplates.text(of: name) else {
                throw TemplateError(path: Self.join(displayPath, name), message: "sna has no built-in file of this name")
            }
            return text
        }
        return try Self.readText(name, in: directory, displayPath: displayPath)
    }

    // MARK: - Loading

    private static let templateExtension = ".mustache"
    private static let markdownExtension = ".md.mustache"
    /// Sets Markdown escaping for a `.md.mustache` file. On a line of its own the pragma is a
    /// standalone tag, so it leaves no blank line behind and does not change how the file's
    /// own first line is treated.
    private static let markdownPragma = "{{% CONTENT_TYPE: \(MarkdownContentType.name)}}\n"

    private static func names(forFile file: String) -> [String] {
        var names = [String(file.dropLast(templateExtension.count))]
        if file.hasSuffix(markdownExtension) {
            names.append(String(file.dropLast(markdownExtension.count)))
        }
        return names
    }

    private static func join(_ displayPath: String, _ file: String) -> String {
        displayPath.isEmpty ? file : "\(displayPath)/\(file)"
    }

    private static func readText(_ file: String, in directory: URL, displayPath: String) throws(TemplateError) -> String {
        let url = directory.appendingPathComponent(file)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw TemplateError(path: join(displayPath, file), message: "cannot read the file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw TemplateError(path: join(displayPath, file), message: "the file is not valid UTF-8")
        }
        return text
    }

    private static func parse(_ text: String, file: String, displayPath: String) throws(TemplateError) -> MustacheTemplate {
        let isMarkdown = file.hasSuffix(markdownExtension)
        do {
            return try MustacheTemplate(string: isMarkdown ? markdownPragma + text : text)
        } catch let error as MustacheTemplate.ParserError {
            let lineOffset = isMarkdown ? 1 : 0
            var failure = TemplateError(
                path: join(displayPath, file),
                line: max(1, error.context.lineNumber - lineOffset),
                column: error.context.columnNumber,
                message: message(for: error.error)
            )
            refine(&failure, cause: error.error, text: text)
            throw failure
        } catch {
            throw TemplateError(path: join(displayPath, file), message: "cannot parse the template: \(error)")
        }
    }

    /// Points section errors at the tag to fix rather than where the parser noticed.
    private static func refine(_ failure: inout TemplateError, cause: Error, text: String) {
        guard let cause = cause as? MustacheTemplate.Error else { return }
        let tags = TemplateTagScanner.tags(in: text)
        switch cause {
        case .expectedSectionEnd:
            guard let open = TemplateTagScanner.unclosedSection(in: tags) else { return }
            failure = TemplateError(
                path: failure.path, line: open.line, column: open.column,
                message: "section '\(open.name)' is never closed; add {{/\(open.name)}}"
            )
        case .sectionCloseNameIncorrect:
            guard let (close, open) = TemplateTagScanner.mismatchedClose(in: tags) else { return }
            let expectation = open.map { "'\($0.name)' opened at line \($0.line), column \($0.column) is still open" }
                ?? "no section is open"
            failure = TemplateError(
                path: failure.path, line: close.line, column: close.column,
                message: "{{/\(close.name)}} does not close the current section; \(expectation)"
            )
        default:
            return
        }
    }

    private static func message(for error: Error) -> String {
        guard let error = error as? MustacheTemplate.Error else {
            // swift-mustache's own scanner errors (running off the end of the text) are internal types.
            return "unexpected end of the template inside a tag"
        }
        switch error {
        case .sectionCloseNameIncorrect:
            return "closing tag does not match the open section"
        case .unfinishedName:
            return "tag is not closed with }} or its name has characters other than letters, digits and . - _ ? *"
        case .expectedSectionEnd:
            return "a section is not closed before the end of the file"
        case .invalidSetDelimiter:
            return "invalid set-delimiter tag; expected {{=<start> <end>=}}"
        case .transformAppliedToInheritanceSection:
            return "a transform cannot be applied to a {{$block}}"
        case .illegalTokenInsideInheritSection, .textInsideInheritSection:
            return "only {{$block}} definitions may appear inside {{<parent}}"
        case .invalidConfigVariableSyntax:
            return "invalid pragma; expected {{% NAME: value}}"
        case .unrecognisedConfigVariable:
            return "unknown pragma or content type; known: CONTENT_TYPE with HTML, TEXT or \(MarkdownContentType.name)"
        }
    }

    private static func checkPartials(in text: String, file: String, known: [String: String], displayPath: String) throws(TemplateError) {
        for tag in TemplateTagScanner.tags(in: text) where tag.sigil == ">" || tag.sigil == "<" {
            // A dynamic partial `{{>*name}}` names a context value, not a template.
            guard !tag.name.hasPrefix("*"), known[tag.name] == nil else { continue }
            throw TemplateError(
                path: join(displayPath, file), line: tag.line, column: tag.column,
                message: "partial '\(tag.name)' names no template in \(displayPath); expected \(tag.name).md.mustache or \(tag.name).mustache"
            )
        }
    }
}
