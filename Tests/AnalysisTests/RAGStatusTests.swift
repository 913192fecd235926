import Testing
@testable import Analysis

@Suite("RAG status")
struct RAGStatusTests {
    static func estimate(_ value: Double, _ lower: Double, _ upper: Double) -> Estimate {
        Estimate(value: value, lower: lower, upper: upper, confidence: 0.95, method: .byar)
    }

    // Worked by hand against a benchmark of 5.0 per 1,000:
    //   6.1 (5.2–7.1): lower 5.2 > 5.0 → Higher, red for crime;
    //   4.0 (3.1–4.9): upper 4.9 < 5.0 → Lower, green;
    //   5.4 (4.6–6.3): interval contains 5.0 → Similar, amber;
    //   5.8 (5.0–6.7): lower limit equals the benchmark, not above it → Similar.
    @Test("compares an interval with a benchmark, crime polarity (worked by hand)")
    func handWorked() {
        let higher = RAGStatus.rate(Self.estimate(6.1, 5.2, 7.1), benchmark: 5)
        #expect(higher.comparison == .higher)
        #expect(higher.label == "Higher")
        #expect(higher.colour == .red)
        #expect(higher.colour.rawValue == "red")

        let lower = RAGStatus.rate(Self.estimate(4.0, 3.1, 4.9), benchmark: 5)
        #expect(lower.comparison == .lower)
        #expect(lower.label == "Lower")
        #expect(lower.colour == .green)

        let similar = RAGStatus.rate(Self.estimate(5.4, 4.6, 6.3), benchmark: 5)
        #expect(similar.comparison == .similar)
        #expect(similar.label == "Similar")
        #expect(similar.colour == .amber)

        #expect(RAGStatus.rate(Self.estimate(5.8, 5.0, 6.7), benchmark: 5).comparison == .similar)
        #expect(RAGStatus.compare(lower: 3.1, upper: 5.0, benchmark: 5) == .similar)
    }

    @Test("reverses red and green when high is good")
    func highIsGood() {
        #expect(RAGStatus.rate(Self.estimate(6.1, 5.2, 7.1), benchmark: 5, polarity: .highIsGood).colour == .green)
        #expect(RAGStatus.rate(Self.estimate(4.0, 3.1, 4.9), benchmark: 5, polarity: .highIsGood).colour == .red)
        #expect(RAGStatus.rate(Self.estimate(5.4, 4.6, 6.3), benchmark: 5, polarity: .highIsGood).colour == .amber)
    }

    @Test("is not compared, and grey, when the interval or benchmark is missing or not finite")
    func notCompared() {
        let cases: [RAGStatus] = [
            RAGStatus.rate(nil, benchmark: 5),
            RAGStatus.rate(Self.estimate(6.1, 5.2, 7.1), benchmark: nil),
            RAGStatus.rate(Self.estimate(6.1, 5.2, 7.1), benchmark: .nan),
            RAGStatus.rate(lower: .nan, upper: 7.1, benchmark: 5),
            RAGStatus.rate(lower: 5.2, upper: .infinity, benchmark: 5),
            RAGStatus.rate(lower: 7.1, upper: 5.2, benchmark: 5),
            RAGStatus.rate(lower: nil, upper: 7.1, benchmark: 5, polarity: .highIsGood),
        ]
        for status in cases {
            #expect(status.comparison == .notCompared)
            #expect(status.label == "Not compared")
            #expect(status.colour == .grey)
        }
    }

    @Test("uses the four colour names red, amber, green and grey")
    func colourNames() {
        #expect(RAGStatus.Colour.allCases.map(\.rawValue) == ["red", "amber", "green", "grey"])
        #expect(RAGStatus.Comparison.allCases.map(\.label) == ["Higher", "Similar", "Lower", "Not compared"])
    }
}
