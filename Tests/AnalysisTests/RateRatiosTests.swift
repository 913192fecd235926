import Testing
@testable import Analysis

@Suite("Rate ratios")
struct RateRatiosTests {
    // Expected = Python: rr = (a/da)/(b/db); se = sqrt(1/a + 1/b);
    // exp(log(rr) -/+ z*se) with z = scipy.stats.norm.ppf(0.975).
    static let cases: [(a: Int, da: Double, b: Int, db: Double,
                        ratio: Double, lower: Double, upper: Double, significant: Bool)] = [
        (120, 50_000, 80, 60_000, 1.7999999999999998, 1.356476096328749, 2.388541905580892, true),
        (30, 10_000, 25, 10_000, 1.2, 0.7057888261908333, 2.040270328125949, false),
        (5, 1_000, 1, 1_000, 5.0, 0.5841514135234942, 42.79712317942462, false),
        (44_878, 1_772_541, 1_200, 70_000, 1.476909890001604, 1.394618993532718, 1.564056443587635, true),
    ]

    @Test("gives the rate ratio with log-normal limits and flags intervals excluding 1", arguments: cases)
    func compare(_ testCase: (a: Int, da: Double, b: Int, db: Double,
                              ratio: Double, lower: Double, upper: Double, significant: Bool)) throws {
        let result = try #require(RateRatios.compare(
            countA: testCase.a, denominatorA: testCase.da,
            countB: testCase.b, denominatorB: testCase.db))
        #expect(isClose(result.estimate.value, testCase.ratio, relative: 1e-12))
        #expect(isClose(result.estimate.lower, testCase.lower, relative: 1e-12))
        #expect(isClose(result.estimate.upper, testCase.upper, relative: 1e-12))
        #expect(result.significant == testCase.significant)
        #expect(result.estimate.method == .logNormalRateRatio)
    }

    @Test("flags a ratio significantly below 1")
    func significantlyLower() throws {
        let result = try #require(RateRatios.compare(
            countA: 80, denominatorA: 60_000, countB: 120, denominatorB: 50_000))
        #expect(result.estimate.upper < 1)
        #expect(result.significant)
    }

    @Test("returns nil when either count is zero or a denominator is not positive")
    func invalidInput() {
        #expect(RateRatios.compare(countA: 0, denominatorA: 100, countB: 5, denominatorB: 100) == nil)
        #expect(RateRatios.compare(countA: 5, denominatorA: 100, countB: 0, denominatorB: 100) == nil)
        #expect(RateRatios.compare(countA: 5, denominatorA: 0, countB: 5, denominatorB: 100) == nil)
        #expect(RateRatios.compare(countA: 5, denominatorA: 100, countB: 5, denominatorB: -1) == nil)
        #expect(RateRatios.compare(countA: -5, denominatorA: 100, countB: 5, denominatorB: 100) == nil)
    }

    @Test("stays finite for counts in the tens of millions")
    func hugeCounts() throws {
        let result = try #require(RateRatios.compare(
            countA: 10_000_000, denominatorA: 6e7, countB: 10_000_000, denominatorB: 6e7))
        #expect(result.estimate.value == 1)
        #expect(result.estimate.lower.isFinite && result.estimate.upper.isFinite)
        #expect(!result.significant)
    }
}
