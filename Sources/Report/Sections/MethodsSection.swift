import Loaders

/// "Introduction", "Appendix B: methods" and the glossary: the local definition of
/// serious violence and the disclosure-control threshold.
/// Templates: `introduction.md.mustache`, `methods.md.mustache`, `glossary.md.mustache`.
struct MethodsSection: ReportSection {
    struct Context: TemplateValues {
        var seriousViolenceCodes: String
        /// The definition in words, each offence's name from the code table beside its code.
        var seriousViolenceDefinition = ""
        var minimumCount: String
        var minimumCountLessOne: String
    }

    var context: Context

    init(_ model: ReportModel) {
        context = Context(seriousViolenceCodes: model.seriousViolenceCodes.joined(separator: ", "),
                          minimumCount: String(model.minimumCount), minimumCountLessOne: String(max(0, model.minimumCount - 1)))
        context.seriousViolenceDefinition = Self.definition(model.seriousViolenceCodes)
    }

    /// "murder of a person aged 1 year or over (1/1), attempted murder (2) and ..." from the
    /// Home Office code table's names.
    static func definition(_ codes: [String]) -> String {
        let parts = codes.map { code -> String in
            guard let offence = HomeOfficeOffenceCodes.offence(code: code) else { return code }
            let name = offence.description
            let words = name.prefix(1).lowercased() + name.dropFirst()
            return "\(words) (\(offence.code))"
        }
        guard parts.count > 1, let last = parts.last else { return parts.first ?? "" }
        return parts.dropLast().joined(separator: "; ") + "; and " + last
    }
}
