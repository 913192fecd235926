import Testing
@testable import Analysis

@Suite("Deprivation gradient")
struct DeprivationGradientTests {
    // Worked by hand, ranks out of R = 100 so decile = ⌈rank / 10⌉:
    //   rank 5 (20 events, 1,500 people) and rank 10 (10, 1,500) → decile 1:
    //     2 LSOAs, 30 events, 3,000 people, 10 per 1,000, mean 15 per LSOA;
    //   rank 11 (4, 1,500) → decile 2 (rank 11 > R/10): 4 events, 2.667 per 1,000;
    //   rank 95 (5, 2,000) and rank 100 (7, 2,000) → decile 10:
    //     2 LSOAs, 12 events, 4,000 people, 3 per 1,000, mean 6 per LSOA.
    // Decile 1 : 10 = 10 / 3 = 3.333 (rates) or 15 / 6 = 2.5 (means per LSOA).
    static let areas = [
        DeprivationGradient.Area(rank: 5, count: 20, population: 1500),
        DeprivationGradient.Area(rank: 10, count: 10, population: 1500),
        DeprivationGradient.Area(rank: 11, count: 4, population: 1500),
        DeprivationGradient.Area(rank: 95, count: 5, population: 2000),
        DeprivationGradient.Area(rank: 100, count: 7, population: 2000),
    ]

    // Expected limits = Python with scipy, z = norm.ppf(0.975):
    //   Byar (count ≥ 10): x*(1-1/(9x)-z/(3√x))**3, (x+1)*(1-1/(9(x+1))+z/(3√(x+1)))**3
    //   exact (count < 10): chi2.ppf(0.025, 2x)/2, chi2.ppf(0.975, 2x+2)/2
    //   each × 1000 / population; rate ratio exp(ln RR ± z·sqrt(1/30 + 1/12)).
    @Test("gives rates by decile and the decile 1 : 10 rate ratio when populations are known")
    func rates() throws {
        let result = try #require(DeprivationGradient.analyse(areas: Self.areas, totalRanks: 100))
        #expect(result.basis == .ratePerThousand)
        #expect(result.deciles.map(\.decile) == Array(1...10))
        #expect(result.deciles.map(\.areas) == [2, 1, 0, 0, 0, 0, 0, 0, 0, 2])
        #expect(result.deciles.map(\.count) == [30, 4, 0, 0, 0, 0, 0, 0, 0, 12])

        let first = try #require(result.deciles[0].rate)
        #expect(result.deciles[0].population == 3000)
        #expect(isClose(first.value, 10, relative: 1e-12))
        #expect(isClose(first.lower, 6.74564636442213, relative: 1e-9))
        #expect(isClose(first.upper, 14.276123980666235, relative: 1e-9))
        #expect(first.method == .byar)

        let second = try #require(result.deciles[1].rate)
        #expect(isClose(second.value, 2.6666666666666665, relative: 1e-12))
        #expect(isClose(second.lower, 0.7265769157508832, relative: 1e-9))
        #expect(isClose(second.upper, 6.827725783602462, relative: 1e-9))
        #expect(second.method == .exactPoisson)

        let tenth = try #require(result.deciles[9].rate)
        #expect(isClose(tenth.value, 3, relative: 1e-12))
        #expect(isClose(tenth.lower, 1.5483774607697571, relative: 1e-9))
        #expect(isClose(tenth.upper, 5.240714513404175, relative: 1e-9))

        // Empty deciles have no population, rate or mean.
        #expect(result.deciles[4].population == nil)
        #expect(result.deciles[4].rate == nil)
        #expect(result.deciles[4].meanPerArea == nil)
        #expect(result.deciles[0].meanPerArea == 15)

        let ratio = try #require(result.mostToLeastDeprived)
        #expect(isClose(ratio.estimate.value, 3.3333333333333335, relative: 1e-12))
        #expect(isClose(ratio.estimate.lower, 1.706624863268555, relative: 1e-12))
        #expect(isClose(ratio.estimate.upper, 6.510576137881255, relative: 1e-12))
        #expect(ratio.significant)
    }

    @Test("falls back to mean events per LSOA when any population is missing")
    func meansWithoutPopulation() throws {
        var areas = Self.areas
        areas[2].population = nil
        let result = try #require(DeprivationGradient.analyse(areas: areas, totalRanks: 100))
        #expect(result.basis == .meanPerArea)
        #expect(result.deciles.allSatisfy { $0.rate == nil && $0.population == nil })
        #expect(result.deciles[0].meanPerArea == 15)
        #expect(result.deciles[1].meanPerArea == 4)
        #expect(result.deciles[9].meanPerArea == 6)
        // Python: rr = 15/6; exp(log(rr) ∓ z*sqrt(1/30 + 1/12)).
        let ratio = try #require(result.mostToLeastDeprived)
        #expect(isClose(ratio.estimate.value, 2.5, relative: 1e-12))
        #expect(isClose(ratio.estimate.lower, 1.2799686474514163, relative: 1e-12))
        #expect(isClose(ratio.estimate.upper, 4.8829321034109405, relative: 1e-12))
    }

    // Python: math.ceil(10 * r / 32844) for the ranks below.
    @Test("puts England's IMD 2019 ranks in deciles by ceil(10 × rank / R)")
    func englandBoundaries() {
        let expected: [(rank: Int, decile: Int)] = [
            (1, 1), (3284, 1), (3285, 2), (6568, 2), (6569, 3), (29559, 9), (29560, 10), (32844, 10),
        ]
        for (rank, decile) in expected {
            #expect(DeprivationGradient.decile(rank: rank, totalRanks: 32_844) == decile)
        }
        #expect(DeprivationGradient.decile(rank: 0, totalRanks: 32_844) == nil)
        #expect(DeprivationGradient.decile(rank: 32_845, totalRanks: 32_844) == nil)
        // Exactly R/10 is the last rank of decile 1 when R divides by 10.
        #expect(DeprivationGradient.decile(rank: 10, totalRanks: 100) == 1)
        #expect(DeprivationGradient.decile(rank: 11, totalRanks: 100) == 2)
        #expect(DeprivationGradient.decile(rank: 91, totalRanks: 100) == 10)
    }

    @Test("gives no ratio when decile 1 or decile 10 has no areas or no events")
    func missingExtremes() throws {
        let noLeast = try #require(DeprivationGradient.analyse(areas: Array(Self.areas.prefix(3)), totalRanks: 100))
        #expect(noLeast.mostToLeastDeprived == nil)
        var quiet = Self.areas
        quiet[3].count = 0
        quiet[4].count = 0
        let noEvents = try #require(DeprivationGradient.analyse(areas: quiet, totalRanks: 100))
        #expect(noEvents.deciles[9].rate?.value == 0)
        #expect(noEvents.mostToLeastDeprived == nil)
    }

    @Test("returns nil for no areas, ranks outside 1...R, negative counts or bad populations")
    func invalid() {
        #expect(DeprivationGradient.analyse(areas: [], totalRanks: 100) == nil)
        #expect(DeprivationGradient.analyse(areas: [.init(rank: 101, count: 1)], totalRanks: 100) == nil)
        #expect(DeprivationGradient.analyse(areas: [.init(rank: 1, count: -1)], totalRanks: 100) == nil)
        #expect(DeprivationGradient.analyse(areas: [.init(rank: 1, count: 1, population: 0)], totalRanks: 100) == nil)
        #expect(DeprivationGradient.analyse(areas: [.init(rank: 1, count: 1)], totalRanks: 0) == nil)
    }
}
