import Loaders

/// Persistent hotspots: places among the busiest N in at least K of the last Q
/// quarters.
///
/// Method: for each quarter in the window, places with at least one event are
/// ranked by count descending, then place id ascending, and exactly the first N are
/// that quarter's top N. Taking exactly N keeps the list a fixed, predictable length
/// and the result reproducible; the cost is that a place tied on count with the Nth
/// place but later in id order is left out of that quarter, which matters most when
/// counts are small. Places with no events are never in a top N, so a quiet quarter
/// can have fewer than N. A place is persistent when it is in the top N in at least
/// K of the Q quarters. Defaults: N = 20, K = 3, Q = 4, i.e. busiest 20 in at
/// least three quarters of the latest year. Place ids compare as Swift strings,
/// which for ASCII codes such as LSOA codes is plain byte order.
/// Reference: Sherman LW, Gartin PR, Buerger ME (1989). Hot spots of predatory
/// crime: routine activities and the criminology of place. Criminology 27(1):27–56;
/// Weisburd D, Bushway S, Lum C, Yang S-M (2004). Trajectories of crime at places.
/// Criminology 42(2):283–322.
public enum Hotspots {
    /// A place that was in the top N often enough.
    public struct Hotspot: Sendable, Equatable {
        /// The place's identifier (e.g. an LSOA code).
        public var place: String
        /// Quarters of the window in which it was in the top N.
        public var quartersInTop: Int
        /// Its events over all quarters of the window, whether or not it was in the
        /// top N in each.
        public var total: Int

        public init(place: String, quartersInTop: Int, total: Int) {
            self.place = place
            self.quartersInTop = quartersInTop
            self.total = total
        }
    }

    public struct Result: Sendable, Equatable {
        /// The quarters examined, oldest first.
        public var quarters: [Quarter]
        /// Persistent hotspots by quarters in the top N descending, then total
        /// descending, then place id ascending.
        public var hotspots: [Hotspot]

        public init(quarters: [Quarter], hotspots: [Hotspot]) {
            self.quarters = quarters
            self.hotspots = hotspots
        }
    }

    /// The top `top` places for one quarter's counts: count descending, place id
    /// ascending, places with no events left out.
    public static func topPlaces(_ counts: [String: Int], top: Int) -> [String] {
        counts.filter { $0.value > 0 }
            .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .prefix(max(0, top))
            .map(\.key)
    }

    /// Persistent hotspots over the `window` quarters ending at `endQuarter` (by
    /// default the latest quarter in `counts`).
    ///
    /// `counts` maps each quarter to its counts by place. Returns nil when a quarter
    /// of the window is missing from `counts` (a missing quarter is missing data, not
    /// a quarter without crime; pass an empty dictionary for the latter), when
    /// `counts` is empty and no end quarter is given, when a count in the window is
    /// negative, or when the parameters do not satisfy 1 ≤ minimumQuarters ≤ window
    /// and top ≥ 1.
    public static func persistent(
        counts: [Quarter: [String: Int]],
        top: Int = 20,
        minimumQuarters: Int = 3,
        window: Int = 4,
        endQuarter: Quarter? = nil
    ) -> Result? {
        guard top >= 1, window >= 1, (1...window).contains(minimumQuarters),
              let end = endQuarter ?? counts.keys.max() else { return nil }
        let quarters = (0..<window).reversed().map { end.adding(quarters: -$0) }

        var timesInTop: [String: Int] = [:]
        var totals: [String: Int] = [:]
        for quarter in quarters {
            guard let quarterCounts = counts[quarter],
                  quarterCounts.values.allSatisfy({ $0 >= 0 }) else { return nil }
            for (place, count) in quarterCounts { totals[place, default: 0] += count }
            for place in topPlaces(quarterCounts, top: top) { timesInTop[place, default: 0] += 1 }
        }

        let hotspots = timesInTop
            .filter { $0.value >= minimumQuarters }
            .map { Hotspot(place: $0.key, quartersInTop: $0.value, total: totals[$0.key, default: 0]) }
            .sorted {
                if $0.quartersInTop != $1.quartersInTop { return $0.quartersInTop > $1.quartersInTop }
                if $0.total != $1.total { return $0.total > $1.total }
                return $0.place < $1.place
            }
        return Result(quarters: quarters, hotspots: hotspots)
    }
}
