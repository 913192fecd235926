import Loaders

/// The partnership's recommendations as they stood at the end of the quarter
/// (`recommendations.yml`): a table after the director's commentary, written as
/// `data/recommendations.csv`, and the status changes of the quarter, which "what changed
/// since last quarter" lists. Recommendations raised after the quarter are left out.
struct RecommendationsSection: ReportSection {
    struct Context: TemplateValues {
        var hasRecommendations = false
        var recommendationChanges: [Change] = []
    }

    struct Change: TemplateValues {
        var text: String
    }

    var tables: [ReportTable] = []
    var context = Context()

    init(_ recommendations: [Recommendation], quarter: Quarter) {
        let current = recommendations.filter { $0.raised <= quarter }
        guard !current.isEmpty else { return }
        context.hasRecommendations = true
        tables = [ReportTable(name: "recommendations", rows: current, fields: [
            .init("id", "Id") { .text($0.id) },
            .init("recommendation", "Recommendation") { .text($0.text) },
            .init("owner", "Owner") { .text($0.owner) },
            .init("raised", "Raised") { .text($0.raised.description) },
            .init("status", "Status at \(quarter)") { .text($0.status(asOf: quarter).rawValue) },
            .init("note", "Latest note") { .text($0.entry(asOf: quarter)?.note ?? "") },
        ])]
        context.recommendationChanges = current.compactMap { recommendation in
            guard let change = recommendation.change(in: quarter) else { return nil }
            let note = change.note.isEmpty ? "" : ": \(change.note)"
            return Change(text: "Recommendation \(recommendation.id) (\(recommendation.owner)) moved from \(change.from.rawValue) to \(change.to.rawValue)\(note)")
        }
    }
}
