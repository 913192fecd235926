import Analysis
import Charts
import Loaders

/// "Children and young people": victims and suspects of serious violence under 18 and
/// 18 to 24 with rates per 100,000, their trend by half-year, the shares of serious
/// violence with a young victim, the knife-enabled share by the victim's age, under-18
/// victims by school-day band, and A&E assault attendances by age beside them.
/// Template: `young-people.md.mustache`.
struct YoungPeopleSection: ReportSection {
    struct Context: TemplateValues {
        var hasYoungPeople = false
        var youngHasEmergencyDepartment = false
        var youngHasSuppressed = false
        var youngVictimsUnder18 = "n/a"
        var youngVictims18To24 = "n/a"
        var youngSuspectsUnder18 = "n/a"
        var youngSuspects18To24 = "n/a"
        var youngUnder18Share = "n/a"
        var youngUnder25Share = "n/a"
        var youngKnifeSentence = ""
        var youngEmergencyUnder18 = "n/a"
        var youngEmergency18To24 = "n/a"
        /// What the section could not compute, and why: one sentence each.
        var youngMissing: [Note] = []
        var figureYoungPeopleByHalfYear = ""
    }

    struct Note: TemplateValues {
        var text: String
    }

    /// The police records' counts: each age-group partition adds up to the year's serious
    /// violence, each group to the victims' (or suspects') bands by sex of the who and
    /// offenders sections, the knife split to its group and to the drivers section's
    /// knife-enabled quarters, the school-day bands to under-18 victims, and the
    /// half-years to the months of the volume section and to the year.
    struct Cells {
        /// One cell per `YoungPeopleAgeGroup.allCases`.
        var victims: [Suppression.Cell] = []
        var suspects: [Suppression.Cell] = []
        var knife: [Suppression.Cell] = []
        var timeBands: [Suppression.Cell] = []
        var halfYears: [(total: Suppression.Cell, victims: [Suppression.Cell], suspects: [Suppression.Cell])] = []
        var seriousYear: Suppression.Cell = 0
        var range: Range<Suppression.Cell> = 0..<0

        init(_ findings: ViolenceFindings, seriousYear: Suppression.Cell, seriousByMonth: [YearMonth: Suppression.Cell],
             who: WhoSection.Cells, offenders: OffendersSection.Cells, drivers: DriversSection.Cells, in problem: inout Suppression) {
            let first = problem.cellCount
            let found = findings.youngPeople
            self.seriousYear = seriousYear
            victims = Self.partition(found.victims, bySex: who.victims, in: &problem)
            problem.sum(seriousYear, of: victims)
            suspects = Self.partition(found.suspects, bySex: offenders.suspects, in: &problem)
            problem.sum(seriousYear, of: suspects)

            // Knife-enabled and not, within each victim group; the groups' knife-enabled
            // records are the year's, which the drivers section publishes by quarter.
            for (row, group) in zip(found.knife, victims) {
                let cells = [problem.cell(row.knife), problem.cell(max(0, row.total - row.knife))]
                problem.sum(group, of: cells)
                knife.append(cells[0])
            }
            let knifeYear = problem.total(of: knife)
            let year = findings.period.year
            let quarters = zip(findings.knifeByQuarter, drivers.knife)
                .filter { year.contains($0.0.quarter.firstMonth) && year.contains($0.0.quarter.lastMonth) }.map { $0.1 }
            if quarters.count == 4 { problem.sum(knifeYear, of: quarters) }

            timeBands = found.under18TimeBands.map { problem.cell($0.count) }
            if let under18 = victims.first { problem.sum(under18, of: timeBands) }

            for half in found.halfYears {
                let months = (half.from.index...half.to.index).map { seriousByMonth[YearMonth(index: $0)] }
                let total = months.allSatisfy { $0 != nil } ? problem.total(of: months.compactMap { $0 }) : problem.cell(half.total)
                let halfVictims = half.victims.map { problem.cell($0) }
                let halfSuspects = half.suspects.map { problem.cell($0) }
                problem.sum(total, of: halfVictims)
                problem.sum(total, of: halfSuspects)
                halfYears.append((total, halfVictims, halfSuspects))
            }
            // The last two half-years are the assessment year, group by group.
            if found.halfYears.count >= 2, let last = found.halfYears.last, last.to == year.upperBound {
                let pair = halfYears.suffix(2)
                problem.sum(seriousYear, of: pair.map { $0.total })
                for index in victims.indices {
                    problem.sum(victims[index], of: pair.map { $0.victims[index] })
                    problem.sum(suspects[index], of: pair.map { $0.suspects[index] })
                }
            }
            range = first..<problem.cellCount
        }

