import Analysis
import Charts
import Loaders

/// "Against similar forces": the force beside its most similar group (`similar_forces:`)
/// in ONS recorded crime, with its rank among all forces of England and Wales.
/// Published ONS figures: nothing here goes through disclosure control.
/// Template: `similar-forces.md.mustache`.
struct SimilarForcesSection: ReportSection {
    struct Context: TemplateValues {
        var hasSimilarForces = false
        var similarForcesYearWords = ""
        var similarForcesNames = ""
        var similarForcesSource = "not stated in the configuration (`similar_forces_source:`)"
        var figureSimilarForces = ""
        /// The report's view of `similar-forces.csv`: each offence group's rates on one
        /// scale (`RateScale`), per 100,000 for groups with a rate below 1 per 1,000 (homicide).
        var tableSimilarForces = ""
    }

    /// One force (or the group's average) for one offence group, as published.
    struct Row {
        var yearEnding: String
        var offenceGroup: String
        var role: String
        var code: String
        var name: String
        var rate: Double?
        var rank: Int?
        var ranked: Int
    }

    var tables: [ReportTable] = []
    var headlines: [Headline] = []
    var context = Context()
    /// `data/similar-forces.csv`, for `findings.json`.
    var similarForcesTable: ReportTable?

    init(_ street: StreetCrimeFindings, source: String?, figures: inout Figures) {
        guard let similar = street.similarForces, let first = similar.measures.first else { return }
        let yearEnding = similar.yearEnding.description
        var rows: [Row] = []
        for measure in similar.measures {
            func row(_ force: SimilarForces.Force, _ role: String) -> Row {
                Row(yearEnding: yearEnding, offenceGroup: measure.offenceGroup, role: role, code: force.code, name: force.name,
                    rate: force.rate, rank: force.rank, ranked: measure.ranked)
            }
            rows.append(row(measure.force, "force"))
            rows += measure.similar.map { row($0, "similar force") }
            rows.append(Row(yearEnding: yearEnding, offenceGroup: measure.offenceGroup, role: "group average", code: "",
                            name: "Similar forces' average", rate: measure.groupAverage, rank: nil, ranked: measure.ranked))
        }
        let table = ReportTable(name: "similar-forces", rows: rows, fields: [
            .init("ons_year_ending", nil) { .text($0.yearEnding) },
            .init("offence_group", "Offence group") { .text($0.offenceGroup) },
            .init("role", "Role") { .text($0.role) },
            .init("area_code", nil) { .text($0.code) },
            .init("area_name", "Force") { .text($0.name) },
            .init("rate_per_1000", "Rate per 1,000", numeric: true) { .number($0.rate, places: 4) },
            .init("rank_in_england_and_wales", "Rank (1 = highest)", numeric: true) { .text($0.rank.map(String.init) ?? "") },
            .init("forces_ranked", "Of", numeric: true) { .count($0.ranked) },
        ])
        tables = [table]
        // One scale per offence group, named beside the group, so that its forces compare.
        var scales: [String: RateScale] = [:]
        for group in Set(rows.map(\.offenceGroup)) {
            scales[group] = RateScale.of(rows.filter { $0.offenceGroup == group }.map(\.rate))
        }
        context.tableSimilarForces = ReportTable(name: "similar-forces", rows: rows, fields: [
            .init("offence_group", "Offence group") { .text("\($0.offenceGroup), per \((scales[$0.offenceGroup] ?? .perThousand).unit)") },
            .init("role", "Role") { .text($0.role) },
            .init("area_name", "Force") { .text($0.name) },
            .init("rate_per_1000", "Rate", numeric: true) { row in
                .rate(row.rate, scales[row.offenceGroup] ?? .perThousand)
            },
            .init("rank_in_england_and_wales", "Rank (1 = highest)", numeric: true) { .text($0.rank.map(String.init) ?? "") },
            .init("forces_ranked", "Of", numeric: true) { .count($0.ranked) },
        ]).markdown
        similarForcesTable = table
        let markdown = context.tableSimilarForces
        context = Context(
            hasSimilarForces: true,
            similarForcesYearWords: "the year ending \(DateText.month(similar.yearEnding))",
            similarForcesNames: first.similar.map(\.name).joined(separator: ", "))
        context.tableSimilarForces = markdown
        if let source, !source.isEmpty { context.similarForcesSource = source }

        // The dot chart: violence against the person, the force highlighted, the group's average as the reference.
        let labels = IntervalDotChart.StatusLabels(higher: first.force.name, similar: "Similar force", lower: "", notCompared: "No rate")
        let dots = ([first.force] + first.similar).map { force in
            IntervalDotChart.Row(label: force.name, value: force.rate,
                                 status: force.rate == nil ? .notCompared : (force.code == first.force.code ? .higher : .similar))
        }
        context.figureSimilarForces = figures.add(IntervalDotChart(
            id: "similar-forces-violence", title: "Violence against the person per 1,000: the force and its similar forces (ONS, year ending \(DateText.month(similar.yearEnding)))",
            summary: "Rates of violence against the person per 1,000 residents recorded by the force and by each force of its similar group, with the group's average as a line.",
            valueLabel: "Rate per 1,000", rows: dots,
            reference: first.groupAverage.map { Reference(value: $0, label: "Group average \(NumberFormat.decimal($0, places: 1))") },
            statusLabels: labels, decimals: 1),
            source: "Source: ONS police recorded crime by police force area. Numbers: data/similar-forces.csv.")
    }
}
