import Testing
@testable import Analysis

@Suite("Concentration against equal risk")
struct ConcentrationEqualRiskTests {
    /// Two events in two places, worked by hand: with equal risk each event goes to either
    /// place with probability 1/2, so the counts are (2, 0) or (0, 2) with probability 1/2
    /// together, Gini (n − 1)/n = 0.5 and the top place holding both (share 1); or (1, 1)
    /// with probability 1/2, Gini 0 and the top place holding half. Expected Gini 0.25,
    /// expected top share 0.75; the 97.5th percentile of the Gini is 0.5.
    @Test("two events in two places: expected Gini 1/4 and top share 3/4, worked by hand")
    func twoPlaces() throws {
        let chance = try #require(Concentration.equalRisk(places: 2, total: 2, percents: [50]))
        #expect(chance.simulations == 1000)
        // 1,000 draws of a value that is 0 or 0.5 with equal chance: standard error 0.008.
        #expect(abs(chance.gini.mean - 0.25) < 0.03)
        #expect(chance.gini.lower == 0)
        #expect(chance.gini.upper == 0.5)
        #expect(abs(chance.topShares[0].mean - 0.75) < 0.03)
        // Both events in one place is what chance gives half the time: not concentrated.
        let observed = try #require(Concentration.analyse(counts: [2, 0], percents: [50], equalRisk: true))
        #expect(observed.gini == 0.5)
        #expect(observed.isConcentrated == false)
    }

    /// The demonstration's shape: 599 offences over 1,034 LSOAs (0.58 each). The reference
    /// comes from 20,000 simulations in Python with numpy:
    ///   rng = np.random.default_rng(12345); x = rng.multinomial(599, [1/1034]*1034)
    ///   gini(x) = 2*sum(i*sort(x))/(n*sum(x)) - (n+1)/n; top p%: ceil(n*p/100) largest
    /// mean Gini 0.6421 (sd 0.0099; 2.5th and 97.5th percentiles 0.6225 and 0.6614);
    /// mean top shares 0.0608 (1%), 0.2156 (5%), 0.3892 (10%).
    @Test("599 offences over 1,034 LSOAs: equal risk gives a Gini of 0.64, as numpy's simulation does")
    func demonstrationShape() throws {
        let chance = try #require(Concentration.equalRisk(places: 1034, total: 599))
        // 1,000 simulations: the standard error of the mean Gini is 0.0099 / √1000 ≈ 0.0003.
        #expect(abs(chance.gini.mean - 0.6421) < 0.002)
        #expect(abs(chance.gini.lower - 0.6225) < 0.004)
        #expect(abs(chance.gini.upper - 0.6614) < 0.004)
        #expect(abs(chance.topShares[0].mean - 0.0608) < 0.002)
        #expect(abs(chance.topShares[1].mean - 0.2156) < 0.003)
        #expect(abs(chance.topShares[2].mean - 0.3892) < 0.003)
    }

    /// 100 events in 100 places: all in one place (Gini 0.99) is concentrated; one in each
    /// (Gini 0) is not. numpy (as above, 100 places, 100 events) puts the equal-risk Gini at
    /// 0.5195, its 97.5th percentile at 0.5812.
    @Test("calls violence concentrated only above what chance gives")
    func verdict() throws {
        let allInOne = try #require(Concentration.analyse(counts: [100] + Array(repeating: 0, count: 99), equalRisk: true))
        #expect(abs(allInOne.gini - 0.99) < 1e-12)
        #expect(allInOne.isConcentrated == true)
        #expect(abs((allInOne.equalRisk?.gini.mean ?? 0) - 0.5195) < 0.005)
        let even = try #require(Concentration.analyse(counts: Array(repeating: 1, count: 100), equalRisk: true))
        #expect(even.isConcentrated == false)
        // Without the simulation, no verdict.
        #expect(try #require(Concentration.analyse(counts: [1, 2])).isConcentrated == nil)
    }

    @Test("the same counts give the same values, and the histogram summary matches the sorted formula")
    func deterministic() throws {
        let first = Concentration.equalRisk(places: 50, total: 30)
        let second = Concentration.equalRisk(places: 50, total: 30)
        #expect(first == second)
        let counts = [0, 3, 1, 0, 0, 2, 5, 1]
        let summary = Concentration.summarise(counts, total: 12, topPlaces: [1, 2])
        let direct = try #require(Concentration.analyse(counts: counts, percents: [10, 25]))
        #expect(abs(summary.gini - direct.gini) < 1e-12)
        #expect(summary.topShares == direct.topShares.map(\.share))
    }
}
