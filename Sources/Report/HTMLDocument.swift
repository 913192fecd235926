/// Wraps the converted body in the report's HTML shell: lang, charset, viewport, title, inline stylesheet.
///
/// The shell is `assessment.html.mustache` from the template set; it receives `title` and
/// `lang` (HTML-escaped with `{{ }}`), and `stylesheet` (the text of `style.css` from the same
/// folder) and `body` (both placed raw with `{{{ }}}`). Everything is inline, so the page opens
/// offline and can be mailed as one file.
public struct HTMLDocument {
    /// The name of the shell template in the set.
    public static let shellTemplate = "assessment.html"
    /// The stylesheet file in the template folder.
    public static let stylesheetFile = "style.css"

    /// Returns the complete HTML page around `bodyHTML`.
    public static func render(
        bodyHTML: String,
        title: String,
        language: String = "en-GB",
        templates: TemplateSet,
        shell shellName: String = shellTemplate
    ) throws(TemplateError) -> String {
        let shell = Shell(title: title, lang: language, stylesheet: try templates.file(named: stylesheetFile), body: bodyHTML)
        return try templates.render(shellName, context: shell.templateDictionary())
    }

    /// The names the shell template uses.
    struct Shell: TemplateValues {
        var title: String
        var lang: String
        var stylesheet: String
        var body: String
    }
}
