import Testing
@testable import Analysis

@Suite("Concentration")
struct ConcentrationTests {
    // 250 places, 702 events, 191 places with any; made in Python with
    //   numpy.random.default_rng(20240601).negative_binomial(1, 0.25, size=250)
    static let counts = [
        5, 3, 3, 1, 2, 0, 1, 2, 0, 8, 3, 2, 0, 2, 8, 14, 4, 0, 1, 11, 0, 17, 2, 9, 1, 2, 5, 2, 1, 1, 2, 0,
        1, 0, 5, 1, 2, 0, 1, 1, 2, 1, 1, 3, 0, 7, 0, 5, 1, 3, 1, 4, 3, 5, 4, 0, 3, 4, 14, 0, 6, 1, 1, 17, 1,
        3, 0, 5, 4, 0, 0, 5, 0, 3, 3, 4, 1, 1, 13, 1, 8, 2, 1, 1, 3, 3, 1, 7, 3, 8, 2, 9, 2, 2, 1, 4, 0, 1,
        0, 1, 4, 1, 2, 4, 3, 6, 2, 1, 1, 3, 0, 3, 3, 0, 1, 0, 5, 1, 0, 1, 2, 0, 1, 1, 0, 0, 1, 0, 1, 0, 1,
        1, 1, 0, 0, 1, 2, 1, 0, 0, 14, 2, 4, 16, 0, 2, 0, 0, 1, 8, 1, 1, 7, 5, 2, 4, 1, 0, 8, 2, 2, 1, 2, 1,
        1, 5, 0, 1, 2, 0, 0, 0, 12, 1, 1, 0, 0, 5, 6, 0, 0, 2, 0, 3, 1, 2, 8, 6, 5, 4, 2, 1, 7, 2, 2, 2, 1,
        1, 1, 0, 4, 0, 6, 7, 14, 1, 3, 0, 0, 0, 5, 0, 7, 6, 3, 2, 4, 0, 4, 2, 10, 0, 7, 16, 1, 4, 5, 5, 0,
        0, 4, 7, 1, 2, 0, 0, 0, 2, 1, 2, 6, 1, 3, 6, 8, 0, 1, 0, 6, 2,
    ]

    // Expected = Python/numpy on the counts above:
    //   x = np.sort(c); n = len(x); i = np.arange(1, n + 1)
    //   gini = 2*np.sum(i*x)/(n*x.sum()) - (n+1)/n          -> 0.5829629629629629
    //   (the same as np.abs(x[:,None]-x[None,:]).sum()/(2*n*n*x.mean()))
    //   top p%: k = math.ceil(n*p/100); np.sort(c)[::-1][:k].sum()/c.sum()
    //   lorenz: np.cumsum(x)/x.sum(), at places 125 and 200
    @Test("matches numpy for the Gini coefficient, top shares and Lorenz curve")
    func matchesReference() throws {
        let result = try #require(Concentration.analyse(counts: Self.counts))
        #expect(result.places == 250)
        #expect(result.total == 702)
        #expect(result.placesWithEvents == 191)
        #expect(isClose(result.gini, 0.5829629629629629, relative: 1e-12))
        #expect(result.topShares.map(\.percent) == [1, 5, 10])
        #expect(result.topShares.map(\.places) == [3, 13, 25])
        #expect(result.topShares.map(\.count) == [50, 177, 271])
        let shares = result.topShares.map(\.share)
        #expect(isClose(shares[0], 0.07122507122507123, relative: 1e-12))
        #expect(isClose(shares[1], 0.25213675213675213, relative: 1e-12))
        #expect(isClose(shares[2], 0.38603988603988604, relative: 1e-12))
        #expect(result.lorenzCurve.count == 251)
        #expect(isClose(result.lorenzCurve[125].events, 0.09971509971509972, relative: 1e-12))
        #expect(isClose(result.lorenzCurve[200].events, 0.40883190883190884, relative: 1e-12))
        #expect(result.lorenzCurve[125].places == 0.5)
    }

