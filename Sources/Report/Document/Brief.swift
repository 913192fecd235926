/// The two-page brief beside the report (`brief.md`, `brief.html`): the headline findings
/// with their intervals, the director's summary and recommendations, and three charts
/// (serious violence by month, by area, and by weekday and hour), from the same context
/// and figures as the report, so the two cannot disagree.
public enum Brief {
    /// The brief's Markdown template, and the HTML shell that keeps it to two A4 pages.
    public static let template = "brief.md"
    public static let shell = "brief.html"

    /// The brief's Markdown and page; nil when the template set has no `brief.md.mustache`
    /// (a partnership's templates exported before the brief existed), so such a folder
    /// still writes its report. `figures` must be drawn.
    public static func render(context: [String: Any], title: String, figures: Figures,
                              templates: TemplateSet) throws(TemplateError) -> (markdown: String, html: String)? {
        let files = templates.templateFiles
        guard files.contains(template + ".mustache") else { return nil }
        let markdown = Numbering.number(try templates.render(template, context: context))
        let converted = CommonMarkConverter.html(fromMarkdown: markdown)
        let body = Numbering.wrapTables(Numbering.anchorHeadings(figures.inline(into: converted)))
        let shellName = files.contains(shell + ".mustache") ? shell : HTMLDocument.shellTemplate
        let html = try HTMLDocument.render(bodyHTML: body, title: title, templates: templates, shell: shellName)
        return (markdown, html)
    }
}
