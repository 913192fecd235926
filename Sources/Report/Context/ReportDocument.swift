import Analysis
import Foundation
import Loaders

/// Everything the report writes, built from the model in one pass: disclosure control
/// first, then the template context, the figures, the CSV tables and findings.json, all
/// from the same suppressed numbers.
public struct ReportDocument {
    public var context: [String: Any]
    public var figures: Figures
    public var tables: [CSVTable]
    public var findings: JSONValue

    /// With `drawFigures` false, the figures are left for the caller to draw
    /// (`Figures.draw`), say while the page is rendered: their Markdown is in the
    /// context either way.
    public static func make(_ model: ReportModel, drawFigures: Bool = true) -> ReportDocument {
        var figures = Figures()
        var context = ReportContext.make(model)
        var tables = ReportTables.make(model)
        var published: PublishedViolence?
        if let violence = model.violence {
            let publication = PublishedViolence.make(violence, minimumCount: model.minimumCount)
            published = publication
            for (key, value) in ViolenceContext.make(violence, published: publication, synthetic: model.policeRecordsSynthetic,
                                                      figures: &figures) {
                context[key] = value
            }
            tables += publication.tables.map(\.csv)
        }
        var summary = ReportContext.summary(model)
        if let violence = model.violence, let published {
            summary += ViolenceContext.summary(violence, published: published, synthetic: model.policeRecordsSynthetic)
        }
        var publishedHealth: PublishedHealth?
        if let health = model.health, let forecasts = model.forecasts {
            var knife: [Quarter: Int?] = [:]
            for row in published?.tables.first(where: { $0.name == "knife-enabled-serious-violence" })?.rows ?? [] {
                if case .text(let text) = row[0], let quarter = Quarter.parse(text), case .count(let value) = row[1] { knife[quarter] = value }
            }
            let publication = PublishedHealth.make(health, forecasts: forecasts, minimumCount: model.minimumCount, knifeByQuarter: knife)
            publishedHealth = publication
            for (key, value) in HealthContext.make(health, forecasts: forecasts, published: publication, violence: published,
                                                   synthetic: model.healthSynthetic, figures: &figures) {
                context[key] = value
            }
            tables += publication.tables.map(\.csv)
            summary += HealthContext.summary(publication, synthetic: model.healthSynthetic)
        }
        context["summary"] = ReportContext.numbered(summary)
        let findings = FindingsJSON.make(model, violence: published, health: publishedHealth)
        if let previousText = model.previousFindings,
           let previous = try? JSONSerialization.jsonObject(with: Data(previousText.utf8)) as? [String: Any],
           let current = try? JSONSerialization.jsonObject(with: Data(findings.text.utf8)) as? [String: Any] {
            let changes = QuarterOnQuarter.changes(previous: previous, current: current)
            context["has_previous"] = true
            context["previous_period"] = previous["period"] as? String ?? ""
            context["changes"] = changes.map { ["text": $0] }
            context["has_changes"] = !changes.isEmpty
        }
        if drawFigures { figures.draw() }
        return ReportDocument(context: context, figures: figures, tables: tables, findings: findings)
    }
}
