import Analysis
import Loaders

/// Emergency department, major trauma and capture-recapture findings as they may be
/// published: counts from the health and police records pass through one
/// disclosure-control problem, as serious violence's do.
public struct PublishedHealth: Sendable {
    public var tables: [ReportTable]
    public var headline: [String: String]
    public var anySuppressed: Bool
    /// For the chart: A&E assaults and police violence with injury by month, force-wide.
    public var forceMonths: [(month: YearMonth, emergencyDepartment: Int?, police: Int?)]
    /// For the chart: A&E assaults by hour (suppressed values nil).
    public var emergencyDepartmentByHour: [Int?]

    public static func make(_ health: HealthFindings, forecasts: ViolenceForecasts, minimumCount: Int,
                            knifeByQuarter: [Quarter: Int?]) -> PublishedHealth {
        var problem = Suppression(minimumCount: minimumCount)
        let period = health.period

        // A&E against police by month: districts add up to the force with the records without a district.
        struct MonthCells { var emergency: Suppression.Cell; var police: Suppression.Cell }
        var cells: [Int: MonthCells] = [:]
        let rows = health.byMonthAndArea
        for (index, row) in rows.enumerated() {
            cells[index] = MonthCells(emergency: problem.cell(row.emergencyDepartmentAssaults), police: problem.cell(row.policeViolenceWithInjury))
        }
        let months = Array(Set(rows.map(\.month))).sorted()
        var forceIndexByMonth: [YearMonth: Int] = [:]
        for month in months {
            let indexes = rows.indices.filter { rows[$0].month == month }
            guard let force = indexes.first(where: { rows[$0].isForce }), let forceCells = cells[force] else { continue }
            forceIndexByMonth[month] = force
            let districts = indexes.filter { !rows[$0].isForce }.compactMap { cells[$0] }
            let emergencyRest = problem.cell(max(0, rows[force].emergencyDepartmentAssaults - districts.reduce(0) { $0 + problem.counts[$1.emergency] }))
            let policeRest = problem.cell(max(0, rows[force].policeViolenceWithInjury - districts.reduce(0) { $0 + problem.counts[$1.police] }))
            problem.sum(forceCells.emergency, of: districts.map(\.emergency) + [emergencyRest])
            problem.sum(forceCells.police, of: districts.map(\.police) + [policeRest])
        }
        // The assessment year by area: the sum of its months.
        var yearCells: [String: MonthCells] = [:]
        var areaNames: [(code: String, name: String)] = []
        for row in rows where period.year.contains(row.month) && !areaNames.contains(where: { $0.code == row.areaCode }) {
            areaNames.append((row.areaCode, row.areaName))
        }
        for area in areaNames {
            let indexes = rows.indices.filter { rows[$0].areaCode == area.code && period.year.contains(rows[$0].month) }
            yearCells[area.code] = MonthCells(emergency: problem.total(of: indexes.compactMap { cells[$0]?.emergency }),
                                              police: problem.total(of: indexes.compactMap { cells[$0]?.police }))
        }

        // Breakdowns: each dimension's values add up to the year's attendances.
        var breakdownCells: [Suppression.Cell] = []
        for dimension in HealthFindings.Dimension.allCases {
            let members = health.emergencyDepartmentBreakdowns.filter { $0.dimension == dimension }.map { problem.cell($0.count) }
            breakdownCells += members
            if !members.isEmpty { _ = problem.total(of: members) }
        }
        // Hours: A&E assaults with a known time.
        let hourCells = health.hourOfDay.map { problem.cell($0.emergencyDepartment) }
        _ = problem.total(of: hourCells)

        // Major trauma by quarter: mechanisms add up to the quarter's assault major trauma.
        var traumaCells: [[Suppression.Cell]] = []
        for quarter in health.traumaByQuarter {
            let parts = [quarter.stab, quarter.blow, quarter.shooting, quarter.other, quarter.unknownMechanism].map { problem.cell($0) }
            let total = problem.total(of: parts)
            traumaCells.append([total] + parts + [problem.cell(quarter.deaths)])
        }
        // Major trauma over the year by age band and sex: each sex's bands add up to its
        // total, and the sexes' totals to the year's assault major trauma.
        let traumaAgeCells = health.traumaByAgeAndSex.map { problem.cell($0.count) }
        let traumaYear = problem.cell(health.traumaYearTotal)
        var traumaSexes: [RecordedSex] = []
        for row in health.traumaByAgeAndSex where !traumaSexes.contains(row.sex) { traumaSexes.append(row.sex) }
        let traumaSexTotals = traumaSexes.map { sex in
            problem.total(of: health.traumaByAgeAndSex.indices.filter { health.traumaByAgeAndSex[$0].sex == sex }.map { traumaAgeCells[$0] })
        }
        if !traumaSexTotals.isEmpty { problem.sum(traumaYear, of: traumaSexTotals) }
        let linkage = health.captureRecaptureLinkage
        let linkageCells = [linkage?.policeDistinctKeys ?? 0, linkage?.emergencyDepartmentDistinctKeys ?? 0, linkage?.linked ?? 0].map { problem.cell($0) }

        problem.apply()
        let p = problem
        func count(_ cell: Suppression.Cell) -> ReportTable.Cell { .count(p.value(cell)) }

        var tables: [ReportTable] = []
        tables.append(ReportTable(
            name: "emergency-department-vs-police",
            columns: [.init("month", "Month"), .init("area_code", "Area code"), .init("ed_assaults", "A&E assaults", numeric: true),
                      .init("police_violence_with_injury", "Police violence with injury", numeric: true), .init("ratio", "Ratio", numeric: true)],
            rows: rows.enumerated().map { index, row in
                guard let pair = cells[index] else { return [] }
                let hidden = p.isSuppressed(pair.emergency) || p.isSuppressed(pair.police)
                return [.text(row.month.description), .text(row.areaCode), count(pair.emergency), count(pair.police),
                        hidden ? .withheld : .number(row.ratio, places: 4)]
            }))
        tables.append(ReportTable(
            name: "emergency-department-vs-police-by-area",
            columns: [.init("area_code", nil), .init("area_name", "Area"), .init("ed_assaults", "A&E assaults", numeric: true),
                      .init("police_violence_with_injury", "Police violence with injury", numeric: true),
                      .init("ratio", "A&E per police record", numeric: true)],
            rows: areaNames.compactMap { area in
                guard let pair = yearCells[area.code] else { return nil }
                let emergency = p.value(pair.emergency)
                let police = p.value(pair.police)
                let ratio: ReportTable.Cell = if let emergency, let police {
                    .number(police > 0 ? Double(emergency) / Double(police) : nil, places: 4)
                } else { .withheld }
                return [.text(area.code), .text(area.name), .count(emergency), .count(police), ratio]
            }))
        tables.append(ReportTable(
            name: "emergency-department-assaults",
            columns: [.init("dimension", "Grouping"), .init("value", "Value"), .init("count", "Assaults", numeric: true),
                      .init("share", "Share of known", numeric: true), .init("lower_95", nil, numeric: true), .init("upper_95", nil, numeric: true)],
            rows: health.emergencyDepartmentBreakdowns.enumerated().map { index, row in
                let hidden = p.isSuppressed(breakdownCells[index])
                return [.text(row.dimension.rawValue), .text(row.value), count(breakdownCells[index]),
                        hidden ? .withheld : .share(row.share?.value), hidden ? .withheld : .share(row.share?.lower),
                        hidden ? .withheld : .share(row.share?.upper)]
            }))
        if let estimate = health.captureRecapture {
            tables.append(ReportTable(
                name: "capture-recapture",
                columns: [.init("source_a", "Source A"), .init("source_b", "Source B"), .init("count_a", "Seen by A", numeric: true),
                          .init("count_b", "Seen by B", numeric: true), .init("linked", "Seen by both", numeric: true),
                          .init("estimate", "Estimated total", numeric: true), .init("lower_95", "Lower 95%", numeric: true),
                          .init("upper_95", "Upper 95%", numeric: true)],
                rows: [[.text(estimate.sourceA), .text(estimate.sourceB), count(linkageCells[0]), count(linkageCells[1]), count(linkageCells[2]),
                        .number(estimate.estimate.value, places: 0), .number(estimate.estimate.lower, places: 0),
                        .number(estimate.estimate.upper, places: 0)]]))
        }
        tables.append(ReportTable(
            name: "major-trauma",
            columns: [.init("quarter", "Quarter"), .init("assault_major_trauma", "Assault major trauma (ISS > 15)", numeric: true),
                      .init("stab", "Stab", numeric: true), .init("blow", "Blow", numeric: true), .init("shooting", "Shooting", numeric: true),
                      .init("other", "Other", numeric: true), .init("unknown_mechanism", nil, numeric: true),
                      .init("deaths_30_day", "Deaths within 30 days", numeric: true),
                      .init("knife_enabled_serious_violence", "Police: knife-enabled serious violence", numeric: true)],
            rows: health.traumaByQuarter.enumerated().map { index, quarter in
                let c = traumaCells[index]
                return [.text(quarter.quarter.description), count(c[0]), count(c[1]), count(c[2]), count(c[3]), count(c[4]), count(c[5]),
                        count(c[6]), .count(knifeByQuarter[quarter.quarter] ?? nil)]
            }))
        if health.majorTraumaAvailable {
            func sexName(_ sex: RecordedSex) -> String {
                switch sex {
                case .female: "female"
                case .male: "male"
                case .unknown: "unknown"
                }
            }
            var ageRows: [[ReportTable.Cell]] = []
            for (index, sex) in traumaSexes.enumerated() {
                for (row, cell) in zip(health.traumaByAgeAndSex, traumaAgeCells) where row.sex == sex {
                    ageRows.append([.text(row.ageBand), .text(sexName(sex)), count(cell)])
                }
                ageRows.append([.text("All ages"), .text(sexName(sex)), count(traumaSexTotals[index])])
            }
            tables.append(ReportTable(
                name: "major-trauma-by-age-and-sex",
                columns: [.init("age_band", "Age"), .init("sex", "Sex"), .init("count", "Assault major trauma (ISS > 15)", numeric: true)],
                rows: ageRows))
        }
        tables.append(ReportTable(
            name: "forecast",
            columns: [.init("series", "Series"), .init("quarter", "Quarter"), .init("forecast", "Forecast", numeric: true),
                      .init("lower_80", "80% from", numeric: true), .init("upper_80", "80% to", numeric: true),
                      .init("lower_95", "95% from", numeric: true), .init("upper_95", "95% to", numeric: true)],
            rows: [forecasts.seriousViolence, forecasts.violenceWithInjury].compactMap { $0 }.flatMap { result in
                result.quarters.map { quarter in
                    [.text(result.series), .text(quarter.quarter.description), .number(quarter.forecast, places: 1),
                     .number(quarter.lower80, places: 1), .number(quarter.upper80, places: 1),
                     .number(quarter.lower95, places: 1), .number(quarter.upper95, places: 1)]
                }
            }))
        tables.append(ReportTable(
            name: "forecast-model-accuracy",
            columns: [.init("series", "Series"), .init("model", "Model"), .init("mape_percent", "MAPE (%)", numeric: true),
                      .init("rmse", "RMSE", numeric: true), .init("held_back_months", "Months held back", numeric: true),
                      .init("chosen", "Chosen")],
            rows: [forecasts.seriousViolence, forecasts.violenceWithInjury].compactMap { $0 }.flatMap { result in
                result.accuracy.map { accuracy in
                    [.text(result.series), .text(accuracy.model), .number(accuracy.mape.isFinite ? accuracy.mape : nil, places: 1),
                     .number(accuracy.rmse, places: 1), .count(accuracy.heldBackMonths), .text(accuracy.model == result.chosenModel ? "yes" : "")]
                }
            }))

        var headline: [String: String] = [:]
        if let estimate = health.captureRecapture, let unseen = health.policeShareUnseen {
            headline["capture_estimate"] = NumberFormat.count(Int(estimate.estimate.value.rounded()))
            headline["capture_interval"] = "\(NumberFormat.count(Int(estimate.estimate.lower.rounded()))) to \(NumberFormat.count(Int(estimate.estimate.upper.rounded())))"
            headline["unseen_share"] = "\(NumberFormat.percent(unseen.value)) (95% CI \(NumberFormat.percent(unseen.lower)) to \(NumberFormat.percent(unseen.upper)))"
        }
        if let force = areaNames.first, let pair = yearCells[force.code], let emergency = p.value(pair.emergency), let police = p.value(pair.police) {
            headline["ed_year"] = NumberFormat.count(emergency)
            headline["police_vwi_year"] = NumberFormat.count(police)
            if police > 0 { headline["ed_per_police"] = NumberFormat.decimal(Double(emergency) / Double(police), places: 2) }
        }
        if let night = health.emergencyDepartmentNightShare {
            headline["ed_night_share"] = "\(NumberFormat.percent(night.value)) (95% CI \(NumberFormat.percent(night.lower)) to \(NumberFormat.percent(night.upper)))"
        }
        headline["trauma_year"] = p.value(traumaYear).map(NumberFormat.count) ?? "*"
        if let mortality = health.traumaMortality {
            let deathsHidden = health.traumaByQuarter.indices.contains { index in
                period.year.contains(health.traumaByQuarter[index].quarter.lastMonth) && p.isSuppressed(traumaCells[index][6])
            }
            headline["trauma_mortality"] = deathsHidden ? "*"
                : "\(NumberFormat.percent(mortality.value)) (95% CI \(NumberFormat.percent(mortality.lower)) to \(NumberFormat.percent(mortality.upper)))"
        }
        for (key, result) in [("serious", forecasts.seriousViolence), ("vwi", forecasts.violenceWithInjury)] {
            guard let result else { continue }
            headline["forecast_\(key)_model"] = result.chosenModel
            headline["forecast_\(key)_growth"] = result.impliedYearlyGrowth.map { NumberFormat.decimal($0 * 100, places: 1) + "%" } ?? "n/a"
            headline["forecast_\(key)_next_year"] = NumberFormat.count(Int(result.quarters.reduce(0) { $0 + $1.forecast }.rounded()))
        }

        let forceMonths = months.map { month -> (month: YearMonth, emergencyDepartment: Int?, police: Int?) in
            guard let index = forceIndexByMonth[month], let pair = cells[index] else { return (month, nil, nil) }
            return (month, p.value(pair.emergency), p.value(pair.police))
        }
        return PublishedHealth(tables: tables, headline: headline, anySuppressed: p.anySuppressed, forceMonths: forceMonths,
                               emergencyDepartmentByHour: hourCells.map { p.value($0) })
    }
}
