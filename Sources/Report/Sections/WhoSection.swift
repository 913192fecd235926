import Analysis
import Charts
import Loaders

/// "Who: victims and domestic context": victims of serious violence by age and sex, and
/// the shares of young men and of domestic abuse. Template: `violence-who.md.mustache`.
struct WhoSection: ReportSection {
    struct Context: TemplateValues {
        var shareMale18To36 = "n/a"
        var shareUnder25 = "n/a"
        var shareMale = "n/a"
        var shareDomesticAbuseFemale = "n/a"
        var shareDomesticAbuseMale = "n/a"
        /// The scale of the victims' rates: "1,000", or "100,000" when all are below 1 per 1,000.
        var victimsRateUnit = "1,000"
        var figureVictims = ""
    }

    /// Victims by sex and age band; each sex's bands add up to its total, and the two
    /// sexes with the victims of unknown age or sex to the year's serious violence.
    struct Cells {
        var victims: [String: [String: Suppression.Cell]] = [:]
        var knownVictims: Suppression.Cell = 0
        /// Victims of unknown age or sex: with the known, the year's serious violence.
        var unknown: Suppression.Cell = 0

        init(_ findings: ViolenceFindings, seriousYear: Suppression.Cell, in problem: inout Suppression) {
            for row in findings.victims { victims[row.sex, default: [:]][row.band] = problem.cell(row.count) }
            let bands = ViolenceAnalysis.ageBands.map(\.label)
            let sexTotals = ["female", "male"].map { [victims] sex in problem.total(of: bands.compactMap { victims[sex]?[$0] }) }
            knownVictims = problem.total(of: sexTotals)
            let known = findings.victims.reduce(0) { $0 + $1.count }
            let year = findings.trends.first { $0.category == ViolenceFindings.seriousViolence }?.yearCount
            unknown = problem.cell(max(0, year.map { $0 - known } ?? 0))
            problem.sum(seriousYear, of: [knownVictims, unknown])
        }
    }

    var tables: [ReportTable] = []
    var headlines: [Headline] = []
    var context = Context()

    init(_ findings: ViolenceFindings?, cells: Cells?, shares: DriversSection.Shares, disclosed: Disclosed, synthetic: Bool,
         figures: inout Figures) {
        guard let findings, let cells else { return }
        context.shareMale18To36 = shares.text("male_18_to_36")
        context.shareUnder25 = shares.text("under_25")
        context.shareMale = shares.text("male")
        context.shareDomesticAbuseFemale = shares.text("domestic_abuse", "female")
        context.shareDomesticAbuseMale = shares.text("domestic_abuse", "male")
        // The bands, then the victims of unknown age or sex, so that the table adds up to the year.
        let notKnown = ViolenceFindings.VictimBand(band: "Not known", sex: "Not known", count: 0, population: 0, rate: nil)
        let victims = findings.victims.map { row in
            let cell = cells.victims[row.sex]?[row.band] ?? cells.knownVictims
            return Published(finding: row, count: disclosed.value(cell), hidden: disclosed.isSuppressed(cell))
        } + [Published(finding: notKnown, count: disclosed.value(cells.unknown), hidden: false)]
        let scale = RateScale.of(victims.map { $0.hidden ? nil : $0.finding.rate?.value })
        context.victimsRateUnit = scale.unit
        tables = [ReportTable(name: "violence-victims-by-age-and-sex", rows: victims, fields: [
            .init("age_band", "Age") { .text($0.finding.band) },
            .init("sex", "Sex") { .text($0.finding.sex) },
            .init("count", "Victims", numeric: true) { .count($0.count) },
            .init("population", "Population", numeric: true) { $0.finding.band == "Not known" ? .text("") : .count($0.finding.population) },
            .init("rate_per_1000", scale.heading, numeric: true) { $0.hidden ? .withheld : .rate($0.finding.rate?.value, scale) },
        ])]
        context.figureVictims = Self.pyramid(findings, cells: cells, disclosed: disclosed, scale: scale, figures: &figures)
        if let share = shares.shown("male_18_to_36") {
            headlines.append(Headline(.youngMenAsVictims, "Male victims aged 18 to 36 are \(share) of serious violence victims of known age and sex.",
                                      synthetic: synthetic))
        }
        if let female = shares.shown("domestic_abuse", "female"), let male = shares.shown("domestic_abuse", "male") {
            headlines.append(Headline(.domesticAbuse, "Domestic abuse is \(female) of serious violence against women, and \(male) against men.",
                                      synthetic: synthetic))
        }
    }

    /// Rates by age band on the table's scale, males to the left; a suppressed band is marked as withheld.
    static func pyramid(_ findings: ViolenceFindings, cells: Cells, disclosed: Disclosed, scale: RateScale, figures: inout Figures) -> String {
        let bands = ViolenceAnalysis.ageBands.map(\.label)
        func rate(_ band: String, _ sex: String) -> Double? {
            guard let row = findings.victims.first(where: { $0.band == band && $0.sex == sex }),
                  let cell = cells.victims[sex]?[band], !disclosed.isSuppressed(cell) else { return nil }
            return row.rate.map { $0.value * scale.factor }
        }
        return figures.add(PopulationPyramid(
            id: "serious-violence-victims", title: "Victims of serious violence per \(scale.unit) residents, by age and sex",
            summary: "Rates of serious violence victims per \(scale.unit) residents of each age band, males to the left and females to the right.",
            bands: bands, male: bands.map { rate($0, "male") }, female: bands.map { rate($0, "female") },
            valueLabel: "Victims per \(scale.unit) residents", missing: .withheld(minimumCount: disclosed.minimumCount)),
            source: "Source: police records and ONS mid-year population. Numbers: data/violence-victims-by-age-and-sex.csv.")
    }
}
