import Analysis

/// The front of the report: title, period, the numbered summary of key findings, and
/// the notes every police-records section shares (synthetic data, suppressed counts).
struct CoverSection: ReportSection {
    struct Context: TemplateValues {
        var title: String
        var areaName: String
        var period: String
        var periodWords: String
        var yearWords: String
        var attribution = ReportContext.attribution
        var version: String
        /// `Data as of ...`; the command line may set it.
        var hasAsOf: Bool
        var asOf: String
        var summary: [SummaryItem]
        /// Whether the force's record-level data were supplied: the serious violence sections show only then.
        var hasViolence: Bool
        var violenceSynthetic: Bool
        /// Whether any count from the police records is suppressed, in any section.
        var violenceHasSuppressed: Bool
    }

    struct SummaryItem: TemplateValues {
        var number: String
        var measure: String
        var text: String
    }

    var context: Context

    /// `headlines` are every section's, in any order: the summary sorts them by place.
    init(_ model: ReportModel, headlines: [Headline], asOf: String?, violenceHasSuppressed: Bool) {
        let period = model.street.period
        let ordered = headlines.enumerated().sorted { ($0.element.place, $0.offset) < ($1.element.place, $1.offset) }
        context = Context(
            title: model.title, areaName: model.areaName, period: period.quarter.description,
            periodWords: DateText.quarter(period.quarter), yearWords: DateText.range(period.year), version: model.version,
            hasAsOf: asOf != nil, asOf: asOf ?? "",
            summary: ordered.enumerated().map { SummaryItem(number: String($0.offset + 1), measure: $0.element.element.place.measure,
                                                                 text: $0.element.element.text) },
            hasViolence: model.violence != nil, violenceSynthetic: model.violence != nil && model.policeRecordsSynthetic,
            violenceHasSuppressed: violenceHasSuppressed)
    }
}