    // Worked by hand: counts 3, 0, 6, 0, 1 (n = 5, total 10), sorted 0, 0, 1, 3, 6.
    // Lorenz: (0,0), (0.2,0), (0.4,0), (0.6,0.1), (0.8,0.4), (1,1).
    // Gini: Σ i·x = 3·1 + 4·3 + 5·6 = 45; 2·45/(5·10) − 6/5 = 1.8 − 1.2 = 0.6.
    // Check: 1 − 2 × area under the Lorenz curve = 1 − 2 × 0.1 × (0 + 0 + 0.1 + 0.5 +
    // 1.4) = 1 − 0.4 = 0.6. Top 1%, 5%, 10%: ⌈0.05⌉ = ⌈0.25⌉ = ⌈0.5⌉ = 1 place, the 6,
    // share 0.6; top 40%: 2 places, 6 + 3 = 9, share 0.9; top 50%: ⌈2.5⌉ = 3 places,
    // 6 + 3 + 1 = 10, share 1.
    @Test("gives the hand-worked Gini, Lorenz curve and top shares for five places")
    func handWorked() throws {
        let result = try #require(Concentration.analyse(counts: [3, 0, 6, 0, 1], percents: [1, 5, 10, 40, 50]))
        #expect(isClose(result.gini, 0.6, relative: 1e-12))
        let expected: [(Double, Double)] = [(0, 0), (0.2, 0), (0.4, 0), (0.6, 0.1), (0.8, 0.4), (1, 1)]
        #expect(result.lorenzCurve.count == expected.count)
        for (point, (places, events)) in zip(result.lorenzCurve, expected) {
            #expect(isClose(point.places, places, relative: 1e-12))
            #expect(isClose(point.events, events, relative: 1e-12))
        }
        #expect(result.topShares.map(\.places) == [1, 1, 1, 2, 3])
        #expect(result.topShares.map(\.count) == [6, 6, 6, 9, 10])
        #expect(result.topShare(percent: 40)?.share == 0.9)
        #expect(result.topShare(percent: 50)?.share == 1)
        #expect(result.topShare(percent: 20) == nil)
        #expect(result.placesWithEvents == 3)
    }

    @Test("gives a Gini of 0 when every place has the same count")
    func allEqual() throws {
        for n in [1, 2, 7, 1000] {
            let result = try #require(Concentration.analyse(counts: Array(repeating: 4, count: n)))
            #expect(result.gini == 0)
            // The Lorenz curve is the diagonal.
            for point in result.lorenzCurve { #expect(isClose(point.events, point.places, relative: 1e-12)) }
        }
    }

    @Test("gives a Gini of (n − 1)/n when one place has every event")
    func allInOne() throws {
        for n in [1, 2, 5, 100, 32_844] {
            var counts = Array(repeating: 0, count: n)
            counts[n / 2] = 17
            let result = try #require(Concentration.analyse(counts: counts))
            #expect(isClose(result.gini, Double(n - 1) / Double(n), relative: 1e-12))
            #expect(result.topShares.allSatisfy { $0.share == 1 })
        }
    }

    @Test("takes the ceiling of n × p/100 places, in exact integer arithmetic")
    func placeCounts() throws {
        // 0.07 × 700 is 49.00000000000001 in floating point; the exact answer is 49.
        let counts = Array(1...700)
        let result = try #require(Concentration.analyse(counts: counts, percents: [1, 7, 10, 100]))
        #expect(result.topShares.map(\.places) == [7, 49, 70, 700])
        // 1% of 150 places rounds up to 2.
        let small = try #require(Concentration.analyse(counts: Array(repeating: 1, count: 150), percents: [1]))
        #expect(small.topShares.first?.places == 2)
        // 1% of 300 is exactly 3.
        let exact = try #require(Concentration.analyse(counts: Array(repeating: 1, count: 300), percents: [1]))
        #expect(exact.topShares.first?.places == 3)
    }

    @Test("ends the Lorenz curve exactly at (1, 1)")
    func lorenzEnds() throws {
        let result = try #require(Concentration.analyse(counts: Self.counts))
        #expect(result.lorenzCurve.first == Concentration.LorenzPoint(places: 0, events: 0))
        #expect(result.lorenzCurve.last == Concentration.LorenzPoint(places: 1, events: 1))
        // Ascending order makes the curve convex: each step rises at least as much.
        let steps = zip(result.lorenzCurve.dropFirst(), result.lorenzCurve).map { $0.events - $1.events }
        #expect(zip(steps.dropFirst(), steps).allSatisfy { $0 >= $1 - 1e-15 })
    }

    @Test("returns nil for no places, no events, negative counts or a bad percentage")
    func invalid() {
        #expect(Concentration.analyse(counts: []) == nil)
        #expect(Concentration.analyse(counts: [0, 0, 0]) == nil)
        #expect(Concentration.analyse(counts: [1, -1, 3]) == nil)
        #expect(Concentration.analyse(counts: [1, 2], percents: [0]) == nil)
        #expect(Concentration.analyse(counts: [1, 2], percents: [101]) == nil)
    }
}
