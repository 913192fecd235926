import Analysis
import Loaders

/// "Drivers: alcohol, drugs and weapons": the shares of serious violence (alcohol,
/// domestic abuse, night, victims), knife-enabled violence by quarter, the records whose
/// fields were unknown, and police.uk's drugs and weapons trends.
/// Template: `violence-drivers.md.mustache`.
struct DriversSection: ReportSection {
    struct Context: TemplateValues {
        var shareAlcoholRelated = "n/a"
        var shareAlcoholRelatedFemale = "n/a"
        var shareAlcoholRelatedMale = "n/a"
        var shareAlcoholRelatedNight = "n/a"
        var shareAlcoholRelatedDay = "n/a"
        /// police.uk drug offences and possession of weapons: counts of proactive policing as much as of offending.
        var drugsAndWeapons: [TrendRow] = []
        /// The knife-enabled share of the year's serious violence; empty when a count behind it is suppressed.
        var knifeShareSentence = ""
    }

    struct TrendRow: TemplateValues {
        var category: String
        var year: String
        var before: String
        var change: String
        var direction: String
    }

    /// Every share's numerator and denominator (the numerator and its complement), groups
    /// that partition another group adding up to it, and knife-enabled violence by quarter.
    struct Cells {
        var shares: [(numerator: Suppression.Cell, denominator: Suppression.Cell)] = []
        var knife: [Suppression.Cell] = []
        var seriousYear: Suppression.Cell

        init(_ findings: ViolenceFindings, seriousYear: Suppression.Cell, in problem: inout Suppression) {
            self.seriousYear = seriousYear
            for share in findings.shares {
                let numerator = problem.cell(share.numerator)
                let complement = problem.cell(share.denominator - share.numerator)
                shares.append((numerator, problem.total(of: [numerator, complement])))
            }
            let districtCodes = findings.areaRates.filter { $0.kind == .district }.map(\.areaCode)
            partition(findings, "alcohol_related", whole: "all", parts: ["female", "male"], in: &problem)
            partition(findings, "alcohol_related", whole: "all", parts: ["night", "day"], in: &problem)
            partition(findings, "alcohol_related", whole: "all", parts: districtCodes, in: &problem)
            knife = findings.knifeByQuarter.map { problem.cell($0.count) }
        }

        /// Groups that partition another group's records: the parts and a remainder add up,
        /// for the numerators and for the denominators.
        private func partition(_ findings: ViolenceFindings, _ measure: String, whole: String, parts: [String],
                               in problem: inout Suppression) {
            let all = findings.shares
            guard let wholeIndex = all.firstIndex(where: { $0.measure == measure && $0.group == whole }) else { return }
            let indexes = parts.compactMap { part in all.firstIndex { $0.measure == measure && $0.group == part } }
            let partsNumerator = indexes.reduce(0) { $0 + all[$1].numerator }
            let numeratorRest = problem.cell(max(0, all[wholeIndex].numerator - partsNumerator))
            problem.sum(shares[wholeIndex].numerator, of: indexes.map { shares[$0].numerator } + [numeratorRest])
            let partsDenominator = indexes.reduce(0) { $0 + all[$1].denominator }
            let denominatorRest = problem.cell(max(0, all[wholeIndex].denominator - partsDenominator))
            problem.sum(shares[wholeIndex].denominator, of: indexes.map { shares[$0].denominator } + [denominatorRest])
        }
    }

    /// The shares of serious violence as published, which the when and who sections
    /// quote too: `33.1% (95% CI 30.0% to 36.4%)`, "an unpublished share (…)" when a count
    /// behind it is suppressed, `n/a` when absent.
    struct Shares {
        var findings: [ViolenceFindings.Share] = []
        var cells: [(numerator: Suppression.Cell, denominator: Suppression.Cell)] = []
        var disclosed: Disclosed?

        func text(_ measure: String, _ group: String = "all") -> String {
            guard let disclosed, let index = findings.firstIndex(where: { $0.measure == measure && $0.group == group }) else { return "n/a" }
            let pair = cells[index]
            guard !disclosed.isSuppressed(pair.numerator), !disclosed.isSuppressed(pair.denominator) else {
                return disclosed.withheldShare([pair.numerator, pair.denominator])
            }
            return findings[index].estimate.map(EstimateText.percentWithInterval) ?? "n/a"
        }

        /// The text when it can be quoted in the summary: not suppressed, not missing.
        func shown(_ measure: String, _ group: String = "all") -> String? {
            guard let disclosed, let index = findings.firstIndex(where: { $0.measure == measure && $0.group == group }),
                  !disclosed.isSuppressed(cells[index].numerator), !disclosed.isSuppressed(cells[index].denominator),
                  let estimate = findings[index].estimate else { return nil }
            return EstimateText.percentWithInterval(estimate)
        }
    }

    /// A share as published: its counts (nil when suppressed) and whether the share and
    /// its interval are withheld with them.
    struct ShareRow {
        var share: ViolenceFindings.Share
        var numerator: Int?
        var denominator: Int?
        var hidden: Bool
    }

    var tables: [ReportTable] = []
    var headlines: [Headline] = []
    var context = Context()
    /// Knife-enabled serious violence by quarter as published (nil when suppressed), set
    /// beside major trauma in the unseen section.
    var knifeByQuarter: [Quarter: Int?] = [:]
    /// For findings.json.
    var sharesTable: ReportTable?
    var unknownsTable: ReportTable?

    /// The published shares, for this section and the others that quote them.
    static func shares(_ findings: ViolenceFindings?, cells: Cells?, disclosed: Disclosed) -> Shares {
        guard let findings, let cells else { return Shares() }
        return Shares(findings: findings.shares, cells: cells.shares, disclosed: disclosed)
    }

