import Analysis
import Charts
import Loaders

/// "When: seasonality and time of day": serious violence by month of the year, weekday
/// and hour, and the night-time shares. Template: `violence-when.md.mustache`.
///
/// Seasonal indices are shown only when every month of the year has two or more ratios
/// to the trend (36 months or more); otherwise the section says why, and shows the
/// monthly profile as what it is: counts by month of the year.
struct WhenSection: ReportSection {
    struct Context: TemplateValues {
        var hasSeasonality = false
        var seasonalityPeak = ""
        var seasonalityTrough = ""
        var seasonalityAmplitude = ""
        var figureSeasonality = ""
        /// Why there are no seasonal indices, in a sentence; empty when there are.
        var seasonalityShortfall = ""
        /// Counts by month of the year, shown in place of seasonal indices.
        var hasMonthlyProfile = false
        var monthlyProfileMonths = ""
        var figureMonthlyProfile = ""
        var shareNight18To06 = "n/a"
        var shareWeekendNight = "n/a"
        var peakHours = ""
        var unknownTime = "n/a"
        var figureWeekdayHour = ""
    }

    /// Serious violence by weekday and band of hours (weekday 0 is Monday), with the
    /// weekday totals, the hour totals, and the records with no time: together, the year's
    /// serious violence.
    ///
    /// The grid and the hour totals are each published at the finest grain (1, 3 or 6
    /// hours) at which no more than a quarter of their cells hold a small count, so that
    /// disclosure control leaves them readable; 6 hours is the coarsest.
    struct Cells {
        /// `weekdayHour[weekday][band]`, each band `gridHours` wide.
        var weekdayHour: [[Suppression.Cell]]
        var gridHours: Int
        var weekdayTotals: [Suppression.Cell]
        /// One per band of `hourTotalHours` hours.
        var hourTotals: [Suppression.Cell]
        var hourTotalHours: Int
        var unknownTime: Suppression.Cell
        /// Serious violence in each month of the year (0 is January) over every month in
        /// the data, each the total of its months; empty when there are seasonal indices.
        var monthOfYear: [Suppression.Cell] = []

        init(_ findings: ViolenceFindings, seriousYear: Suppression.Cell, seriousByMonth: [YearMonth: Suppression.Cell],
             in problem: inout Suppression) {
            let table = findings.weekdayHour
            let counts = WeekdayHour.grid { weekday, hour in table?.count(weekday: weekday + 1, hour: hour) ?? 0 }
            let minimum = problem.minimumCount
            let gridHours = WeekdayHour.readableBand(minimumCount: minimum) { width in WeekdayHour.banded(counts, hours: width).flatMap { $0 } }
            let hourTotalHours = WeekdayHour.readableBand(minimumCount: minimum) { width in
                WeekdayHour.banded([WeekdayHour.hourTotals(counts)], hours: width)[0]
            }
            self.gridHours = gridHours
            self.hourTotalHours = hourTotalHours
            let grid = WeekdayHour.banded(counts, hours: gridHours).map { $0.map { problem.cell($0) } }
            let byWeekday = grid.map { problem.total(of: $0) }
            let knownTime = problem.total(of: byWeekday)
            // Hour totals: single hours add up to their band of the grid's columns, and the
            // bands of the published hour totals are sums of single hours.
            let singleHours = WeekdayHour.hourTotals(counts).map { problem.cell($0) }
            for band in 0..<(24 / gridHours) {
                problem.sum(problem.total(of: grid.map { $0[band] }), of: Array(singleHours[(band * gridHours)..<((band + 1) * gridHours)]))
            }
            problem.sum(knownTime, of: singleHours)
            hourTotals = hourTotalHours == 1 ? singleHours : (0..<(24 / hourTotalHours)).map { band in
                problem.total(of: Array(singleHours[(band * hourTotalHours)..<((band + 1) * hourTotalHours)]))
            }
            let unknown = problem.cell(findings.unknownTime)
            problem.sum(seriousYear, of: [knownTime, unknown])
            weekdayHour = grid
            weekdayTotals = byWeekday
            unknownTime = unknown
            if findings.seasonality == nil, !seriousByMonth.isEmpty {
                monthOfYear = (1...12).map { month in
                    problem.total(of: seriousByMonth.filter { $0.key.month == month }.sorted { $0.key < $1.key }.map(\.value))
                }
            }
        }
    }

