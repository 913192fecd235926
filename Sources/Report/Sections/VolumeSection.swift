import Analysis
import Charts
import Loaders

/// "The problem: volume" (police.uk) and "Serious violence: volume and trend" (police
/// records): crime by month, and serious violence by month and quarter against the year
/// before. Templates: `volume.md.mustache`, `violence-volume.md.mustache`.
struct VolumeSection: ReportSection {
    struct Context: TemplateValues {
        var crimesYear = ""
        var asbYear = ""
        var violenceYear = ""
        var violenceShare = "n/a"
        var crimeRate = "n/a"
        var violenceRate = "n/a"
        var monthlyRows: [MonthRow] = []
        var violenceCodes = ""
        var seriousTrendSentence = ""
        var figureSeriousTrend = ""
        /// Serious violence only; `data/violence-by-quarter.csv` holds every category.
        var tableViolenceByQuarter = ""
        var hasViolenceByQuarter = false
    }

    struct MonthRow: TemplateValues {
        var month: String
        var allCrime: String
        var violence: String
        var antiSocialBehaviour: String
    }

    /// Serious violence by month and category, and the quarter and year totals built on them.
    struct Cells {
        var monthly: [String: [YearMonth: Suppression.Cell]] = [:]
        var quarters: [String: [Quarter: Suppression.Cell]] = [:]
        var yearTotal: [String: Suppression.Cell] = [:]
        var comparisonTotal: [String: Suppression.Cell] = [:]
        var quarterTotal: [String: Suppression.Cell] = [:]
        var lastYearQuarterTotal: [String: Suppression.Cell] = [:]
        /// Categories in the order of the findings.
        var categoryOrder: [String] = []
        var completeQuarters: [Quarter] = []
        /// Serious violence over the assessment year: the total that areas, times and
        /// victims add up to in the other sections.
        var seriousYear: Suppression.Cell = 0

        init(_ findings: ViolenceFindings, in problem: inout Suppression) {
            for row in findings.monthly {
                monthly[row.category, default: [:]][row.month] = problem.cell(row.count)
            }
            for row in findings.monthly where !categoryOrder.contains(row.category) { categoryOrder.append(row.category) }
            let dataMonths = Set(findings.monthly.map(\.month))
            completeQuarters = Set(dataMonths.map(\.quarter)).filter { $0.months.allSatisfy(dataMonths.contains) }.sorted()
            // Quarters: the sum of their months, one cell per category and quarter, shared by
            // the quarterly table and the trend table's quarter columns.
            for category in categoryOrder {
                for quarter in completeQuarters { _ = quarterCell(category, quarter, in: &problem) }
            }
            for category in findings.trends.map(\.category) {
                registerTotals(category, period: findings.period, in: &problem)
            }
            seriousYear = yearTotal[ViolenceFindings.seriousViolence] ?? problem.cell(0)
        }

        private mutating func quarterCell(_ category: String, _ quarter: Quarter, in problem: inout Suppression) -> Suppression.Cell {
            if let cell = quarters[category]?[quarter] { return cell }
            let months = (monthly[category] ?? [:]).filter { $0.key.quarter == quarter }.sorted { $0.key < $1.key }.map(\.value)
            let cell = problem.total(of: months)
            quarters[category, default: [:]][quarter] = cell
            return cell
        }

        /// The year, the year before and the two quarters compared, for one category.
        private mutating func registerTotals(_ category: String, period: AssessmentPeriod, in problem: inout Suppression) {
            guard let months = monthly[category] else { return }
            func total(_ include: (YearMonth) -> Bool) -> Suppression.Cell {
                problem.total(of: months.filter { include($0.key) }.sorted { $0.key < $1.key }.map(\.value))
            }
            let year = total(period.year.contains)
            let before = total(period.comparisonYear.contains)
            yearTotal[category] = year
            comparisonTotal[category] = before
            quarterTotal[category] = quarterCell(category, period.quarter, in: &problem)
            lastYearQuarterTotal[category] = quarterCell(category, period.quarter.adding(quarters: -4), in: &problem)
            // A year made of whole published quarters is also their sum.
            for (range, cell) in [(period.year, year), (period.comparisonYear, before)] {
                let whole = completeQuarters.filter { range.contains($0.firstMonth) && range.contains($0.lastMonth) }
                let length = range.upperBound.index - range.lowerBound.index + 1
                if !whole.isEmpty, whole.count * 3 == length {
                    problem.sum(cell, of: whole.map { quarterCell(category, $0, in: &problem) })
                }
            }
        }
    }

    var tables: [ReportTable]
    var headlines: [Headline]
    var context = Context()
    /// For findings.json.
    var trendsTable: ReportTable?

