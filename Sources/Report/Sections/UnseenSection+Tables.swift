import Analysis
import Loaders

extension UnseenSection {
    /// The health counts, and the police counts set beside them, in the report's
    /// disclosure-control problem.
    struct Cells {
        struct Pair {
            var emergency: Suppression.Cell
            var police: Suppression.Cell
        }

        struct TraumaQuarter {
            var total: Suppression.Cell
            var mechanisms: [Suppression.Cell]
            var deaths: Suppression.Cell
        }

        /// One pair per row of `HealthFindings.byMonthAndArea`.
        var monthly: [Pair] = []
        var months: [YearMonth] = []
        var forceRowByMonth: [YearMonth: Int] = [:]
        /// The areas of the assessment year, force first, and their year totals.
        var areas: [(code: String, name: String)] = []
        var year: [String: Pair] = [:]
        var breakdowns: [Suppression.Cell] = []
        var hours: [Suppression.Cell] = []
        var trauma: [TraumaQuarter] = []
        var traumaByAge: [Suppression.Cell] = []
        var traumaYear: Suppression.Cell = 0
        var traumaSexes: [RecordedSex] = []
        var traumaSexTotals: [Suppression.Cell] = []
        var linkage: [Suppression.Cell] = []
        /// Every cell this section added, for its "suppressed" note.
        var range: Range<Suppression.Cell> = 0..<0

        init(_ health: HealthFindings, in problem: inout Suppression) {
            let first = problem.cellCount
            registerMonths(health, in: &problem)
            // Breakdowns: each dimension's values add up to the year's attendances.
            for dimension in HealthFindings.Dimension.allCases {
                let members = health.emergencyDepartmentBreakdowns.filter { $0.dimension == dimension }.map { problem.cell($0.count) }
                breakdowns += members
                if !members.isEmpty { _ = problem.total(of: members) }
            }
            // Hours: A&E assaults with a known time.
            hours = health.hourOfDay.map { problem.cell($0.emergencyDepartment) }
            _ = problem.total(of: hours)
            registerTrauma(health, in: &problem)
            let keys = health.captureRecaptureLinkage
            linkage = [keys?.policeDistinctKeys ?? 0, keys?.emergencyDepartmentDistinctKeys ?? 0, keys?.linked ?? 0].map { problem.cell($0) }
            range = first..<problem.cellCount
        }

        /// A&E against police by month: districts add up to the force with the records
        /// without a district; the assessment year by area is the sum of its months.
        private mutating func registerMonths(_ health: HealthFindings, in problem: inout Suppression) {
            let rows = health.byMonthAndArea
            monthly = rows.map { Pair(emergency: problem.cell($0.emergencyDepartmentAssaults), police: problem.cell($0.policeViolenceWithInjury)) }
            months = Array(Set(rows.map(\.month))).sorted()
            for month in months {
                let indexes = rows.indices.filter { rows[$0].month == month }
                guard let force = indexes.first(where: { rows[$0].isForce }) else { continue }
                forceRowByMonth[month] = force
                let districts = indexes.filter { !rows[$0].isForce }.map { monthly[$0] }
                let emergencyRest = problem.cell(max(0, rows[force].emergencyDepartmentAssaults - districts.reduce(0) { $0 + problem.counts[$1.emergency] }))
                let policeRest = problem.cell(max(0, rows[force].policeViolenceWithInjury - districts.reduce(0) { $0 + problem.counts[$1.police] }))
                problem.sum(monthly[force].emergency, of: districts.map(\.emergency) + [emergencyRest])
                problem.sum(monthly[force].police, of: districts.map(\.police) + [policeRest])
            }
            for row in rows where health.period.year.contains(row.month) && !areas.contains(where: { $0.code == row.areaCode }) {
                areas.append((row.areaCode, row.areaName))
            }
            for area in areas {
                let indexes = rows.indices.filter { rows[$0].areaCode == area.code && health.period.year.contains(rows[$0].month) }
                year[area.code] = Pair(emergency: problem.total(of: indexes.map { monthly[$0].emergency }),
                                       police: problem.total(of: indexes.map { monthly[$0].police }))
            }
        }

        /// Major trauma by quarter (mechanisms add up to the quarter), and over the year by
        /// age band and sex (each sex's bands add up to its total, the sexes to the year).
        private mutating func registerTrauma(_ health: HealthFindings, in problem: inout Suppression) {
            for quarter in health.traumaByQuarter {
                let parts = [quarter.stab, quarter.blow, quarter.shooting, quarter.other, quarter.unknownMechanism].map { problem.cell($0) }
                let total = problem.total(of: parts)
                trauma.append(TraumaQuarter(total: total, mechanisms: parts, deaths: problem.cell(quarter.deaths)))
            }
            let ages = health.traumaByAgeAndSex
            traumaByAge = ages.map { problem.cell($0.count) }
            traumaYear = problem.cell(health.traumaYearTotal)
            for row in ages where !traumaSexes.contains(row.sex) { traumaSexes.append(row.sex) }
            traumaSexTotals = traumaSexes.map { [traumaByAge] sex in
                problem.total(of: ages.indices.filter { ages[$0].sex == sex }.map { traumaByAge[$0] })
            }
            if !traumaSexTotals.isEmpty { problem.sum(traumaYear, of: traumaSexTotals) }
        }

        /// A&E assaults and police violence with injury by month, force-wide, as published.
        func forceMonths(_ disclosed: Disclosed) -> [(month: YearMonth, emergencyDepartment: Int?, police: Int?)] {
            months.map { month in
                guard let index = forceRowByMonth[month] else { return (month, nil, nil) }
                return (month, disclosed.value(monthly[index].emergency), disclosed.value(monthly[index].police))
            }
        }
    }

    // MARK: Tables

