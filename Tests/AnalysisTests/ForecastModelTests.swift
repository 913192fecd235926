import Foundation
import Testing
@testable import Analysis

@Suite("Forecast models")
struct ForecastModelTests {
    // y_t = 100 + 2t + 15 sin(2πt/12) + 3((7t mod 11) − 5), t = 0…35, as in the
    // Python reference below.
    static let holtWintersSeries: [Double] = (0..<36).map { t in
        let x = Double(t)
        let season: Double = 15 * sin(2 * Double.pi * x / 12)
        let noise = Double(3 * ((7 * t) % 11 - 5))
        return 100 + 2 * x + season + noise
    }

    // Expected from statsmodels 0.15.0 (Python 3, numpy 2.4), fed this model's
    // starting states so that only the recursions are compared:
    //   first, second = y[:12].mean(), y[12:24].mean(); trend = (second − first)/12
    //   seas = [y[j] − (first + (j − 5.5)·trend) for j in 0..11]; level = first + 5.5·trend
    //   ExponentialSmoothing(y[12:], trend='add', seasonal='add', seasonal_periods=12,
    //       initialization_method='known', initial_level=level, initial_trend=trend,
    //       initial_seasonal=seas).fit(smoothing_level=0.3, smoothing_trend=0.2,
    //       smoothing_seasonal=0.4, optimized=False)
    // fittedvalues[0], [8], [23] are this model's fitted[12], [20], [35];
    // res.sse is the sum of squared one-step errors; res.forecast(5)[0], [4].
    @Test("Holt-Winters recursions match statsmodels for fixed parameters")
    func holtWintersMatchesStatsmodels() throws {
        let parameters = HoltWintersAdditive.Parameters(alpha: 0.3, beta: 0.2, gamma: 0.4)
        let series = Self.holtWintersSeries
        let start = try #require(HoltWintersAdditive.initialStates(series))
        #expect(isClose(start.level, 121.55208333333333, relative: 1e-12))
        #expect(isClose(start.trend, 2.1458333333333335, relative: 1e-12))
        #expect(isClose(start.seasonal[0], -12.947916666666671, relative: 1e-12))

        let filtered = try #require(HoltWintersAdditive.filter(series, parameters: parameters))
        #expect(filtered.fitted[11] == nil)
        #expect(isClose(try #require(filtered.fitted[12]), 110.74999999999999, relative: 1e-10))
        #expect(isClose(try #require(filtered.fitted[20]), 109.35808365485228, relative: 1e-10))
        #expect(isClose(try #require(filtered.fitted[35]), 157.09159759507327, relative: 1e-10))
        #expect(isClose(filtered.sumOfSquaredErrors, 7008.979390280175, relative: 1e-10))
        #expect(filtered.errorCount == 24)

        let fitted = try #require(HoltWintersAdditive(parameters: parameters).fit(series))
        let forecast = fitted.forecast(horizon: 5)
        #expect(isClose(forecast.location[0], 163.5429756770939, relative: 1e-10))
        #expect(isClose(forecast.location[4], 195.10083653452057, relative: 1e-10))
    }