    /// `cells` is nil without the force's record-level data (`model.violence`): the section then shows police.uk alone.
    init(_ model: ReportModel, cells: Cells?, disclosed: Disclosed, figures: inout Figures) {
        let street = model.street
        tables = [Self.streetCrimeByMonth(street)]
        headlines = Self.streetHeadlines(street)
        streetContext(street)
        guard let findings = model.violence, let cells else { return }
        let trendRows = Self.trendRows(findings, cells: cells, disclosed: disclosed)
        let trends = Self.trends(trendRows)
        trendsTable = trends
        tables += Self.seriousTables(findings, cells: cells, disclosed: disclosed, trends: trends)
        context.violenceCodes = findings.offenceCodes.joined(separator: ", ")
        if let trend = findings.trends.first(where: { $0.category == ViolenceFindings.seriousViolence }) {
            let months = Set(findings.monthly.map(\.month))
            let sentence = trendRows.first { $0.trend.category == trend.category }
                .map { Self.trendSentence($0, months: months, period: findings.period) } ?? ""
            context.seriousTrendSentence = sentence
            if !sentence.isEmpty {
                headlines.append(Headline(.seriousViolenceTrend, sentence, synthetic: model.policeRecordsSynthetic))
            }
        }
        // The report shows serious violence by quarter; the CSV holds every category.
        let serious = Self.quarterRows(cells, disclosed: disclosed, categories: [ViolenceFindings.seriousViolence])
        context.tableViolenceByQuarter = ReportTable(name: "violence-by-quarter", rows: serious, fields: [
            .init("quarter", "Quarter") { .text($0.period) },
            .init("category", nil) { .text($0.category) },
            .init("count", "Serious violence", numeric: true) { .count($0.count) },
        ]).markdown
        context.hasViolenceByQuarter = !serious.isEmpty
        context.figureSeriousTrend = Self.trendFigure(cells, disclosed: disclosed, figures: &figures)
    }

    // MARK: police.uk

    private mutating func streetContext(_ street: StreetCrimeFindings) {
        let force = street.areaRates.filter { $0.kind == .force }
        context.crimesYear = NumberFormat.count(street.yearCrimes)
        context.asbYear = NumberFormat.count(street.yearAntiSocialBehaviour)
        context.violenceYear = NumberFormat.count(street.yearViolenceAndSexualOffences)
        context.violenceShare = street.yearCrimes > 0
            ? NumberFormat.percent(Double(street.yearViolenceAndSexualOffences) / Double(street.yearCrimes)) : "n/a"
        context.crimeRate = EstimateText.ratePer1000WithInterval(force.first { $0.crimeType == StreetCrimeFindings.allCrime }?.rate)
        context.violenceRate = EstimateText.ratePer1000WithInterval(
            force.first { $0.crimeType == StreetCrimeType.violenceAndSexualOffences.name }?.rate)
        context.monthlyRows = street.months.filter(street.period.year.contains).map { month in
            let counts = street.monthly.filter { $0.month == month }
            return MonthRow(
                month: DateText.month(month),
                allCrime: NumberFormat.count(counts.filter { $0.crimeType.isCrime }.reduce(0) { $0 + $1.count }),
                violence: NumberFormat.count(counts.first { $0.crimeType == .violenceAndSexualOffences }?.count ?? 0),
                antiSocialBehaviour: NumberFormat.count(counts.first { $0.crimeType == .antiSocialBehaviour }?.count ?? 0))
        }
    }

    /// `data/street-crime-by-month.csv`: `month,crime_type,count`, every month in the data.
    static func streetCrimeByMonth(_ street: StreetCrimeFindings) -> ReportTable {
        ReportTable(name: "street-crime-by-month", rows: street.monthly, fields: [
            .init("month", "Month") { .text($0.month.description) },
            .init("crime_type", "Crime type") { .text($0.crimeType.name) },
            .init("count", "Crimes", numeric: true) { .count($0.count) },
        ])
    }

    static func streetHeadlines(_ street: StreetCrimeFindings) -> [Headline] {
        let forceAll = street.areaRates.first { $0.kind == .force && $0.crimeType == StreetCrimeFindings.allCrime }
        var lines = [Headline(.policeUKCrimes, "police.uk holds \(NumberFormat.count(street.yearCrimes)) crimes for \(DateText.range(street.period.year)): "
            + "\(RateScale.of([forceAll?.rate]).withInterval(forceAll?.rate, of: "residents")).")]
        let violence = street.areaRates.first { $0.kind == .force && $0.crimeType == StreetCrimeType.violenceAndSexualOffences.name }
        if let violence, street.yearCrimes > 0 {
            lines.append(Headline(.policeUKViolence, "Violence and sexual offences were \(NumberFormat.count(violence.count)) of them "
                + "(\(NumberFormat.percent(Double(violence.count) / Double(street.yearCrimes)))), "
                + "\(EstimateText.ratePer1000WithInterval(violence.rate))."))
        }
        return lines
    }

