/// Crude rates of events per population with Poisson confidence limits.
///
/// Mirrors PHEindicatormethods `phe_rate`: the rate is count / denominator ×
/// multiplier and the limits are the count's Poisson limits scaled the same way,
/// since the denominator (a population) is treated as known without error.
/// Reference: Breslow NE, Day NE (1987). Statistical Methods in Cancer Research,
/// vol. II. Lyon: IARC.
public enum Rates {
    /// Crude rate per `multiplier` (default 1,000) with `PoissonInterval.limits`
    /// scaled by multiplier / denominator.
    ///
    /// Method: exact chi-squared limits below 10 events, Byar's at 10 or more (see
    /// `PoissonInterval.limits`). Returns nil when the denominator is not a positive
    /// finite number, the count is negative, or the confidence is outside (0, 1),
    /// because none of those has a meaningful rate and callers should show the gap
    /// rather than a number.
    /// Reference: Breslow & Day (1987), vol. II; PHEindicatormethods `phe_rate`.
    public static func crudeRate(
        count: Int,
        denominator: Double,
        multiplier: Double = 1000,
        confidence: Double = 0.95
    ) -> Estimate? {
        guard denominator > 0, denominator.isFinite, count >= 0,
              confidence > 0, confidence < 1 else { return nil }
        let scale = multiplier / denominator
        let limits = PoissonInterval.limits(count: count, confidence: confidence)
        return Estimate(
            value: Double(count) * scale,
            lower: limits.lower * scale,
            upper: limits.upper * scale,
            confidence: confidence,
            method: limits.method
        )
    }
}
