import Analysis
import Loaders

/// "Against England and Wales": the force's police.uk rates beside ONS recorded crime for
/// the force and for England and Wales. Template: `comparators.md.mustache`.
struct EnglandAndWalesSection: ReportSection {
    struct Context: TemplateValues {
        var hasComparators: Bool
        var comparatorYearWords: String
        var comparisonRows: [ComparisonRow]
    }

    struct ComparisonRow: TemplateValues {
        var crimeType: String
        var groups: String
        var streetRate: String
        var forceRate: String
        var englandAndWalesRate: String
    }

    var tables: [ReportTable]
    var headlines: [Headline] = []
    var context: Context

    init(_ street: StreetCrimeFindings) {
        context = Context(
            hasComparators: !street.comparisons.isEmpty,
            comparatorYearWords: street.comparatorYearEnding.map { "the year ending \(DateText.month($0))" } ?? "",
            comparisonRows: street.comparisons.map { row in
                ComparisonRow(crimeType: row.crimeType, groups: row.offenceGroups.joined(separator: " + "),
                              streetRate: EstimateText.rateWithInterval(row.streetRate),
                              forceRate: row.forceRate.map { NumberFormat.decimal($0, places: 2) } ?? "n/a",
                              englandAndWalesRate: row.englandAndWalesRate.map { NumberFormat.decimal($0, places: 2) } ?? "n/a")
            })
        tables = [Self.comparatorsTable(street)]
        let violence = StreetCrimeType.violenceAndSexualOffences.name
        if let row = street.comparisons.first(where: { $0.crimeType == violence }), let force = row.forceRate,
           let national = row.englandAndWalesRate, let yearEnding = street.comparatorYearEnding {
            let direction = force < national ? "below" : (force > national ? "above" : "level with")
            headlines.append(Headline(.englandAndWales, "In ONS's recorded crime for the year ending \(DateText.month(yearEnding)), the force's rate of violence "
                + "against the person and sexual offences (\(NumberFormat.decimal(force, places: 1)) per 1,000) was \(direction) "
                + "England and Wales (\(NumberFormat.decimal(national, places: 1)))."))
        }
    }

    /// `data/street-crime-comparators.csv`: the force's police.uk rate beside ONS's rates
    /// for the force and for England and Wales.
    static func comparatorsTable(_ street: StreetCrimeFindings) -> ReportTable {
        let yearEnding = street.comparatorYearEnding?.description ?? ""
        return ReportTable(name: "street-crime-comparators", rows: street.comparisons, fields: [
            .init("crime_type", "Crime type") { .text($0.crimeType) },
            .init("ons_offence_groups", "ONS offence groups") { .text($0.offenceGroups.joined(separator: "; ")) },
            .init("ons_year_ending", nil) { _ in .text(yearEnding) },
            .init("force_police_uk_rate_per_1000", "Force, police.uk", numeric: true) { .number($0.streetRate?.value, places: 4) },
            .init("lower_95", "Lower 95%", numeric: true) { .number($0.streetRate?.lower, places: 4) },
            .init("upper_95", "Upper 95%", numeric: true) { .number($0.streetRate?.upper, places: 4) },
            .init("force_ons_rate_per_1000", "Force, ONS", numeric: true) { .number($0.forceRate, places: 4) },
            .init("england_and_wales_ons_rate_per_1000", "England and Wales, ONS", numeric: true) { .number($0.englandAndWalesRate, places: 4) },
        ])
    }
}
