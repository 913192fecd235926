import Report
import Testing

@Suite("QuarterOnQuarter")
struct QuarterOnQuarterTests {
    static func findings(period: String, crimes: Int, direction: String, standing: String, hotspots: [String],
                         share: (Double, Double, Double)) -> String {
        JSONValue.object([
            ("period", .string(period)),
            ("police_uk", .object([("crimes", .int(crimes))])),
            ("serious_violence", .object([
                ("trends", .array([.object([("category", .string("Serious violence")), ("direction", .string(direction)),
                                            ("quarter_direction", .string("n/a"))])])),
                ("areas", .array([.object([("area_code", .string("E06000027")), ("area_name", .string("Torbay")),
                                           ("against_force", .string(standing))])])),
                ("hotspots", .array(hotspots.map { .object([("lsoa_code", .string($0)), ("lsoa_name", .string("Place \($0)"))]) })),
                ("shares", .array([.object([("measure", .string("alcohol_related")), ("group", .string("all")),
                                            ("share", .decimal(share.0, places: 4)), ("lower_95", .decimal(share.1, places: 4)),
                                            ("upper_95", .decimal(share.2, places: 4))])])),
            ])),
        ]).text
    }

    @Test("reports changed directions, standings, hotspots and shares that moved beyond both intervals")
    func changes() {
        let previous = Self.findings(period: "2020-Q3", crimes: 1000, direction: "No significant change", standing: "Similar",
                                     hotspots: ["E01000001", "E01000002"], share: (0.30, 0.27, 0.33))
        let current = Self.findings(period: "2020-Q4", crimes: 1100, direction: "Up (significant)", standing: "Higher",
                                    hotspots: ["E01000002", "E01000003"], share: (0.40, 0.37, 0.43))
        #expect(QuarterOnQuarter.changes(previous: previous, current: current)?.changes == [
            "police.uk crimes over the twelve months: 1,100, against 1,000 in the assessment to 2020-Q3 (10.0%).",
            "Serious violence, on the year before: up (significant), where 2020-Q3 showed no significant change.",
            "Torbay: serious violence higher than the force rate, where it was similar to in 2020-Q3.",
            "New persistent hotspots: Place E01000003 (E01000003).",
            "No longer persistent hotspots: E01000001.",
            "Share alcohol related: 40.0%, against 30.0% in 2020-Q3, a change beyond both intervals.",
        ])
    }

    @Test("says nothing of shares whose intervals overlap, or of suppressed values")
    func quiet() {
        let previous = Self.findings(period: "2020-Q3", crimes: 1000, direction: "suppressed", standing: "Similar",
                                     hotspots: [], share: (0.30, 0.27, 0.33))
        let current = Self.findings(period: "2020-Q4", crimes: 1000, direction: "Up (significant)", standing: "Similar",
                                    hotspots: [], share: (0.32, 0.29, 0.35))
        #expect(QuarterOnQuarter.changes(previous: previous, current: current)?.changes == [
            "police.uk crimes over the twelve months: 1,000, against 1,000 in the assessment to 2020-Q3 (0.0%).",
        ])
    }

    @Test("a year that could not be compared last quarter (its year before incomplete) is no change of direction")
    func notCompared() {
        let previous = Self.findings(period: "2020-Q3", crimes: 1000, direction: "Not compared: year before incomplete (9 months of 12)",
                                     standing: "Similar", hotspots: [], share: (0.30, 0.27, 0.33))
        let current = Self.findings(period: "2020-Q4", crimes: 1000, direction: "No significant change", standing: "Similar",
                                    hotspots: [], share: (0.30, 0.27, 0.33))
        #expect(QuarterOnQuarter.changes(previous: previous, current: current)?.changes == [
            "police.uk crimes over the twelve months: 1,000, against 1,000 in the assessment to 2020-Q3 (0.0%).",
        ])
    }

    @Test("a suppressed share or a file that is not findings says nothing, and fails nothing")
    func lenient() {
        let current = Self.findings(period: "2020-Q4", crimes: 1000, direction: "Up (significant)", standing: "Similar",
                                    hotspots: [], share: (0.40, 0.37, 0.43))
        let previous = current.replacingOccurrences(of: "\"share\": 0.4000", with: "\"share\": \"suppressed\"")
            .replacingOccurrences(of: "2020-Q4", with: "2020-Q3")
        #expect(previous.contains("\"suppressed\""))
        let compared = QuarterOnQuarter.changes(previous: previous, current: current)
        #expect(compared?.previousPeriod == "2020-Q3")
        #expect(compared?.changes == [
            "police.uk crimes over the twelve months: 1,000, against 1,000 in the assessment to 2020-Q3 (0.0%).",
        ])
        #expect(QuarterOnQuarter.changes(previous: "[1, 2]", current: current) == nil)
    }
}
