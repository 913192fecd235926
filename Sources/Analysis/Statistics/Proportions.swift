import Foundation

/// Proportions with Wilson score confidence limits.
///
/// Wilson's interval keeps within [0, 1] and behaves well at 0 and at all
/// successes, where the Wald interval collapses to zero width; it is the method of
/// PHEindicatormethods `phe_proportion`.
/// References: Wilson EB (1927). Probable inference, the law of succession, and
/// statistical inference. JASA 22(158):209–212; Newcombe RG (1998). Two-sided
/// confidence intervals for the single proportion. Stat Med 17(8):857–872.
public enum Proportions {
    /// Wilson score interval for successes / trials; nil when trials == 0. Value is
    /// the plain share successes / trials (0...1).
    ///
    /// Method: (2x + z² ∓ z√(z² + 4x(1 − x/n))) / (2(n + z²)) with z the two-sided
    /// normal quantile, as PHEindicatormethods `wilson_lower`/`wilson_upper`. The
    /// limits are pinned to exactly 0 when x = 0 and 1 when x = n, where the formula
    /// is exact but rounding can leave ±1 ulp. Also nil for negative counts,
    /// successes above trials, or a confidence outside (0, 1).
    /// Reference: Wilson (1927); Newcombe (1998), method 3.
    public static func wilson(successes: Int, trials: Int, confidence: Double = 0.95) -> Estimate? {
        guard trials > 0, successes >= 0, successes <= trials,
              confidence > 0, confidence < 1 else { return nil }
        let z = Distributions.normalQuantile(1 - (1 - confidence) / 2)
        let x = Double(successes)
        let n = Double(trials)
        let zSquared = z * z
        let halfWidth = z * sqrt(zSquared + 4 * x * (1 - x / n))
        let denominator = 2 * (n + zSquared)
        let lower = successes == 0 ? 0 : max(0, (2 * x + zSquared - halfWidth) / denominator)
        let upper = successes == trials ? 1 : min(1, (2 * x + zSquared + halfWidth) / denominator)
        return Estimate(value: x / n, lower: lower, upper: upper, confidence: confidence, method: .wilson)
    }
}
