import Testing
@testable import Analysis

@Suite("Proportions")
struct ProportionsTests {
    // Expected = Python evaluation of the PHEindicatormethods Wilson formula
    // with z = scipy.stats.norm.ppf(0.975):
    //   c = z*sqrt(z*z + 4*x*(1 - x/n))
    //   lower = (2*x + z*z - c)/2/(n + z*z);  upper = (2*x + z*z + c)/2/(n + z*z)
    // At x = n Python gives 1.0000000000000002 for 20/20; the API pins it to 1.
    static let wilsonCases: [(successes: Int, trials: Int, value: Double, lower: Double, upper: Double)] = [
        (65, 100, 0.65, 0.5525444329688797, 0.7363575175690247),
        (1045, 5000, 0.209, 0.19795549880013297, 0.22049130373189027),
        (0, 20, 0.0, 0.0, 0.16112515805281938),
        (20, 20, 1.0, 0.8388748419471806, 1.0),
        (1, 1, 1.0, 0.20654931437723742, 1.0),
        (0, 1, 0.0, 0.0, 0.7934506856227626),
        (3, 7, 0.42857142857142855, 0.1582198552514697, 0.7495416354723428),
        (999, 1000, 0.999, 0.994357441402042, 0.9998234536293739),
    ]

    @Test("matches the Wilson score formula", arguments: wilsonCases)
    func wilson(_ testCase: (successes: Int, trials: Int, value: Double, lower: Double, upper: Double)) throws {
        let estimate = try #require(Proportions.wilson(successes: testCase.successes, trials: testCase.trials))
        #expect(isClose(estimate.value, testCase.value, relative: 1e-15))
        #expect(isClose(estimate.lower, testCase.lower, relative: 1e-12))
        #expect(isClose(estimate.upper, testCase.upper, relative: 1e-12))
        #expect(estimate.method == .wilson)
    }

    @Test("keeps limits exactly inside [0, 1] at no successes and all successes")
    func boundaries() throws {
        let none = try #require(Proportions.wilson(successes: 0, trials: 50))
        #expect(none.lower == 0)
        let all = try #require(Proportions.wilson(successes: 50, trials: 50))
        #expect(all.upper == 1)
    }

    // Expected as above with z = scipy.stats.norm.ppf(0.999).
    @Test("honours a 99.8% confidence level")
    func higherConfidence() throws {
        let estimate = try #require(Proportions.wilson(successes: 65, trials: 100, confidence: 0.998))
        #expect(isClose(estimate.lower, 0.49549465740704474, relative: 1e-12))
        #expect(isClose(estimate.upper, 0.7783540614089685, relative: 1e-12))
        #expect(estimate.confidence == 0.998)
    }

    @Test("returns nil for zero trials")
    func zeroTrials() {
        #expect(Proportions.wilson(successes: 0, trials: 0) == nil)
    }

    @Test("returns nil for negative counts, more successes than trials, or a bad confidence")
    func invalidInput() {
        #expect(Proportions.wilson(successes: -1, trials: 10) == nil)
        #expect(Proportions.wilson(successes: 11, trials: 10) == nil)
        #expect(Proportions.wilson(successes: 5, trials: -10) == nil)
        #expect(Proportions.wilson(successes: 5, trials: 10, confidence: 1) == nil)
    }
}
