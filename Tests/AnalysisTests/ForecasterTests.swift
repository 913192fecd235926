import Foundation
import Loaders
import Testing
@testable import Analysis

@Suite("Forecaster")
struct ForecasterTests {
    static let start = YearMonth(year: 2020, month: 1)

    static func months(_ count: Int, from first: YearMonth = start) -> [YearMonth] {
        (0..<count).map { first.adding(months: $0) }
    }

    /// The noise-free trend-and-season curve 100 + 2t + 15 sin(2πt/12).
    static func trendCurve(_ t: Int) -> Double {
        let x = Double(t)
        let season: Double = 15 * sin(2 * Double.pi * x / 12)
        return 100 + 2 * x + season
    }

    /// The curve plus deterministic noise of at most ±2.5, rounded to a count.
    static func trendSeries(_ count: Int) -> [Int] {
        (0..<count).map { t in
            let noise = 0.5 * Double((7 * t) % 11 - 5)
            return Int((trendCurve(t) + noise).rounded())
        }
    }

    /// 200 a month growing 9% a year with a ±15% multiplicative season.
    static func growthSeries(_ count: Int) -> [Int] {
        (0..<count).map { t in
            let x = Double(t)
            let level: Double = 200 * pow(1.09, x / 12)
            let season: Double = 1 + 0.15 * sin(2 * Double.pi * x / 12)
            return Int((level * season).rounded())
        }
    }

    static func checkIntervals(_ result: ForecastResult, sourceLocation: SourceLocation = #_sourceLocation) {
        for q in result.quarters {
            #expect(q.lower95 >= 0, sourceLocation: sourceLocation)
            #expect(q.lower95 <= q.lower80 && q.lower80 <= q.forecast, "\(q)", sourceLocation: sourceLocation)
            #expect(q.forecast <= q.upper80 && q.upper80 <= q.upper95, "\(q)", sourceLocation: sourceLocation)
        }
    }

