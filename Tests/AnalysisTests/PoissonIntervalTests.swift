import Testing
@testable import Analysis

@Suite("Poisson interval")
struct PoissonIntervalTests {
    // Expected from scipy 1.17.1:
    //   lower = chi2.ppf(0.025, 2*x)/2   (0 when x = 0)
    //   upper = chi2.ppf(0.975, 2*x+2)/2
    static let exactCases: [(count: Int, lower: Double, upper: Double)] = [
        (0, 0.0, 3.6888794541139354),
        (1, 0.025317807984289876, 5.571643390938898),
        (2, 0.24220927854396496, 7.22468766772396),
        (3, 0.6186721228956014, 8.767273069742323),
        (4, 1.0898653736263249, 10.241588675403694),
        (5, 1.6234863901184207, 11.66833207932267),
        (6, 2.2018942534908508, 13.059474022518685),
        (7, 2.8143630515198654, 14.422675361702376),
        (8, 3.4538321767485014, 15.763189220193313),
        (9, 4.115373097378334, 17.084803451419166),
    ]

    @Test("uses exact Poisson limits below 10 events", arguments: exactCases)
    func exactBelowTen(_ testCase: (count: Int, lower: Double, upper: Double)) {
        let limits = PoissonInterval.limits(count: testCase.count)
        #expect(limits.method == .exactPoisson)
        #expect(isClose(limits.lower, testCase.lower, relative: 1e-9), "lower at \(testCase.count)")
        #expect(isClose(limits.upper, testCase.upper, relative: 1e-9), "upper at \(testCase.count)")
    }

    // Expected = Python evaluation of the PHEindicatormethods closed forms with
    // z = scipy.stats.norm.ppf(0.975):
    //   x*(1 - 1/(9*x) - z/(3*sqrt(x)))**3
    //   (x+1)*(1 - 1/(9*(x+1)) + z/(3*sqrt(x+1)))**3
    static let byarCases: [(count: Int, lower: Double, upper: Double)] = [
        (10, 4.787449913967563, 18.391458605756473),
        (57, 43.16860066511329, 73.85145927972135),
        (1000, 938.9724987154902, 1063.9525812714862),
        (44878, 44463.74072634402, 45295.158200783364),
        (10_000_000, 9993802.996879432, 10006199.897736322),
    ]

    @Test("uses Byar's limits at 10 events or more", arguments: byarCases)
    func byarFromTen(_ testCase: (count: Int, lower: Double, upper: Double)) {
        let limits = PoissonInterval.limits(count: testCase.count)
        #expect(limits.method == .byar)
        #expect(isClose(limits.lower, testCase.lower, relative: 1e-12), "lower at \(testCase.count)")
        #expect(isClose(limits.upper, testCase.upper, relative: 1e-12), "upper at \(testCase.count)")
    }

    @Test("switches from exact to Byar between 9 and 10 events")
    func switchesAtTen() {
        #expect(PoissonInterval.limits(count: 9).method == .exactPoisson)
        #expect(PoissonInterval.limits(count: 10).method == .byar)
        // Byar is built to track the exact limits, so the switch leaves no visible jump.
        let exactTen = PoissonInterval.exact(count: 10)
        let byarTen = PoissonInterval.byar(count: 10)
        #expect(isClose(byarTen.lower, exactTen.lower, relative: 1e-2))
        #expect(isClose(byarTen.upper, exactTen.upper, relative: 1e-2))
    }

    // Expected (99.8%, z = norm.ppf(0.999)): Byar closed form at 65 and
    // chi2.ppf(0.001, 6)/2, chi2.ppf(0.999, 8)/2 at 3.
    @Test("honours a 99.8% confidence level")
    func higherConfidence() {
        let byar = PoissonInterval.limits(count: 65, confidence: 0.998)
        #expect(isClose(byar.lower, 42.8802614714802, relative: 1e-12))
        #expect(isClose(byar.upper, 94.000290844318, relative: 1e-12))
        let exact = PoissonInterval.limits(count: 3, confidence: 0.998)
        #expect(isClose(exact.lower, 0.1905333775684032, relative: 1e-9))
        #expect(isClose(exact.upper, 13.06224077918807, relative: 1e-9))
    }

    // Expected = scipy chi2.ppf(0.025, 2e7)/2 and chi2.ppf(0.975, 2e7+2)/2.
    @Test("keeps exact limits finite and accurate for ten million events")
    func hugeCountExact() {
        let limits = PoissonInterval.exact(count: 10_000_000)
        #expect(limits.lower.isFinite && limits.upper.isFinite)
        #expect(isClose(limits.lower, 9993802.996884268, relative: 1e-9))
        #expect(isClose(limits.upper, 10006199.897731498, relative: 1e-9))
    }

    @Test("gives a zero lower limit for zero events under either method")
    func zeroCount() {
        #expect(PoissonInterval.exact(count: 0).lower == 0)
        let byar = PoissonInterval.byar(count: 0)
        #expect(byar.lower == 0)
        #expect(byar.upper.isFinite && byar.upper > 0)
    }

    @Test("never gives a negative Byar lower limit at small counts and high confidence")
    func byarFloor() {
        // At x = 1 and 99.8% the raw cube is negative.
        #expect(PoissonInterval.byar(count: 1, confidence: 0.998).lower == 0)
    }

    @Test("returns NaN limits for a negative count or an impossible confidence")
    func invalidInput() {
        #expect(PoissonInterval.limits(count: -1).lower.isNaN)
        #expect(PoissonInterval.exact(count: 3, confidence: 95).upper.isNaN)
        #expect(PoissonInterval.byar(count: 30, confidence: 0).lower.isNaN)
    }
}
