import Foundation
import Report
import Testing

@Suite("QuarterOnQuarter")
struct QuarterOnQuarterTests {
    static func findings(period: String, crimes: Int, direction: String, standing: String, hotspots: [String],
                         share: (Double, Double, Double)) -> String {
        findings(period: period, crimes: crimes, trends: [("Serious violence", direction, "n/a")],
                 areas: [("E06000027", "Torbay", standing)], hotspots: hotspots, share: share)
    }

    static func findings(period: String, crimes: Int, trends: [(String, String, String)], areas: [(String, String, String)],
                         hotspots: [String], share: (Double, Double, Double)) -> String {
        JSONValue.object([
            ("period", .string(period)),
            ("police_uk", .object([("crimes", .int(crimes))])),
            ("serious_violence", .object([
                ("trends", .array(trends.map { .object([("category", .string($0.0)), ("direction", .string($0.1)),
                                                        ("quarter_direction", .string($0.2))]) })),
                ("areas", .array(areas.map { .object([("area_code", .string($0.0)), ("area_name", .string($0.1)),
                                                      ("against_force", .string($0.2))]) })),
                ("hotspots", .array(hotspots.map { .object([("lsoa_code", .string($0)), ("lsoa_name", .string("Place \($0.suffix(1))"))]) })),
                ("shares", .array([.object([("measure", .string("alcohol_related")), ("group", .string("all")),
                                            ("share", .decimal(share.0, places: 4)), ("lower_95", .decimal(share.1, places: 4)),
                                            ("upper_95", .decimal(share.2, places: 4))])])),
            ])),
        ]).text
    }

