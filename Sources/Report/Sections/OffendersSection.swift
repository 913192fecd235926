import Analysis
import Charts
import Loaders

/// "Who commits violence": suspects of serious violence by age and sex, the share of
/// records with a suspect recorded, and victim-suspect age pairs. Template:
/// `violence-offenders.md.mustache`.
struct OffendersSection: ReportSection {
    struct Context: TemplateValues {
        var suspectRecordedShare = "n/a"
        var suspectRecordedCount = "n/a"
        var suspectMaleShare = "n/a"
        var hasSuspectMaleShare = false
        var figureSuspects = ""
        var repeatVictimSentence = ""
        var repeatSuspectSentence = ""
        var hasRepeatVictimsAndSuspects = false
    }

    /// Suspects by sex and band, with the totals they make; victim-suspect pairs, with
    /// theirs. Both add up, with the records they leave out, to the year's serious violence.
    struct Cells {
        var suspects: [String: [String: Suppression.Cell]] = [:]
        var sexTotals: [String: Suppression.Cell] = [:]
        var knownSuspects: Suppression.Cell = 0
        var recorded: Suppression.Cell = 0
        var total: Suppression.Cell = 0
        var pairs: [String: [String: Suppression.Cell]] = [:]
        var repeats: [RepeatCells] = []

        init(_ findings: ViolenceFindings, seriousYear: Suppression.Cell, in problem: inout Suppression) {
            let found = findings.suspects
            let bands = ViolenceAnalysis.ageBands.map(\.label)
            for row in found.bands { suspects[row.sex, default: [:]][row.band] = problem.cell(row.count) }
            for sex in ["female", "male"] { sexTotals[sex] = problem.total(of: bands.compactMap { [suspects] in suspects[sex]?[$0] }) }
            knownSuspects = problem.total(of: ["female", "male"].compactMap { [sexTotals] in sexTotals[$0] })
            recorded = problem.cell(found.recorded)
            problem.sum(recorded, of: [knownSuspects, problem.cell(found.recordedSexUnknown)])
            for row in found.pairs { pairs[row.victimBand, default: [:]][row.suspectBand] = problem.cell(row.count) }
            let pairBands = ViolenceAnalysis.pairBands.map(\.label)
            let victimTotals = pairBands.map { [pairs] victim in problem.total(of: pairBands.compactMap { pairs[victim]?[$0] }) }
            let pairTotal = problem.total(of: victimTotals)
            problem.sum(recorded, of: [pairTotal, problem.cell(found.recordedVictimAgeUnknown)])
            total = seriousYear
            problem.sum(seriousYear, of: [recorded, problem.cell(max(0, found.total - found.recorded))])
            repeats = OffendersSection.registerRepeats(findings, seriousYear: seriousYear, in: &problem)
        }
    }

    /// A victim age band's suspects in each suspect age band, as published.
    struct PairRow {
        var victimBand: String
        var counts: [Int?]
    }

    var tables: [ReportTable] = []
    var headlines: [Headline] = []
    var context = Context()
    /// Suspects by age and sex as published, for findings.json.
    var suspectsTable: ReportTable?
    /// The share of serious violence with a suspect recorded, with its interval; nil
    /// when withheld or without data.
    var suspectRecordedShare: String?
    /// Repeat victims and suspects as published, for findings.json.
    var repeatsTable: ReportTable?

