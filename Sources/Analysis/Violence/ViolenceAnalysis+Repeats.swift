import Loaders

extension ViolenceAnalysis {
    /// The share of the assessment year's serious violence whose victim (or suspect) is
    /// seen in more than one police record of the year, any offence, among the offences
    /// that identify one; a Wilson score interval (Wilson 1927; Newcombe 1998, method 3).
    /// Nil when no record of the year has the identifier: the column is absent or empty.
    static func repeatShare(_ person: String, all: [YearMonth: [UInt64]], serious: [YearMonth: [UInt64]],
                            tally: PoliceRecordTally, year: ClosedRange<YearMonth>) -> ViolenceFindings.RepeatShare? {
        var seen: [UInt64: Int] = [:]
        for (month, ids) in all where year.contains(month) {
            for id in ids { seen[id, default: 0] += 1 }
        }
        guard !seen.isEmpty else { return nil }
        var identified = 0
        var repeated = 0
        for (month, ids) in serious where year.contains(month) {
            identified += ids.count
            repeated += ids.count { (seen[$0] ?? 0) >= 2 }
        }
        let total = tally.byGroup.total { $0.seriousViolence && year.contains($0.month) }
        return .init(person: person, repeated: repeated, identified: identified, total: total,
                     share: Proportions.wilson(successes: repeated, trials: identified))
    }

    static func repeats(_ tally: PoliceRecordTally, year: ClosedRange<YearMonth>) -> [ViolenceFindings.RepeatShare] {
        [repeatShare("victim", all: tally.victimIDs, serious: tally.seriousVictimIDs, tally: tally, year: year),
         repeatShare("suspect", all: tally.suspectIDs, serious: tally.seriousSuspectIDs, tally: tally, year: year)].compactMap { $0 }
    }
}
