import Testing
@testable import Analysis

@Suite("Crude rates")
struct RatesTests {
    // Expected = Python: 44878/1772541*1000 and the Byar closed forms (z =
    // scipy.stats.norm.ppf(0.975)) divided by 1772541 and multiplied by 1000.
    @Test("gives a rate per 1,000 with Byar limits scaled by the population")
    func byarRate() throws {
        let rate = try #require(Rates.crudeRate(count: 44_878, denominator: 1_772_541))
        #expect(isClose(rate.value, 25.318455257170356, relative: 1e-12))
        #expect(isClose(rate.lower, 25.08474598124614, relative: 1e-12))
        #expect(isClose(rate.upper, 25.553799997169808, relative: 1e-12))
        #expect(rate.method == .byar)
        #expect(rate.confidence == 0.95)
    }

    // Expected = Python: 7/25000*100000, chi2.ppf(0.025, 14)/2/25000*100000,
    // chi2.ppf(0.975, 16)/2/25000*100000 (scipy 1.17.1).
    @Test("uses exact limits for a small count and honours the multiplier")
    func exactRate() throws {
        let rate = try #require(Rates.crudeRate(count: 7, denominator: 25_000, multiplier: 100_000))
        #expect(isClose(rate.value, 28.0, relative: 1e-12))
        #expect(isClose(rate.lower, 11.257452206079462, relative: 1e-9))
        #expect(isClose(rate.upper, 57.69070144680951, relative: 1e-9))
        #expect(rate.method == .exactPoisson)
    }

    @Test("gives a zero rate with a positive upper limit for zero events")
    func zeroEvents() throws {
        let rate = try #require(Rates.crudeRate(count: 0, denominator: 10_000))
        #expect(rate.value == 0)
        #expect(rate.lower == 0)
        // 3.6888794541139354 = chi2.ppf(0.975, 2)/2, per 10,000 people × 1,000.
        #expect(isClose(rate.upper, 0.36888794541139354, relative: 1e-9))
    }

    @Test("returns nil for a zero, negative or non-finite denominator",
          arguments: [0.0, -5.0, Double.infinity, Double.nan])
    func badDenominator(_ denominator: Double) {
        #expect(Rates.crudeRate(count: 12, denominator: denominator) == nil)
    }

    @Test("returns nil for a negative count or a confidence given as a percentage")
    func badInput() {
        #expect(Rates.crudeRate(count: -1, denominator: 100) == nil)
        #expect(Rates.crudeRate(count: 5, denominator: 100, confidence: 95) == nil)
    }

    @Test("stays finite for ten million events")
    func hugeCount() throws {
        let rate = try #require(Rates.crudeRate(count: 10_000_000, denominator: 60_000_000))
        #expect(rate.value.isFinite && rate.lower.isFinite && rate.upper.isFinite)
        #expect(rate.lower < rate.value && rate.value < rate.upper)
    }
}
