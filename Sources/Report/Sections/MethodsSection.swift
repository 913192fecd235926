/// "Introduction", "Appendix B: methods" and the glossary: the local definition of
/// serious violence and the disclosure-control threshold.
/// Templates: `introduction.md.mustache`, `methods.md.mustache`, `glossary.md.mustache`.
struct MethodsSection: ReportSection {
    struct Context: TemplateValues {
        var seriousViolenceCodes: String
        var minimumCount: String
        var minimumCountLessOne: String
    }

    var context: Context

    init(_ model: ReportModel) {
        context = Context(seriousViolenceCodes: model.seriousViolenceCodes.joined(separator: ", "),
                          minimumCount: String(model.minimumCount), minimumCountLessOne: String(max(0, model.minimumCount - 1)))
    }
}
