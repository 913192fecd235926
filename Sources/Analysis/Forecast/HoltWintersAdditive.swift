/// Holt-Winters additive seasonal exponential smoothing, with smoothing
/// parameters chosen from a fixed grid.
///
/// Method: the error-correction form of ETS(A,A,A). With one-step error
/// eₜ = yₜ − (ℓₜ₋₁ + bₜ₋₁ + sₜ₋₁₂):
///   ℓₜ = ℓₜ₋₁ + bₜ₋₁ + α eₜ,  bₜ = bₜ₋₁ + αβ eₜ,  sₜ = sₜ₋₁₂ + γ eₜ,
/// identical to the textbook recursions ℓₜ = α(yₜ − sₜ₋₁₂) + (1 − α)(ℓₜ₋₁ + bₜ₋₁),
/// bₜ = β(ℓₜ − ℓₜ₋₁) + (1 − β)bₜ₋₁, sₜ = γ(yₜ − ℓₜ₋₁ − bₜ₋₁) + (1 − γ)sₜ₋₁₂
/// (Hyndman & Athanasopoulos's form, also that of statsmodels). The first year
/// only starts the recursions (a deterministic heuristic, not estimated): the level
/// at its end is the first year's mean moved on by half a year of trend, the trend
/// is the difference between the second and first years' means divided by 12, and
/// the seasonal terms are the first year's deviations from that line. One-step
/// errors are then taken from month 13 onwards. α, β and γ are each searched over
/// 0.1, 0.2, …, 0.9, keeping γ ≤ 1 − α (the usual admissible region), and the
/// combination with the least sum of squared one-step errors wins, the first in
/// grid order on a tie, so the fit is deterministic. σ² is that sum divided by
/// (number of errors − 3).
/// Prediction intervals are analytic: the h-step error is
/// eₜ₊ₕ + Σⱼ₌₁^{h−1} cⱼ eₜ₊ₕ₋ⱼ with cⱼ = α(1 + jβ) + γ·[j a multiple of 12], so
/// horizons a and b have covariance σ² Σᵢ ψₐ,ᵢ ψ_b,ᵢ over shared shocks, and
/// variances grow with the horizon.
/// Assumptions: locally linear trend, an additive seasonal pattern that may
/// evolve slowly, and independent normal one-step errors of constant variance.
/// Reference: Hyndman RJ, Koehler AB, Ord JK, Snyder RD (2008). Forecasting with
/// Exponential Smoothing: The State Space Approach, §2.6.1 (initial states), §6.3
/// and Table 6.1 (class 1 variance, ETS(A,A,A)). Berlin: Springer; Hyndman &
/// Athanasopoulos (2021), Forecasting: Principles and Practice, 3rd edn, §8.3.
public struct HoltWintersAdditive: ForecastModel {
    /// Smoothing parameters: level α, trend β (as a share of α's correction, the
    /// textbook β*), season γ.
    public struct Parameters: Sendable, Equatable {
        public var alpha: Double
        public var beta: Double
        public var gamma: Double

        public init(alpha: Double, beta: Double, gamma: Double) {
            self.alpha = alpha
            self.beta = beta
            self.gamma = gamma
        }
    }

    /// The states after a run of the recursions and its one-step errors.
    public struct Filtered: Sendable, Equatable {
        public var level: Double
        public var trend: Double
        /// Seasonal terms indexed by month position (index mod 12).
        public var seasonal: [Double]
        /// One-step-ahead fitted values, nil for the first year.
        public var fitted: [Double?]
        public var sumOfSquaredErrors: Double
        public var errorCount: Int
    }

    public let name = "Holt-Winters additive"
    /// One year to start the recursions and a second to estimate the trend.
    public let minimumMonths = 24
    static let period = 12
    /// Fixed parameters, or nil to search the grid.
    public var parameters: Parameters?

    public init(parameters: Parameters? = nil) {
        self.parameters = parameters
    }