    // Four years of a linear trend with an additive season; the truth for the next
    // quarters is the noise-free curve at t = 48…71. 2% of a quarter is about 12
    // to 15 incidents, a few times the noise.
    @Test("recovers a linear trend with a season to within 2% a quarter, intervals widening")
    func trendAndSeason() throws {
        let counts = Self.trendSeries(48)
        let result = try #require(Forecaster.forecast(
            series: "trend", months: Self.months(48), counts: counts, quarters: 8))
        #expect(result.quarters.map(\.quarter) == (0..<8).map { Quarter(year: 2024, number: 1).adding(quarters: $0) })
        for (index, q) in result.quarters.enumerated() {
            let truth = (0..<3).reduce(0.0) { $0 + Self.trendCurve(48 + 3 * index + $1) }
            #expect(abs(q.forecast / truth - 1) < 0.02, "\(q.quarter): \(q.forecast) against \(truth)")
        }
        Self.checkIntervals(result)
        // Additive models' intervals depend on the horizon only, so they widen
        // quarter on quarter (or, for seasonal naive, hold level in the first year).
        let widths = result.quarters.map { $0.upper95 - $0.lower95 }
        let narrowWidths = result.quarters.map { $0.upper80 - $0.lower80 }
        #expect(["Holt-Winters additive", "seasonal naive with drift"].contains(result.chosenModel))
        for i in 1..<widths.count {
            #expect(widths[i] >= widths[i - 1])
            #expect(narrowWidths[i] >= narrowWidths[i - 1])
        }
        #expect(widths[7] > widths[0])
        // Mean level of the next year over the last: 207/183 − 1 ≈ 0.131.
        #expect(abs((result.impliedYearlyGrowth ?? 0) - 24.0 / 183) < 0.01)
        #expect(result.accuracy.map(\.model) == Forecaster.candidates.map(\.name))
        #expect(result.accuracy.allSatisfy { $0.heldBackMonths == 12 })
        #expect(result.monthlyFitted.count == 48)
        #expect(result.months.first == Self.start)
    }

    // The chosen model has the least held-back MAPE.
    @Test("chooses the model with the lowest held-back MAPE")
    func choosesByMAPE() throws {
        let result = try #require(Forecaster.forecast(
            series: "trend", months: Self.months(48), counts: Self.trendSeries(48)))
        let best = try #require(result.accuracy.min { $0.mape < $1.mape })
        #expect(result.chosenModel == best.model)
    }

    @Test("implies 9% yearly growth for a series growing 9% a year")
    func multiplicativeGrowth() throws {
        let result = try #require(Forecaster.forecast(
            series: "growth", months: Self.months(60), counts: Self.growthSeries(60), quarters: 8))
        let growth = try #require(result.impliedYearlyGrowth)
        #expect(abs(growth - 0.09) < 0.02, "growth \(growth)")
        Self.checkIntervals(result)
        // On the log scale intervals grow in proportion to the level, so compare
        // each quarter with the same quarter a year later: relative width grows.
        for i in 0..<4 {
            let early = result.quarters[i]
            let late = result.quarters[i + 4]
            #expect((late.upper95 - late.lower95) / late.forecast > (early.upper95 - early.lower95) / early.forecast)
        }
    }

    @Test("forecasts a flat series as flat")
    func flatSeries() throws {
        let result = try #require(Forecaster.forecast(
            series: "flat", months: Self.months(36), counts: Array(repeating: 50, count: 36)))
        for q in result.quarters {
            #expect(abs(q.forecast - 150) < 1e-6)
            #expect(q.lower95 <= 150 + 1e-6 && q.upper95 >= 150 - 1e-6)
        }
        #expect(abs(result.impliedYearlyGrowth ?? 1) < 1e-9)
        Self.checkIntervals(result)
    }

    @Test("keeps forecasts and limits non-negative for a sparse series with zeros")
    func sparseSeries() throws {
        let pattern = [0, 0, 1, 0, 2, 0, 0, 1, 3, 0, 0, 1]
        let counts = (0..<36).map { pattern[$0 % 12] + ($0 % 7 == 0 ? 1 : 0) }
        let result = try #require(Forecaster.forecast(series: "sparse", months: Self.months(36), counts: counts))
        #expect(result.quarters.count == 4)
        for q in result.quarters {
            #expect([q.forecast, q.lower80, q.upper80, q.lower95, q.upper95].allSatisfy { $0.isFinite && $0 >= 0 })
        }
        #expect(result.accuracy.allSatisfy { $0.mape.isFinite && $0.rmse.isFinite })
        Self.checkIntervals(result)
    }

    @Test("handles a series of zeros: forecasts 0, growth undefined, choice by RMSE")
    func allZeros() throws {
        let result = try #require(Forecaster.forecast(
            series: "none", months: Self.months(30), counts: Array(repeating: 0, count: 30)))
        #expect(result.impliedYearlyGrowth == nil)
        #expect(result.accuracy.allSatisfy { $0.mape == .infinity && $0.heldBackMonths == 6 })
        #expect(result.quarters.allSatisfy { $0.forecast == 0 && $0.lower95 == 0 })
    }

    @Test("returns nil under 12 months and falls back to the mean under 21")
    func shortSeries() throws {
        let counts = Self.trendSeries(30)
        #expect(Forecaster.forecast(series: "s", months: Self.months(11), counts: Array(counts.prefix(11))) == nil)

        let year = try #require(Forecaster.forecast(
            series: "s", months: Self.months(12), counts: Array(counts.prefix(12))))
        #expect(year.chosenModel == "mean")
        #expect(year.accuracy.map(\.heldBackMonths) == [6])

        // 24 months: 18 left after holding back 6, enough only for seasonal naive.
        let twoYears = try #require(Forecaster.forecast(
            series: "s", months: Self.months(24), counts: Array(counts.prefix(24))))
        #expect(twoYears.chosenModel == "seasonal naive with drift")
        #expect(twoYears.accuracy.map(\.model) == ["seasonal naive with drift"])

        // 30 months: 24 left, so all three seasonal candidates compete.
        let thirty = try #require(Forecaster.forecast(series: "s", months: Self.months(30), counts: counts))
        #expect(thirty.accuracy.count == 3)
        Self.checkIntervals(thirty)
    }

    @Test("gives the same result for the same input, in any order")
    func deterministic() throws {
        let counts = Self.trendSeries(40)
        let months = Self.months(40)
        let first = try #require(Forecaster.forecast(series: "d", months: months, counts: counts))
        let second = try #require(Forecaster.forecast(series: "d", months: months, counts: counts))
        #expect(first == second)
        let shuffled = Array(zip(months, counts).reversed())
        let third = try #require(Forecaster.forecast(
            series: "d", months: shuffled.map(\.0), counts: shuffled.map(\.1)))
        #expect(first == third)
    }

    @Test("rejects gaps, repeated months, negative counts and mismatched arrays")
    func rejectsBadInput() {
        let counts = Self.trendSeries(30)
        var gappy = Self.months(30)
        gappy[10] = gappy[29].adding(months: 1)
        #expect(Forecaster.forecast(series: "x", months: gappy, counts: counts) == nil)
        var repeated = Self.months(30)
        repeated[5] = repeated[4]
        #expect(Forecaster.forecast(series: "x", months: repeated, counts: counts) == nil)
        var negative = counts
        negative[3] = -1
        #expect(Forecaster.forecast(series: "x", months: Self.months(30), counts: negative) == nil)
        #expect(Forecaster.forecast(series: "x", months: Self.months(29), counts: counts) == nil)
        #expect(Forecaster.forecast(series: "x", months: Self.months(30), counts: counts, quarters: 0) == nil)
    }

    // Data to November 2022: December is forecast (it counts towards growth) but
    // the first quarter reported is 2023-Q1.
    @Test("starts at the first whole quarter after the last observed month")
    func partialQuarter() throws {
        let first = YearMonth(year: 2019, month: 12)
        let result = try #require(Forecaster.forecast(
            series: "p", months: Self.months(36, from: first), counts: Self.trendSeries(36), quarters: 2))
        #expect(result.quarters.map(\.quarter) == [Quarter(year: 2023, number: 1), Quarter(year: 2023, number: 2)])
    }
}
