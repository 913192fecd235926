import Analysis
import Charts
import Loaders

/// "Forecast": serious violence and violence with injury four quarters ahead, from the
/// model that forecast held-back months best. Template: `forecast.md.mustache`.
struct ForecastSection: ReportSection {
    struct Context: TemplateValues {
        var hasForecast = false
        var forecastSeriousModel = "n/a"
        var forecastSeriousNextYear = "n/a"
        var forecastSeriousGrowth = "n/a"
        var forecastVwiModel = "n/a"
        var forecastVwiNextYear = "n/a"
        var forecastVwiGrowth = "n/a"
        var figureForecastSerious = ""
        var figureForecastVwi = ""
        /// Why there is no forecast of serious violence although there are police records.
        var hasForecastShortfall = false
        var forecastShortfall = ""
    }

    var tables: [ReportTable] = []
    var headlines: [Headline] = []
    var context = Context()
    /// For findings.json.
    var forecastTable: ReportTable?

    /// `synthetic`: whether the police records the forecast is made from are synthetic.
    /// `recordMonths`: how many months the police records cover (nil without them).
    init(_ forecasts: ViolenceForecasts?, recordMonths: Int? = nil, synthetic: Bool, figures: inout Figures) {
        if let recordMonths, forecasts?.seriousViolence == nil {
            context.hasForecastShortfall = true
            context.forecastShortfall = recordMonths < Forecaster.minimumMonths
                ? "A forecast of serious violence needs at least \(Forecaster.minimumMonths) months of police records; \(recordMonths) \(recordMonths == 1 ? "is" : "are") available."
                : "No forecast model could be fitted to the \(recordMonths) months of police records, so there is no forecast of serious violence."
        }
        guard let forecasts else { return }
        let results = [forecasts.seriousViolence, forecasts.violenceWithInjury].compactMap { $0 }
        let table = Self.forecastTable(results)
        forecastTable = table
        tables = [table, Self.accuracyTable(results)]
        context.hasForecast = !results.isEmpty
        if let result = forecasts.seriousViolence {
            context.forecastSeriousModel = result.chosenModel
            context.forecastSeriousGrowth = Self.growth(result)
            context.forecastSeriousNextYear = Self.nextYear(result)
            context.figureForecastSerious = Self.figure(result, id: "forecast-serious-violence",
                                                        title: "Serious violence by quarter, with the forecast and its 80% and 95% intervals",
                                                        figures: &figures)
            if result.impliedYearlyGrowth != nil {
                headlines.append(Headline(.forecast, "The forecast for the next four quarters is \(context.forecastSeriousNextYear) serious violence offences, a change of \(context.forecastSeriousGrowth) on the last twelve months.",
                                          synthetic: synthetic))
            }
        }
        if let result = forecasts.violenceWithInjury {
            context.forecastVwiModel = result.chosenModel
            context.forecastVwiGrowth = Self.growth(result)
            context.forecastVwiNextYear = Self.nextYear(result)
            context.figureForecastVwi = Self.figure(result, id: "forecast-violence-with-injury",
                                                    title: "Violence with injury by quarter, with the forecast and its 80% and 95% intervals",
                                                    figures: &figures)
        }
    }

    static func growth(_ result: ForecastResult) -> String {
        result.impliedYearlyGrowth.map { NumberFormat.decimal($0 * 100, places: 1) + "%" } ?? "n/a"
    }

    static func nextYear(_ result: ForecastResult) -> String {
        NumberFormat.count(Int(result.quarters.reduce(0) { $0 + $1.forecast }.rounded()))
    }

    static func forecastTable(_ results: [ForecastResult]) -> ReportTable {
        let rows = results.flatMap { result in result.quarters.map { (series: result.series, quarter: $0) } }
        return ReportTable(name: "forecast", rows: rows, fields: [
            .init("series", "Series") { .text($0.series) },
            .init("quarter", "Quarter") { .text($0.quarter.quarter.description) },
            .init("forecast", "Forecast", numeric: true) { .number($0.quarter.forecast, places: 1) },
            .init("lower_80", "80% from", numeric: true) { .number($0.quarter.lower80, places: 1) },
            .init("upper_80", "80% to", numeric: true) { .number($0.quarter.upper80, places: 1) },
            .init("lower_95", "95% from", numeric: true) { .number($0.quarter.lower95, places: 1) },
            .init("upper_95", "95% to", numeric: true) { .number($0.quarter.upper95, places: 1) },
        ])
    }

    static func accuracyTable(_ results: [ForecastResult]) -> ReportTable {
        let rows = results.flatMap { result in
            result.accuracy.map { (series: result.series, chosen: $0.model == result.chosenModel, accuracy: $0) }
        }
        return ReportTable(name: "forecast-model-accuracy", rows: rows, fields: [
            .init("series", "Series") { .text($0.series) },
            .init("model", "Model") { .text($0.accuracy.model) },
            .init("mape_percent", "MAPE (%)", numeric: true) { .number($0.accuracy.mape.isFinite ? $0.accuracy.mape : nil, places: 1) },
            .init("rmse", "RMSE", numeric: true) { .number($0.accuracy.rmse, places: 1) },
            .init("held_back_months", "Months held back", numeric: true) { .count($0.accuracy.heldBackMonths) },
            .init("chosen", "Chosen") { .text($0.chosen ? "yes" : "") },
        ])
    }

    /// Observed quarters (complete ones) then the forecast quarters.
    static func figure(_ result: ForecastResult, id: String, title: String, figures: inout Figures) -> String {
        var observed: [Quarter: Double] = [:]
        var monthsSeen: [Quarter: Int] = [:]
        for (index, month) in result.months.enumerated() where index < result.observed.count {
            observed[month.quarter, default: 0] += result.observed[index]
            monthsSeen[month.quarter, default: 0] += 1
        }
        let complete = observed.keys.filter { monthsSeen[$0] == 3 }.sorted()
        let quarters = complete + result.quarters.map(\.quarter)
        let ahead = Dictionary(uniqueKeysWithValues: result.quarters.map { ($0.quarter, $0) })
        func column(_ value: (QuarterForecast) -> Double) -> [Double?] { quarters.map { ahead[$0].map(value) } }
        return figures.add(ForecastChart(
            id: id, title: title,
            summary: "Recorded \(result.series) by quarter and the forecast of the next four quarters from the \(result.chosenModel) model.",
            xLabels: quarters.map(\.description), observed: quarters.map { ahead[$0] == nil ? observed[$0] : nil },
            forecast: column(\.forecast), lower80: column(\.lower80), upper80: column(\.upper80),
            lower95: column(\.lower95), upper95: column(\.upper95), yLabel: "Crimes per quarter"),
            source: "Source: police records. Numbers: data/forecast.csv.")
    }
}
