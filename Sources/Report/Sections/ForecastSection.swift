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
        var forecastSeriousInterval = "n/a"
        var forecastVwiInterval = "n/a"
        var figureForecastSerious = ""
        var figureForecastVwi = ""
        /// Which candidates could be fitted, and whether there was a choice.
        var forecastMethodSentence = ""
        /// The periods named as anomalous, and what was done with them; empty when none.
        var forecastAnomaliesSentence = ""
        var forecastHasAnomalies = false
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
        context.forecastMethodSentence = results.first.map(Self.methodSentence) ?? ""
        context.forecastAnomaliesSentence = Self.anomaliesSentence(forecasts.anomalies, results: results)
        let sources = Self.anomalySourceSentences(forecasts.anomalies, results: results)
        if !sources.isEmpty { context.forecastAnomaliesSentence += " " + sources }
        context.forecastHasAnomalies = !context.forecastAnomaliesSentence.isEmpty
        if let result = forecasts.seriousViolence {
            context.forecastSeriousModel = result.chosenModel
            context.forecastSeriousGrowth = Self.growth(result)
            context.forecastSeriousNextYear = Self.nextYear(result)
            context.forecastSeriousInterval = Self.interval(result)
            context.figureForecastSerious = Self.figure(result, id: "forecast-serious-violence",
                                                        title: "Serious violence by quarter, with the forecast and its 80% and 95% intervals",
                                                        figures: &figures)
            if result.impliedYearlyGrowth != nil {
                headlines.append(Headline(.forecast, "The forecast for the next four quarters is \(context.forecastSeriousNextYear) serious violence offences "
                                          + "(police records; \(Self.interval(result))), a change of \(context.forecastSeriousGrowth) on the last twelve months.",
                                          synthetic: synthetic))
            }
        }
        if let result = forecasts.violenceWithInjury {
            context.forecastVwiModel = result.chosenModel
            context.forecastVwiGrowth = Self.growth(result)
            context.forecastVwiNextYear = Self.nextYear(result)
            context.forecastVwiInterval = Self.interval(result)
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

    /// "95% prediction interval 560 to 720" for the total of the reported quarters.
    static func interval(_ result: ForecastResult) -> String {
        guard let total = result.reportedTotal else { return "no prediction interval" }
        return "95% prediction interval \(NumberFormat.count(Int(total.lower95.rounded()))) to \(NumberFormat.count(Int(total.upper95.rounded())))"
    }

    /// Which candidates were scored on the held-back months and which could not be fitted, and why.
    static func methodSentence(_ result: ForecastResult) -> String {
        let scored = result.candidates.filter { $0.accuracy != nil }
        let unfitted = result.candidates.filter { $0.accuracy == nil }
        let heldBack = result.accuracy.first?.heldBackMonths ?? (result.observed.count >= 36 ? 12 : 6)
        var text = "Each series is forecast four quarters ahead. The latest \(heldBack) months are held back, and each candidate model that can be fitted to the months before them forecasts them. "
        // Models that failed for the same reason are named together.
        var reasons: [String] = []
        for candidate in unfitted where !reasons.contains(candidate.reason ?? "failed") { reasons.append(candidate.reason ?? "failed") }
        for reason in reasons {
            let models = unfitted.filter { ($0.reason ?? "failed") == reason }.map(\.model)
            let names = models.count == 1 ? "The \(models[0]) model"
                : "The " + models.dropLast().joined(separator: ", ") + " and \(models[models.count - 1]) models"
            text += "\(names) could not be fitted: \(models.count == 1 ? "it" : "each") \(reason). "
        }
        switch scored.count {
        case 0:
            text += "No model could be scored."
        case 1:
            text += "Only the \(scored[0].model) model could be fitted, so there was no choice of model: its error on the held-back months is shown below, and it was refitted to every month."
        default:
            text += "The \(scored.count) models that could be fitted (\(scored.map(\.model).joined(separator: ", "))) were judged on how well they forecast the held-back months, and the best, \(result.chosenModel), was refitted to every month."
        }
        return text
    }

    /// The anomalous periods named in the configuration, and what the forecast did with them.
    static func anomaliesSentence(_ anomalies: [AnomalousPeriod], results: [ForecastResult]) -> String {
        guard !anomalies.isEmpty else { return "" }
        let named = anomalies.map { period in
            let months = period.from == period.to ? DateText.month(period.from)
                : "\(DateText.month(period.from)) to \(DateText.month(period.to))"
            return "\(months) (\(period.reason))"
        }
        let inSeries = Set(results.flatMap(\.anomalousMonths))
        let left = inSeries.isEmpty ? "None of them falls in the series forecast."
            : "\(anomalies.count == 1 ? "Its" : "Their") months are kept in the series, since the offences happened, but left out of the error on the held-back months and of the seasonal naive model's yearly drift, so that they do not set the trend."
        return "The configuration names \(anomalies.count == 1 ? "an anomalous period" : "anomalous periods"): \(named.joined(separator: "; ")). " + left
    }

    /// The months the seasonal naive model copies each forecast month from: the same
    /// calendar month in the last observed year (`SeasonalNaiveDrift`), as indices.
    static func seasonalNaiveSources(_ result: ForecastResult, quarter: Quarter) -> [YearMonth] {
        guard let last = result.months.last else { return [] }
        return (quarter.firstMonth.index...quarter.lastMonth.index).compactMap { index in
            let ahead = index - last.index
            guard ahead >= 1 else { return nil }
            return YearMonth(index: index - 12 * ((ahead - 1) / 12 + 1))
        }
    }

    /// "April to June 2020", "May 2020", "November 2020 to January 2021".
    static func span(_ months: [YearMonth]) -> String {
        guard let first = months.min(), let last = months.max() else { return "" }
        if first == last { return DateText.month(first) }
        if first.year == last.year { return "\(DateText.monthNames[first.month - 1]) to \(DateText.month(last))" }
        return "\(DateText.month(first)) to \(DateText.month(last))"
    }

    /// For a series forecast by the seasonal naive model, each forecast quarter whose
    /// source months (the same months a year before) fall in a configured anomalous
    /// period: "The forecast for April to June 2021 is built from April to June 2020, a
    /// period the configuration names as anomalous (first national lockdown), so it
    /// carries that period's level forward." Series with the same quarters are named
    /// together; empty when no forecast copies from an anomalous period.
    static func anomalySourceSentences(_ anomalies: [AnomalousPeriod], results: [ForecastResult]) -> String {
        let naive = SeasonalNaiveDrift().name
        var sentences: [(text: String, series: [String])] = []
        for result in results where result.chosenModel == naive {
            for forecast in result.quarters {
                let sources = seasonalNaiveSources(result, quarter: forecast.quarter)
                let forecastMonths = (forecast.quarter.firstMonth.index...forecast.quarter.lastMonth.index).map(YearMonth.init(index:))
                for period in anomalies {
                    let inside = sources.filter { period.months.contains($0) }
                    guard !inside.isEmpty else { continue }
                    let named = "a period the configuration names as anomalous (\(period.reason))"
                    let from = inside.count == sources.count ? "\(span(sources)), \(named)"
                        : "\(span(sources)), which includes \(span(inside)), \(named)"
                    let text = "for \(span(forecastMonths)) is built from \(from), so it carries that period's level forward."
                    if let index = sentences.firstIndex(where: { $0.text == text }) {
                        sentences[index].series.append(result.series)
                    } else {
                        sentences.append((text, [result.series]))
                    }
                }
            }
        }
        return sentences.map { sentence in
            let subject = sentence.series.count == 1 ? "The forecast of \(sentence.series[0])"
                : "The forecast of \(sentence.series.dropLast().joined(separator: ", ")) and of \(sentence.series[sentence.series.count - 1])"
            return "\(subject) \(sentence.text)"
        }.joined(separator: " ")
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

    /// `data/forecast-model-accuracy.csv`: every candidate, `scored` or why it could not be fitted.
    static func accuracyTable(_ results: [ForecastResult]) -> ReportTable {
        let rows = results.flatMap { result in
            result.candidates.map { (series: result.series, chosen: $0.accuracy != nil && $0.model == result.chosenModel, candidate: $0) }
        }
        return ReportTable(name: "forecast-model-accuracy", rows: rows, fields: [
            .init("series", "Series") { .text($0.series) },
            .init("model", "Model") { .text($0.candidate.model) },
            .init("status", "Status") { .text($0.candidate.status) },
            .init("mape_percent", "MAPE (%)", numeric: true) { .number($0.candidate.accuracy.flatMap { $0.mape.isFinite ? $0.mape : nil }, places: 1) },
            .init("rmse", "RMSE", numeric: true) { .number($0.candidate.accuracy?.rmse, places: 1) },
            .init("held_back_months", "Months held back", numeric: true) { row in row.candidate.accuracy.map { .count($0.heldBackMonths) } ?? .text("") },
            .init("scored_months", nil, numeric: true) { row in row.candidate.accuracy.map { .count($0.scoredMonths) } ?? .text("") },
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