    /// `data/emergency-department-vs-police.csv`: every month and area.
    static func byMonthTable(_ health: HealthFindings, cells: Cells, disclosed: Disclosed) -> ReportTable {
        ReportTable(
            name: "emergency-department-vs-police",
            columns: [.init("month", "Month"), .init("area_code", "Area code"), .init("ed_assaults", "A&E assaults", numeric: true),
                      .init("police_violence_with_injury", "Police violence with injury", numeric: true), .init("ratio", "Ratio", numeric: true)],
            rows: zip(health.byMonthAndArea, cells.monthly).map { row, pair in
                let hidden = disclosed.isSuppressed(pair.emergency) || disclosed.isSuppressed(pair.police)
                return [.text(row.month.description), .text(row.areaCode), disclosed.count(pair.emergency), disclosed.count(pair.police),
                        hidden ? .withheld : .number(row.ratio, places: 4)]
            })
    }

    static func byAreaTable(_ cells: Cells, disclosed: Disclosed) -> ReportTable {
        ReportTable(
            name: "emergency-department-vs-police-by-area",
            columns: [.init("area_code", nil), .init("area_name", "Area"), .init("ed_assaults", "A&E assaults", numeric: true),
                      .init("police_violence_with_injury", "Police violence with injury", numeric: true),
                      .init("ratio", "A&E per police record", numeric: true)],
            rows: cells.areas.compactMap { area in
                guard let pair = cells.year[area.code] else { return nil }
                let emergency = disclosed.value(pair.emergency)
                let police = disclosed.value(pair.police)
                let ratio: ReportTable.Cell = if let emergency, let police {
                    .number(police > 0 ? Double(emergency) / Double(police) : nil, places: 4)
                } else { .withheld }
                return [.text(area.code), .text(area.name), .count(emergency), .count(police), ratio]
            })
    }

    static func breakdownTable(_ health: HealthFindings, cells: Cells, disclosed: Disclosed) -> ReportTable {
        ReportTable(
            name: "emergency-department-assaults",
            columns: [.init("dimension", "Grouping"), .init("value", "Value"), .init("count", "Assaults", numeric: true),
                      .init("share", "Share of known", numeric: true), .init("lower_95", nil, numeric: true), .init("upper_95", nil, numeric: true)],
            rows: zip(health.emergencyDepartmentBreakdowns, cells.breakdowns).map { row, cell in
                let hidden = disclosed.isSuppressed(cell)
                return [.text(row.dimension.rawValue), .text(row.value), disclosed.count(cell),
                        hidden ? .withheld : .share(row.share?.value), hidden ? .withheld : .share(row.share?.lower),
                        hidden ? .withheld : .share(row.share?.upper)]
            })
    }

    static func captureRecaptureTable(_ estimate: CaptureRecaptureEstimate, cells: Cells, disclosed: Disclosed) -> ReportTable {
        ReportTable(
            name: "capture-recapture",
            columns: [.init("source_a", "Source A"), .init("source_b", "Source B"), .init("count_a", "Seen by A", numeric: true),
                      .init("count_b", "Seen by B", numeric: true), .init("linked", "Seen by both", numeric: true),
                      .init("estimate", "Estimated total", numeric: true), .init("lower_95", "Lower 95%", numeric: true),
                      .init("upper_95", "Upper 95%", numeric: true)],
            rows: [[.text(estimate.sourceA), .text(estimate.sourceB)] + cells.linkage.map { disclosed.count($0) }
                   + [.number(estimate.estimate.value, places: 0), .number(estimate.estimate.lower, places: 0),
                      .number(estimate.estimate.upper, places: 0)]])
    }

    static func majorTraumaTable(_ health: HealthFindings, cells: Cells, disclosed: Disclosed, knifeByQuarter: [Quarter: Int?]) -> ReportTable {
        ReportTable(
            name: "major-trauma",
            columns: [.init("quarter", "Quarter"), .init("assault_major_trauma", "Assault major trauma (ISS > 15)", numeric: true),
                      .init("stab", "Stab", numeric: true), .init("blow", "Blow", numeric: true), .init("shooting", "Shooting", numeric: true),
                      .init("other", "Other", numeric: true), .init("unknown_mechanism", nil, numeric: true),
                      .init("deaths_30_day", "Deaths within 30 days", numeric: true),
                      .init("knife_enabled_serious_violence", "Police: knife-enabled serious violence", numeric: true)],
            rows: zip(health.traumaByQuarter, cells.trauma).map { quarter, cells in
                [.text(quarter.quarter.description), disclosed.count(cells.total)] + cells.mechanisms.map { disclosed.count($0) }
                    + [disclosed.count(cells.deaths), .count(knifeByQuarter[quarter.quarter] ?? nil)]
            })
    }

    static func traumaByAgeTable(_ cells: Cells, disclosed: Disclosed, ages: [HealthFindings.AgeSexCount]) -> ReportTable {
        func sexName(_ sex: RecordedSex) -> String {
            switch sex {
            case .female: "female"
            case .male: "male"
            case .unknown: "unknown"
            }
        }
        var rows: [[ReportTable.Cell]] = []
        for (index, sex) in cells.traumaSexes.enumerated() {
            for (row, cell) in zip(ages, cells.traumaByAge) where row.sex == sex {
                rows.append([.text(row.ageBand), .text(sexName(sex)), disclosed.count(cell)])
            }
            rows.append([.text("All ages"), .text(sexName(sex)), disclosed.count(cells.traumaSexTotals[index])])
        }
        return ReportTable(
            name: "major-trauma-by-age-and-sex",
            columns: [.init("age_band", "Age"), .init("sex", "Sex"), .init("count", "Assault major trauma (ISS > 15)", numeric: true)],
            rows: rows)
    }
}
