import Loaders
import Testing
@testable import Analysis

@Suite("Persistent hotspots")
struct HotspotsTests {
    static let q1 = Quarter(year: 2024, number: 1)

    // Worked by hand with the top 2 places a quarter, 2024 Q1–Q4:
    //   Q1: A 10, B 8, C 8, D 1  → A, B   (B and C tie at 8; B comes first by id)
    //   Q2: C 9, A 7, B 7, E 3   → C, A   (A and B tie at 7; A comes first)
    //   Q3: B 6, C 5, A 2        → B, C
    //   Q4: A 4, D 4, B 4, C 0   → A, B   (three tie at 4; A and B by id, D left out)
    // Quarters in the top 2: A 3 (Q1, Q2, Q4), B 3 (Q1, Q3, Q4), C 2, D 0, E 0.
    // Totals over the four quarters: A 10+7+2+4 = 23, B 8+7+6+4 = 25, C 22, D 5, E 3.
    // In at least 3: B (3, 25) then A (3, 23), B first on total. In at least 2: B, A, C.
    // 2023 Q4 (D 100) is outside the window and must not count.
    static let counts: [Quarter: [String: Int]] = [
        Quarter(year: 2023, number: 4): ["D": 100],
        q1: ["A": 10, "B": 8, "C": 8, "D": 1],
        q1.adding(quarters: 1): ["C": 9, "A": 7, "B": 7, "E": 3],
        q1.adding(quarters: 2): ["B": 6, "C": 5, "A": 2],
        q1.adding(quarters: 3): ["A": 4, "D": 4, "B": 4, "C": 0],
    ]

    @Test("finds places in the top N in at least K of the last Q quarters (worked by hand)")
    func handWorked() throws {
        let result = try #require(Hotspots.persistent(counts: Self.counts, top: 2, minimumQuarters: 3, window: 4))
        #expect(result.quarters == (0..<4).map { Self.q1.adding(quarters: $0) })
        #expect(result.hotspots == [
            Hotspots.Hotspot(place: "B", quartersInTop: 3, total: 25),
            Hotspots.Hotspot(place: "A", quartersInTop: 3, total: 23),
        ])
        let looser = try #require(Hotspots.persistent(counts: Self.counts, top: 2, minimumQuarters: 2, window: 4))
        #expect(looser.hotspots.map(\.place) == ["B", "A", "C"])
        #expect(looser.hotspots.last == Hotspots.Hotspot(place: "C", quartersInTop: 2, total: 22))
    }

    @Test("breaks ties at the top-N boundary by place id and takes exactly N")
    func boundaryTies() {
        #expect(Hotspots.topPlaces(["A": 4, "D": 4, "B": 4, "C": 0], top: 2) == ["A", "B"])
        #expect(Hotspots.topPlaces(["Z": 9, "A": 4, "D": 4], top: 2) == ["Z", "A"])
    }

    @Test("never puts a place with no events in the top N")
    func zerosExcluded() {
        #expect(Hotspots.topPlaces(["A": 3, "B": 0, "C": 0], top: 2) == ["A"])
        #expect(Hotspots.topPlaces([:], top: 20).isEmpty)
    }

    @Test("orders equal quarters and totals by place id")
    func idOrder() throws {
        let quarterCounts = ["E01000002": 5, "E01000001": 5]
        let counts = Dictionary(uniqueKeysWithValues: (0..<4).map { (Self.q1.adding(quarters: $0), quarterCounts) })
        let result = try #require(Hotspots.persistent(counts: counts))
        #expect(result.hotspots.map(\.place) == ["E01000001", "E01000002"])
        #expect(result.hotspots.allSatisfy { $0.quartersInTop == 4 && $0.total == 20 })
    }

    @Test("uses the defaults: top 20 in at least 3 of the last 4 quarters")
    func defaults() throws {
        // 25 places; place i has 100 − i events every quarter, so P01...P20 are the
        // top 20 each time, except that P21 jumps to 500 in the latest quarter and
        // pushes P20 out of it. P20 is still in the top 20 in 3 of 4 quarters; P21 in
        // only 1.
        func name(_ i: Int) -> String { i < 10 ? "P0\(i)" : "P\(i)" }
        var counts: [Quarter: [String: Int]] = [:]
        for q in 0..<4 {
            var quarter: [String: Int] = [:]
            for i in 1...25 { quarter[name(i)] = 100 - i }
            if q == 3 { quarter["P21"] = 500 }
            counts[Self.q1.adding(quarters: q)] = quarter
        }
        let result = try #require(Hotspots.persistent(counts: counts))
        #expect(result.hotspots.count == 20)
        #expect(result.hotspots.first == Hotspots.Hotspot(place: "P01", quartersInTop: 4, total: 396))
        #expect(result.hotspots.last == Hotspots.Hotspot(place: "P20", quartersInTop: 3, total: 320))
        #expect(!result.hotspots.contains { $0.place == "P21" })
    }

    @Test("ends the window at a given quarter")
    func explicitEnd() throws {
        let end = Self.q1.adding(quarters: 2)
        let result = try #require(Hotspots.persistent(
            counts: Self.counts, top: 1, minimumQuarters: 1, window: 4, endQuarter: end))
        #expect(result.quarters.first == Quarter(year: 2023, number: 4))
        #expect(result.quarters.last == end)
        // Top 1: D (2023 Q4), A (Q1), C (Q2), B (Q3), once each, so ordered by total
        // over the window: D 100 + 1 = 101, C 22, B 21, A 19.
        #expect(result.hotspots.map(\.place) == ["D", "C", "B", "A"])
        #expect(result.hotspots.first?.total == 101)
    }

    @Test("returns nil when a window quarter is missing, a count is negative or parameters are invalid")
    func invalid() {
        var missing = Self.counts
        missing[Self.q1.adding(quarters: 1)] = nil
        #expect(Hotspots.persistent(counts: missing) == nil)
        var negative = Self.counts
        negative[Self.q1] = ["A": -1]
        #expect(Hotspots.persistent(counts: negative) == nil)
        #expect(Hotspots.persistent(counts: [:]) == nil)
        #expect(Hotspots.persistent(counts: Self.counts, top: 0) == nil)
        #expect(Hotspots.persistent(counts: Self.counts, minimumQuarters: 5, window: 4) == nil)
        #expect(Hotspots.persistent(counts: Self.counts, minimumQuarters: 0) == nil)
    }
}
