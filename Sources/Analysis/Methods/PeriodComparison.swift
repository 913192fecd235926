import Loaders

/// Change between two periods (this year against last, a quarter against the same
/// quarter a year earlier) as a rate ratio with a log-normal interval.
///
/// Method: RR = (current / currentDenominator) / (previous / previousDenominator)
/// with limits exp(ln RR ± z√(1/a + 1/b)) from `RateRatios.compare`. Periods of
/// equal length in the same area take equal denominators (the default 1 and 1),
/// which makes RR the ratio of counts; pass populations (or period lengths) when
/// they differ. Percentage change is (RR − 1) × 100. Direction is `.up` or `.down`
/// only when the interval excludes 1 and `.stable` otherwise, so a report never
/// calls a change a rise that chance alone could explain.
/// Reference: Rothman KJ, Greenland S, Lash TL (2008). Modern Epidemiology, 3rd
/// edn, ch. 14.
public enum PeriodComparison {
    /// Direction of a change, after allowing for chance.
    public enum Direction: String, Sendable, Equatable, Codable {
        case up
        case down
        /// The interval includes 1: no change is claimed.
        case stable
    }

    public struct Result: Sendable, Equatable {
        public var currentCount: Int
        public var previousCount: Int
        /// Current over previous, with its interval; nil when either count is 0
        /// (the log-normal interval needs both counts positive).
        public var rateRatio: RateRatio?
        /// (RR − 1) × 100, e.g. 25 for a quarter more; nil when the previous count
        /// is 0.
        public var percentChange: Double?
        /// Nil when there is no rate ratio.
        public var direction: Direction?
        /// True when the interval excludes 1.
        public var significant: Bool

        public init(
            currentCount: Int, previousCount: Int, rateRatio: RateRatio?,
            percentChange: Double?, direction: Direction?, significant: Bool
        ) {
            self.currentCount = currentCount
            self.previousCount = previousCount
            self.rateRatio = rateRatio
            self.percentChange = percentChange
            self.direction = direction
            self.significant = significant
        }
    }

    /// Compares the current period's count with the previous one's.
    ///
    /// Returns nil for a negative count, a denominator that is not positive and
    /// finite, or a confidence outside (0, 1). A zero count gives a result with no
    /// ratio or direction (and no percentage change when the previous count is 0)
    /// rather than nil, so a caller can still print both counts.
    public static func compare(
        current: Int,
        previous: Int,
        currentDenominator: Double = 1,
        previousDenominator: Double = 1,
        confidence: Double = 0.95
    ) -> Result? {
        guard current >= 0, previous >= 0,
              currentDenominator > 0, currentDenominator.isFinite,
              previousDenominator > 0, previousDenominator.isFinite,
              confidence > 0, confidence < 1 else { return nil }
        let ratio = RateRatios.compare(
            countA: current, denominatorA: currentDenominator,
            countB: previous, denominatorB: previousDenominator, confidence: confidence)
        let percentChange: Double? = previous > 0
            ? ((Double(current) / currentDenominator) / (Double(previous) / previousDenominator) - 1) * 100
            : nil
        let direction: Direction? = ratio.map { ratio in
            guard ratio.significant else { return .stable }
            return ratio.estimate.value > 1 ? .up : .down
        }
        return Result(
            currentCount: current, previousCount: previous, rateRatio: ratio,
            percentChange: percentChange, direction: direction, significant: ratio?.significant ?? false
        )
    }

    /// A quarter against the same quarter a year earlier, from counts by quarter;
    /// nil when either quarter is missing or `compare` rejects the counts.
    public static func yearOnYear(
        _ quarter: Quarter, counts: [Quarter: Int], confidence: Double = 0.95
    ) -> Result? {
        guard let current = counts[quarter], let previous = counts[quarter.adding(quarters: -4)] else { return nil }
        return compare(current: current, previous: previous, confidence: confidence)
    }
}