    // MARK: Serious violence

    /// A count of one category in a month or quarter, as published (nil when suppressed).
    struct PeriodCount {
        var period: String
        var category: String
        var count: Int?
    }

    /// One category's year against the year before, and quarter against the same quarter
    /// a year earlier, as published.
    struct TrendRow {
        var trend: ViolenceFindings.Trend
        var year: Int?
        var yearBefore: Int?
        var quarter: Int?
        var sameQuarterLastYear: Int?
        /// A change is withheld when either of its counts is suppressed.
        var yearHidden: Bool
        var quarterHidden: Bool
    }

    static func seriousTables(_ findings: ViolenceFindings, cells: Cells, disclosed: Disclosed, trends: ReportTable) -> [ReportTable] {
        let months = findings.monthly.compactMap { row in
            cells.monthly[row.category]?[row.month].map { PeriodCount(period: row.month.description, category: row.category, count: disclosed.value($0)) }
        }
        return [
            ReportTable(name: "violence-by-month", rows: months, fields: [
                .init("month", "Month") { .text($0.period) },
                .init("category", "Category") { .text($0.category) },
                .init("count", "Crimes", numeric: true) { .count($0.count) },
            ]),
            trends,
            ReportTable(name: "violence-by-quarter", rows: quarterRows(cells, disclosed: disclosed, categories: cells.categoryOrder), fields: [
                .init("quarter", "Quarter") { .text($0.period) },
                .init("category", "Category") { .text($0.category) },
                .init("count", "Crimes", numeric: true) { .count($0.count) },
            ]),
        ]
    }

    static func quarterRows(_ cells: Cells, disclosed: Disclosed, categories: [String]) -> [PeriodCount] {
        categories.flatMap { category in
            cells.completeQuarters.compactMap { quarter in
                cells.quarters[category]?[quarter].map { PeriodCount(period: quarter.description, category: category, count: disclosed.value($0)) }
            }
        }
    }

    static func trendRows(_ findings: ViolenceFindings, cells: Cells, disclosed: Disclosed) -> [TrendRow] {
        findings.trends.compactMap { trend in
            guard let year = cells.yearTotal[trend.category], let before = cells.comparisonTotal[trend.category],
                  let quarter = cells.quarterTotal[trend.category], let lastYear = cells.lastYearQuarterTotal[trend.category]
            else { return nil }
            return TrendRow(trend: trend, year: disclosed.value(year), yearBefore: disclosed.value(before), quarter: disclosed.value(quarter),
                            sameQuarterLastYear: disclosed.value(lastYear),
                            yearHidden: disclosed.isSuppressed(year) || disclosed.isSuppressed(before),
                            quarterHidden: disclosed.isSuppressed(quarter) || disclosed.isSuppressed(lastYear))
        }
    }

    /// `data/violence-trends.csv`: each category's year against the year before, and its
    /// quarter against the same quarter a year earlier.
    static func trends(_ rows: [TrendRow]) -> ReportTable {
        ReportTable(name: "violence-trends", rows: rows, fields: [
            .init("category", "Category") { .text($0.trend.category) },
            .init("year_count", "Year", numeric: true) { .count($0.year) },
            .init("comparison_year_count", "Year before", numeric: true) { .count($0.yearBefore) },
            .init("change_percent", "Change (%)", numeric: true) { $0.yearHidden ? .withheld : .number($0.trend.year?.percentChange, places: 1) },
            .init("rate_ratio", nil, numeric: true) { $0.yearHidden ? .withheld : .number($0.trend.year?.rateRatio?.estimate.value, places: 4) },
            .init("lower_95", nil, numeric: true) { $0.yearHidden ? .withheld : .number($0.trend.year?.rateRatio?.estimate.lower, places: 4) },
            .init("upper_95", nil, numeric: true) { $0.yearHidden ? .withheld : .number($0.trend.year?.rateRatio?.estimate.upper, places: 4) },
            .init("direction", "Direction") { $0.yearHidden ? .withheld : .text(yearDirection($0.trend)) },
            .init("comparison_year_months", nil, numeric: true) { .count($0.trend.comparisonYearMonths) },
            .init("quarter_count", "Quarter", numeric: true) { .count($0.quarter) },
            .init("same_quarter_last_year", "Same quarter last year", numeric: true) { .count($0.sameQuarterLastYear) },
            .init("quarter_direction", "Quarter direction") { $0.quarterHidden ? .withheld : .text(quarterDirection($0.trend)) },
        ])
    }

    /// The direction of the year's change, or why the year before is not compared.
    static func yearDirection(_ trend: ViolenceFindings.Trend) -> String {
        trend.comparisonYearMonths < 12
            ? "Not compared: year before incomplete (\(monthsText(trend.comparisonYearMonths)) of 12)"
            : direction(trend.year)
    }

