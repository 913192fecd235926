import Loaders
import Testing
@testable import Analysis

@Suite("Period comparison")
struct PeriodComparisonTests {
    // Expected = Python with scipy: rr = (a/da)/(b/db); z = norm.ppf(0.975);
    // exp(log(rr) ∓ z*sqrt(1/a + 1/b)); percent change (rr − 1) × 100.
    static let cases: [(current: Int, previous: Int, ratio: Double, lower: Double, upper: Double,
                        percent: Double, direction: PeriodComparison.Direction)] = [
        (150, 120, 1.25, 0.9832400054784173, 1.5891338750397275, 25.0, .stable),
        (200, 150, 1.3333333333333333, 1.0789429009841505, 1.6477032993647667, 33.33333333333333, .up),
        (60, 100, 0.6, 0.435662942532619, 0.8263268799205845, -40.0, .down),
        (1250, 1180, 1.0593220338983051, 0.9783149354081941, 1.147036737238636, 5.932203389830515, .stable),
    ]

    @Test("gives the rate ratio, percentage change and direction", arguments: cases)
    func compare(_ testCase: (current: Int, previous: Int, ratio: Double, lower: Double, upper: Double,
                              percent: Double, direction: PeriodComparison.Direction)) throws {
        let result = try #require(PeriodComparison.compare(current: testCase.current, previous: testCase.previous))
        let ratio = try #require(result.rateRatio)
        #expect(isClose(ratio.estimate.value, testCase.ratio, relative: 1e-12))
        #expect(isClose(ratio.estimate.lower, testCase.lower, relative: 1e-12))
        #expect(isClose(ratio.estimate.upper, testCase.upper, relative: 1e-12))
        #expect(isClose(try #require(result.percentChange), testCase.percent, relative: 1e-12))
        #expect(result.direction == testCase.direction)
        #expect(result.significant == (testCase.direction != .stable))
        #expect(result.currentCount == testCase.current)
        #expect(result.previousCount == testCase.previous)
    }

    // Python: rr = (150/320000)/(120/300000) = 1.171875, limits 0.9217875051360161,
    // 1.4898130078497445; change 17.1875%.
    @Test("allows for different populations in the two periods")
    func populations() throws {
        let result = try #require(PeriodComparison.compare(
            current: 150, previous: 120, currentDenominator: 320_000, previousDenominator: 300_000))
        let ratio = try #require(result.rateRatio)
        #expect(isClose(ratio.estimate.value, 1.171875, relative: 1e-12))
        #expect(isClose(ratio.estimate.lower, 0.9217875051360161, relative: 1e-12))
        #expect(isClose(ratio.estimate.upper, 1.4898130078497445, relative: 1e-12))
        #expect(isClose(try #require(result.percentChange), 17.1875, relative: 1e-12))
        #expect(result.direction == .stable)
    }

    // Worked by hand: 100 this year against 64 last year. RR = 100/64 = 1.5625, a
    // rise of 56.25%. ln 1.5625 = 0.44629; √(1/100 + 1/64) = √0.025625 = 0.16008;
    // × 1.95996 = 0.31375; limits exp(0.13254) = 1.1417 and exp(0.76004) = 2.1384,
    // which exclude 1, so the rise is significant: direction up. (Hand rounding to
    // five figures, so the limits are checked to 1e-4.)
    @Test("flags a significant rise worked by hand")
    func handWorked() throws {
        let result = try #require(PeriodComparison.compare(current: 100, previous: 64))
        let ratio = try #require(result.rateRatio)
        #expect(ratio.estimate.value == 1.5625)
        #expect(abs(ratio.estimate.lower - 1.1417) < 1e-4)
        #expect(abs(ratio.estimate.upper - 2.1384) < 1e-4)
        #expect(result.percentChange == 56.25)
        #expect(result.direction == .up)
        #expect(result.significant)
    }

    @Test("compares a quarter with the same quarter a year earlier")
    func yearOnYear() throws {
        let quarter = Quarter(year: 2025, number: 2)
        let counts = [quarter: 60, quarter.adding(quarters: -1): 999, quarter.adding(quarters: -4): 100]
        let result = try #require(PeriodComparison.yearOnYear(quarter, counts: counts))
        #expect(result.currentCount == 60)
        #expect(result.previousCount == 100)
        #expect(result.direction == .down)
        #expect(PeriodComparison.yearOnYear(quarter.adding(quarters: 1), counts: counts) == nil)
    }

    @Test("keeps the counts but gives no ratio or direction when a count is zero")
    func zeros() throws {
        let fromZero = try #require(PeriodComparison.compare(current: 12, previous: 0))
        #expect(fromZero.rateRatio == nil)
        #expect(fromZero.percentChange == nil)
        #expect(fromZero.direction == nil)
        #expect(!fromZero.significant)
        let toZero = try #require(PeriodComparison.compare(current: 0, previous: 12))
        #expect(toZero.rateRatio == nil)
        #expect(toZero.percentChange == -100)
        #expect(toZero.direction == nil)
    }

    @Test("returns nil for negative counts, bad denominators or confidence")
    func invalid() {
        #expect(PeriodComparison.compare(current: -1, previous: 5) == nil)
        #expect(PeriodComparison.compare(current: 1, previous: 5, currentDenominator: 0) == nil)
        #expect(PeriodComparison.compare(current: 1, previous: 5, previousDenominator: .infinity) == nil)
        #expect(PeriodComparison.compare(current: 1, previous: 5, confidence: 1) == nil)
    }
}
