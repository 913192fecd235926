/// How concentrated events are across places (e.g. LSOAs): the share held by the
/// busiest few per cent, the Lorenz curve and the Gini coefficient.
///
/// Places with no events must be passed as zeros: the measures describe all places
/// in the area, and leaving out the empty ones would understate concentration.
///
/// Top-p% share: the busiest ⌈n × p / 100⌉ places (at least one), by count
/// descending, computed in integers so that, e.g., 1% of 300 places is exactly 3.
/// Rounding up means a "top 1%" of a small area can hold more than 1% of places
/// (1% of 150 is 2 places, 1.3%); `places` in each share says how many were taken.
/// Ties do not matter: places tied at the boundary carry the same count.
///
/// Gini: G = 2 Σᵢ i·x₍ᵢ₎ / (n Σ x) − (n + 1)/n with x₍₁₎ ≤ … ≤ x₍ₙ₎ sorted ascending
/// and i from 1, equivalently Σᵢ Σⱼ |xᵢ − xⱼ| / (2n² x̄). It is 0 when every place
/// has the same count and (n − 1)/n, its largest value for n places, when one place
/// has them all. This is the uncorrected (population) Gini: no n/(n − 1) factor,
/// because the places are the whole area, not a sample of one.
/// References: Gini C (1912). Variabilità e mutabilità. Bologna; Cowell FA (2011).
/// Measuring Inequality, 3rd edn, §2.2 and technical appendix A.2. Oxford UP;
/// Weisburd D (2015). The law of crime concentration and the criminology of place.
/// Criminology 53(2):133–157.
public enum Concentration {
    /// The share of all events in the busiest `percent`% of places.
    public struct TopShare: Sendable, Equatable {
        /// The requested percentage of places (1...100).
        public var percent: Int
        /// Places taken: ⌈n × percent / 100⌉.
        public var places: Int
        /// Events in those places.
        public var count: Int
        /// count / total, 0...1.
        public var share: Double

        public init(percent: Int, places: Int, count: Int, share: Double) {
            self.percent = percent
            self.places = places
            self.count = count
            self.share = share
        }
    }

    /// A point on the Lorenz curve.
    public struct LorenzPoint: Sendable, Equatable {
        /// Cumulative share of places, 0...1.
        public var places: Double
        /// Cumulative share of events, 0...1.
        public var events: Double

        public init(places: Double, events: Double) {
            self.places = places
            self.events = events
        }
    }

    public struct Result: Sendable, Equatable {
        /// Number of places, including those with no events.
        public var places: Int
        /// Events over all places.
        public var total: Int
        /// Places with at least one event.
        public var placesWithEvents: Int
        /// One entry per requested percentage, in the order requested.
        public var topShares: [TopShare]
        /// n + 1 points from (0, 0) to (1, 1), places sorted ascending by count.
        public var lorenzCurve: [LorenzPoint]
        /// Gini coefficient, 0...(n − 1)/n.
        public var gini: Double
        /// The Gini and top shares that equal risk in every place would give (same places,
        /// same total); nil when not computed.
        public var equalRisk: EqualRisk?

        public init(
            places: Int, total: Int, placesWithEvents: Int, topShares: [TopShare],
            lorenzCurve: [LorenzPoint], gini: Double, equalRisk: EqualRisk? = nil
        ) {
            self.equalRisk = equalRisk
            self.places = places
            self.total = total
            self.placesWithEvents = placesWithEvents
            self.topShares = topShares
            self.lorenzCurve = lorenzCurve
            self.gini = gini
        }

        /// The top share for a requested percentage, if it was requested.
        public func topShare(percent: Int) -> TopShare? {
            topShares.first { $0.percent == percent }
        }

        /// True when the observed Gini lies above what equal risk gives 97.5% of the
        /// time; nil when equal risk was not computed.
        public var isConcentrated: Bool? { equalRisk.map { $0.gini.isExceeded(by: gini) } }
    }

    /// The percentages reported by default: top 1%, 5% and 10% of places.
    public static let defaultPercents = [1, 5, 10]

    /// Concentration of `counts`, one per place, zeros included.
    ///
    /// Returns nil when there are no places, no events at all (every share would be
    /// 0/0), a negative count, or a percentage outside 1...100. With `equalRisk`, the
    /// result also holds what equal risk would give (`equalRisk(places:total:)`).
    public static func analyse(counts: [Int], percents: [Int] = defaultPercents, equalRisk: Bool = false) -> Result? {
        let n = counts.count
        guard n > 0, counts.allSatisfy({ $0 >= 0 }),
              percents.allSatisfy({ (1...100).contains($0) }) else { return nil }
        let total = counts.reduce(0, +)
        guard total > 0 else { return nil }
        let ascending = counts.sorted()
        let totalValue = Double(total)

        let topShares = percents.map { percent in
            // Integer ceiling of n × percent / 100, avoiding floating-point surprises
            // such as 0.07 × 100 = 7.000000000000001 rounding up to 8.
            let places = max(1, (n * percent + 99) / 100)
            let count = ascending.suffix(places).reduce(0, +)
            return TopShare(percent: percent, places: places, count: count, share: Double(count) / totalValue)
        }

        var lorenz = [LorenzPoint(places: 0, events: 0)]
        lorenz.reserveCapacity(n + 1)
        var cumulative = 0
        var weightedSum = 0.0
        for (i, count) in ascending.enumerated() {
            cumulative += count
            weightedSum += Double(i + 1) * Double(count)
            // The last point is pinned to exactly (1, 1) by integer arithmetic.
            lorenz.append(LorenzPoint(places: Double(i + 1) / Double(n), events: Double(cumulative) / totalValue))
        }
        let nValue = Double(n)
        // Equal counts can leave a rounding residue of −1e-16; the Gini is never negative.
        let gini = max(0, 2 * weightedSum / (nValue * totalValue) - (nValue + 1) / nValue)

        return Result(
            places: n, total: total, placesWithEvents: counts.count(where: { $0 > 0 }),
            topShares: topShares, lorenzCurve: lorenz, gini: gini,
            equalRisk: equalRisk ? Self.equalRisk(places: n, total: total, percents: percents) : nil
        )
    }
}
