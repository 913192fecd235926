import Foundation

/// A model that can be fitted to a monthly count series and forecast it.
///
/// Models see the series as plain numbers, index 0 being the first month, and
/// assume it is contiguous (no missing months) with a season of 12; `Forecaster`
/// checks the months before fitting.
public protocol ForecastModel: Sendable {
    /// Name as printed in reports and in `ModelAccuracy`.
    var name: String { get }
    /// Fewest months the model can be fitted to.
    var minimumMonths: Int { get }
    /// Fits the model; nil when the series is too short or the fit is degenerate.
    func fit(_ series: [Double]) -> (any FittedForecastModel)?
}

/// A model fitted to one series, able to produce forecasts from its end.
public protocol FittedForecastModel: Sendable {
    /// In-sample fitted values aligned with the series; nil where the model has
    /// none (months used only to start it).
    var fitted: [Double?] { get }
    /// The joint forecast distribution of the next `horizon` months.
    func forecast(horizon: Int) -> MonthlyForecast
}

/// The joint forecast distribution of the next few months, kept whole (with
/// covariances) so that sums over months get the right variance: forecast errors
/// from one origin are correlated, mostly positively, so a quarter's variance is
/// more than the sum of its months' variances.
public struct MonthlyForecast: Sendable, Equatable {
    /// The scale on which forecast errors are (approximately) normal.
    public enum Scale: Sendable, Equatable {
        /// Counts are normal with mean `location` and covariance `covariance`.
        case counts
        /// ln(count + offset) is normal with mean `location` and covariance
        /// `covariance`.
        case logCounts(offset: Double)
    }

    public var scale: Scale
    /// Mean of each month on the working scale, horizon 1 first.
    public var location: [Double]
    /// Covariance of the forecast errors on the working scale.
    public var covariance: [[Double]]

    public init(scale: Scale, location: [Double], covariance: [[Double]]) {
        self.scale = scale
        self.location = location
        self.covariance = covariance
    }

    /// Expected count for each month (may be below 0 for a model on the count scale;
    /// callers floor it where a count is reported).
    public var means: [Double] {
        switch scale {
        case .counts:
            return location
        case .logCounts(let offset):
            return location.indices.map { exp(location[$0] + covariance[$0][$0] / 2) - offset }
        }
    }

    /// The expected total of the months at `indices` (0 = horizon 1) and its
    /// two-sided prediction interval, all floored at 0 because counts cannot be
    /// negative.
    ///
    /// Method: on the count scale the total is normal with variance 1ᵀΣ1 over the
    /// chosen months. On the log scale the total of correlated log-normals is
    /// approximated by a log-normal with the same mean and variance
    /// (Fenton–Wilkinson), with E[eᴸⁱ] = exp(μᵢ + Σᵢᵢ/2) and
    /// Cov(eᴸⁱ, eᴸʲ) = E[eᴸⁱ]E[eᴸʲ](exp(Σᵢⱼ) − 1).
    /// Reference: Fenton LF (1960). The sum of log-normal probability distributions
    /// in scatter transmission systems. IRE Trans. Commun. Syst. 8(1):57–67.
    public func total(
        of indices: [Int], confidence: Double
    ) -> (mean: Double, lower: Double, upper: Double) {
        let z = Distributions.normalQuantile(1 - (1 - confidence) / 2)
        switch scale {
        case .counts:
            var mean = 0.0
            var variance = 0.0
            for i in indices {
                mean += location[i]
                for j in indices { variance += covariance[i][j] }
            }
            let sd = max(0, variance).squareRoot()
            return (max(0, mean), max(0, mean - z * sd), max(0, mean + z * sd))
        case .logCounts(let offset):
            let expected = indices.map { exp(location[$0] + covariance[$0][$0] / 2) }
            var mean = 0.0
            var variance = 0.0
            for (a, i) in indices.enumerated() {
                mean += expected[a]
                for (b, j) in indices.enumerated() {
                    variance += expected[a] * expected[b] * expm1(covariance[i][j])
                }
            }
            let shift = offset * Double(indices.count)
            guard mean > 0 else { return (0, 0, 0) }
            let logVariance = log1p(max(0, variance) / (mean * mean))
            let logMean = log(mean) - logVariance / 2
            let logSD = logVariance.squareRoot()
            return (
                max(0, mean - shift),
                max(0, exp(logMean - z * logSD) - shift),
                max(0, exp(logMean + z * logSD) - shift)
            )
        }
    }
}
