import Analysis
import Loaders

/// "Against England and Wales": the force's police.uk rates beside ONS recorded crime for
/// the force and for England and Wales. Template: `comparators.md.mustache`.
struct EnglandAndWalesSection: ReportSection {
    struct Context: TemplateValues {
        var hasComparators: Bool
        var comparatorYearWords: String
        var comparisonRows: [ComparisonRow]
        /// Which years the two sides cover, and whether they are the same.
        var comparatorYearsSentence = ""
        /// The months of each side, for the table's headings.
        var policeUkColumnYears = ""
        var onsColumnYears = ""
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
            comparisonRows: street.comparisons.map(Self.comparisonRow))
        tables = [Self.comparatorsTable(street)]
        context.policeUkColumnYears = DateText.range(street.period.year)
        if let yearEnding = street.comparatorYearEnding {
            let onsMonths = yearEnding.adding(months: -11)...yearEnding
            context.onsColumnYears = DateText.range(onsMonths)
            context.comparatorYearsSentence = street.comparatorMatchesYear
                ? "ONS's recorded crime for \(context.comparatorYearWords) covers the same twelve months as the assessment year, so the police.uk and ONS columns cover the same year."
                : "The inputs hold no ONS table for the assessment year (\(DateText.range(street.period.year))); the latest they hold is for \(context.comparatorYearWords). "
                    + "The police.uk column covers the assessment year and the ONS columns \(DateText.range(onsMonths)), so compare the force with England and Wales within the ONS columns, not across them."
        }
        if let headline = Self.headline(street) { headlines.append(headline) }
    }

    /// One crime type's three rates on one scale (`RateScale`), named beside the crime type
    /// when it is per 100,000: "Robbery, per 100,000".
    static func comparisonRow(_ row: StreetCrimeFindings.Comparison) -> ComparisonRow {
        let scale = RateScale.of([row.streetRate?.value, row.forceRate, row.englandAndWalesRate])
        let street = row.streetRate.map { "\(scale.text($0.value)) (\(EstimateText.confidenceLabel($0.confidence)) \(scale.interval($0)))" } ?? "n/a"
        return ComparisonRow(crimeType: scale == .perThousand ? row.crimeType : "\(row.crimeType), per \(scale.unit)",
                             groups: row.offenceGroups.joined(separator: " + "), streetRate: street,
                             forceRate: row.forceRate.map(scale.text) ?? "n/a", englandAndWalesRate: row.englandAndWalesRate.map(scale.text) ?? "n/a")
    }

    /// Violence against the person, and violence with injury within it, as ONS publishes
    /// them (sexual offences are a group of their own), the force against England and Wales.
    static func headline(_ street: StreetCrimeFindings) -> Headline? {
        func row(_ group: String) -> StreetCrimeFindings.Comparison? {
            street.comparisons.first { $0.crimeType == StreetCrimeAnalysis.onsOnlyCrimeType && $0.offenceGroups == [group] }
        }
        guard let yearEnding = street.comparatorYearEnding, let person = row("Violence against the person"),
              let force = person.forceRate, let national = person.englandAndWalesRate else { return nil }
        func direction(_ force: Double, _ national: Double) -> String {
            force < national ? "below" : (force > national ? "above" : "level with")
        }
        var text = "In ONS's recorded crime for the year ending \(DateText.month(yearEnding)), the force's rate of violence against the person "
            + "(sexual offences apart) was \(NumberFormat.decimal(force, places: 1)) per 1,000, \(direction(force, national)) England and Wales "
            + "(\(NumberFormat.decimal(national, places: 1)))"
        if let injury = row("Violence with injury"), let forceInjury = injury.forceRate, let nationalInjury = injury.englandAndWalesRate {
            text += "; of violence with injury, \(NumberFormat.decimal(forceInjury, places: 1)) per 1,000, \(direction(forceInjury, nationalInjury)) "
                + "England and Wales (\(NumberFormat.decimal(nationalInjury, places: 1)))"
        }
        if !street.comparatorMatchesYear { text += ". The inputs hold no ONS figures for the assessment year" }
        return Headline(.englandAndWales, text + ".")
    }

    /// `data/street-crime-comparators.csv`: the force's police.uk rate beside ONS's rates
    /// for the force and for England and Wales.
    static func comparatorsTable(_ street: StreetCrimeFindings) -> ReportTable {
        let yearEnding = street.comparatorYearEnding?.description ?? ""
        return ReportTable(name: "street-crime-comparators", rows: street.comparisons, fields: [
            .init("crime_type", "Crime type") { .text($0.crimeType) },
            .init("ons_offence_groups", "ONS offence groups") { .text($0.offenceGroups.joined(separator: "; ")) },
            .init("ons_year_ending", nil) { _ in .text(yearEnding) },
            .init("police_uk_from", nil) { _ in .text(street.period.year.lowerBound.description) },
            .init("police_uk_to", nil) { _ in .text(street.period.year.upperBound.description) },
            .init("force_police_uk_rate_per_1000", "Force, police.uk", numeric: true) { .number($0.streetRate?.value, places: 4) },
            .init("lower_95", "Lower 95%", numeric: true) { .number($0.streetRate?.lower, places: 4) },
            .init("upper_95", "Upper 95%", numeric: true) { .number($0.streetRate?.upper, places: 4) },
            .init("force_ons_rate_per_1000", "Force, ONS", numeric: true) { .number($0.forceRate, places: 4) },
            .init("england_and_wales_ons_rate_per_1000", "England and Wales, ONS", numeric: true) { .number($0.englandAndWalesRate, places: 4) },
        ])
    }
}
