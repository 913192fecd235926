import Loaders
import Testing
@testable import Analysis

/// Hand-worked forecasts of a straight line, yₜ = 10 + t for 24 months from January 2019:
/// every seasonal difference yₜ − yₜ₋₁₂ is 12, so seasonal naive with drift forecasts the
/// line exactly, with no error and no spread.
@Suite("Forecast candidates, choice and anomalies")
struct ForecastCandidatesTests {
    static let months = (0..<24).map { YearMonth(year: 2019, month: 1).adding(months: $0) }
    static let line = (0..<24).map { 10 + $0 }

    @Test("with 24 months only seasonal naive can be fitted to the 18 left: there is no choice, and the others say why")
    func noChoice() throws {
        let result = try #require(Forecaster.forecast(series: "line", months: Self.months, counts: Self.line))
        #expect(result.candidates.map(\.model) == ["seasonal naive with drift", "log-linear trend with monthly factors", "Holt-Winters additive"])
        #expect(result.candidates.map(\.status) == [
            "scored",
            "not fitted: needs 24 months, and only 18 remain after holding back 6",
            "not fitted: needs 24 months, and only 18 remain after holding back 6",
        ])
        #expect(result.hadChoice == false)
        // The held-back months (July to December 2020) are forecast exactly: MAPE 0.
        let accuracy = try #require(result.candidates.first?.accuracy)
        #expect(accuracy.mape == 0)
        #expect(accuracy.heldBackMonths == 6)
        // Next four quarters, months 24 to 35: Σ (10 + t) = 120 + (24 + ... + 35) = 120 + 354 = 474,
        // with no spread (every difference is 12, so the variance is 0).
        let total = try #require(result.reportedTotal)
        #expect(abs(total.forecast - 474) < 1e-9)
        #expect(abs(total.lower95 - 474) < 1e-9)
        #expect(abs(total.upper95 - 474) < 1e-9)
    }

    @Test("anomalous months are left out of the back-test and of the drift")
    func anomalies() throws {
        // March 2020 (index 14) spikes to 100 and August 2020 (index 19, held back) falls to 0.
        var counts = Self.line
        counts[14] = 100
        counts[19] = 0
        let anomalous: Set<YearMonth> = [Self.months[14], Self.months[19]]
        let named = try #require(Forecaster.forecast(series: "line", months: Self.months, counts: counts, anomalies: anomalous))
        // Without them, every difference is 12 again: the five other held-back months are
        // forecast exactly, and the drift of the refit is 12.
        let accuracy = try #require(named.candidates.first?.accuracy)
        #expect(accuracy.mape == 0)
        #expect(accuracy.scoredMonths == 5)
        #expect(accuracy.heldBackMonths == 6)
        #expect(named.anomalousMonths == [Self.months[14], Self.months[19]])
        let fitted = try #require(SeasonalNaiveDrift(excluding: [14, 19]).fit(counts.map(Double.init)) as? SeasonalNaiveDrift.Fitted)
        #expect(fitted.drift == 12)
        #expect(fitted.variance == 0)
        // Not named, the spike enters the drift: (12 × 10 + (100 − 12) + (0 − 17)) / 12 = 191 / 12.
        let plain = try #require(SeasonalNaiveDrift().fit(counts.map(Double.init)) as? SeasonalNaiveDrift.Fitted)
        #expect(abs(plain.drift - 191.0 / 12) < 1e-12)
        let unnamed = try #require(Forecaster.forecast(series: "line", months: Self.months, counts: counts))
        #expect((unnamed.candidates.first?.accuracy?.mape ?? 0) > 0)
    }
}
