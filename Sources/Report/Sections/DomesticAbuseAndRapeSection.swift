import Analysis
import Loaders

/// "Domestic abuse and rape": domestic abuse-flagged violence against the person and
/// rape over the assessment year against the year before, with rates per residents, and
/// the domestic share of serious violence by victim sex as the who section publishes it.
/// Template: `domestic-abuse-and-rape.md.mustache`.
struct DomesticAbuseAndRapeSection: ReportSection {
    struct Context: TemplateValues {
        var hasDomesticAbuseAndRape = false
        var domesticAbuseViolenceSentence = ""
        var rapeSentence = ""
        /// What could not be computed and why; empty when everything could.
        var domesticAbuseAndRapeMissing = "Domestic abuse and rape are counted from the force's record-level police data, "
            + "which this assessment does not have."
    }

    /// Each measure's year and year before. Domestic abuse-flagged violence and the rest of
    /// violence against the person add up to the offence groups the volume section
    /// publishes; rape and the other sexual offences to the sexual offences group.
    struct Cells {
        var domesticYear: Suppression.Cell
        var domesticComparisonYear: Suppression.Cell
        var rapeYear: Suppression.Cell
        var rapeComparisonYear: Suppression.Cell

        init?(_ findings: ViolenceFindings, volume: VolumeSection.Cells, in problem: inout Suppression) {
            guard let found = findings.domesticAbuseAndRape else { return nil }
            let violenceGroups = OffenceGroup.allCases.filter(\.isViolenceAgainstThePerson).map(\.name)
            func part(_ count: Int, of whole: Int, groups: [String], totals: [String: Suppression.Cell]) -> Suppression.Cell {
                let cell = problem.cell(count)
                let members = groups.compactMap { totals[$0] }
                guard !members.isEmpty else { return cell }
                // Neither the group's total (violence against the person is published group
                // by group) nor the rest is published: only the sum ties them.
                let total = members.count == 1 ? members[0] : problem.unpublishedTotal(of: members)
                problem.sum(total, of: [cell, problem.unpublished(max(0, whole - count))])
                return cell
            }
            let domestic = found.domesticAbuseViolence.trend
            domesticYear = part(domestic.yearCount, of: found.violenceAgainstThePersonYear, groups: violenceGroups, totals: volume.yearTotal)
            domesticComparisonYear = part(domestic.comparisonYearCount, of: found.violenceAgainstThePersonComparisonYear,
                                          groups: violenceGroups, totals: volume.comparisonTotal)
            let rape = found.rape.trend
            let sexual = [OffenceGroup.sexualOffences.name]
            rapeYear = part(rape.yearCount, of: found.sexualOffencesYear, groups: sexual, totals: volume.yearTotal)
            rapeComparisonYear = part(rape.comparisonYearCount, of: found.sexualOffencesComparisonYear, groups: sexual,
                                      totals: volume.comparisonTotal)
        }
    }

    /// The report's words for the codes the CSV file keeps.
    static let names = [
        "domestic_abuse_violence": "Domestic abuse-flagged violence", "rape": "Rape",
        "domestic_abuse_share_of_serious_violence": "Domestic abuse share of serious violence",
        "all": "All", "female": "Female", "male": "Male",
        "year": "Assessment year", "year_before": "Year before", "change": "Change",
    ]

    /// One row of `domestic-abuse-and-rape.csv` as published: a count with the rate
    /// built on it, a change between the two years, or a share.
    struct Row {
        var measure: String
        var group: String
        /// `year`, `year_before` or `change`.
        var period: String
        /// Months of the period the records cover (12 when complete).
        var months: Int?
        var count: Int?
        var denominator: Int?
        var estimate: Estimate?
        var unit: String
        var hidden: Bool
        var direction: String = ""
    }

    var tables: [ReportTable] = []
    var headlines: [Headline] = []
    var context = Context()
    /// For findings.json.
    var table: ReportTable?