    init(_ findings: ViolenceFindings?, cells: Cells?, shares: Shares, disclosed: Disclosed, synthetic: Bool) {
        guard let findings, let cells else { return }
        for (row, cell) in zip(findings.knifeByQuarter, cells.knife) { knifeByQuarter[row.quarter] = disclosed.value(cell) }
        let published = Self.tables(findings, cells: cells, disclosed: disclosed)
        tables = [published.shares, published.unknowns, published.knife]
        sharesTable = published.shares
        unknownsTable = published.unknowns
        context.shareAlcoholRelated = shares.text("alcohol_related")
        context.shareAlcoholRelatedFemale = shares.text("alcohol_related", "female")
        context.shareAlcoholRelatedMale = shares.text("alcohol_related", "male")
        context.shareAlcoholRelatedNight = shares.text("alcohol_related", "night")
        context.shareAlcoholRelatedDay = shares.text("alcohol_related", "day")
        context.drugsAndWeapons = findings.drugsAndWeapons.map { trend in
            TrendRow(category: trend.category, year: NumberFormat.count(trend.yearCount), before: NumberFormat.count(trend.comparisonYearCount),
                     change: trend.year?.percentChange.map { NumberFormat.decimal($0, places: 1) + "%" } ?? "n/a",
                     direction: VolumeSection.yearDirection(trend))
        }
        if let knife = Self.knifeShare(findings, cells: cells, disclosed: disclosed) {
            let sentence = "\(NumberFormat.count(knife.knife)) of the \(NumberFormat.count(knife.serious)) serious violence offences of the assessment year "
                + "were recorded as knife-enabled: \(EstimateText.percentWithInterval(knife.share))."
            context.knifeShareSentence = sentence
            headlines.append(Headline(.knife, sentence, synthetic: synthetic))
        }
        if let alcohol = shares.shown("alcohol_related") {
            headlines.append(Headline(.alcohol, "Alcohol is recorded as a factor in \(alcohol) of serious violence where it is known.",
                                      synthetic: synthetic))
        }
    }

    /// Knife-enabled serious violence over the assessment year (the sum of its four published
    /// quarters) out of all serious violence that year, with a Wilson interval; nil when a
    /// count behind it is suppressed or a quarter is missing.
    static func knifeShare(_ findings: ViolenceFindings, cells: Cells, disclosed: Disclosed) -> (knife: Int, serious: Int, share: Estimate)? {
        let year = findings.period.year
        let quarters = zip(findings.knifeByQuarter, cells.knife).filter { year.contains($0.0.quarter.firstMonth) && year.contains($0.0.quarter.lastMonth) }
        let values = quarters.map { disclosed.value($0.1) }
        guard values.count == 4, let serious = disclosed.value(cells.seriousYear), serious > 0 else { return nil }
        let published = values.compactMap { $0 }
        guard published.count == 4 else { return nil }
        let knife = published.reduce(0, +)
        guard let share = Proportions.wilson(successes: knife, trials: serious) else { return nil }
        return (knife, serious, share)
    }

    static func tables(_ findings: ViolenceFindings, cells: Cells, disclosed: Disclosed)
        -> (shares: ReportTable, unknowns: ReportTable, knife: ReportTable) {
        let shares = zip(findings.shares, cells.shares).map { share, pair in
            ShareRow(share: share, numerator: disclosed.value(pair.numerator), denominator: disclosed.value(pair.denominator),
                     hidden: disclosed.isSuppressed(pair.numerator) || disclosed.isSuppressed(pair.denominator))
        }
        let records = disclosed.value(cells.seriousYear)
        var areaNames: [String: String] = [:]
        for area in findings.areaRates { areaNames[area.areaCode] = area.areaName }
        let knife = zip(findings.knifeByQuarter, cells.knife).map { Published(finding: $0, count: disclosed.value($1), hidden: disclosed.isSuppressed($1)) }
        return (
            ReportTable(name: "violence-shares", rows: shares, fields: [
                .init("measure", "Measure") { .named(code: $0.share.measure, name: PlainNames.measure($0.share.measure)) },
                .init("group", "Group") { .named(code: $0.share.group, name: PlainNames.group($0.share.group, areas: areaNames)) },
                .init("numerator", "Crimes", numeric: true) { .count($0.numerator) },
                .init("denominator", "Out of", numeric: true) { .count($0.denominator) },
                .init("share", "Share", numeric: true) { $0.hidden ? .withheld : .share($0.share.estimate?.value) },
                .init("lower_95", "Lower 95%", numeric: true) { $0.hidden ? .withheld : .share($0.share.estimate?.lower) },
                .init("upper_95", "Upper 95%", numeric: true) { $0.hidden ? .withheld : .share($0.share.estimate?.upper) },
            ]),
            ReportTable(name: "violence-unknowns", rows: findings.unknowns, fields: [
                .init("measure", "Field") { .named(code: $0.measure, name: PlainNames.field($0.measure)) },
                // Unknown counts can be small; they are suppressed like any other count.
                .init("unknown", "Unknown", numeric: true) { .count(disclosed.smallCountHidden($0.unknown)) },
                .init("total", "Records", numeric: true) { _ in .count(records) },
            ]),
            ReportTable(name: "knife-enabled-serious-violence", rows: knife, fields: [
                .init("quarter", "Quarter") { .text($0.finding.quarter.description) },
                .init("count", "Crimes", numeric: true) { .count($0.count) },
            ])
        )
    }
}