        /// A cell per age group: a known group is the total of the bands by sex that it
        /// spans (the cells another section registered) and of its people of unknown sex.
        static func partition(_ rows: [YoungPeopleCount], bySex: [String: [String: Suppression.Cell]],
                              in problem: inout Suppression) -> [Suppression.Cell] {
            rows.map { row in
                guard let ages = row.group.ages else { return problem.cell(row.count) }
                let bands = ViolenceAnalysis.ageBands.filter { ages.contains($0.ages.lowerBound) && ages.contains($0.ages.upperBound) }
                let members = ["female", "male"].flatMap { sex in bands.compactMap { bySex[sex]?[$0.label] } }
                // The section's own cell first: when a zero must be withheld with a
                // suppressed band, it is this one, not another section's.
                let unknownSex = problem.cell(row.sexNotKnown)
                return problem.total(of: [unknownSex] + members)
            }
        }
    }

    /// A&E assault attendances by age group, adding up to the year's attendances of the
    /// unseen section's breakdowns.
    struct EmergencyDepartmentCells {
        var groups: [Suppression.Cell] = []
        var range: Range<Suppression.Cell> = 0..<0

        init(_ health: HealthFindings, yearAttendances: Suppression.Cell?, in problem: inout Suppression) {
            let first = problem.cellCount
            groups = health.emergencyDepartmentYoungPeople.map { problem.cell($0.count) }
            if let yearAttendances {
                problem.sum(yearAttendances, of: groups)
            } else if !groups.isEmpty {
                _ = problem.total(of: groups)
            }
            range = first..<problem.cellCount
        }
    }

    /// One row of `young-people.csv`.
    struct GroupRow {
        var source: String
        var measure: String
        var row: YoungPeopleCount
        var count: Int?
        var hidden: Bool
    }

    /// One victim group's knife-enabled share, as published.
    struct KnifeRow {
        var finding: ViolenceFindings.YoungPeople.Knife
        var knife: Int?
        var total: Int?
    }

    /// One half-year's counts of one measure, as published.
    struct HalfYearRow {
        var from: YearMonth
        var to: YearMonth
        var measure: String
        var counts: [Int?]
        var total: Int?
    }

    var tables: [ReportTable] = []
    var headlines: [Headline] = []
    var context = Context()
    /// The section's tables as published, for findings.json.
    var groupsTable: ReportTable?
    var knifeTable: ReportTable?
    var timeOfDayTable: ReportTable?
    var halfYearTable: ReportTable?
    /// The shares of serious violence with a victim under 18 and under 25, as published; nil when withheld.
    var under18Share: String?
    var under25Share: String?

    init(_ findings: ViolenceFindings?, cells: Cells?, health: HealthFindings?, emergencyCells: EmergencyDepartmentCells?,
         disclosed: Disclosed, synthetic: Bool, figures: inout Figures) {
        guard let findings, let cells else {
            context.youngMissing = [Note(text: "The assessment has no police records, so victims and suspects by age, their rates, shares, knife-enabled violence and times cannot be given: police.uk publishes no ages.")]
            return
        }
        let found = findings.youngPeople
        context.hasYoungPeople = true
        context.youngHasSuppressed = disclosed.anySuppressed(in: cells.range) || emergencyCells.map { disclosed.anySuppressed(in: $0.range) } ?? false
        context.youngVictimsUnder18 = disclosed.text(cells.victims[0])
        context.youngVictims18To24 = disclosed.text(cells.victims[1])
        context.youngSuspectsUnder18 = disclosed.text(cells.suspects[0])
        context.youngSuspects18To24 = disclosed.text(cells.suspects[1])
        shares(found, cells: cells, disclosed: disclosed)

        var rows = Self.rows("police records", "victims", found.victims, cells: cells.victims, disclosed: disclosed)
            + Self.rows("police records", "suspects", found.suspects, cells: cells.suspects, disclosed: disclosed)
        if let health, health.emergencyDepartmentAvailable, let emergencyCells, emergencyCells.groups.count == health.emergencyDepartmentYoungPeople.count {
            context.youngHasEmergencyDepartment = true
            rows += Self.rows("emergency department", "assault attendances", health.emergencyDepartmentYoungPeople,
                              cells: emergencyCells.groups, disclosed: disclosed)
            context.youngEmergencyUnder18 = disclosed.text(emergencyCells.groups[0])
            context.youngEmergency18To24 = disclosed.text(emergencyCells.groups[1])
        } else {
            context.youngMissing.append(Note(text: "The assessment has no emergency department (A&E) extract, so assault attendances of children and young people cannot be set beside the police counts."))
        }
        let groups = Self.groupsTable(rows)
        groupsTable = groups
        let knife = Self.knifeTable(found, cells: cells, disclosed: disclosed)
        knifeTable = knife
        let times = Self.timeOfDayTable(found, cells: cells, disclosed: disclosed)
        timeOfDayTable = times
        let halves = Self.halfYearTable(found, cells: cells, disclosed: disclosed)
        halfYearTable = halves
        tables = [groups, knife, times, halves]
        missing(found, health: health)
        context.youngKnifeSentence = Self.knifeSentence(found, cells: cells, disclosed: disclosed)
        context.figureYoungPeopleByHalfYear = Self.halfYearChart(found, cells: cells, disclosed: disclosed, figures: &figures)
        if let line = Self.headline(found, cells: cells, disclosed: disclosed, under25Share: under25Share) {
            headlines.append(Headline(.youngPeople, line, synthetic: synthetic))
        }
    }