    init(_ findings: ViolenceFindings?, cells: Cells?, shares: DriversSection.Shares, disclosed: Disclosed, synthetic: Bool) {
        guard let findings, let cells, let found = findings.domesticAbuseAndRape else { return }
        context.hasDomesticAbuseAndRape = true
        let months = Set(findings.monthly.map(\.month))
        let covered = months.filter(findings.period.year.contains).count
        let domestic = PublishedMeasure(finding: found.domesticAbuseViolence, yearCell: cells.domesticYear,
                                 comparisonCell: cells.domesticComparisonYear, covered: covered, disclosed: disclosed)
        let rape = PublishedMeasure(finding: found.rape, yearCell: cells.rapeYear, comparisonCell: cells.rapeComparisonYear,
                             covered: covered, disclosed: disclosed)
        var missing: [String] = []
        if covered == 0 {
            missing.append("The police records cover no month of the assessment year, so neither domestic abuse nor rape can be counted for it.")
        } else if covered < 12 {
            missing.append("The police records cover \(VolumeSection.monthsText(covered)) of the assessment year, so rates and the change "
                + "on the year before are not given: a part-year would read as a fall.")
        }
        if found.violenceAgainstThePersonYear > 0 && found.domesticFlagKnownYear == 0 {
            missing.append("No record of violence against the person over the assessment year has its domestic abuse flag filled in, "
                + "so domestic abuse-flagged violence cannot be counted.")
        } else if covered > 0 {
            context.domesticAbuseViolenceSentence = domestic.sentence(
                "domestic abuse-flagged violence against the person offences (every offence of violence against the person, "
                + "not only serious violence, with the domestic abuse flag set)")
        }
        if found.rapeCodesInData.isEmpty {
            missing.append("The police records hold no offence with a rape code (Home Office "
                + "\(HomeOfficeOffenceCodes.rapeCodes.joined(separator: ", "))), so rape cannot be counted: the extract may leave "
                + "sexual offences out.")
        } else if covered > 0 {
            context.rapeSentence = rape.sentence("rapes (Home Office codes \(found.rapeCodesInData.joined(separator: ", ")))")
        }
        context.domesticAbuseAndRapeMissing = missing.joined(separator: " ")
        let shareRows = ["female", "male"].map { Self.shareRow($0, shares: shares) }
        let published = ReportTable(name: "domestic-abuse-and-rape", rows: domestic.rows + rape.rows + shareRows, fields: [
            .init("measure", "Measure") { .named(code: $0.measure, name: Self.names[$0.measure] ?? $0.measure) },
            .init("group", "Victims") { .named(code: $0.group, name: Self.names[$0.group] ?? $0.group) },
            .init("period", "Period") { .named(code: $0.period, name: Self.names[$0.period] ?? $0.period) },
            // Not applicable (a change has no count): empty in CSV, "n/a" in the report, null in JSON; never "*".
            .init("months", "Months", numeric: true) { $0.months.map { .count($0) } ?? .number(nil, places: 0) },
            .init("count", "Count", numeric: true) { $0.period == "change" ? .number(nil, places: 0) : .count($0.count) },
            .init("denominator", "Of", numeric: true) { $0.period == "change" ? .number(nil, places: 0) : .count($0.denominator) },
            .init("value", "Value", numeric: true) { $0.hidden ? .withheld : .number($0.estimate?.value, places: 4) },
            .init("unit", "Unit") { .text($0.unit) },
            .init("lower_95", "Lower 95%", numeric: true) { $0.hidden ? .withheld : .number($0.estimate?.lower, places: 4) },
            .init("upper_95", "Upper 95%", numeric: true) { $0.hidden ? .withheld : .number($0.estimate?.upper, places: 4) },
            .init("direction", "Direction") { $0.hidden ? .withheld : .text($0.direction) },
        ])
        tables = [published]
        table = published
        if covered == 12, let domesticText = domestic.headlineText, let rapeText = rape.headlineText,
           found.domesticFlagKnownYear > 0, !found.rapeCodesInData.isEmpty {
            headlines.append(Headline(.domesticAbuseAndRape, "Over the assessment year the police recorded \(domesticText) domestic abuse-flagged "
                + "violence against the person offences and \(rapeText) rapes.", synthetic: synthetic))
        }
    }

    /// The domestic abuse share of serious violence against one sex, as the who section
    /// publishes it (the same cells, the same interval).
    static func shareRow(_ sex: String, shares: DriversSection.Shares) -> Row {
        var row = Row(measure: "domestic_abuse_share_of_serious_violence", group: sex, period: "year", months: nil, count: nil,
                      denominator: nil, estimate: nil, unit: "share", hidden: true)
        guard let disclosed = shares.disclosed,
              let index = shares.findings.firstIndex(where: { $0.measure == "domestic_abuse" && $0.group == sex }) else { return row }
        let pair = shares.cells[index]
        row.count = disclosed.value(pair.numerator)
        row.denominator = disclosed.value(pair.denominator)
        row.estimate = shares.findings[index].estimate
        row.hidden = disclosed.isSuppressed(pair.numerator) || disclosed.isSuppressed(pair.denominator)
        return row
    }

