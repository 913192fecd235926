import Foundation

/// Log-linear trend with monthly factors: a constant rate of growth with a fixed
/// multiplicative seasonal pattern, the least-squares stand-in for a Poisson
/// regression with log link.
///
/// Method: ln(yₜ + 0.5) = β₀ + β₁t + Σ βₛ·[month of t = s] + εₜ with 11 month
/// dummies (the series' first calendar month is the reference) and εₜ independent
/// N(0, σ²), fitted by ordinary least squares; σ² = RSS/(n − 13). The 0.5 keeps
/// months with no events finite (the usual continuity correction for log counts).
/// The forecast for future row x has log-scale variance σ²(1 + xᵀ(XᵀX)⁻¹x) and two
/// future months covariance σ²xₐᵀ(XᵀX)⁻¹x_b (the shared error in β̂), so the
/// intervals widen with distance from the data. A month's expected count is
/// exp(μ + v/2) − 0.5, the log-normal mean, rather than the median exp(μ) − 0.5.
/// Intervals use normal rather than t quantiles, which makes them slightly
/// narrow on short series (at 24 months, 11 residual degrees of freedom, a 95%
/// interval uses 1.96 where t would use 2.20).
/// Assumptions: growth at a constant rate, a stable proportional seasonal pattern,
/// and independent errors of constant variance on the log scale.
/// Reference: Hyndman RJ, Athanasopoulos G (2021). Forecasting: Principles and
/// Practice, 3rd edn, §7.4 (trend and seasonal dummies), §7.9 (prediction intervals
/// for regression) and §5.6 (log transformations and bias adjustment).
public struct LogLinearSeasonal: ForecastModel {
    public let name = "log-linear trend with monthly factors"
    /// 13 coefficients need at least two years for every month to appear twice
    /// and for the residual variance to have 11 degrees of freedom.
    public let minimumMonths = 24
    static let period = 12
    static let offset = 0.5

    public init() {}

    public func fit(_ series: [Double]) -> (any FittedForecastModel)? {
        guard series.count >= minimumMonths, series.allSatisfy({ $0 >= 0 }) else { return nil }
        let n = series.count
        let centre = Double(n - 1) / 2
        let design = (0..<n).map { Self.row(time: $0, centre: centre) }
        let response = series.map { log($0 + Self.offset) }
        guard let fit = LeastSquares.fit(design: design, response: response) else { return nil }
        let columns = fit.coefficients.count
        let variance = fit.residualSumOfSquares / Double(n - columns)
        let fitted: [Double?] = design.map { row in
            exp(Self.dot(row, fit.coefficients) + variance / 2) - Self.offset
        }
        return Fitted(count: n, centre: centre, fit: fit, variance: variance, fitted: fitted)
    }

    /// Intercept, time in years from the centre of the data (scaled so XᵀX stays
    /// well conditioned), then 11 month dummies.
    static func row(time: Int, centre: Double) -> [Double] {
        var row = [1, (Double(time) - centre) / Double(period)]
        let season = time % period
        for s in 1..<period { row.append(season == s ? 1 : 0) }
        return row
    }

    static func dot(_ a: [Double], _ b: [Double]) -> Double {
        var sum = 0.0
        for i in a.indices { sum += a[i] * b[i] }
        return sum
    }

    struct Fitted: FittedForecastModel {
        let count: Int
        let centre: Double
        let fit: LeastSquares.Fit
        let variance: Double
        let fitted: [Double?]

        func forecast(horizon: Int) -> MonthlyForecast {
            let rows = (0..<max(1, horizon)).map { LogLinearSeasonal.row(time: count + $0, centre: centre) }
            let location = rows.map { LogLinearSeasonal.dot($0, fit.coefficients) }
            // (XᵀX)⁻¹x for each row, reused for every pair.
            let projected = rows.map { row in fit.inverseGram.map { LogLinearSeasonal.dot($0, row) } }
            let covariance = rows.indices.map { a in
                rows.indices.map { b in
                    variance * ((a == b ? 1 : 0) + LogLinearSeasonal.dot(rows[a], projected[b]))
                }
            }
            return MonthlyForecast(
                scale: .logCounts(offset: LogLinearSeasonal.offset), location: location, covariance: covariance
            )
        }
    }
}