    init(_ findings: ViolenceFindings?, cells: Cells?, disclosed: Disclosed, synthetic: Bool, figures: inout Figures) {
        guard let findings, let cells else { return }
        let found = findings.suspects
        let rows = found.bands.map { row in
            let cell = cells.suspects[row.sex]?[row.band] ?? cells.knownSuspects
            return Published(finding: row, count: disclosed.value(cell), hidden: disclosed.isSuppressed(cell))
        }
        let suspects = ReportTable(name: "suspects-by-age-and-sex", rows: rows, fields: [
            .init("age_band", "Age") { .text($0.finding.band) },
            .init("sex", "Sex") { .text($0.finding.sex) },
            .init("count", "Suspects", numeric: true) { .count($0.count) },
            .init("population", "Population", numeric: true) { .count($0.finding.population) },
            .init("rate_per_100000", "Rate per 100,000", numeric: true) { $0.hidden ? .withheld : .number($0.finding.rate?.value, places: 4) },
            .init("lower_95", nil, numeric: true) { $0.hidden ? .withheld : .number($0.finding.rate?.lower, places: 4) },
            .init("upper_95", nil, numeric: true) { $0.hidden ? .withheld : .number($0.finding.rate?.upper, places: 4) },
        ])
        suspectsTable = suspects
        let repeats = Self.repeatsTable(findings, cells: cells.repeats, disclosed: disclosed)
        tables = [suspects, Self.pairsTable(found, cells: cells, disclosed: disclosed), repeats.0]
        repeatsTable = repeats.0
        context.hasRepeatVictimsAndSuspects = !repeats.1.isEmpty
        context.repeatVictimSentence = Self.repeatSentence("victim", column: "victim_id", rows: repeats.1)
        context.repeatSuspectSentence = Self.repeatSentence("suspect", column: "suspect_id", rows: repeats.1)
        let recordedShown = !disclosed.isSuppressed(cells.recorded) && !disclosed.isSuppressed(cells.total)
        if recordedShown, let share = found.recordedShare {
            context.suspectRecordedShare = EstimateText.percentWithInterval(share)
            suspectRecordedShare = context.suspectRecordedShare
            context.suspectRecordedCount = NumberFormat.count(found.recorded)
            headlines.append(Headline(.suspects, "A suspect is recorded in \(context.suspectRecordedShare) of serious violence.", synthetic: synthetic))
        } else if found.total > 0 {
            context.suspectRecordedShare = disclosed.withheldShare([cells.recorded, cells.total])
        }
        if let female = disclosed.value(cells.sexTotals["female"] ?? cells.knownSuspects),
           let male = disclosed.value(cells.sexTotals["male"] ?? cells.knownSuspects),
           let share = Proportions.wilson(successes: male, trials: female + male) {
            context.suspectMaleShare = EstimateText.percentWithInterval(share)
            context.hasSuspectMaleShare = true
        }
        context.figureSuspects = Self.pyramid(found, cells: cells, disclosed: disclosed, figures: &figures)
    }

    /// Victim band by suspect band, one column per suspect band.
    static func pairsTable(_ found: ViolenceFindings.Suspects, cells: Cells, disclosed: Disclosed) -> ReportTable {
        let bands = ViolenceAnalysis.pairBands.map(\.label)
        let rows = bands.map { victim in
            PairRow(victimBand: victim, counts: bands.map { suspect in cells.pairs[victim]?[suspect].flatMap { disclosed.value($0) } })
        }
        var fields: [ReportTable.Field<PairRow>] = [.init("victim_age_band", "Victim's age") { .text($0.victimBand) }]
        for (index, band) in bands.enumerated() {
            let key = "suspect_" + band.replacingOccurrences(of: "-", with: "_").replacingOccurrences(of: "+", with: "_plus")
            fields.append(.init(key, "Suspect \(band)", numeric: true) { .count($0.counts[index]) })
        }
        return ReportTable(name: "victim-suspect-age-pairs", rows: rows, fields: fields)
    }

    /// Suspects per 100,000 residents by age band, males to the left; a suppressed band is a gap.
    static func pyramid(_ found: ViolenceFindings.Suspects, cells: Cells, disclosed: Disclosed, figures: inout Figures) -> String {
        let bands = ViolenceAnalysis.ageBands.map(\.label)
        func rate(_ band: String, _ sex: String) -> Double? {
            guard let row = found.bands.first(where: { $0.band == band && $0.sex == sex }),
                  let cell = cells.suspects[sex]?[band], !disclosed.isSuppressed(cell) else { return nil }
            return row.rate?.value
        }
        return figures.add(PopulationPyramid(
            id: "serious-violence-suspects", title: "Suspects of serious violence per 100,000 residents, by age and sex",
            summary: "Rates of recorded suspects of serious violence per 100,000 residents of each age band, males to the left and females to the right.",
            bands: bands, male: bands.map { rate($0, "male") }, female: bands.map { rate($0, "female") },
            valueLabel: "Suspects per 100,000 residents", missing: .withheld(minimumCount: disclosed.minimumCount)),
            source: "Source: police records and ONS mid-year population. Numbers: data/suspects-by-age-and-sex.csv.")
    }
}
