import Loaders

/// Quarterly forecasts of a monthly count series from the most accurate of a few
/// simple models.
///
/// Method: the last 12 months (6 when the series has under 36) are held back;
/// every candidate that can be fitted to the remaining months forecasts them, and
/// its mean absolute percentage error (MAPE) and root mean squared error (RMSE) are
/// recorded. The model with the lowest MAPE is chosen (lowest RMSE when no
/// held-back month has a non-zero count, so MAPE is undefined for all), ties going
/// to the earlier candidate, then refitted to every month to forecast ahead.
/// Candidates, in order: `SeasonalNaiveDrift`, `LogLinearSeasonal`,
/// `HoltWintersAdditive`. When none can be fitted to the months left after holding
/// back (series of 12 to 20 months), the non-seasonal `MeanModel` is used alone.
/// Quarterly totals and their 80% and 95% prediction intervals come analytically
/// from the chosen model's joint monthly forecast distribution
/// (`MonthlyForecast.total`), with everything floored at 0. How intervals widen
/// depends on the model: Holt-Winters intervals widen every quarter; seasonal naive
/// intervals hold level through the first year (every month is then one year from
/// an observation) and widen after; log-linear intervals widen in proportion to the
/// forecast, so a low-season quarter can have a narrower interval in counts than
/// the busier quarter before it, though wider relative to its level.
/// Reference: Hyndman RJ, Athanasopoulos G (2021). Forecasting: Principles and
/// Practice, 3rd edn, §5.8 (evaluating point forecast accuracy on a test set).
/// Melbourne: OTexts.
public enum Forecaster {
    /// The seasonal candidates in tie-breaking order.
    public static let candidates: [any ForecastModel] = [
        SeasonalNaiveDrift(), LogLinearSeasonal(), HoltWintersAdditive(),
    ]
    /// Used alone when no seasonal candidate fits the training months.
    public static let fallback: any ForecastModel = MeanModel()
    /// Fewest months accepted: one year, so that yearly growth can be measured.
    public static let minimumMonths = 12