    /// The deterministic search grid, in search order.
    public static let grid: [Parameters] = {
        let steps = (1...9).map { Double($0) / 10 }
        var grid: [Parameters] = []
        for alpha in steps {
            for beta in steps {
                for gamma in steps where gamma <= 1 - alpha + 1e-9 {
                    grid.append(Parameters(alpha: alpha, beta: beta, gamma: gamma))
                }
            }
        }
        return grid
    }()

    /// The heuristic starting states at the end of the first year: level, trend and
    /// the 12 seasonal terms indexed by month position; nil for under two years.
    public static func initialStates(_ series: [Double]) -> (level: Double, trend: Double, seasonal: [Double])? {
        let m = period
        guard series.count >= 2 * m else { return nil }
        let firstMean = series[0..<m].reduce(0, +) / Double(m)
        let secondMean = series[m..<(2 * m)].reduce(0, +) / Double(m)
        let trend = (secondMean - firstMean) / Double(m)
        // The first year's mean sits at its midpoint, month (m − 1)/2.
        let middle = Double(m - 1) / 2
        let seasonal = (0..<m).map { series[$0] - (firstMean + (Double($0) - middle) * trend) }
        let level = firstMean + middle * trend
        return (level, trend, seasonal)
    }

    /// Runs the recursions over the series from month 13 with the heuristic
    /// starting states; nil for under two years.
    public static func filter(_ series: [Double], parameters: Parameters) -> Filtered? {
        guard let start = initialStates(series) else { return nil }
        let m = period
        var level = start.level
        var trend = start.trend
        var seasonal = start.seasonal
        var fitted: [Double?] = Array(repeating: nil, count: series.count)
        var sse = 0.0
        for t in m..<series.count {
            let position = t % m
            let prediction = level + trend + seasonal[position]
            let error = series[t] - prediction
            fitted[t] = prediction
            sse += error * error
            level += trend + parameters.alpha * error
            trend += parameters.alpha * parameters.beta * error
            seasonal[position] += parameters.gamma * error
        }
        return Filtered(
            level: level, trend: trend, seasonal: seasonal, fitted: fitted,
            sumOfSquaredErrors: sse, errorCount: series.count - m
        )
    }

    public func fit(_ series: [Double]) -> (any FittedForecastModel)? {
        guard series.count >= minimumMonths else { return nil }
        var best: (parameters: Parameters, filtered: Filtered)?
        for candidate in parameters.map({ [$0] }) ?? Self.grid {
            guard let filtered = Self.filter(series, parameters: candidate) else { return nil }
            // Strict comparison keeps the first minimum in grid order.
            if best == nil || filtered.sumOfSquaredErrors < (best?.filtered.sumOfSquaredErrors ?? .infinity) {
                best = (candidate, filtered)
            }
        }
        guard let chosen = best, chosen.filtered.errorCount > 3 else { return nil }
        let variance = chosen.filtered.sumOfSquaredErrors / Double(chosen.filtered.errorCount - 3)
        return Fitted(parameters: chosen.parameters, filtered: chosen.filtered, count: series.count, variance: variance)
    }

    struct Fitted: FittedForecastModel {
        let parameters: Parameters
        let filtered: Filtered
        let count: Int
        let variance: Double

        var fitted: [Double?] { filtered.fitted }

        func forecast(horizon: Int) -> MonthlyForecast {
            let m = HoltWintersAdditive.period
            let size = max(1, horizon)
            let location = (1...size).map { h in
                filtered.level + Double(h) * filtered.trend + filtered.seasonal[(count - 1 + h) % m]
            }
            // Weight of the shock at horizon i in the error at horizon h: 1 for
            // i = h, c(h − i) before.
            func weight(_ h: Int, _ i: Int) -> Double {
                if i == h { return 1 }
                let j = h - i
                let seasonalStep = j % m == 0 ? parameters.gamma : 0
                return parameters.alpha * (1 + Double(j) * parameters.beta) + seasonalStep
            }
            let covariance = (1...size).map { a in
                (1...size).map { b -> Double in
                    var sum = 0.0
                    for i in 1...min(a, b) { sum += weight(a, i) * weight(b, i) }
                    return variance * sum
                }
            }
            return MonthlyForecast(scale: .counts, location: location, covariance: covariance)
        }
    }
}
