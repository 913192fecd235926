import Foundation

/// Confidence limits for the mean of a Poisson count, switching method at 10 events
/// as PHEindicatormethods `phe_rate` does.
///
/// Counts of crimes, admissions and deaths are treated as Poisson. Byar's
/// approximation is accurate to a few parts in a thousand from about 10 events but
/// poor below, so small counts use the exact chi-squared limits instead.
/// References: Breslow NE, Day NE (1987). Statistical Methods in Cancer Research,
/// vol. II. Lyon: IARC; Garwood F (1936). Fiducial limits for the Poisson
/// distribution. Biometrika 28(3/4):437–442.
public enum PoissonInterval {
    /// Counts at or above this use Byar's method; below it, exact limits.
    static let byarThreshold = 10

    /// Limits for an observed count: exact (chi-squared) below 10 events, Byar's at
    /// 10 or more; count 0 gives lower 0. Returns (lower, upper, method).
    ///
    /// Method and threshold follow PHEindicatormethods `phe_rate` (`x < 10` exact,
    /// otherwise Byar), so published Fingertips-style figures are reproduced. A
    /// negative count has no interval and yields NaN limits.
    /// Reference: Breslow & Day (1987), vol. II; Armitage P, Berry G, Matthews JNS
    /// (2002). Statistical Methods in Medical Research, 4th edn. Oxford: Blackwell.
    public static func limits(
        count: Int, confidence: Double = 0.95
    ) -> (lower: Double, upper: Double, method: IntervalMethod) {
        if count < byarThreshold {
            let exactLimits = exact(count: count, confidence: confidence)
            return (exactLimits.lower, exactLimits.upper, .exactPoisson)
        }
        let byarLimits = byar(count: count, confidence: confidence)
        return (byarLimits.lower, byarLimits.upper, .byar)
    }

    /// Exact Poisson limits from chi-squared quantiles.
    ///
    /// Method: lower = χ²(α/2; 2x)/2, upper = χ²(1 − α/2; 2x + 2)/2 with
    /// α = 1 − confidence; the lower limit is 0 when x = 0 because χ² with 0 degrees
    /// of freedom is a point mass at 0. NaN for a negative count or a confidence
    /// outside (0, 1).
    /// Reference: Garwood F (1936). Biometrika 28(3/4):437–442.
    public static func exact(count: Int, confidence: Double = 0.95) -> (lower: Double, upper: Double) {
        guard count >= 0, confidence > 0, confidence < 1 else { return (.nan, .nan) }
        let alpha = 1 - confidence
        let x = Double(count)
        let lower = count == 0
            ? 0
            : Distributions.chiSquaredQuantile(alpha / 2, degreesOfFreedom: 2 * x) / 2
        let upper = Distributions.chiSquaredQuantile(1 - alpha / 2, degreesOfFreedom: 2 * x + 2) / 2
        return (lower, upper)
    }

    /// Byar's approximation to the exact Poisson limits.
    ///
    /// Method: lower = x(1 − 1/(9x) − z/(3√x))³, upper = (x+1)(1 − 1/(9(x+1)) +
    /// z/(3√(x+1)))³ with z the two-sided normal quantile, as PHEindicatormethods
    /// `byars_lower`/`byars_upper`. Intended for x ≥ 10; at very small counts or
    /// very high confidence the lower formula can go negative, so it is floored at 0
    /// (a Poisson mean cannot be negative), and x = 0 gives lower 0 rather than the
    /// formula's 0 × ∞. NaN for a negative count or a confidence outside (0, 1).
    /// Reference: Breslow & Day (1987), vol. II.
    public static func byar(count: Int, confidence: Double = 0.95) -> (lower: Double, upper: Double) {
        guard count >= 0, confidence > 0, confidence < 1 else { return (.nan, .nan) }
        let z = Distributions.normalQuantile(1 - (1 - confidence) / 2)
        let x = Double(count)
        let lower: Double
        if count == 0 {
            lower = 0
        } else {
            let base = 1 - 1 / (9 * x) - z / (3 * sqrt(x))
            lower = max(0, x * base * base * base)
        }
        let next = x + 1
        let upperBase = 1 - 1 / (9 * next) + z / (3 * sqrt(next))
        let upper = next * upperBase * upperBase * upperBase
        return (lower, upper)
    }
}