    /// The direction of the quarter's change, or why the same quarter a year earlier is not compared.
    static func quarterDirection(_ trend: ViolenceFindings.Trend) -> String {
        trend.sameQuarterLastYearMonths < 3
            ? "Not compared: quarter incomplete (\(monthsText(trend.sameQuarterLastYearMonths)) of 3)"
            : direction(trend.quarter)
    }

    /// "1 month", "9 months".
    static func monthsText(_ count: Int) -> String {
        count == 1 ? "1 month" : "\(count) months"
    }

    /// "Up (significant)", "Down (significant)", "No significant change" or "n/a".
    static func direction(_ comparison: PeriodComparison.Result?) -> String {
        guard let comparison, let direction = comparison.direction else { return "n/a" }
        switch direction {
        case .up: return "Up (significant)"
        case .down: return "Down (significant)"
        case .stable: return "No significant change"
        }
    }

    /// The assessment year's serious violence against the year before, when the records
    /// cover both years; otherwise the year's count and a sentence on what is missing.
    static func trendSentence(_ row: TrendRow, months: Set<YearMonth>, period: AssessmentPeriod) -> String {
        let trend = row.trend
        let covered = months.filter(period.year.contains)
        let available = months.filter { $0 <= period.year.upperBound }.count
        let needsTwoYears = "Year-on-year change needs two complete years of records (24 months to the end of the period); "
            + "the records cover \(available) \(available == 1 ? "month" : "months") to the end of the period."
        if covered.isEmpty {
            return "The police records cover no month of the assessment year, so serious violence cannot be counted for it. " + needsTwoYears
        }
        guard let year = row.year else { return "Counts for the two years are suppressed." }
        var recorded = "\(NumberFormat.count(year)) serious violence offences were recorded"
        if covered.count < 12, let first = covered.min(), let last = covered.max() {
            recorded += " in the \(covered.count) \(covered.count == 1 ? "month" : "months") of the assessment year the records cover (\(DateText.range(first...last)))"
        } else {
            recorded += " over the assessment year"
        }
        guard trend.comparisonYearMonths == 12 else {
            // A part-year would read as a rise: say how much of it is missing instead.
            let comparison = trend.comparisonYearMonths
            if comparison == 0 { return recorded + ". " + needsTwoYears }
            return recorded + "; the twelve months before are not compared, because the comparison year is incomplete: "
                + "the data cover \(comparison == 0 ? "none" : monthsText(comparison)) of it, \(monthsText(trend.comparisonYearMonthsMissing)) short. "
                + needsTwoYears
        }
        guard covered.count == 12 else { return recorded + ". " + needsTwoYears }
        guard let before = row.yearBefore else { return "Counts for the two years are suppressed." }
        var sentence = recorded + ", against \(NumberFormat.count(before)) in the twelve months before"
        if let comparison = trend.year, let change = comparison.percentChange, let ratio = comparison.rateRatio {
            let word = comparison.significant ? (ratio.estimate.value > 1 ? "a significant rise" : "a significant fall") : "no significant change"
            let estimate = ratio.estimate
            let interval = "\(EstimateText.confidenceLabel()) \(NumberFormat.decimal(estimate.lower, places: 2)) to \(NumberFormat.decimal(estimate.upper, places: 2))"
            sentence += ": \(NumberFormat.decimal(change, places: 1))% (rate ratio \(NumberFormat.decimal(estimate.value, places: 2)), \(interval)), \(word)"
        }
        return sentence + "."
    }

    static func trendFigure(_ cells: Cells, disclosed: Disclosed, figures: inout Figures) -> String {
        let months = (cells.monthly[ViolenceFindings.seriousViolence] ?? [:]).sorted { $0.key < $1.key }
            .map { (month: $0.key, count: disclosed.value($0.value)) }
        return figures.add(LineChart(
            id: "serious-violence-by-month", title: "Serious violence by month (police records)",
            summary: "Serious violence recorded by the police each month, \(months.first.map { DateText.month($0.month) } ?? "") to \(months.last.map { DateText.month($0.month) } ?? "").",
            xLabels: months.map { DateText.shortMonth($0.month) }, yLabel: "Crimes",
            series: [.init(name: ViolenceFindings.seriousViolence, values: months.map { $0.count.map(Double.init) },
                           // Each month's count with its 95% Poisson interval (exact below 10, Byar's above).
                           lower: months.map { $0.count.map { PoissonInterval.limits(count: $0).lower } },
                           upper: months.map { $0.count.map { PoissonInterval.limits(count: $0).upper } })]),
            source: "Source: police records; the band is each month's 95% Poisson interval; suppressed months are gaps. Numbers: data/violence-by-month.csv.")
    }
}