    /// The victims' rate at 18 to 24 against 25 and over, when both are published, and
    /// the share with a victim under 25 (the under-18 share is in the section, to keep
    /// the brief to two pages); nil when nothing of it can be said.
    static func headline(_ found: ViolenceFindings.YoungPeople, cells: Cells, disclosed: Disclosed, under25Share: String?) -> String? {
        var shares: String?
        if let under25Share {
            shares = "a victim under 25 is recorded in \(under25Share) of serious violence whose victim's age is known"
        }
        let young = found.victims[1]
        let older = found.victims[2]
        guard !disclosed.isSuppressed(cells.victims[1]), !disclosed.isSuppressed(cells.victims[2]),
              let youngRate = young.rate, let olderRate = older.rate else {
            return shares.map { $0.prefix(1).uppercased() + $0.dropFirst() + "." }
        }
        let rates = "Residents aged 18 to 24 are victims of serious violence at \(EstimateText.rateWithInterval(youngRate)) per 100,000, "
            + "against \(EstimateText.rateWithInterval(olderRate)) at 25 and over"
        return rates + (shares.map { "; \($0)." } ?? ".")
    }

    /// The shares of serious violence with a victim under 18 and under 25 among records
    /// with the victim's age known; each is withheld when a count it would reveal is suppressed.
    private mutating func shares(_ found: ViolenceFindings.YoungPeople, cells: Cells, disclosed: Disclosed) {
        // The denominator is the year's total less the victims of unknown age, so both
        // must be shown; the under-25 numerator also needs both young groups.
        let denominatorShown = !disclosed.isSuppressed(cells.seriousYear) && !disclosed.isSuppressed(cells.victims[3])
        guard found.total > 0 else { return }
        if denominatorShown, !disclosed.isSuppressed(cells.victims[0]), let share = found.victimUnder18Share {
            under18Share = EstimateText.percentWithInterval(share)
        }
        if denominatorShown, !disclosed.isSuppressed(cells.victims[0]), !disclosed.isSuppressed(cells.victims[1]),
           let share = found.victimUnder25Share {
            under25Share = EstimateText.percentWithInterval(share)
        }
        let under18Cells = [cells.seriousYear, cells.victims[3], cells.victims[0]]
        context.youngUnder18Share = under18Share ?? (found.victimUnder18Share == nil ? "n/a" : disclosed.withheldShare(under18Cells))
        context.youngUnder25Share = under25Share
            ?? (found.victimUnder25Share == nil ? "n/a" : disclosed.withheldShare(under18Cells + [cells.victims[1]]))
    }