    var tables: [ReportTable] = []
    var headlines: [Headline] = []
    var context = Context()
    /// Serious violence by hour of the day as published (nil when suppressed or without
    /// police records), for the unseen section's comparison with A&E.
    var seriousByHour: [Int?] = Array(repeating: nil, count: 24)

    init(_ findings: ViolenceFindings?, cells: Cells?, shares: DriversSection.Shares, disclosed: Disclosed, synthetic: Bool,
         figures: inout Figures) {
        guard let findings, let cells else { return }
        if cells.hourTotalHours == 1 { seriousByHour = cells.hourTotals.map { disclosed.value($0) } }
        tables = Self.timeTables(cells, disclosed: disclosed)
        context.shareNight18To06 = shares.text("night_18_to_06")
        context.shareWeekendNight = shares.text("weekend_night")
        context.unknownTime = disclosed.text(cells.unknownTime)
        if let table = findings.weekdayHour {
            context.peakHours = table.peakHours().map { DateText.clock($0.hour) }.joined(separator: ", ")
        }
        let grain = cells.gridHours == 1 ? "hour of the day" : "\(cells.gridHours)-hour band of the day"
        let coarser = cells.gridHours == 1 ? ""
            : " Shown in \(cells.gridHours)-hour bands because at a finer grain more than a quarter of the cells would be too small to publish."
        context.figureWeekdayHour = figures.add(Heatmap(
            id: "serious-violence-by-weekday-and-hour", title: "Serious violence by weekday and \(cells.gridHours == 1 ? "hour" : "time of day")",
            summary: "Counts of serious violence by weekday and \(grain) over the assessment year; cells not published under disclosure control are drawn crossed through, never as zero.\(coarser)",
            rowLabels: DateText.shortWeekdayNames, columnLabels: WeekdayHour.bandLabels(hours: cells.gridHours),
            values: cells.weekdayHour.map { $0.map { disclosed.value($0).map(Double.init) ?? .nan } }, valueLabel: "Crimes",
            missing: .withheld(minimumCount: disclosed.minimumCount)),
            source: "Source: police records with a known time. Numbers: data/violence-by-hour-and-weekday.csv (unpublished cells empty).")
        if let night = shares.shown("night_18_to_06") {
            headlines.append(Headline(.nightTime, "\(night) of serious violence with a known time happens between 18:00 and 06:00.",
                                      synthetic: synthetic))
        }
        if let seasonality = findings.seasonality {
            seasonalityContext(seasonality, figures: &figures)
            tables.append(Self.seasonalityTable(seasonality))
            headlines.append(Headline(.seasonality, "Serious violence peaks in \(context.seasonalityPeak) and is lowest in \(context.seasonalityTrough) (seasonal indices).",
                                      synthetic: synthetic))
        } else {
            context.seasonalityShortfall = Self.seasonalityShortfall(findings)
            monthlyProfile(findings, cells: cells, disclosed: disclosed, figures: &figures)
        }
    }

    /// Why there are no seasonal indices: too few months, or a month with no serious
    /// violence (a multiplicative index has no meaning there).
    static func seasonalityShortfall(_ findings: ViolenceFindings) -> String {
        let months = Set(findings.monthly.map(\.month)).count
        let needed = SeasonalDecomposition.minimumMonthsForIndices
        if months < needed {
            return "Seasonality needs at least \(needed) months of records; \(months) \(months == 1 ? "is" : "are") available."
        }
        let empty = findings.monthly.filter { $0.category == ViolenceFindings.seriousViolence && $0.count == 0 }.count
        return "Seasonality needs serious violence in every month, and \(empty) of the \(months) months in the records have none."
    }

