import Testing
@testable import Analysis

// Reference values from scipy 1.17.1 (Python 3), frozen here.
@Suite("Distributions")
struct DistributionsTests {
    // Expected = scipy.stats.norm.ppf(p), repr() of the float64 result.
    // The points cover all three AS 241 branches: |p − 0.5| ≤ 0.425,
    // min(p, 1−p) ≥ e^−25, and the far tail beyond it.
    static let normalCases: [(p: Double, expected: Double)] = [
        (0.975, 1.959963984540054),
        (0.995, 2.5758293035489004),
        (0.9, 1.2815515655446004),
        (1e-10, -6.361340902404056),
        (0.5, 0.0),
        (0.999, 3.090232306167813),
        (0.025, -1.9599639845400545),
        (0.3, -0.5244005127080409),
        (0.075, -1.4395314709384563),
        (0.07, -1.4757910281791706),
        (1e-15, -7.941345326170998),
        (1 - 1e-12, 7.0344869100478356),
        (1e-300, -37.0470962993612),
    ]

    @Test("normal quantile matches scipy norm.ppf to 1e-12", arguments: normalCases)
    func normalQuantile(_ testCase: (p: Double, expected: Double)) {
        let actual = Distributions.normalQuantile(testCase.p)
        #expect(isClose(actual, testCase.expected, relative: 1e-12), "p = \(testCase.p): \(actual)")
    }

    @Test("normal quantile is infinite at 0 and 1 and NaN outside [0, 1]")
    func normalQuantileBounds() {
        #expect(Distributions.normalQuantile(0) == -.infinity)
        #expect(Distributions.normalQuantile(1) == .infinity)
        #expect(Distributions.normalQuantile(-0.1).isNaN)
        #expect(Distributions.normalQuantile(1.1).isNaN)
        #expect(Distributions.normalQuantile(.nan).isNaN)
    }

    // 1 − p is rounded in binary, so the mirror image agrees to rounding, not bits.
    @Test("normal quantile is antisymmetric about one half", arguments: [0.001, 0.02, 0.2, 0.45])
    func normalQuantileSymmetry(_ p: Double) {
        #expect(isClose(Distributions.normalQuantile(p), -Distributions.normalQuantile(1 - p), relative: 1e-13))
    }

    // Expected = scipy.stats.chi2.ppf(p, df), repr() of the float64 result.
    static let chiSquaredCases: [(p: Double, df: Double, expected: Double)] = [
        (0.025, 2, 0.05063561596857975),
        (0.975, 2, 7.377758908227871),
        (0.025, 20, 9.590777392264867),
        (0.975, 20, 34.16960690283833),
        (0.025, 200, 162.72798250184627),
        (0.975, 200, 241.05789550631093),
        (0.025, 2001, 1878.9150482883376),
        (0.975, 2001, 2126.873291113057),
        (0.5, 1, 0.454936423119572),
        (1e-6, 1, 1.5707963267957187e-12),
        (0.999, 3, 16.26623619623813),
        (0.025, 0.5, 5.273202591259991e-07),
        (0.5, 1e6, 999999.3333334123),
        (0.999999, 10, 46.86304684671568),
        (1e-12, 10, 0.0207786897050036),
    ]

    @Test("chi-squared quantile matches scipy chi2.ppf to 1e-9", arguments: chiSquaredCases)
    func chiSquaredQuantile(_ testCase: (p: Double, df: Double, expected: Double)) {
        let actual = Distributions.chiSquaredQuantile(testCase.p, degreesOfFreedom: testCase.df)
        #expect(isClose(actual, testCase.expected, relative: 1e-9),
                "p = \(testCase.p), df = \(testCase.df): \(actual)")
    }

    @Test("chi-squared quantile inverts the regularized gamma function", arguments: [0.01, 0.3, 0.7, 0.99])
    func chiSquaredRoundTrip(_ p: Double) {
        for df in [1.0, 4.0, 37.0, 500.0] {
            let x = Distributions.chiSquaredQuantile(p, degreesOfFreedom: df)
            #expect(isClose(Distributions.regularizedGammaP(df / 2, x / 2), p, relative: 1e-12))
        }
    }

    @Test("chi-squared quantile is 0 at p = 0, infinite at p = 1 and NaN for bad input")
    func chiSquaredBounds() {
        #expect(Distributions.chiSquaredQuantile(0, degreesOfFreedom: 4) == 0)
        #expect(Distributions.chiSquaredQuantile(1, degreesOfFreedom: 4) == .infinity)
        #expect(Distributions.chiSquaredQuantile(0.5, degreesOfFreedom: 0).isNaN)
        #expect(Distributions.chiSquaredQuantile(-0.5, degreesOfFreedom: 4).isNaN)
    }

    // Expected = scipy.special.gammainc(a, x) and scipy.special.gammaincc(a, x).
    static let gammaCases: [(a: Double, x: Double, p: Double, q: Double)] = [
        (1, 1, 0.6321205588285577, 0.36787944117144245),
        (0.5, 0.1, 0.34527915398142317, 0.6547208460185768),
        (10, 3, 0.0011024881301154815, 0.9988975118698845),
        (10, 25, 0.9997785233617512, 0.0002214766382487835),
        (1000, 1000, 0.5042052441802155, 0.4957947558197845),
    ]

    @Test("regularized gamma P and Q match scipy gammainc and gammaincc", arguments: gammaCases)
    func regularizedGamma(_ testCase: (a: Double, x: Double, p: Double, q: Double)) {
        #expect(isClose(Distributions.regularizedGammaP(testCase.a, testCase.x), testCase.p, relative: 1e-12))
        #expect(isClose(Distributions.regularizedGammaQ(testCase.a, testCase.x), testCase.q, relative: 1e-11))
    }
}
