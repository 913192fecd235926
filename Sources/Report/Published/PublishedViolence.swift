import Analysis
import Loaders

/// Serious violence findings as they may be published: every count from the police
/// records passed through one disclosure-control problem, so that a number shown in two
/// places is suppressed in both, and no suppressed count can be recovered from a total.
public struct PublishedViolence: Sendable {
    public var tables: [ReportTable]
    /// Headline values for the narrative, already suppressed where needed.
    public var headline: [String: String]
    public var anySuppressed: Bool
    /// Table data for charts (suppressed values are nil).
    public var monthlySerious: [(month: YearMonth, count: Int?)]
    public var weekdayHour: [[Int?]]
    public var victims: [(band: String, female: Double?, male: Double?)]
    public var areaRates: [(name: String, rate: Estimate?, status: RAGStatus)]
    public var forceRate: Estimate?

    public static func make(_ findings: ViolenceFindings, minimumCount: Int) -> PublishedViolence {
        var builder = Builder(findings: findings, problem: Suppression(minimumCount: minimumCount))
        return builder.build()
    }
}

extension PublishedViolence {
    struct Builder {
        let findings: ViolenceFindings
        var problem: Suppression

        // MARK: Cells

        /// Monthly counts by category, and the totals the report shows.
        var monthly: [String: [YearMonth: Suppression.Cell]] = [:]
        var yearTotal: [String: Suppression.Cell] = [:]
        var comparisonTotal: [String: Suppression.Cell] = [:]
        var quarterTotal: [String: Suppression.Cell] = [:]
        var lastYearQuarterTotal: [String: Suppression.Cell] = [:]

        init(findings: ViolenceFindings, problem: Suppression) {
            self.findings = findings
            self.problem = problem
        }