    /// One row per month of the year: its seasonal index, the ratios it rests on and its interval.
    static func seasonalityTable(_ seasonality: SeasonalDecomposition.Result) -> ReportTable {
        struct Row {
            var month: Int
            var index: Double
            var observations: Int
            var interval: SeasonalDecomposition.Interval?
        }
        let rows = (0..<12).map { Row(month: $0 + 1, index: seasonality.seasonalIndices[$0], observations: seasonality.observations[$0],
                                      interval: seasonality.intervals[$0]) }
        return ReportTable(name: "violence-seasonality", rows: rows, fields: [
            .init("month_of_year", "Month") { .text(String($0.month)) },
            .init("seasonal_index", "Seasonal index", numeric: true) { .number($0.index, places: 4) },
            .init("observations", "Years", numeric: true) { .text(String($0.observations)) },
            .init("lower_95", "Lower 95%", numeric: true) { row in row.interval.map { .number($0.lower, places: 4) } ?? .text("") },
            .init("upper_95", "Upper 95%", numeric: true) { row in row.interval.map { .number($0.upper, places: 4) } ?? .text("") },
        ])
    }

    /// Counts by month of the year over every month in the records, with how many of
    /// each month there are: the profile shown when there are no seasonal indices.
    private mutating func monthlyProfile(_ findings: ViolenceFindings, cells: Cells, disclosed: Disclosed, figures: inout Figures) {
        guard cells.monthOfYear.count == 12 else { return }
        struct Row {
            var month: Int
            var count: Int?
            var months: Int
        }
        let dataMonths = Set(findings.monthly.map(\.month))
        let rows = (0..<12).map { slot in
            Row(month: slot + 1, count: disclosed.value(cells.monthOfYear[slot]), months: dataMonths.filter { $0.month == slot + 1 }.count)
        }
        tables.append(ReportTable(name: "violence-by-month-of-year", rows: rows, fields: [
            .init("month_of_year", "Month") { .text(DateText.monthNames[$0.month - 1]) },
            .init("count", "Crimes", numeric: true) { .count($0.count) },
            .init("months", "Months in the data", numeric: true) { .text(String($0.months)) },
        ]))
        if let first = dataMonths.min(), let last = dataMonths.max() {
            context.monthlyProfileMonths = DateText.range(first...last)
        }
        context.figureMonthlyProfile = figures.add(BarChart(
            id: "serious-violence-by-month-of-year", title: "Serious violence by month of the year",
            summary: "Counts of serious violence in each month of the year over every month of police records; not seasonal indices, since there are too few months of records to tell a seasonal pattern from the trend and chance.",
            labels: DateText.shortMonthNames, values: rows.map { $0.count.map(Double.init) }, yLabel: "Crimes",
            missing: .withheld(minimumCount: disclosed.minimumCount)),
            source: "Source: police records; months withheld under disclosure control are marked with an asterisk. Numbers: data/violence-by-month-of-year.csv.")
        context.hasMonthlyProfile = true
    }

    /// Serious violence in one weekday (0 is Monday) and band of `hours` hours from `hour`,
    /// as published.
    struct TimeCount {
        var weekday: Int
        var hour: Int
        var hours: Int = 1
        var count: Int?
    }

    /// `violence-by-hour-and-weekday.csv` (`weekday,hour,count,hours`: `hour` is the first
    /// hour of a band `hours` wide), `violence-by-hour.csv` and `violence-by-weekday.csv`.
    static func timeTables(_ cells: Cells, disclosed: Disclosed) -> [ReportTable] {
        let grid = WeekdayHour.weekdays.flatMap { weekday in
            cells.weekdayHour[weekday].indices.map { band in
                TimeCount(weekday: weekday, hour: band * cells.gridHours, hours: cells.gridHours,
                          count: disclosed.value(cells.weekdayHour[weekday][band]))
            }
        }
        let hours = cells.hourTotals.indices.map { band in
            TimeCount(weekday: 0, hour: band * cells.hourTotalHours, hours: cells.hourTotalHours, count: disclosed.value(cells.hourTotals[band]))
        }
        let weekdays = WeekdayHour.weekdays.map { TimeCount(weekday: $0, hour: 0, count: disclosed.value(cells.weekdayTotals[$0])) }
        return [
            ReportTable(name: "violence-by-hour-and-weekday", rows: grid, fields: [
                .init("weekday", "Weekday", numeric: true) { .text(String($0.weekday + 1)) },
                .init("hour", "Hour", numeric: true) { .text(String($0.hour)) },
                .init("count", "Crimes", numeric: true) { .count($0.count) },
                .init("hours", "Hours", numeric: true) { .text(String($0.hours)) },
            ]),
            ReportTable(name: "violence-by-hour", rows: hours, fields: [
                .init("hour", "Hour") { .text(WeekdayHour.bandLabel(from: $0.hour, hours: $0.hours)) },
                .init("count", "Crimes", numeric: true) { .count($0.count) },
            ]),
            ReportTable(name: "violence-by-weekday", rows: weekdays, fields: [
                .init("weekday", "Weekday") { .text(DateText.weekdayNames[$0.weekday]) },
                .init("count", "Crimes", numeric: true) { .count($0.count) },
            ]),
        ]
    }

