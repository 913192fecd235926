import Analysis
import Loaders

/// "Data sources and their limits" and "Appendix A: data quality": every input, and what
/// became of its rows. Templates: `sources.md.mustache`, `data-quality.md.mustache`.
struct DataQualitySection: ReportSection {
    struct Context: TemplateValues {
        var sources: [Source]
        var forceName: String
        var monthsCovered: String
        var unplacedCrimes: String
        /// police.uk's count against ONS's over the same twelve months, measured.
        var policeUkAgainstOns = ""
        var populationYear: String
        var forcePopulation: String
        var duplicateCrimeIds: String
        var hasDuplicateCrimeIds: Bool
    }

    struct Source: TemplateValues {
        var name: String
        var path: String
        var files: String
        var read: String
        var loaded: String
        var excluded: String
        var rejected: String
        var synthetic: Bool
        var reasons: [Reason]
        var problems: [Problem]
        var hasProblems: Bool
    }

    struct Reason: TemplateValues {
        var outcome: String
        var reason: String
        var count: String
    }

    struct Problem: TemplateValues {
        var text: String
    }

    var context: Context

    init(_ model: ReportModel) {
        let street = model.street
        context = Context(
            sources: model.sources.map(Self.source),
            forceName: model.forceName,
            monthsCovered: street.months.first.flatMap { first in street.months.last.map { DateText.range(first...$0) } } ?? "",
            unplacedCrimes: NumberFormat.count(street.yearUnplacedCrimes),
            populationYear: model.populationYear.map(String.init) ?? "latest",
            forcePopulation: NumberFormat.count(street.forcePopulation),
            duplicateCrimeIds: NumberFormat.count(model.duplicateCrimeIDs),
            hasDuplicateCrimeIds: model.duplicateCrimeIDs > 0)
        context.policeUkAgainstOns = Self.againstONS(street.policeUKAgainstONS)
    }

    /// How many fewer crimes police.uk holds than ONS's recorded crime, measured on the
    /// twelve months both cover; a general statement when no such year is in the inputs.
    static func againstONS(_ coverage: StreetCrimeFindings.RecordedCrimeCoverage?) -> String {
        guard let coverage else {
            return "It holds fewer crimes than the official recorded-crime count, since police.uk leaves out some records before publication; the inputs hold no ONS year that police.uk covers, so the gap is not measured here."
        }
        let months = coverage.yearEnding.adding(months: -11)...coverage.yearEnding
        let share = NumberFormat.percent(abs(coverage.shortfall))
        let direction = coverage.shortfall >= 0 ? "fewer" : "more"
        return "Over \(DateText.range(months)) it held \(NumberFormat.count(coverage.policeUK)) crimes for the force against \(NumberFormat.count(coverage.ons)) "
            + "in ONS's recorded crime (excluding fraud) for the same twelve months: \(share) \(direction); police.uk leaves out some records before publication."
    }

    static func source(_ source: ReportModel.Source) -> Source {
        let account = source.account
        let reasons = account.excluded.map { ("Excluded", $0.key, $0.value) } + account.rejected.map { ("Rejected", $0.key, $0.value) }
            + account.notes.map { ("Loaded", $0.key, $0.value) }
            + account.unmapped.map { ("Loaded", $0.summary, $0.count) }
        return Source(
            name: source.name, path: source.path, files: NumberFormat.count(source.files), read: NumberFormat.count(account.read),
            loaded: NumberFormat.count(account.loaded), excluded: NumberFormat.count(account.excludedCount),
            rejected: NumberFormat.count(account.rejectedCount), synthetic: source.isSynthetic,
            reasons: reasons.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map { Reason(outcome: $0.0, reason: $0.1, count: NumberFormat.count($0.2)) },
            problems: account.problems.map { Problem(text: $0.description) }, hasProblems: !account.problems.isEmpty)
    }
}
