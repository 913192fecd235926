import Foundation

/// Comparison of two Poisson rates, e.g. an area against England and Wales.
///
/// Uses the log-normal approximation because the log of a ratio of Poisson counts
/// is close to normal with variance 1/a + 1/b once both counts are moderate; the
/// denominators are treated as known.
/// Reference: Rothman KJ, Greenland S, Lash TL (2008). Modern Epidemiology, 3rd
/// edn, ch. 14.
public enum RateRatios {
    /// Ratio of rate A (countA / denominatorA) to rate B; nil when either count is 0
    /// or a denominator <= 0.
    ///
    /// Method: RR = (a/Nₐ)/(b/N_b), limits exp(ln RR ± z√(1/a + 1/b)) with z the
    /// two-sided normal quantile; significant when the interval excludes 1. A zero
    /// count has no log and infinite variance, so it returns nil rather than a
    /// misleading interval; also nil for negative counts, non-finite denominators or
    /// a confidence outside (0, 1).
    /// Reference: Rothman, Greenland & Lash (2008), Modern Epidemiology, ch. 14.
    public static func compare(
        countA: Int,
        denominatorA: Double,
        countB: Int,
        denominatorB: Double,
        confidence: Double = 0.95
    ) -> RateRatio? {
        guard countA > 0, countB > 0,
              denominatorA > 0, denominatorA.isFinite,
              denominatorB > 0, denominatorB.isFinite,
              confidence > 0, confidence < 1 else { return nil }
        let a = Double(countA)
        let b = Double(countB)
        let ratio = (a / denominatorA) / (b / denominatorB)
        let z = Distributions.normalQuantile(1 - (1 - confidence) / 2)
        let margin = z * (1 / a + 1 / b).squareRoot()
        let logRatio = log(ratio)
        let lower = exp(logRatio - margin)
        let upper = exp(logRatio + margin)
        let estimate = Estimate(
            value: ratio, lower: lower, upper: upper,
            confidence: confidence, method: .logNormalRateRatio
        )
        return RateRatio(estimate: estimate, significant: lower > 1 || upper < 1)
    }
}
