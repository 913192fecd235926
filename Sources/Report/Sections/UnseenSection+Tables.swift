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
            var stab: Suppression.Cell
            var blow: Suppression.Cell
            var shooting: Suppression.Cell
            var other: Suppression.Cell
            var unknownMechanism: Suppression.Cell
            var deaths: Suppression.Cell
        }

        /// One pair per row of `HealthFindings.byMonthAndArea`.
        var monthly: [Pair] = []
        var months: [YearMonth] = []
        var forceRowByMonth: [YearMonth: Int] = [:]
        /// The areas of the assessment year, force first, and their year totals.
        var areas: [(code: String, name: String)] = []
        var year: [String: Pair] = [:]
        /// A&E attendances of the assessment year with no incident location: in the force's
        /// year but no district's (the force's year is the districts' and this).
        var emergencyWithoutLocation: Suppression.Cell?
        var breakdowns: [Suppression.Cell] = []
        /// The year's attendances that each breakdown adds up to; nil without any.
        var yearAttendances: Suppression.Cell?
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
                if !members.isEmpty {
                    let total = problem.total(of: members)
                    if yearAttendances == nil { yearAttendances = total }
                }
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
            guard let force = areas.first, let forceYear = year[force.code] else { return }
            let inYear = rows.filter { health.period.year.contains($0.month) }
            let forceCount = inYear.filter(\.isForce).reduce(0) { $0 + $1.emergencyDepartmentAssaults }
            let districtCount = inYear.filter { !$0.isForce }.reduce(0) { $0 + $1.emergencyDepartmentAssaults }
            let withoutLocation = problem.cell(max(0, forceCount - districtCount))
            emergencyWithoutLocation = withoutLocation
            problem.sum(forceYear.emergency, of: areas.dropFirst().compactMap { year[$0.code]?.emergency } + [withoutLocation])
        }

        /// Major trauma by quarter (mechanisms add up to the quarter), and over the year by
        /// age band and sex (each sex's bands add up to its total, the sexes to the year).
        private mutating func registerTrauma(_ health: HealthFindings, in problem: inout Suppression) {
            for quarter in health.traumaByQuarter {
                let stab = problem.cell(quarter.stab), blow = problem.cell(quarter.blow), shooting = problem.cell(quarter.shooting)
                let other = problem.cell(quarter.other), unknown = problem.cell(quarter.unknownMechanism)
                let total = problem.total(of: [stab, blow, shooting, other, unknown])
                trauma.append(TraumaQuarter(total: total, stab: stab, blow: blow, shooting: shooting, other: other,
                                            unknownMechanism: unknown, deaths: problem.cell(quarter.deaths)))
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

    /// A&E assaults against police violence with injury for one month or year and area,
    /// as published; the ratio is withheld when either count is suppressed.
    struct PairRow {
        var period: String
        var areaCode: String
        var areaName: String
        var emergency: Int?
        var police: Int?
        var ratio: ReportTable.Cell
    }

    /// `data/emergency-department-vs-police.csv`: every month and area.
    static func byMonthTable(_ health: HealthFindings, cells: Cells, disclosed: Disclosed) -> ReportTable {
        let rows = zip(health.byMonthAndArea, cells.monthly).map { row, pair in
            let hidden = disclosed.isSuppressed(pair.emergency) || disclosed.isSuppressed(pair.police)
            return PairRow(period: row.month.description, areaCode: row.areaCode, areaName: row.areaName, emergency: disclosed.value(pair.emergency),
                           police: disclosed.value(pair.police), ratio: hidden ? .withheld : .number(row.ratio, places: 4))
        }
        return ReportTable(name: "emergency-department-vs-police", rows: rows, fields: [
            .init("month", "Month") { .text($0.period) },
            .init("area_code", "Area") { .named(code: $0.areaCode, name: $0.areaName) },
            .init("ed_assaults", "A&E assaults", numeric: true) { .count($0.emergency) },
            .init("police_violence_with_injury", "Police violence with injury", numeric: true) { .count($0.police) },
            .init("ratio", "Ratio", numeric: true) { $0.ratio },
        ])
    }

    static func byAreaTable(_ cells: Cells, disclosed: Disclosed) -> ReportTable {
        let rows = cells.areas.compactMap { area -> PairRow? in
            guard let pair = cells.year[area.code] else { return nil }
            let emergency = disclosed.value(pair.emergency)
            let police = disclosed.value(pair.police)
            let ratio: ReportTable.Cell = if let emergency, let police {
                .number(police > 0 ? Double(emergency) / Double(police) : nil, places: 4)
            } else { .withheld }
            return PairRow(period: "", areaCode: area.code, areaName: area.name, emergency: emergency, police: police, ratio: ratio)
        }
        return ReportTable(name: "emergency-department-vs-police-by-area", rows: rows, fields: [
            .init("area_code", nil) { .text($0.areaCode) },
            .init("area_name", "Area") { .text($0.areaName) },
            .init("ed_assaults", "A&E assaults", numeric: true) { .count($0.emergency) },
            .init("police_violence_with_injury", "Police violence with injury", numeric: true) { .count($0.police) },
            .init("ratio", "A&E per police record", numeric: true) { $0.ratio },
        ])
    }

    static func breakdownTable(_ health: HealthFindings, cells: Cells, disclosed: Disclosed) -> ReportTable {
        let rows = zip(health.emergencyDepartmentBreakdowns, cells.breakdowns).map {
            Published(finding: $0, count: disclosed.value($1), hidden: disclosed.isSuppressed($1))
        }
        return ReportTable(name: "emergency-department-assaults", rows: rows, fields: [
            .init("dimension", "Grouping") { .text($0.finding.dimension.rawValue) },
            .init("value", "Value") { .text($0.finding.value) },
            .init("count", "Assaults", numeric: true) { .count($0.count) },
            .init("share", "Share of known", numeric: true) { $0.hidden ? .withheld : .share($0.finding.share?.value) },
            .init("lower_95", nil, numeric: true) { $0.hidden ? .withheld : .share($0.finding.share?.lower) },
            .init("upper_95", nil, numeric: true) { $0.hidden ? .withheld : .share($0.finding.share?.upper) },
        ])
    }

    static func captureRecaptureTable(_ estimate: CaptureRecaptureEstimate, cells: Cells, disclosed: Disclosed) -> ReportTable {
        let seen = cells.linkage.map { disclosed.value($0) }
        return ReportTable(name: "capture-recapture", rows: [estimate], fields: [
            .init("source_a", "Source A") { .text($0.sourceA) },
            .init("source_b", "Source B") { .text($0.sourceB) },
            .init("count_a", "Seen by A", numeric: true) { _ in .count(seen[0]) },
            .init("count_b", "Seen by B", numeric: true) { _ in .count(seen[1]) },
            .init("linked", "Seen by both", numeric: true) { _ in .count(seen[2]) },
            .init("estimate", "Estimated total", numeric: true) { .number($0.estimate.value, places: 0) },
            .init("lower_95", "Lower 95%", numeric: true) { .number($0.estimate.lower, places: 0) },
            .init("upper_95", "Upper 95%", numeric: true) { .number($0.estimate.upper, places: 0) },
        ])
    }

    /// Major trauma in one quarter, as published, beside police knife-enabled violence.
    struct TraumaRow {
        var quarter: Quarter
        var total: Int?
        var stab: Int?
        var blow: Int?
        var shooting: Int?
        var other: Int?
        var unknownMechanism: Int?
        var deaths: Int?
        var knife: Int?
    }

    static func majorTraumaTable(_ health: HealthFindings, cells: Cells, disclosed: Disclosed, knifeByQuarter: [Quarter: Int?]) -> ReportTable {
        let rows = zip(health.traumaByQuarter, cells.trauma).map { quarter, cells in
            TraumaRow(quarter: quarter.quarter, total: disclosed.value(cells.total), stab: disclosed.value(cells.stab),
                      blow: disclosed.value(cells.blow), shooting: disclosed.value(cells.shooting), other: disclosed.value(cells.other),
                      unknownMechanism: disclosed.value(cells.unknownMechanism), deaths: disclosed.value(cells.deaths),
                      knife: knifeByQuarter[quarter.quarter] ?? nil)
        }
        return ReportTable(name: "major-trauma", rows: rows, fields: [
            .init("quarter", "Quarter") { .text($0.quarter.description) },
            .init("assault_major_trauma", "Assault major trauma (ISS > 15)", numeric: true) { .count($0.total) },
            .init("stab", "Stab (knife or sharp object)", numeric: true) { .count($0.stab) },
            .init("blow", "Blow", numeric: true) { .count($0.blow) },
            .init("shooting", "Shooting", numeric: true) { .count($0.shooting) },
            .init("other", "Other", numeric: true) { .count($0.other) },
            .init("unknown_mechanism", nil, numeric: true) { .count($0.unknownMechanism) },
            .init("deaths_30_day", "Deaths within 30 days", numeric: true) { .count($0.deaths) },
            .init("knife_enabled_serious_violence", "Police: serious violence with a knife or sharp object", numeric: true) { .count($0.knife) },
        ])
    }

    static func traumaByAgeTable(_ cells: Cells, disclosed: Disclosed, ages: [HealthFindings.AgeSexCount]) -> ReportTable {
        var rows: [(band: String, sex: RecordedSex, count: Int?)] = []
        for (index, sex) in cells.traumaSexes.enumerated() {
            for (row, cell) in zip(ages, cells.traumaByAge) where row.sex == sex {
                rows.append((row.ageBand, sex, disclosed.value(cell)))
            }
            rows.append(("All ages", sex, disclosed.value(cells.traumaSexTotals[index])))
        }
        return ReportTable(name: "major-trauma-by-age-and-sex", rows: rows, fields: [
            .init("age_band", "Age") { .text($0.band) },
            .init("sex", "Sex") { .text(sexName($0.sex)) },
            .init("count", "Assault major trauma (ISS > 15)", numeric: true) { .count($0.count) },
        ])
    }

    static func sexName(_ sex: RecordedSex) -> String {
        switch sex {
        case .female: "female"
        case .male: "male"
        case .unknown: "unknown"
        }
    }
}
