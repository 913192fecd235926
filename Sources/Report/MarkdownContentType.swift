import Mustache

/// The swift-mustache content type that escapes `{{value}}` with `MarkdownEscaping`.
///
/// swift-mustache picks a content type per template with the pragma `{{% CONTENT_TYPE: NAME}}`
/// and looks the name up in a process-wide table; `TemplateSet` adds that pragma to every
/// `.md.mustache` file for you. Triple mustache `{{{value}}}` and `{{& value}}` stay raw.
struct MarkdownContentType: MustacheContentType {
    /// The name the type is registered under, as written in the pragma.
    static let name = "MARKDOWN"

    /// Registers the type in swift-mustache's table. The table is global; a Swift static is
    /// initialised exactly once even when several threads load templates at the same time.
    static let registration: Void = {
        MustacheContentTypes.register(MarkdownContentType(), named: name)
    }()

    func escapeText(_ text: String) -> String {
        MarkdownEscaping.escape(text)
    }
}