    private mutating func seasonalityContext(_ seasonality: SeasonalDecomposition.Result, figures: inout Figures) {
        context.figureSeasonality = figures.add(BarChart(
            id: "serious-violence-seasonality", title: "Seasonal index of serious violence by month of the year",
            summary: "Classical multiplicative decomposition: an index above 1 means more than the trend in that month; the whiskers are 95% intervals.",
            labels: DateText.shortMonthNames, values: seasonality.seasonalIndices,
            lower: seasonality.intervals.map { $0?.lower }, upper: seasonality.intervals.map { $0?.upper },
            yLabel: "Seasonal index", reference: Reference(value: 1, label: "Trend")),
            source: "Source: police records. Numbers: data/violence-seasonality.csv.")
        context.seasonalityPeak = DateText.monthNames[seasonality.peakMonth - 1]
        context.seasonalityTrough = DateText.monthNames[seasonality.troughMonth - 1]
        context.seasonalityAmplitude = NumberFormat.decimal(seasonality.amplitude, places: 2)
        context.hasSeasonality = true
    }
}

/// The weekday-by-hour grid: weekday 0 is Monday, hour 0 is midnight to 00:59.
enum WeekdayHour {
    static let weekdays = 0..<7
    static let hours = 0..<24

    /// The widths of band tried, finest first: each divides the day.
    static let bandWidths = [1, 3, 6]

    /// One value per weekday and hour, a row per weekday.
    static func grid<Value>(_ value: (_ weekday: Int, _ hour: Int) -> Value) -> [[Value]] {
        weekdays.map { weekday in hours.map { hour in value(weekday, hour) } }
    }

    /// Each row's counts summed over bands of `hours` consecutive hours from midnight.
    static func banded(_ rows: [[Int]], hours width: Int) -> [[Int]] {
        rows.map { row in stride(from: 0, to: row.count, by: width).map { row[$0..<min(row.count, $0 + width)].reduce(0, +) } }
    }

    /// Each hour's count over every weekday.
    static func hourTotals(_ rows: [[Int]]) -> [Int] {
        hours.map { hour in rows.reduce(0) { $0 + ($1.indices.contains(hour) ? $1[hour] : 0) } }
    }

    /// The finest band width at which the cells `cells(width)` gives are readable
    /// (`SmallCounts.readable`); the coarsest width when none is.
    static func readableBand(minimumCount: Int, _ cells: (Int) -> [Int]) -> Int {
        bandWidths.first { SmallCounts.readable(cells($0), minimumCount: minimumCount) } ?? bandWidths[bandWidths.count - 1]
    }

    /// `00` for single hours, `00-02` for a band of three.
    static func bandLabels(hours width: Int) -> [String] {
        stride(from: 0, to: 24, by: width).map { width == 1 ? DateText.hour($0) : "\(DateText.hour($0))-\(DateText.hour($0 + width - 1))" }
    }

    /// `07:00` for a single hour, `06:00 to 08:59` for a band of three.
    static func bandLabel(from hour: Int, hours width: Int) -> String {
        width == 1 ? DateText.clock(hour) : "\(DateText.clock(hour)) to \(DateText.hour(hour + width - 1)):59"
    }
}