    /// One measure as published: its two years' counts after disclosure control, and the
    /// rates and change built on them, withheld with a suppressed count.
    struct PublishedMeasure {
        var finding: ViolenceFindings.DomesticAbuseAndRape.Measure
        var year: Int?
        var comparisonYear: Int?
        var yearHidden: Bool
        var comparisonHidden: Bool
        /// Months of the assessment year the records cover.
        var covered: Int

        init(finding: ViolenceFindings.DomesticAbuseAndRape.Measure, yearCell: Suppression.Cell, comparisonCell: Suppression.Cell,
             covered: Int, disclosed: Disclosed) {
            self.finding = finding
            year = disclosed.value(yearCell)
            comparisonYear = disclosed.value(comparisonCell)
            yearHidden = disclosed.isSuppressed(yearCell)
            comparisonHidden = disclosed.isSuppressed(comparisonCell)
            self.covered = covered
        }

        var unit: String { finding.multiplier == 1000 ? "per 1,000 residents" : "per 100,000 residents" }
        var compared: Bool { covered == 12 && finding.trend.comparisonYearMonths == 12 }

        var rows: [Row] {
            let trend = finding.trend
            let direction = covered < 12 ? "Not compared: assessment year incomplete (\(VolumeSection.monthsText(covered)) of 12)"
                : VolumeSection.yearDirection(trend)
            return [
                Row(measure: finding.name, group: "all", period: "year", months: covered, count: year, denominator: finding.population,
                    estimate: covered == 12 ? finding.yearRate : nil, unit: unit, hidden: yearHidden),
                Row(measure: finding.name, group: "all", period: "year_before", months: trend.comparisonYearMonths, count: comparisonYear,
                    denominator: finding.population, estimate: compared ? finding.comparisonYearRate : nil, unit: unit, hidden: comparisonHidden),
                Row(measure: finding.name, group: "all", period: "change", months: nil, count: nil, denominator: nil,
                    estimate: compared ? trend.year?.rateRatio?.estimate : nil, unit: "rate ratio",
                    hidden: yearHidden || comparisonHidden, direction: direction),
            ]
        }

        /// `1,234 (0.69 per 1,000 residents, 95% CI ...)`, for the summary; nil when suppressed.
        var headlineText: String? {
            guard let year, !yearHidden, let rate = finding.yearRate else { return nil }
            return "\(NumberFormat.count(year)) (\(EstimateText.rate(rate)) \(unit))"
        }

        /// The year's count and rate, and the change on the year before or why it is not given.
        func sentence(_ what: String) -> String {
            guard let year, !yearHidden else { return "The count of \(what) over the assessment year is suppressed." }
            var text = "\(NumberFormat.count(year)) \(what) were recorded"
            guard covered == 12 else {
                return text + " in the \(VolumeSection.monthsText(covered)) of the assessment year the records cover."
            }
            let rate = finding.yearRate
            text += " over the assessment year: \(EstimateText.rate(rate)) \(unit) (\(EstimateText.confidenceLabel()) \(EstimateText.interval(rate)))"
            let trend = finding.trend
            guard trend.comparisonYearMonths == 12 else {
                let cover = trend.comparisonYearMonths == 0 ? "none" : VolumeSection.monthsText(trend.comparisonYearMonths)
                return text + ". The year before is not compared, because it is incomplete: the records cover \(cover) of it, "
                    + "\(VolumeSection.monthsText(trend.comparisonYearMonthsMissing)) short."
            }
            guard let before = comparisonYear, !comparisonHidden else { return text + ". The year before's count is suppressed." }
            text += ", against \(NumberFormat.count(before)) in the twelve months before (\(EstimateText.rate(finding.comparisonYearRate)) \(unit))"
            if let comparison = trend.year, let ratio = comparison.rateRatio {
                let estimate = ratio.estimate
                let word = comparison.significant ? (estimate.value > 1 ? "a significant rise" : "a significant fall") : "no significant change"
                text += ": rate ratio \(EstimateText.decimalWithInterval(estimate, places: 2)), \(word)"
            }
            return text + "."
        }
    }
}
