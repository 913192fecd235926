import Analysis
import Charts
import Loaders

/// "When: seasonality and time of day": serious violence by month of the year, weekday
/// and hour, and the night-time shares. Template: `violence-when.md.mustache`.
struct WhenSection: ReportSection {
    struct Context: TemplateValues {
        var hasSeasonality = false
        var seasonalityPeak = ""
        var seasonalityTrough = ""
        var seasonalityAmplitude = ""
        var figureSeasonality = ""
        var shareNight18To06 = "n/a"
        var shareWeekendNight = "n/a"
        var peakHours = ""
        var unknownTime = "*"
        var figureWeekdayHour = ""
    }

    /// Serious violence by weekday and hour (weekday 0 is Monday), with the weekday and
    /// hour totals, and the records with no time: together, the year's serious violence.
    struct Cells {
        var weekdayHour: [[Suppression.Cell]]
        var weekdayTotals: [Suppression.Cell]
        var hourTotals: [Suppression.Cell]
        var unknownTime: Suppression.Cell

        init(_ findings: ViolenceFindings, seriousYear: Suppression.Cell, in problem: inout Suppression) {
            let table = findings.weekdayHour
            let grid = WeekdayHour.grid { weekday, hour in problem.cell(table?.count(weekday: weekday + 1, hour: hour) ?? 0) }
            let byWeekday = grid.map { problem.total(of: $0) }
            let byHour = WeekdayHour.hours.map { hour in problem.total(of: grid.map { $0[hour] }) }
            let knownTime = problem.total(of: byWeekday)
            problem.sum(knownTime, of: byHour)
            let unknown = problem.cell(findings.unknownTime)
            problem.sum(seriousYear, of: [knownTime, unknown])
            weekdayHour = grid
            weekdayTotals = byWeekday
            hourTotals = byHour
            unknownTime = unknown
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
        seriousByHour = cells.hourTotals.map { disclosed.value($0) }
        tables = Self.timeTables(cells, disclosed: disclosed)
        context.shareNight18To06 = shares.text("night_18_to_06")
        context.shareWeekendNight = shares.text("weekend_night")
        context.unknownTime = disclosed.value(cells.unknownTime).map(NumberFormat.count) ?? "*"
        if let table = findings.weekdayHour {
            context.peakHours = table.peakHours().map { DateText.clock($0.hour) }.joined(separator: ", ")
        }
        context.figureWeekdayHour = figures.add(Heatmap(
            id: "serious-violence-by-weekday-and-hour", title: "Serious violence by weekday and hour",
            summary: "Counts of serious violence by weekday and hour of the day over the assessment year; suppressed cells shown as zero-shaded.",
            rowLabels: DateText.shortWeekdayNames, columnLabels: DateText.hourLabels,
            values: cells.weekdayHour.map { $0.map { Double(disclosed.value($0) ?? 0) } }, valueLabel: "Crimes"),
            source: "Source: police records with a known time. Numbers: data/violence-by-hour-and-weekday.csv (suppressed cells empty).")
        if let night = shares.shown("night_18_to_06") {
            headlines.append(Headline(.nightTime, "\(night) of serious violence with a known time happens between 18:00 and 06:00.",
                                      synthetic: synthetic))
        }
        if let seasonality = findings.seasonality {
            seasonalityContext(seasonality, figures: &figures)
            tables.append(ReportTable(name: "violence-seasonality", rows: Array(seasonality.seasonalIndices.enumerated()), fields: [
                .init("month_of_year", "Month") { .text(String($0.offset + 1)) },
                .init("seasonal_index", "Seasonal index", numeric: true) { .number($0.element, places: 4) },
            ]))
            headlines.append(Headline(.seasonality, "Serious violence peaks in \(context.seasonalityPeak) and is lowest in \(context.seasonalityTrough) (seasonal indices).",
                                      synthetic: synthetic))
        }
    }

    /// Serious violence in one weekday (0 is Monday) and hour, as published.
    struct TimeCount {
        var weekday: Int
        var hour: Int
        var count: Int?
    }

    static func timeTables(_ cells: Cells, disclosed: Disclosed) -> [ReportTable] {
        let grid = WeekdayHour.weekdays.flatMap { weekday in
            WeekdayHour.hours.map { TimeCount(weekday: weekday, hour: $0, count: disclosed.value(cells.weekdayHour[weekday][$0])) }
        }
        let hours = WeekdayHour.hours.map { TimeCount(weekday: 0, hour: $0, count: disclosed.value(cells.hourTotals[$0])) }
        let weekdays = WeekdayHour.weekdays.map { TimeCount(weekday: $0, hour: 0, count: disclosed.value(cells.weekdayTotals[$0])) }
        return [
            ReportTable(name: "violence-by-hour-and-weekday", rows: grid, fields: [
                .init("weekday", "Weekday", numeric: true) { .text(String($0.weekday + 1)) },
                .init("hour", "Hour", numeric: true) { .text(String($0.hour)) },
                .init("count", "Crimes", numeric: true) { .count($0.count) },
            ]),
            ReportTable(name: "violence-by-hour", rows: hours, fields: [
                .init("hour", "Hour") { .text(DateText.clock($0.hour)) },
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
            summary: "Classical multiplicative decomposition: an index above 1 means more than the trend in that month.",
            labels: DateText.shortMonthNames, values: seasonality.seasonalIndices,
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

    /// One value per weekday and hour, a row per weekday.
    static func grid<Value>(_ value: (_ weekday: Int, _ hour: Int) -> Value) -> [[Value]] {
        weekdays.map { weekday in hours.map { hour in value(weekday, hour) } }
    }
}
