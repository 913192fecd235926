import Foundation
import Testing
@testable import Analysis

@Suite("Estimate")
struct EstimateTests {
    @Test("round-trips through JSON with the method stored as its label")
    func codable() throws {
        let estimate = Estimate(value: 25.3, lower: 25.1, upper: 25.6, confidence: 0.95, method: .byar)
        let data = try JSONEncoder().encode(estimate)
        let json = try #require(String(data: data, encoding: .utf8))
        #expect(json.contains("\"Byar\""))
        #expect(try JSONDecoder().decode(Estimate.self, from: data) == estimate)
    }

    @Test("labels every interval method for readers")
    func labels() {
        #expect(IntervalMethod.allCases.map(\.rawValue) == [
            "exact Poisson", "Byar", "Wilson score", "log-normal rate ratio",
            "Chapman, log-normal", "Chapman, normal", "none",
        ])
    }

    @Test("round-trips a rate ratio through JSON")
    func rateRatioCodable() throws {
        let ratio = try #require(RateRatios.compare(
            countA: 120, denominatorA: 50_000, countB: 80, denominatorB: 60_000))
        let data = try JSONEncoder().encode(ratio)
        #expect(try JSONDecoder().decode(RateRatio.self, from: data) == ratio)
    }
}