    /// Sentences for what the data could not give.
    private mutating func missing(_ found: ViolenceFindings.YoungPeople, health: HealthFindings?) {
        if found.total == 0 {
            context.youngMissing.append(Note(text: "The police records hold no serious violence in the assessment year."))
            return
        }
        if found.victims.last?.count == found.total {
            context.youngMissing.append(Note(text: "No serious violence record of the assessment year gives the victim's age, so no age group of victims can be counted."))
        }
        if found.suspects.last?.count == found.total {
            context.youngMissing.append(Note(text: "No serious violence record of the assessment year gives the suspect's age, so no age group of suspects can be counted."))
        }
        if found.victims.contains(where: { $0.group.ages != nil && $0.population == nil }) {
            context.youngMissing.append(Note(text: "The ONS population has none of the force's districts, so no rate per 100,000 can be given."))
        } else if found.victims.contains(where: { $0.population == 0 }) {
            context.youngMissing.append(Note(text: "The ONS population of an age group is zero, so its rate per 100,000 cannot be given."))
        }
        if found.halfYears.isEmpty {
            context.youngMissing.append(Note(text: "The police records do not cover a whole half-year, so there is no trend by half-year."))
        }
        if let health, health.emergencyDepartmentAvailable, health.emergencyDepartmentYoungPeople.last?.count ?? 0 > 0,
           health.emergencyDepartmentYoungPeople.last?.count == health.emergencyDepartmentYoungPeople.reduce(0, { $0 + $1.count }) {
            context.youngMissing.append(Note(text: "No A&E attendance of the assessment year gives the patient's age."))
        }
    }

    static func rows(_ source: String, _ measure: String, _ found: [YoungPeopleCount], cells: [Suppression.Cell],
                     disclosed: Disclosed) -> [GroupRow] {
        zip(found, cells).map { row, cell in
            GroupRow(source: source, measure: measure, row: row, count: disclosed.value(cell), hidden: disclosed.isSuppressed(cell))
        }
    }

    static func groupsTable(_ rows: [GroupRow]) -> ReportTable {
        ReportTable(name: "young-people", rows: rows, fields: [
            .init("source", "Source") { .text($0.source) },
            .init("measure", "Measure") { .text($0.measure) },
            .init("age_group", "Age group") { .text($0.row.group.label) },
            .init("count", "Count", numeric: true) { .count($0.count) },
            .init("population", "Population", numeric: true) { .number($0.row.population.map(Double.init), places: 0) },
            .init("rate_per_100000", "Rate per 100,000", numeric: true) { $0.hidden ? .withheld : .number($0.row.rate?.value, places: 4) },
            .init("lower_95", nil, numeric: true) { $0.hidden ? .withheld : .number($0.row.rate?.lower, places: 4) },
            .init("upper_95", nil, numeric: true) { $0.hidden ? .withheld : .number($0.row.rate?.upper, places: 4) },
        ])
    }

    static func knifeTable(_ found: ViolenceFindings.YoungPeople, cells: Cells, disclosed: Disclosed) -> ReportTable {
        let rows = zip(found.knife, zip(cells.knife, cells.victims)).map { row, pair in
            KnifeRow(finding: row, knife: disclosed.value(pair.0), total: disclosed.value(pair.1))
        }
        func share(_ row: KnifeRow, _ value: (Estimate) -> Double) -> ReportTable.Cell {
            row.knife == nil || row.total == nil ? .withheld : .share(row.finding.share.map(value))
        }
        return ReportTable(name: "young-people-knife", rows: rows, fields: [
            .init("victim_age_group", "Victim's age") { .text($0.finding.group.label) },
            .init("knife_enabled", "Knife-enabled", numeric: true) { .count($0.knife) },
            .init("serious_violence", "Serious violence", numeric: true) { .count($0.total) },
            .init("share", "Knife-enabled share", numeric: true) { share($0, \.value) },
            .init("lower_95", nil, numeric: true) { share($0, \.lower) },
            .init("upper_95", nil, numeric: true) { share($0, \.upper) },
        ])
    }

    static func timeOfDayTable(_ found: ViolenceFindings.YoungPeople, cells: Cells, disclosed: Disclosed) -> ReportTable {
        let under18 = disclosed.value(cells.victims[0])
        let rows = zip(found.under18TimeBands, cells.timeBands).map { ($0.band, disclosed.value($1)) }
        return ReportTable(name: "young-people-time-of-day", rows: rows, fields: [
            .init("time_band", "Time") { .text($0.0.label) },
            .init("hours", "Hours") { .text($0.0.hours) },
            .init("count", "Victims under 18", numeric: true) { .count($0.1) },
            .init("share_of_under_18_victims", "Share", numeric: true) { row in
                guard let count = row.1, let under18 else { return .withheld }
                return .share(under18 > 0 ? Double(count) / Double(under18) : nil)
            },
        ])
    }

