/// An estimate with its interval and provenance, as PHEindicatormethods returns them.
///
/// Keeping the confidence level and interval method beside the limits lets a report
/// state how each interval was made without re-deriving it from the count, which
/// matters because the method changes at 10 events (exact Poisson below, Byar at or
/// above; Breslow & Day 1987, as used by PHEindicatormethods `phe_rate`).
public struct Estimate: Sendable, Equatable, Codable {
    /// The point estimate (a rate, share or ratio).
    public var value: Double
    /// Lower confidence limit.
    public var lower: Double
    /// Upper confidence limit.
    public var upper: Double
    /// Two-sided confidence level as a fraction, e.g. 0.95 (not 95).
    public var confidence: Double
    /// How the limits were computed.
    public var method: IntervalMethod

    public init(value: Double, lower: Double, upper: Double, confidence: Double, method: IntervalMethod) {
        self.value = value
        self.lower = lower
        self.upper = upper
        self.confidence = confidence
        self.method = method
    }
}
