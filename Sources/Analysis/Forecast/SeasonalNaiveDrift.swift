/// Seasonal naive forecast with drift: each month is forecast as the same month a
/// year earlier plus the average year-on-year change.
///
/// Method: the model is yₜ = yₜ₋₁₂ + c + εₜ with εₜ independent N(0, σ²), a random
/// walk for each calendar month sharing one drift c. c is the mean of the seasonal
/// differences dₜ = yₜ − yₜ₋₁₂ and σ² their sample variance (n − 1 divisor). The
/// forecast k years ahead of the last observation of that calendar month is that
/// observation plus k·c, with error variance kσ² from the k future shocks plus
/// k²σ²/n from the estimated drift. Errors for different calendar months share only
/// the drift error (covariance kₐk_bσ²/n); for the same calendar month they also
/// share min(kₐ, k_b) shocks. Within the first year every month is one step from an
/// observed value, so intervals are level through the first four quarters and widen
/// after.
/// Assumptions: a stable seasonal pattern and a constant yearly change.
/// Reference: Hyndman RJ, Athanasopoulos G (2021). Forecasting: Principles and
/// Practice, 3rd edn, §5.2 and §5.5 (Table 5.2). Melbourne: OTexts.
public struct SeasonalNaiveDrift: ForecastModel {
    public let name = "seasonal naive with drift"
    /// Three seasonal differences, the fewest that give a variance with some
    /// degrees of freedom to spare.
    public let minimumMonths = 15
    static let period = 12
    /// Months (indices into the series) left out of the drift and its variance: every
    /// seasonal difference that starts or ends in one of them.
    public let excluded: Set<Int>

    public init(excluding excluded: Set<Int> = []) { self.excluded = excluded }

    public func fit(_ series: [Double]) -> (any FittedForecastModel)? {
        let period = Self.period
        guard series.count >= minimumMonths else { return nil }
        var differences = (period..<series.count).filter { !excluded.contains($0) && !excluded.contains($0 - period) }
            .map { series[$0] - series[$0 - period] }
        // Too few left to estimate a variance: fall back to every difference.
        if differences.count < 2 { differences = (period..<series.count).map { series[$0] - series[$0 - period] } }
        let n = Double(differences.count)
        let drift = differences.reduce(0, +) / n
        let variance = differences.reduce(0) { $0 + ($1 - drift) * ($1 - drift) } / (n - 1)
        let fitted: [Double?] = series.indices.map { $0 < period ? nil : series[$0 - period] + drift }
        return Fitted(series: series, drift: drift, variance: variance, differenceCount: n, fitted: fitted)
    }

    struct Fitted: FittedForecastModel {
        let series: [Double]
        let drift: Double
        let variance: Double
        let differenceCount: Double
        let fitted: [Double?]

        func forecast(horizon: Int) -> MonthlyForecast {
            let period = SeasonalNaiveDrift.period
            let last = series.count - 1
            // Years between each forecast month and its most recent observed
            // namesake.
            let years = (1...max(1, horizon)).map { ($0 - 1) / period + 1 }
            var location: [Double] = []
            for h in 1...max(1, horizon) {
                let k = years[h - 1]
                location.append(series[last + h - period * k] + Double(k) * drift)
            }
            let covariance = (0..<location.count).map { a in
                (0..<location.count).map { b -> Double in
                    let ka = Double(years[a])
                    let kb = Double(years[b])
                    let shared = (a - b) % period == 0 ? min(ka, kb) : 0
                    return variance * (shared + ka * kb / differenceCount)
                }
            }
            return MonthlyForecast(scale: .counts, location: location, covariance: covariance)
        }
    }
}

/// The mean of the series, the fallback when a series is too short for any
/// seasonal model.
///
/// Method: every month is forecast as the sample mean ȳ of the n months; errors
/// have variance σ²(1 + 1/n) and covariance σ²/n (the shared error in ȳ), with σ²
/// the sample variance. It ignores trend and season, which a series of under two
/// years cannot separate.
/// Reference: Hyndman & Athanasopoulos (2021), Forecasting: Principles and
/// Practice, 3rd edn, §5.2 and §5.5.
public struct MeanModel: ForecastModel {
    public let name = "mean"
    public let minimumMonths = 6

    public init() {}

    public func fit(_ series: [Double]) -> (any FittedForecastModel)? {
        guard series.count >= minimumMonths else { return nil }
        let n = Double(series.count)
        let mean = series.reduce(0, +) / n
        let variance = series.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (n - 1)
        return Fitted(mean: mean, variance: variance, count: n, fitted: series.map { _ in mean })
    }

    struct Fitted: FittedForecastModel {
        let mean: Double
        let variance: Double
        let count: Double
        let fitted: [Double?]

        func forecast(horizon: Int) -> MonthlyForecast {
            let size = max(1, horizon)
            let covariance = (0..<size).map { a in
                (0..<size).map { b in variance * ((a == b ? 1 : 0) + 1 / count) }
            }
            return MonthlyForecast(scale: .counts, location: Array(repeating: mean, count: size), covariance: covariance)
        }
    }
}
