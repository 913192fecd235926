import Testing
@testable import Analysis

/// A seeded generator (SplitMix64, Steele, Lea & Flood 2014) so the simulations
/// are the same on every run and platform; uniforms are built from the top 53 bits
/// directly rather than through the standard library's `random(in:using:)`, whose
/// algorithm is not guaranteed stable.
private struct CaptureRecaptureRandom {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform on [0, 1).
    mutating func uniform() -> Double { Double(next() >> 11) * 0x1p-53 }
}

/// Simulates two independent sources over a closed population of `total`
/// incidents and returns (n1, n2, m).
private func simulateSources(
    total: Int, probabilityA: Double, probabilityB: Double, seed: UInt64
) -> (countA: Int, countB: Int, linked: Int) {
    var random = CaptureRecaptureRandom(seed: seed)
    var countA = 0
    var countB = 0
    var linked = 0
    for _ in 0..<total {
        let seenByA = random.uniform() < probabilityA
        let seenByB = random.uniform() < probabilityB
        if seenByA { countA += 1 }
        if seenByB { countB += 1 }
        if seenByA && seenByB { linked += 1 }
    }
    return (countA, countB, linked)
}

@Suite("Capture-recapture")
struct CaptureRecaptureTests {
    // Worked example: n1 = 10 marked, n2 = 15 caught, m = 5 recaptured (the
    // textbook mark-recapture illustration, e.g. Wikipedia "Mark and recapture",
    // where Lincoln–Petersen gives 30 and Chapman 28.3). By hand:
    //   N̂   = 11·16/6 − 1 = 176/6 − 1 = 28.333…
    //   Var = 11·16·5·10 / (6²·7) = 8800/252 = 34.920634…
    //   seen = 10 + 15 − 5 = 20, f̂₀ = 5·10/6 = 8.333…
    // Limits from Python 3 / scipy 1.17:
    //   z = norm.ppf(0.975); C = exp(z*sqrt(log(1 + Var/f0**2)))
    //   log-normal: seen + f0/C, seen + f0*C; normal: max(seen, N − z√Var), N + z√Var
    @Test("reproduces Chapman's estimate, variance and Chao's log-normal limits for a worked example")
    func workedExample() throws {
        let result = try #require(CaptureRecapture.chapman(
            sourceA: "first sample", countA: 10, sourceB: "second sample", countB: 15, linked: 5))
        #expect(isClose(result.estimate.value, 28.333333333333332, relative: 1e-12))
        #expect(isClose(result.variance, 34.92063492063492, relative: 1e-12))
        #expect(isClose(result.estimate.lower, 22.38526171603979, relative: 1e-10))
        #expect(isClose(result.estimate.upper, 49.11397268377824, relative: 1e-10))
        #expect(result.estimate.method == .chapmanLogNormal)
        #expect(result.estimate.confidence == 0.95)
        #expect(result.observed == 20)
        let unseen = try #require(result.unseenByA)
        #expect(isClose(unseen.value, 0.6470588235294117, relative: 1e-12))
        #expect(isClose(unseen.lower, 0.553277503437243, relative: 1e-10))
        #expect(isClose(unseen.upper, 0.7963919541922357, relative: 1e-10))
    }

    // Same example: the symmetric lower limit 28.33 − 1.96·5.909 = 16.75 is below
    // the 20 incidents actually seen, so it is raised to 20.
    @Test("normal interval is floored at the number actually seen")
    func normalIntervalFloor() throws {
        let result = try #require(CaptureRecapture.chapman(
            sourceA: "A", countA: 10, sourceB: "B", countB: 15, linked: 5, interval: .normal))
        #expect(result.estimate.lower == 20)
        #expect(isClose(result.estimate.upper, 39.91548257430378, relative: 1e-10))
        #expect(result.estimate.method == .chapmanNormal)
    }

    // Police 620, emergency department 410, 150 linked. Expected from Python 3 /
    // scipy 1.17 with the formulas quoted above the worked example.
    @Test("matches Python for a police and emergency department example")
    func policeAndEmergency() throws {
        let logNormal = try #require(CaptureRecapture.chapman(
            sourceA: "police", countA: 620, sourceB: "emergency department", countB: 410, linked: 150))
        #expect(isClose(logNormal.estimate.value, 1689.271523178808, relative: 1e-12))
        #expect(isClose(logNormal.variance, 8999.267172030774, relative: 1e-12))
        #expect(isClose(logNormal.estimate.lower, 1523.657610264309, relative: 1e-10))
        #expect(isClose(logNormal.estimate.upper, 1897.4981042470918, relative: 1e-10))
        let share = try #require(logNormal.unseenByA)
        #expect(isClose(share.value, 0.6329778892896346, relative: 1e-12))
        #expect(isClose(share.lower, 0.59308443325896, relative: 1e-10))
        #expect(isClose(share.upper, 0.6732539555047357, relative: 1e-10))

        let normal = try #require(CaptureRecapture.chapman(
            sourceA: "police", countA: 620, sourceB: "emergency department", countB: 410, linked: 150,
            interval: .normal))
        #expect(isClose(normal.estimate.lower, 1503.3405836937918, relative: 1e-10))
        #expect(isClose(normal.estimate.upper, 1875.202462663824, relative: 1e-10))
    }

    // n1 = 30, n2 = 25, m = 2 (Python as above): the log-normal interval is skewed
    // upwards (130 to 650 around 268) where the normal one is symmetric.
    @Test("log-normal interval is skewed upwards when few records link")
    func skewedForSmallOverlap() throws {
        let result = try #require(CaptureRecapture.chapman(
            sourceA: "A", countA: 30, sourceB: "B", countB: 25, linked: 2))
        #expect(isClose(result.estimate.value, 267.6666666666667, relative: 1e-12))
        #expect(isClose(result.estimate.lower, 130.204924648121, relative: 1e-10))
        #expect(isClose(result.estimate.upper, 649.8761447253005, relative: 1e-10))
        #expect(result.estimate.upper - result.estimate.value > result.estimate.value - result.estimate.lower)
    }

    @Test("gives the number seen, with no width, when one source contains the other")
    func completeOverlap() throws {
        let result = try #require(CaptureRecapture.chapman(
            sourceA: "A", countA: 40, sourceB: "B", countB: 25, linked: 25))
        #expect(result.estimate.value == 40)
        #expect(result.estimate.lower == 40)
        #expect(result.estimate.upper == 40)
        #expect(result.variance == 0)
        #expect(result.unseenByA?.value == 0)
    }

    @Test("is finite with no linked records, where Lincoln–Petersen is not")
    func noOverlap() throws {
        let result = try #require(CaptureRecapture.chapman(
            sourceA: "A", countA: 12, sourceB: "B", countB: 9, linked: 0))
        // 13·10/1 − 1 = 129.
        #expect(result.estimate.value == 129)
        #expect(result.estimate.upper.isFinite)
        #expect(result.estimate.lower >= 21)
    }

    @Test("rejects inconsistent or empty counts and a bad confidence")
    func rejectsInconsistent() {
        #expect(CaptureRecapture.chapman(sourceA: "A", countA: 10, sourceB: "B", countB: 5, linked: 6) == nil)
        #expect(CaptureRecapture.chapman(sourceA: "A", countA: 5, sourceB: "B", countB: 10, linked: 6) == nil)
        #expect(CaptureRecapture.chapman(sourceA: "A", countA: -1, sourceB: "B", countB: 10, linked: 0) == nil)
        #expect(CaptureRecapture.chapman(sourceA: "A", countA: 10, sourceB: "B", countB: 10, linked: -1) == nil)
        #expect(CaptureRecapture.chapman(sourceA: "A", countA: 0, sourceB: "B", countB: 10, linked: 0) == nil)
        #expect(CaptureRecapture.chapman(
            sourceA: "A", countA: 10, sourceB: "B", countB: 10, linked: 3, confidence: 1) == nil)
    }

    @Test("keeps the source names and counts")
    func keepsInputs() throws {
        let result = try #require(CaptureRecapture.chapman(
            sourceA: "police", countA: 10, sourceB: "A&E", countB: 15, linked: 5, confidence: 0.9))
        #expect(result.sourceA == "police")
        #expect(result.sourceB == "A&E")
        #expect((result.countA, result.countB, result.linked) == (10, 15, 5))
        #expect(result.estimate.confidence == 0.9)
    }

    // 100 closed populations of 500 incidents, each seen by A with p = 0.55 and by
    // B with p = 0.6 independently (so about 300 linked): both the nominal 95%
    // intervals should cover the true 500 about 95 times; at least 90 allows for
    // simulation error (binomial sd ≈ 2.2) with no run-to-run variation, since the
    // seeds are fixed.
    @Test("95% intervals cover the true total in at least 90 of 100 simulated populations",
          arguments: CaptureRecaptureInterval.allCases)
    func simulatedCoverage(_ interval: CaptureRecaptureInterval) throws {
        let total = 500
        var covered = 0
        for replicate in 0..<100 {
            let sample = simulateSources(
                total: total, probabilityA: 0.55, probabilityB: 0.6, seed: 0xCA97_0000 + UInt64(replicate))
            let result = try #require(CaptureRecapture.chapman(
                sourceA: "A", countA: sample.countA, sourceB: "B", countB: sample.countB,
                linked: sample.linked, interval: interval))
            if result.estimate.lower <= Double(total) && Double(total) <= result.estimate.upper { covered += 1 }
        }
        #expect(covered >= 90, "covered \(covered) of 100")
    }

    @Test("recovers a large population to within 5%")
    func largePopulation() throws {
        let total = 100_000
        let sample = simulateSources(total: total, probabilityA: 0.55, probabilityB: 0.6, seed: 0xB16_0001)
        let result = try #require(CaptureRecapture.chapman(
            sourceA: "A", countA: sample.countA, sourceB: "B", countB: sample.countB, linked: sample.linked))
        #expect(abs(result.estimate.value / Double(total) - 1) < 0.05, "estimate \(result.estimate.value)")
        // The share unseen by A should be near 1 − 0.55.
        #expect(abs((result.unseenByA?.value ?? 0) - 0.45) < 0.02)
    }

    @Test("states the four assumptions and what breaks them")
    func assumptions() {
        let text = CaptureRecapture.assumptions.joined(separator: " ").lowercased()
        #expect(CaptureRecapture.assumptions.count == 4)
        for phrase in ["independent", "closed", "linkage", "same chance", "too low"] {
            #expect(text.contains(phrase), "missing \(phrase)")
        }
    }
}