    // ETS(A,A,A) class-1 variance (Hyndman et al. 2008, Table 6.1): with
    // c_j = α(1 + jβ) + γ[j = 12], Var(h) = σ²(1 + Σ_{j<h} c_j²) and
    // Cov(1, h) = σ² c_{h−1}. σ² = SSE/(24 − 3).
    @Test("Holt-Winters forecast variances follow the class-1 formula")
    func holtWintersVariance() throws {
        let (alpha, beta, gamma) = (0.3, 0.2, 0.4)
        let model = HoltWintersAdditive(parameters: .init(alpha: alpha, beta: beta, gamma: gamma))
        let forecast = try #require(model.fit(Self.holtWintersSeries)).forecast(horizon: 14)
        let sigma2 = 7008.979390280175 / 21
        func c(_ j: Int) -> Double { alpha * (1 + Double(j) * beta) + (j % 12 == 0 ? gamma : 0) }
        for h in [1, 2, 12, 13, 14] {
            let expected = sigma2 * (1 + (1..<h).reduce(0) { $0 + c($1) * c($1) })
            #expect(isClose(forecast.covariance[h - 1][h - 1], expected, relative: 1e-9), "h = \(h)")
        }
        #expect(isClose(forecast.covariance[0][12], sigma2 * c(12), relative: 1e-9))
        for h in 1..<14 { #expect(forecast.covariance[h][h] > forecast.covariance[h - 1][h - 1]) }
    }

    @Test("Holt-Winters grid stays in the admissible region and fits deterministically")
    func holtWintersGrid() throws {
        #expect(HoltWintersAdditive.grid.allSatisfy { $0.gamma <= 1 - $0.alpha + 1e-9 })
        #expect(HoltWintersAdditive.grid.count == 405)
        let first = try #require(HoltWintersAdditive().fit(Self.holtWintersSeries)).forecast(horizon: 12)
        let second = try #require(HoltWintersAdditive().fit(Self.holtWintersSeries)).forecast(horizon: 12)
        #expect(first == second)
    }

    // First year 10, 11, …, 21; second year the same plus 3 ± 1 (alternating), so
    // the 12 seasonal differences are 4, 2, 4, 2, …: drift c = 3, σ² = 12/11.
    // By hand: h = 1 is y[12] + 3 = 14 + 3 = 17, h = 2 is 13 + 3 = 16, h = 13 is
    // y[12] + 2·3 = 20; Var(1) = σ²(1 + 1/12) = 13/11, Cov(1, 2) = σ²/12 = 1/11,
    // Cov(1, 13) = σ²(1 + 2/12) = 14/11, Var(13) = σ²(2 + 4/12) = 28/11.
    @Test("seasonal naive with drift matches a hand computation")
    func seasonalNaiveByHand() throws {
        let firstYear = (0..<12).map { Double(10 + $0) }
        let secondYear = (0..<12).map { firstYear[$0] + 3 + ($0 % 2 == 0 ? 1 : -1) }
        let fitted = try #require(SeasonalNaiveDrift().fit(firstYear + secondYear))
        let forecast = fitted.forecast(horizon: 13)
        #expect(forecast.location[0] == 17)
        #expect(forecast.location[1] == 16)
        #expect(forecast.location[12] == 20)
        #expect(isClose(forecast.covariance[0][0], 13.0 / 11, relative: 1e-12))
        #expect(isClose(forecast.covariance[0][1], 1.0 / 11, relative: 1e-12))
        #expect(isClose(forecast.covariance[0][12], 14.0 / 11, relative: 1e-12))
        #expect(isClose(forecast.covariance[12][12], 28.0 / 11, relative: 1e-12))
        #expect(fitted.fitted[11] == nil)
        #expect(fitted.fitted[12] == 13)

        // First quarter: mean 17 + 16 + 19 = 52, variance 3·13/11 + 6·1/11 = 45/11;
        // limits 52 ∓ z√(45/11) with z = scipy norm.ppf(0.975).
        let total = forecast.total(of: [0, 1, 2], confidence: 0.95)
        #expect(total.mean == 52)
        #expect(isClose(total.lower, 48.03577765357056, relative: 1e-12))
        #expect(isClose(total.upper, 55.96422234642944, relative: 1e-12))
    }

    // Expected from numpy 2.4 (Python 3), with an uncentred design to show the
    // centring does not matter:
    //   X = [1, t, [t % 12 == s] for s in 1..11], z = log(y + 0.5)
    //   beta = lstsq(X, z); s2 = RSS/(36 − 13); V = inv(XᵀX)
    //   mu1 = x(36)·beta; v11 = s2(1 + x(36)ᵀV x(36)); v13 = s2 x(36)ᵀV x(38)
    //   mean1 = exp(mu1 + v11/2) − 0.5
    // Series: round(200·1.09^(t/12)·(1 + 0.15 sin(2πt/12))) + 3((7t mod 11) − 5).
    static let logLinearSeries: [Double] = [
        185, 223, 223, 250, 236, 214, 221, 195, 172, 190, 184, 185,
        224, 230, 265, 259, 244, 255, 228, 200, 210, 195, 189, 224,
        232, 272, 275, 270, 288, 265, 236, 240, 216, 200, 228, 232,
    ]

    @Test("log-linear model matches numpy least squares")
    func logLinearMatchesNumpy() throws {
        let forecast = try #require(LogLinearSeasonal().fit(Self.logLinearSeries)).forecast(horizon: 3)
        #expect(isClose(forecast.location[0], 5.538012496186769, relative: 1e-10))
        #expect(isClose(forecast.covariance[0][0], 0.00385361905514426, relative: 1e-8))
        #expect(isClose(forecast.covariance[0][2], 0.0004281798950160292, relative: 1e-8))
        #expect(isClose(forecast.means[0], 254.162542428386, relative: 1e-10))
        #expect(forecast.scale == .logCounts(offset: 0.5))
    }

    // Fenton–Wilkinson for two correlated log-normal months, μ = ln 100, ln 200,
    // Σ = [[0.01, 0.005], [0.005, 0.02]], offset 0.5 each. Expected from Python 3:
    //   E = exp(μ + diag(Σ)/2); m = ΣE; V = Σᵢⱼ EᵢEⱼ(exp(Σᵢⱼ) − 1)
    //   s² = log1p(V/m²); ℓ = log(m) − s²/2; limits exp(ℓ ∓ z s) − 1
    // (a 400,000-path numpy simulation gives 2.5% and 97.5% points 241.7 and 373.2).
    @Test("log-scale totals use the Fenton–Wilkinson approximation")
    func fentonWilkinson() {
        let forecast = MonthlyForecast(
            scale: .logCounts(offset: 0.5), location: [log(100), log(200)],
            covariance: [[0.01, 0.005], [0.005, 0.02]]
        )
        let total = forecast.total(of: [0, 1], confidence: 0.95)
        #expect(isClose(total.mean, 301.5112855027736, relative: 1e-12))
        #expect(isClose(total.lower, 240.9944704771553, relative: 1e-10))
        #expect(isClose(total.upper, 372.5516208877914, relative: 1e-10))
    }

    @Test("count-scale totals are floored at zero")
    func flooredTotals() {
        let forecast = MonthlyForecast(scale: .counts, location: [-1, 2], covariance: [[4, 0], [0, 4]])
        let total = forecast.total(of: [0, 1], confidence: 0.95)
        #expect(total.mean == 1)
        #expect(total.lower == 0)
        #expect(total.upper > 1)
        let negative = MonthlyForecast(scale: .counts, location: [-5], covariance: [[1]])
            .total(of: [0], confidence: 0.8)
        #expect(negative == (0, 0, 0))
    }

    @Test("models refuse series shorter than their minimum")
    func minimumLengths() {
        let short = Array(Self.holtWintersSeries.prefix(14))
        #expect(SeasonalNaiveDrift().fit(short) == nil)
        #expect(LogLinearSeasonal().fit(Array(Self.holtWintersSeries.prefix(23))) == nil)
        #expect(HoltWintersAdditive().fit(Array(Self.holtWintersSeries.prefix(23))) == nil)
        #expect(MeanModel().fit(Array(short.prefix(5))) == nil)
        #expect(SeasonalNaiveDrift().fit(Array(Self.holtWintersSeries.prefix(15))) != nil)
    }
}