    @Test("two areas with one name (a district and its one-district partnership) are told apart by their type")
    func sharedNames() {
        func findings(_ period: String, _ standing: String) -> String {
            JSONValue.object([
                ("period", .string(period)),
                ("serious_violence", .object([
                    ("areas", .array([("E06000026", "District"), ("E22000056", "Partnership")].map { code, type in
                        .object([("area_code", .string(code)), ("area_name", .string("Plymouth")), ("area_type", .string(type)),
                                 ("against_force", .string(standing))])
                    })),
                ])),
            ]).text
        }
        let lines = QuarterOnQuarter.changes(previous: findings("2020-Q3", "Similar"), current: findings("2020-Q4", "suppressed"))?.changes
        #expect(lines == [
            "Plymouth (district): serious violence against the force rate is suppressed this quarter; in 2020-Q3 it was similar to it.",
            "Plymouth (partnership): serious violence against the force rate is suppressed this quarter; in 2020-Q3 it was similar to it.",
        ])
    }

    @Test("reports changed directions, standings, hotspots and shares that moved beyond both intervals")
    func changes() {
        let previous = Self.findings(period: "2020-Q3", crimes: 1000, direction: "No significant change", standing: "Similar",
                                     hotspots: ["E01000001", "E01000002"], share: (0.30, 0.27, 0.33))
        let current = Self.findings(period: "2020-Q4", crimes: 1100, direction: "Up (significant)", standing: "Higher",
                                    hotspots: ["E01000002", "E01000003"], share: (0.40, 0.37, 0.43))
        #expect(QuarterOnQuarter.changes(previous: previous, current: current)?.changes == [
            "Over the twelve months police.uk holds 1,100 crimes, against 1,000 crimes in the assessment to 2020-Q3: up 10.0%.",
            "Serious violence, on the year before: up (significant), where 2020-Q3 showed no significant change.",
            "Torbay: serious violence is now higher than the force rate; in 2020-Q3 it was similar to it.",
            "New persistent hotspot: Place 3.",
            "No longer a persistent hotspot: Place 1.",
            "Alcohol-related, share of serious violence: 40.0%, against 30.0% in 2020-Q3, a rise beyond both intervals.",
        ])
    }

    @Test("says nothing of shares whose intervals overlap, or of values suppressed both times")
    func quiet() {
        let previous = Self.findings(period: "2020-Q3", crimes: 1000, direction: "suppressed", standing: "suppressed",
                                     hotspots: [], share: (0.30, 0.27, 0.33))
        let current = Self.findings(period: "2020-Q4", crimes: 1000, direction: "suppressed", standing: "suppressed",
                                    hotspots: [], share: (0.32, 0.29, 0.35))
        #expect(QuarterOnQuarter.changes(previous: previous, current: current)?.changes == [
            "Over the twelve months police.uk holds 1,000 crimes, against 1,000 crimes in the assessment to 2020-Q3: unchanged.",
        ])
    }

    @Test("a year that could not be compared last quarter (its year before incomplete) is no change of direction")
    func notCompared() {
        let previous = Self.findings(period: "2020-Q3", crimes: 1000, direction: "Not compared: year before incomplete (9 months of 12)",
                                     standing: "Similar", hotspots: [], share: (0.30, 0.27, 0.33))
        let current = Self.findings(period: "2020-Q4", crimes: 1000, direction: "No significant change", standing: "Similar",
                                    hotspots: [], share: (0.30, 0.27, 0.33))
        #expect(QuarterOnQuarter.changes(previous: previous, current: current)?.changes == [
            "Over the twelve months police.uk holds 1,000 crimes, against 1,000 crimes in the assessment to 2020-Q3: unchanged.",
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
            "Over the twelve months police.uk holds 1,000 crimes, against 1,000 crimes in the assessment to 2020-Q3: unchanged.",
        ])
        #expect(QuarterOnQuarter.changes(previous: "[1, 2]", current: current) == nil)
    }

    // MARK: Every kind of change, checked for grammar

    /// The grammar faults of one sentence of "what changed", empty when there are none.
    static func faults(_ sentence: String) -> [String] {
        func matches(_ pattern: String) -> Bool { sentence.range(of: pattern, options: .regularExpression) != nil }
        var faults: [String] = []
        if !(sentence.first.map { $0.isUppercase || $0.isNumber } ?? false) { faults.append("does not start with a capital") }
        if !sentence.hasSuffix(".") || sentence.hasSuffix("..") { faults.append("does not end with one full stop") }
        if sentence.contains("*") { faults.append("has a *") }
        if matches(#"(?i)\b(\w+) \1\b"#) { faults.append("doubles a word") }
        if matches(#"(?<![\d,.])1 (crimes|offences|hotspots|areas|months)\b"#) { faults.append("1 with a plural") }
        if matches(#"(?<![\d,.])(0|[2-9]|\d{2,}|\d{1,3}(,\d{3})+) (crime|offence|hotspot|area|month)\b"#) { faults.append("many with a singular") }
        if matches(#"\b(hotspots is|hotspot are|it were|they was)\b"#) { faults.append("subject and verb disagree") }
        if matches(#"  | [.,;:]|\(\)"#) { faults.append("stray space or empty brackets") }
        if matches(#"\b(similar to in|than in it)\b"#) { faults.append("broken comparison") }
        if matches(#"[a-z]+_[a-z]"#) || matches(#"\b[EW]0\d{7}\b"#) { faults.append("a field name or an area code") }
        return faults
    }

    static let directions = ["Up (significant)", "Down (significant)", "No significant change", "suppressed"]
    static let standings = ["Higher", "Lower", "Similar", "suppressed"]

    /// Every pair of before and after for directions and standings, areas and trends that
    /// come and go, hotspots one and many, shares rising and falling, and crime counts
    /// rising, falling, unchanged, from and to zero and one.
    static var everyChange: [String] {
        var sentences: [String] = []
        func run(_ previous: String, _ current: String) {
            sentences += QuarterOnQuarter.changes(previous: previous, current: current)?.changes ?? []
        }
        let counts = [(1000, 1100), (1000, 900), (1000, 1000), (0, 5), (2, 1), (1, 2), (5, 0), (0, 0), (1000, 1000_400)]
        for (index, (old, new)) in counts.enumerated() {
            let direction = directions[index % directions.count]
            let otherDirection = directions[(index + 1) % directions.count]
            let standing = standings[index % standings.count]
            let otherStanding = standings[(index + 2) % standings.count]
            let spotsBefore = Array(["E01000001", "E01000002", "E01000003", "E01000004"].prefix(index % 4))
            let spotsAfter = Array(["E01000004", "E01000005", "E01000006"].prefix((index + 1) % 4))
            let up = index.isMultiple(of: 2)
            run(findings(period: "2020-Q3", crimes: old,
                         trends: [("Serious violence", direction, otherDirection), ("Dropped category", "Up (significant)", "n/a")],
                         areas: [("E06000027", "Torbay", standing), ("E06000026", "Plymouth", "Higher")],
                         hotspots: spotsBefore, share: up ? (0.30, 0.27, 0.33) : (0.40, 0.37, 0.43)),
                findings(period: "2020-Q4", crimes: new,
                         trends: [("Serious violence", otherDirection, direction), ("New category", "Down (significant)", "n/a")],
                         areas: [("E06000027", "Torbay", otherStanding), ("E06000052", "Cornwall", "Lower")],
                         hotspots: spotsAfter, share: up ? (0.40, 0.37, 0.43) : (0.30, 0.27, 0.33)))
        }
        for before in directions { for after in directions {
            run(findings(period: "2020-Q3", crimes: 10, direction: before, standing: before == "suppressed" ? "suppressed" : "Similar",
                         hotspots: [], share: (0.3, 0.2, 0.4)),
                findings(period: "2020-Q4", crimes: 10, direction: after, standing: after == "suppressed" ? "suppressed" : "Higher",
                         hotspots: [], share: (0.3, 0.2, 0.4)))
        } }
        for before in standings { for after in standings {
            run(findings(period: "2020-Q3", crimes: 10, direction: "n/a", standing: before, hotspots: [], share: (0.3, 0.2, 0.4)),
                findings(period: "2020-Q4", crimes: 10, direction: "n/a", standing: after, hotspots: [], share: (0.3, 0.2, 0.4)))
        } }
        return sentences
    }

    @Test("every kind of change reads as a grammatical sentence")
    func grammar() {
        let sentences = Self.everyChange
        for sentence in sentences {
            #expect(Self.faults(sentence).isEmpty, "\(sentence): \(Self.faults(sentence))")
        }
        // Each kind of change was made at least once.
        for fragment in ["up 10.0%", "down 10.0%", ": unchanged.", "up from none", "holds 1 crime,", "against 1 crime ",
                         "holds no crimes", "where 2020-Q3 showed", "suppressed this quarter", "shown again",
                         "did not have this finding", "no longer a finding", "is now higher than", "is now lower than",
                         "is now similar to", "2020-Q3 did not compare it", "no longer compared with the force rate",
                         "New persistent hotspot:", "New persistent hotspots:", "No longer a persistent hotspot:",
                         "No longer persistent hotspots:", "a rise beyond", "a fall beyond", "Place 4, Place 5 and Place 6"] {
            #expect(sentences.contains { $0.contains(fragment) }, "no sentence has \"\(fragment)\"")
        }
    }

    // Worked by hand: 1 → 2 is up 100.0%; 5 → 0 is down 100.0%; 0 → 5 has no percentage.
    @Test("counts agree with their nouns and zero is said in words")
    func counts() {
        #expect(QuarterOnQuarter.crimes(old: 1, new: 2, before: "2020-Q3")
            == "Over the twelve months police.uk holds 2 crimes, against 1 crime in the assessment to 2020-Q3: up 100.0%.")
        #expect(QuarterOnQuarter.crimes(old: 5, new: 0, before: "2020-Q3")
            == "Over the twelve months police.uk holds no crimes, against 5 crimes in the assessment to 2020-Q3: down 100.0%.")
        #expect(QuarterOnQuarter.crimes(old: 0, new: 5, before: "2020-Q3")
            == "Over the twelve months police.uk holds 5 crimes, against none in the assessment to 2020-Q3: up from none.")
        #expect(Self.faults("Over the twelve months police.uk holds 1 crimes.") == ["1 with a plural"])
        #expect(Self.faults("the the hotspots is here *") .count == 5)
    }
}