    static func halfYearTable(_ found: ViolenceFindings.YoungPeople, cells: Cells, disclosed: Disclosed) -> ReportTable {
        var rows: [HalfYearRow] = []
        for (half, cell) in zip(found.halfYears, cells.halfYears) {
            rows.append(HalfYearRow(from: half.from, to: half.to, measure: "victims", counts: cell.victims.map(disclosed.value),
                                    total: disclosed.value(cell.total)))
            rows.append(HalfYearRow(from: half.from, to: half.to, measure: "suspects", counts: cell.suspects.map(disclosed.value),
                                    total: disclosed.value(cell.total)))
        }
        var fields: [ReportTable.Field<HalfYearRow>] = [
            .init("from", "From") { .text($0.from.description) },
            .init("to", "To") { .text($0.to.description) },
            .init("measure", "Measure") { .text($0.measure) },
        ]
        for (index, group) in YoungPeopleAgeGroup.allCases.enumerated() {
            fields.append(.init(group.rawValue, group.label, numeric: true) { .count($0.counts[index]) })
        }
        fields.append(.init("total", "Serious violence", numeric: true) { .count($0.total) })
        return ReportTable(name: "young-people-by-half-year", rows: rows, fields: fields)
    }

    /// The knife-enabled share of serious violence against each victim group of known
    /// age, from the published counts; a group whose counts are withheld is left out, and
    /// the sentence is empty when every group is.
    static func knifeSentence(_ found: ViolenceFindings.YoungPeople, cells: Cells, disclosed: Disclosed) -> String {
        var parts: [String] = []
        for (index, row) in found.knife.enumerated() where row.group != .notKnown {
            guard let knife = disclosed.value(cells.knife[index]), let total = disclosed.value(cells.victims[index]),
                  let share = row.share else { continue }
            let victims = row.group == .under18 ? "victims under 18" : "victims aged \(row.group.label)"
            parts.append("\(EstimateText.percentWithInterval(share)) of that against \(victims) (\(NumberFormat.count(knife)) of \(NumberFormat.count(total)))")
        }
        guard !parts.isEmpty else { return "" }
        return "Knife-enabled serious violence was " + parts.joined(separator: "; ") + "."
    }

    /// A half-year short enough for a chart's axis: `Jan–Jun 2020`, or `Oct 19–Mar 20`
    /// across a new year.
    static func halfYearLabel(_ from: YearMonth, _ to: YearMonth) -> String {
        let first = DateText.shortMonth(from).prefix(3)
        let last = DateText.shortMonth(to).prefix(3)
        if from.year == to.year { return "\(first)–\(last) \(to.year)" }
        func short(_ year: Int) -> String { (year % 100 < 10 ? "0" : "") + String(year % 100) }
        return "\(first) \(short(from.year))–\(last) \(short(to.year))"
    }

    /// Victims and suspects under 18 and 18 to 24 by half-year; a suppressed count is a gap.
    static func halfYearChart(_ found: ViolenceFindings.YoungPeople, cells: Cells, disclosed: Disclosed, figures: inout Figures) -> String {
        guard found.halfYears.count >= 2 else { return "" }
        func series(_ name: String, _ pick: (Int) -> [Suppression.Cell], _ group: Int) -> LineChart.Series {
            LineChart.Series(name: name, values: cells.halfYears.indices.map { index in
                disclosed.value(pick(index)[group]).map(Double.init)
            })
        }
        return figures.add(LineChart(
            id: "young-people-by-half-year", title: "Victims and suspects of serious violence under 18 and aged 18 to 24, by half-year",
            summary: "Counts of serious violence by the victim's and the suspect's age group in each half-year the police records cover; counts not published under disclosure control (fewer than \(disclosed.minimumCount), or protecting one) are gaps in the lines, never zeros.",
            xLabels: found.halfYears.map { halfYearLabel($0.from, $0.to) }, yLabel: "Count",
            series: [series("Victims under 18", { cells.halfYears[$0].victims }, 0),
                     series("Victims 18 to 24", { cells.halfYears[$0].victims }, 1),
                     series("Suspects under 18", { cells.halfYears[$0].suspects }, 0),
                     series("Suspects 18 to 24", { cells.halfYears[$0].suspects }, 1)],
            decimals: 0),
            source: "Source: police records. Numbers: data/young-people-by-half-year.csv (suppressed cells empty).")
    }
}
