import Loaders

/// The force beside its most similar group in ONS recorded crime: rates per 1,000 for a
/// few offence groups, the group's average, and the force's rank among all police force
/// areas of England and Wales. Pure, given one comparator table.
public struct SimilarForces: Sendable, Equatable {
    /// The offence groups compared, in the order shown.
    public static let measures = [
        "Violence against the person", "Violence with injury", "Sexual offences", "Robbery", "Homicide",
        "Total recorded crime (excluding fraud)",
    ]

    public struct Force: Sendable, Equatable {
        public var code: String
        public var name: String
        public var rate: Double?
        /// 1 is the highest rate among the forces of England and Wales; nil without a rate.
        public var rank: Int?
    }

    public struct Measure: Sendable, Equatable {
        public var offenceGroup: String
        public var force: Force
        /// The similar forces, in the order configured.
        public var similar: [Force]
        /// The unweighted mean of the similar forces' rates (the force itself left out);
        /// nil when any is missing.
        public var groupAverage: Double?
        /// Forces of England and Wales with a rate in the table (the denominator of ranks).
        public var ranked: Int
    }

    public var yearEnding: YearMonth
    public var measures: [Measure]

    /// A police force area code: E23 in England, W15 in Wales.
    public static func isForce(_ code: String) -> Bool { code.hasPrefix("E23") || code.hasPrefix("W15") }

    public static func compare(_ table: ComparatorTable, force: String, similar: [String]) -> SimilarForces {
        let measures = Self.measures.map { group -> Measure in
            let rows = table.rows.filter { $0.offenceGroup == group && isForce($0.areaCode) && $0.ratePer1000 != nil }
            func entry(_ code: String) -> Force {
                let row = table.row(area: code, group: group)
                let rate = row?.ratePer1000
                // Rank: one more than the forces with a strictly higher rate (ties share a rank).
                let rank = rate.map { value in rows.filter { ($0.ratePer1000 ?? 0) > value }.count + 1 }
                return Force(code: code, name: row?.areaName ?? code, rate: rate, rank: rank)
            }
            let others = similar.map(entry)
            let rates = others.compactMap(\.rate)
            let average = rates.count == others.count && !rates.isEmpty ? rates.reduce(0, +) / Double(rates.count) : nil
            return Measure(offenceGroup: group, force: entry(force), similar: others, groupAverage: average, ranked: rows.count)
        }
        return SimilarForces(yearEnding: table.yearEnding, measures: measures)
    }
}