    /// Forecasts the `quarters` quarters after the last observed month; nil when
    /// the input cannot be forecast.
    ///
    /// The months may come in any order but must be consecutive once sorted, with
    /// no month repeated: a gap is ambiguous (no events, or no data?), so the caller
    /// fills it deliberately. Also nil when the arrays differ in length, a count is
    /// negative, fewer than 12 months are given, or `quarters` < 1. If the last
    /// observed month does not end a quarter, the first forecast quarter is the next
    /// whole one; the months in between are forecast (and count towards growth) but
    /// not reported as a quarter, so an observed and a forecast part are never
    /// mixed in one figure.
    ///
    /// `anomalies` names months (such as a lockdown) that are not what the series
    /// normally does: a held-back month among them is left out of every candidate's
    /// error, and a seasonal difference that touches one is left out of the drift of
    /// the seasonal naive model. They stay in the series (they happened).
    public static func forecast(
        series name: String, months: [YearMonth], counts: [Int], quarters: Int = 4, anomalies: Set<YearMonth> = []
    ) -> ForecastResult? {
        guard months.count == counts.count, quarters >= 1, counts.allSatisfy({ $0 >= 0 }) else { return nil }
        let ordered = zip(months, counts).sorted { $0.0 < $1.0 }
        guard ordered.count >= minimumMonths,
              zip(ordered, ordered.dropFirst()).allSatisfy({ $1.0.index == $0.0.index + 1 }),
              let firstMonth = ordered.first?.0, let lastMonth = ordered.last?.0 else { return nil }
        let series = ordered.map { Double($0.1) }

        let heldBack = series.count >= 36 ? 12 : 6
        let training = Array(series.dropLast(heldBack))
        let actual = Array(series.suffix(heldBack))
        let anomalous = Set((0..<series.count).filter { anomalies.contains(firstMonth.adding(months: $0)) })
        let heldBackKept = (0..<heldBack).filter { !anomalous.contains(series.count - heldBack + $0) }
        let models = candidates(excluding: anomalous)
        var eligible = models.filter { $0.minimumMonths <= training.count }
        var statuses = models.map { model in
            CandidateStatus(model: model.name, accuracy: nil, reason: model.minimumMonths <= training.count ? nil
                : "needs \(model.minimumMonths) months, and only \(training.count) remain after holding back \(heldBack)")
        }
        if eligible.isEmpty {
            eligible = [fallback]
            statuses.append(CandidateStatus(model: fallback.name, accuracy: nil, reason: nil))
        }

        var scored: [(model: any ForecastModel, accuracy: ModelAccuracy)] = []
        for model in eligible {
            let index = statuses.firstIndex { $0.model == model.name }
            guard let fitted = model.fit(training) else {
                if let index { statuses[index].reason = "the fit failed on the \(training.count) months before those held back" }
                continue
            }
            let predicted = fitted.forecast(horizon: heldBack).means.map { max(0, $0) }
            let result = accuracy(model: model.name, actual: heldBackKept.map { actual[$0] },
                                  predicted: heldBackKept.map { predicted[$0] }, heldBack: heldBack)
            scored.append((model, result))
            if let index { statuses[index].accuracy = result }
        }
        let useMAPE = scored.contains { $0.accuracy.mape.isFinite }
        let ranked = scored.enumerated().sorted { lhs, rhs in
            let left = useMAPE ? lhs.element.accuracy.mape : lhs.element.accuracy.rmse
            let right = useMAPE ? rhs.element.accuracy.mape : rhs.element.accuracy.rmse
            return left != right ? left < right : lhs.offset < rhs.offset
        }
        // The best model normally refits; a later one is tried only if the refit on
        // all months fails, which the candidates' length checks make unlikely.
        var chosen: (model: any ForecastModel, fit: any FittedForecastModel)?
        for entry in ranked {
            if let fit = entry.element.model.fit(series) {
                chosen = (entry.element.model, fit)
                break
            }
        }
        guard let chosen else { return nil }

        var firstQuarter = lastMonth.adding(months: 1).quarter
        if firstQuarter.firstMonth.index <= lastMonth.index { firstQuarter = firstQuarter.adding(quarters: 1) }
        let reported = (0..<quarters).map { firstQuarter.adding(quarters: $0) }
        let lastReportedMonth = reported.last?.lastMonth.index ?? lastMonth.index
        let horizon = max(12, lastReportedMonth - lastMonth.index)
        let distribution = chosen.fit.forecast(horizon: horizon)

        let quarterForecasts = reported.map { quarter -> QuarterForecast in
            let indices = quarter.months.map { $0.index - lastMonth.index - 1 }
            let wide = distribution.total(of: indices, confidence: 0.95)
            let narrow = distribution.total(of: indices, confidence: 0.80)
            return QuarterForecast(
                quarter: quarter, forecast: wide.mean,
                lower80: narrow.lower, upper80: narrow.upper, lower95: wide.lower, upper95: wide.upper
            )
        }

        let allReported = reported.flatMap { $0.months.map { $0.index - lastMonth.index - 1 } }
        let wideTotal = distribution.total(of: allReported, confidence: 0.95)
        let narrowTotal = distribution.total(of: allReported, confidence: 0.80)
        let reportedTotal = TotalForecast(forecast: wideTotal.mean, lower80: narrowTotal.lower, upper80: narrowTotal.upper,
                                          lower95: wideTotal.lower, upper95: wideTotal.upper)

        let nextYear = distribution.means.prefix(12).reduce(0) { $0 + max(0, $1) }
        let lastYear = series.suffix(12).reduce(0, +)
        let growth: Double? = lastYear > 0 ? nextYear / lastYear - 1 : nil

        var result = ForecastResult(
            series: name, chosenModel: chosen.model.name, accuracy: scored.map(\.accuracy),
            quarters: quarterForecasts, impliedYearlyGrowth: growth,
            monthlyFitted: chosen.fit.fitted,
            months: (0..<series.count).map { firstMonth.adding(months: $0) },
            observed: series
        )
        result.candidates = statuses
        result.reportedTotal = reportedTotal
        result.anomalousMonths = anomalous.sorted().map { firstMonth.adding(months: $0) }
        return result
    }

    /// The candidates, the seasonal naive model told which months to leave out of its drift.
    static func candidates(excluding anomalous: Set<Int>) -> [any ForecastModel] {
        candidates.map { model in
            model is SeasonalNaiveDrift ? SeasonalNaiveDrift(excluding: anomalous) : model
        }
    }

    /// MAPE (percent, over months with a non-zero count) and RMSE of a forecast.
    /// `heldBack` is the number of months held back, which is more than the months
    /// scored when some were anomalous.
    static func accuracy(model: String, actual: [Double], predicted: [Double], heldBack: Int? = nil) -> ModelAccuracy {
        var absolutePercentage = 0.0
        var nonZero = 0
        var squared = 0.0
        for (a, p) in zip(actual, predicted) {
            squared += (a - p) * (a - p)
            if a != 0 {
                absolutePercentage += abs(a - p) / a
                nonZero += 1
            }
        }
        let mape = nonZero > 0 ? 100 * absolutePercentage / Double(nonZero) : .infinity
        let rmse = (squared / Double(max(1, actual.count))).squareRoot()
        return ModelAccuracy(model: model, mape: mape, rmse: rmse, heldBackMonths: heldBack ?? actual.count,
                             scoredMonths: actual.count)
    }
}