        mutating func build() -> PublishedViolence {
            let period = findings.period
            let serious = ViolenceFindings.seriousViolence
            // 1. Months by category, with the year and quarter totals of the trend table.
            for row in findings.monthly {
                monthly[row.category, default: [:]][row.month] = problem.cell(row.count)
            }
            // Quarters: the sum of their months, one cell per category and quarter, shared by
            // the quarterly table and the trend table's quarter columns.
            var quarterCells: [String: [Quarter: Suppression.Cell]] = [:]
            func quarterCell(_ category: String, _ quarter: Quarter) -> Suppression.Cell {
                if let cell = quarterCells[category]?[quarter] { return cell }
                let months = (monthly[category] ?? [:]).filter { $0.key.quarter == quarter }.sorted { $0.key < $1.key }.map(\.value)
                let cell = problem.total(of: months)
                quarterCells[category, default: [:]][quarter] = cell
                return cell
            }
            var categoryOrder: [String] = []
            for row in findings.monthly where !categoryOrder.contains(row.category) { categoryOrder.append(row.category) }
            let dataMonths = Set(findings.monthly.map(\.month))
            let completeQuarters = Set(dataMonths.map(\.quarter)).filter { quarter in
                quarter.months.allSatisfy(dataMonths.contains)
            }.sorted()
            for category in categoryOrder {
                for quarter in completeQuarters { _ = quarterCell(category, quarter) }
            }
            let categories = findings.trends.map(\.category)
            for category in categories {
                guard let months = monthly[category] else { continue }
                func total(_ include: (YearMonth) -> Bool) -> Suppression.Cell {
                    problem.total(of: months.filter { include($0.key) }.sorted { $0.key < $1.key }.map(\.value))
                }
                yearTotal[category] = total(period.year.contains)
                comparisonTotal[category] = total(period.comparisonYear.contains)
                quarterTotal[category] = quarterCell(category, period.quarter)
                lastYearQuarterTotal[category] = quarterCell(category, period.quarter.adding(quarters: -4))
                // A year made of whole published quarters is also their sum.
                for (range, cell) in [(period.year, yearTotal[category]), (period.comparisonYear, comparisonTotal[category])] {
                    guard let cell else { continue }
                    let quarters = completeQuarters.filter { range.contains($0.firstMonth) && range.contains($0.lastMonth) }
                    let covered = quarters.count * 3
                    let length = range.upperBound.index - range.lowerBound.index + 1
                    if !quarters.isEmpty, covered == length {
                        problem.sum(cell, of: quarters.map { quarterCell(category, $0) })
                    }
                }
            }
            let seriousYear = yearTotal[serious] ?? problem.cell(0)

            // 2. Areas: districts add up to the force with the records that have no LSOA.
            var areaCells: [String: Suppression.Cell] = [:]
            let districts = findings.areaRates.filter { $0.kind == .district }
            for row in districts { areaCells[row.areaCode] = problem.cell(row.count) }
            let placed = districts.reduce(0) { $0 + $1.count }
            let unplaced = problem.cell(max(0, (findings.areaRates.first { $0.kind == .force }?.count ?? 0) - placed))
            problem.sum(seriousYear, of: districts.compactMap { areaCells[$0.areaCode] } + [unplaced])
            // A configured area is the total of its districts too, so it cannot give one away.
            var configuredCells: [String: Suppression.Cell] = [:]
            for row in findings.areaRates where row.kind == .configured {
                configuredCells[row.areaCode] = problem.total(of: row.districtCodes.compactMap { areaCells[$0] })
            }
            // A partnership is the total of its districts.
            var partnershipCells: [String: Suppression.Cell] = [:]
            for row in findings.areaRates where row.kind == .partnership {
                partnershipCells[row.areaCode] = problem.total(of: row.districtCodes.compactMap { areaCells[$0] })
            }

            // 3. Weekday by hour, with weekday and hour totals and the unknown times.
            let table = findings.weekdayHour
            var hourCells = Array(repeating: Array(repeating: 0, count: 24), count: 7)
            for weekday in 0..<7 {
                for hour in 0..<24 { hourCells[weekday][hour] = problem.cell(table?.count(weekday: weekday + 1, hour: hour) ?? 0) }
            }
            let weekdayTotals = (0..<7).map { problem.total(of: hourCells[$0]) }
            let hourTotals = (0..<24).map { hour in problem.total(of: (0..<7).map { hourCells[$0][hour] }) }
            let knownTime = problem.total(of: weekdayTotals)
            problem.sum(knownTime, of: hourTotals)
            let unknownTime = problem.cell(findings.unknownTime)
            problem.sum(seriousYear, of: [knownTime, unknownTime])

            // 4. Victims by age band and sex; the rest of the year's records have an unknown age or sex.
            var victimCells: [String: [String: Suppression.Cell]] = [:]
            for row in findings.victims { victimCells[row.sex, default: [:]][row.band] = problem.cell(row.count) }
            let bands = ViolenceAnalysis.ageBands.map(\.label)
            let sexTotals = ["female", "male"].map { sex in problem.total(of: bands.compactMap { victimCells[sex]?[$0] }) }
            let knownVictims = problem.total(of: sexTotals)
            let victimsKnown = findings.victims.reduce(0) { $0 + $1.count }
            let unknownVictims = problem.cell(max(0, findings.trends.first { $0.category == serious }.map(\.yearCount).map { $0 - victimsKnown } ?? 0))
            problem.sum(seriousYear, of: [knownVictims, unknownVictims])

            // 5. Shares: numerator and its complement make the denominator.
            var shareCells: [(numerator: Suppression.Cell, denominator: Suppression.Cell)] = []
            for share in findings.shares {
                let numerator = problem.cell(share.numerator)
                let complement = problem.cell(share.denominator - share.numerator)
                shareCells.append((numerator, problem.total(of: [numerator, complement])))
            }
            // Groups that partition another group's records: the parts and a remainder add up.
            func partition(_ measure: String, whole: String, parts: [String]) {
                guard let wholeIndex = findings.shares.firstIndex(where: { $0.measure == measure && $0.group == whole }) else { return }
                let indexes = parts.compactMap { part in findings.shares.firstIndex { $0.measure == measure && $0.group == part } }
                for side in [\Share.numerator, \Share.denominator] {
                    let partsTotal = indexes.reduce(0) { $0 + findings.shares[$1][keyPath: side] }
                    let remainder = problem.cell(max(0, findings.shares[wholeIndex][keyPath: side] - partsTotal))
                    let cells = indexes.map { side == \Share.numerator ? shareCells[$0].numerator : shareCells[$0].denominator }
                    let wholeCell = side == \Share.numerator ? shareCells[wholeIndex].numerator : shareCells[wholeIndex].denominator
                    problem.sum(wholeCell, of: cells + [remainder])
                }
            }
            let districtCodes = findings.areaRates.filter { $0.kind == .district }.map(\.areaCode)
            partition("alcohol_related", whole: "all", parts: ["female", "male"])
            partition("alcohol_related", whole: "all", parts: ["night", "day"])
            partition("alcohol_related", whole: "all", parts: districtCodes)

            // 6. Deprivation deciles, the top places' shares, hotspots and knives.
            let decileCells = (findings.deprivation?.deciles ?? []).map { problem.cell($0.count) }
            let topCells = (findings.concentration?.topShares ?? []).map { problem.cell($0.count) }
            let hotspotCells = findings.hotspots.map { problem.cell($0.total) }
            let knifeCells = findings.knifeByQuarter.map { problem.cell($0.count) }

            problem.apply()
            let p = problem
            func count(_ cell: Suppression.Cell) -> ReportTable.Cell { .count(p.value(cell)) }
            func estimate(_ value: Double?, _ cell: Suppression.Cell, places: Int = 4) -> ReportTable.Cell {
                p.isSuppressed(cell) ? .withheld : .number(value, places: places)
            }

            // Tables.
            var tables: [ReportTable] = []
            tables.append(ReportTable(
                name: "violence-by-month",
                columns: [.init("month", "Month"), .init("category", "Category"), .init("count", "Crimes", numeric: true)],
                rows: findings.monthly.compactMap { row in
                    monthly[row.category]?[row.month].map { [.text(row.month.description), .text(row.category), count($0)] }
                }))
            tables.append(ReportTable(
                name: "violence-trends",
                columns: [.init("category", "Category"), .init("year_count", "Year", numeric: true),
                          .init("comparison_year_count", "Year before", numeric: true),
                          .init("change_percent", "Change (%)", numeric: true), .init("rate_ratio", nil, numeric: true),
                          .init("lower_95", nil, numeric: true), .init("upper_95", nil, numeric: true),
                          .init("direction", "Direction"), .init("quarter_count", "Quarter", numeric: true),
                          .init("same_quarter_last_year", "Same quarter last year", numeric: true),
                          .init("quarter_direction", "Quarter direction")],
                rows: findings.trends.compactMap { trend in
                    guard let year = yearTotal[trend.category], let before = comparisonTotal[trend.category],
                          let quarter = quarterTotal[trend.category], let lastYear = lastYearQuarterTotal[trend.category] else { return nil }
                    let yearHidden = p.isSuppressed(year) || p.isSuppressed(before)
                    let quarterHidden = p.isSuppressed(quarter) || p.isSuppressed(lastYear)
                    return [.text(trend.category), count(year), count(before),
                            yearHidden ? .withheld : .number(trend.year?.percentChange, places: 1),
                            yearHidden ? .withheld : .number(trend.year?.rateRatio?.estimate.value, places: 4),
                            yearHidden ? .withheld : .number(trend.year?.rateRatio?.estimate.lower, places: 4),
                            yearHidden ? .withheld : .number(trend.year?.rateRatio?.estimate.upper, places: 4),
                            yearHidden ? .withheld : .text(Self.direction(trend.year)),
                            count(quarter), count(lastYear),
                            quarterHidden ? .withheld : .text(Self.direction(trend.quarter))]
                }))
            tables.append(ReportTable(
                name: "violence-by-quarter",
                columns: [.init("quarter", "Quarter"), .init("category", "Category"), .init("count", "Crimes", numeric: true)],
                rows: categoryOrder.flatMap { category in
                    completeQuarters.compactMap { quarter in
                        quarterCells[category]?[quarter].map { [.text(quarter.description), .text(category), count($0)] }
                    }
                }))
            let forceRow = findings.areaRates.first { $0.kind == .force }
            let areaRows: [[ReportTable.Cell]] = findings.areaRates.map { row in
                let cell: Suppression.Cell = switch row.kind {
                case .force: seriousYear
                case .configured: configuredCells[row.areaCode] ?? seriousYear
                case .partnership: partnershipCells[row.areaCode] ?? seriousYear
                case .district: areaCells[row.areaCode] ?? seriousYear
                }
                let hidden = p.isSuppressed(cell)
                return [.text(row.areaCode), .text(row.areaName), .text(ReportContext.kindText(row.kind)), count(cell), .count(row.population),
                        estimate(row.rate?.value, cell), estimate(row.rate?.lower, cell), estimate(row.rate?.upper, cell),
                        hidden ? .withheld : .text(row.status.comparison == .notCompared ? "" : row.status.label)]
            }
            tables.append(ReportTable(
                name: "violence-by-area",
                columns: [.init("area_code", nil), .init("area_name", "Area"), .init("area_type", "Type"), .init("count", "Crimes", numeric: true),
                          .init("population", "Population", numeric: true), .init("rate_per_1000", "Rate per 1,000", numeric: true),
                          .init("lower_95", "Lower 95%", numeric: true), .init("upper_95", "Upper 95%", numeric: true),
                          .init("against_force", "Against the force")],
                rows: areaRows))
            let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
            tables.append(ReportTable(
                name: "violence-by-hour-and-weekday",
                columns: [.init("weekday", "Weekday", numeric: true), .init("hour", "Hour", numeric: true), .init("count", "Crimes", numeric: true)],
                rows: (0..<7).flatMap { weekday in (0..<24).map { hour in
                    [.text(String(weekday + 1)), .text(String(hour)), count(hourCells[weekday][hour])]
                } }))
            tables.append(ReportTable(
                name: "violence-by-hour",
                columns: [.init("hour", "Hour"), .init("count", "Crimes", numeric: true)],
                rows: (0..<24).map { hour in [.text(hour < 10 ? "0\(hour):00" : "\(hour):00"), count(hourTotals[hour])] }))
            tables.append(ReportTable(
                name: "violence-by-weekday",
                columns: [.init("weekday", "Weekday"), .init("count", "Crimes", numeric: true)],
                rows: (0..<7).map { [.text(weekdays[$0]), count(weekdayTotals[$0])] }))
            tables.append(ReportTable(
                name: "violence-victims-by-age-and-sex",
                columns: [.init("age_band", "Age"), .init("sex", "Sex"), .init("count", "Victims", numeric: true),
                          .init("population", "Population", numeric: true), .init("rate_per_1000", "Rate per 1,000", numeric: true)],
                rows: findings.victims.map { row in
                    let cell = victimCells[row.sex]?[row.band] ?? knownVictims
                    return [.text(row.band), .text(row.sex), count(cell), .count(row.population), estimate(row.rate?.value, cell)]
                }))
            tables.append(ReportTable(
                name: "violence-shares",
                columns: [.init("measure", "Measure"), .init("group", "Group"), .init("numerator", "Crimes", numeric: true),
                          .init("denominator", "Out of", numeric: true), .init("share", "Share", numeric: true),
                          .init("lower_95", "Lower 95%", numeric: true), .init("upper_95", "Upper 95%", numeric: true)],
                rows: findings.shares.enumerated().map { index, share in
                    let cells = shareCells[index]
                    let hidden = p.isSuppressed(cells.numerator) || p.isSuppressed(cells.denominator)
                    return [.text(share.measure), .text(share.group), count(cells.numerator), count(cells.denominator),
                            hidden ? .withheld : .share(share.estimate?.value),
                            hidden ? .withheld : .share(share.estimate?.lower),
                            hidden ? .withheld : .share(share.estimate?.upper)]
                }))
            tables.append(ReportTable(
                name: "violence-unknowns",
                columns: [.init("measure", "Field"), .init("unknown", "Unknown", numeric: true), .init("total", "Records", numeric: true)],
                rows: findings.unknowns.map { row in
                    // Unknown counts can be small; they are suppressed like any other count.
                    let unknown = row.unknown >= 1 && row.unknown < problem.minimumCount ? nil : row.unknown
                    return [.text(row.measure), .count(unknown), count(seriousYear)]
                }))
            if let seasonality = findings.seasonality {
                tables.append(ReportTable(
                    name: "violence-seasonality",
                    columns: [.init("month_of_year", "Month"), .init("seasonal_index", "Seasonal index", numeric: true)],
                    rows: seasonality.seasonalIndices.enumerated().map { [.text(String($0.offset + 1)), .number($0.element, places: 4)] }))
            }
            if let deprivation = findings.deprivation {
                tables.append(ReportTable(
                    name: "violence-by-deprivation-decile",
                    columns: [.init("decile", "Decile (1 = most deprived)"), .init("lsoas", "LSOAs", numeric: true),
                              .init("count", "Crimes", numeric: true), .init("mean_per_lsoa", "Per LSOA", numeric: true)],
                    rows: deprivation.deciles.enumerated().map { index, decile in
                        [.text(String(decile.decile)), .count(decile.areas), count(decileCells[index]),
                         estimate(decile.meanPerArea, decileCells[index], places: 3)]
                    }))
            }
            if let concentration = findings.concentration {
                tables.append(ReportTable(
                    name: "violence-concentration",
                    columns: [.init("top_percent_of_lsoas", "Top share of LSOAs (%)"), .init("lsoas", "LSOAs", numeric: true),
                              .init("count", "Crimes", numeric: true), .init("share", "Share of all", numeric: true)],
                    rows: concentration.topShares.enumerated().map { index, top in
                        [.text(String(top.percent)), .count(top.places), count(topCells[index]),
                         p.isSuppressed(topCells[index]) ? .withheld : .share(top.share)]
                    }))
            }
            tables.append(ReportTable(
                name: "violence-hotspots",
                columns: [.init("lsoa_code", "LSOA"), .init("lsoa_name", "Name"), .init("district", "District"),
                          .init("quarters_in_top_20", "Quarters in the top 20", numeric: true), .init("count", "Crimes", numeric: true)],
                rows: findings.hotspots.enumerated().map { index, spot in
                    [.text(spot.lsoaCode), .text(spot.lsoaName), .text(spot.districtName), .count(spot.quartersInTop), count(hotspotCells[index])]
                }))
            tables.append(ReportTable(
                name: "knife-enabled-serious-violence",
                columns: [.init("quarter", "Quarter"), .init("count", "Crimes", numeric: true)],
                rows: findings.knifeByQuarter.enumerated().map { [.text($0.element.quarter.description), count(knifeCells[$0.offset])] }))

            // Headline values for the narrative.
            var headline: [String: String] = [:]
            func shareText(_ measure: String, _ group: String = "all") -> String {
                guard let index = findings.shares.firstIndex(where: { $0.measure == measure && $0.group == group }) else { return "n/a" }
                let cells = shareCells[index]
                guard !p.isSuppressed(cells.numerator), !p.isSuppressed(cells.denominator),
                      let estimate = findings.shares[index].estimate else { return "*" }
                return "\(NumberFormat.percent(estimate.value)) (95% CI \(NumberFormat.percent(estimate.lower)) to \(NumberFormat.percent(estimate.upper)))"
            }
            for share in findings.shares where share.group == "all" { headline["share_\(share.measure)"] = shareText(share.measure) }
            headline["share_alcohol_related_female"] = shareText("alcohol_related", "female")
            headline["share_alcohol_related_male"] = shareText("alcohol_related", "male")
            headline["share_alcohol_related_night"] = shareText("alcohol_related", "night")
            headline["share_alcohol_related_day"] = shareText("alcohol_related", "day")
            headline["share_domestic_abuse_female"] = shareText("domestic_abuse", "female")
            headline["share_domestic_abuse_male"] = shareText("domestic_abuse", "male")
            headline["serious_year"] = p.value(seriousYear).map(NumberFormat.count) ?? "*"
            headline["unknown_time"] = p.value(unknownTime).map(NumberFormat.count) ?? "*"
            let victimsByBand = bands.map { band in
                (band: band,
                 female: findings.victims.first { $0.band == band && $0.sex == "female" }.flatMap { row in
                     victimCells["female"]?[band].flatMap { p.isSuppressed($0) ? nil : row.rate?.value } },
                 male: findings.victims.first { $0.band == band && $0.sex == "male" }.flatMap { row in
                     victimCells["male"]?[band].flatMap { p.isSuppressed($0) ? nil : row.rate?.value } })
            }
            let rates = findings.areaRates.filter { $0.kind == .district }.map { row in
                (name: row.areaName, rate: areaCells[row.areaCode].flatMap { p.isSuppressed($0) ? nil : row.rate }, status: row.status)
            }
            return PublishedViolence(
                tables: tables, headline: headline, anySuppressed: p.anySuppressed,
                monthlySerious: (monthly[serious] ?? [:]).sorted { $0.key < $1.key }.map { ($0.key, p.value($0.value)) },
                weekdayHour: hourCells.map { $0.map { p.value($0) } },
                victims: victimsByBand, areaRates: rates,
                forceRate: forceRow.flatMap { p.isSuppressed(seriousYear) ? nil : $0.rate })
        }

        static func direction(_ comparison: PeriodComparison.Result?) -> String {
            guard let comparison, let direction = comparison.direction else { return "n/a" }
            switch direction {
            case .up: return "Up (significant)"
            case .down: return "Down (significant)"
            case .stable: return "No significant change"
            }
        }
    }

    typealias Share = ViolenceFindings.Share
}
