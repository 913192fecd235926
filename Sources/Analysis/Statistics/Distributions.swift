import Foundation

/// Quantiles and distribution functions needed for confidence limits, with no
/// dependency beyond the C maths library.
///
/// Accuracy targets are set by what the intervals need: limits are published to a
/// few significant figures, but they are checked against R and scipy to 1e-9
/// relative, so every routine here aims for close to double precision.
public enum Distributions {
    /// The 0.975 quantile of Student's t distribution: the multiplier of a two-sided 95%
    /// interval for a mean of `degreesOfFreedom + 1` values.
    ///
    /// Up to 30 degrees of freedom the values are R's `qt(0.975, df)`, frozen to six
    /// decimals; above that, the Cornish-Fisher expansion about the normal quantile
    /// (Abramowitz and Stegun 26.7.5), within 0.0001 of R there.
    public static func studentTQuantile975(degreesOfFreedom df: Int) -> Double {
        let table = [
            12.706205, 4.302653, 3.182446, 2.776445, 2.570582, 2.446912, 2.364624, 2.306004, 2.262157, 2.228139,
            2.200985, 2.178813, 2.160369, 2.144787, 2.131450, 2.119905, 2.109816, 2.100922, 2.093024, 2.085963,
            2.079614, 2.073873, 2.068658, 2.063899, 2.059539, 2.055529, 2.051831, 2.048407, 2.045230, 2.042272,
        ]
        guard df >= 1 else { return .nan }
        if df <= table.count { return table[df - 1] }
        let z = normalQuantile(0.975)
        let n = Double(df)
        let z3 = z * z * z
        let z5 = z3 * z * z
        return z + (z3 + z) / (4 * n) + (5 * z5 + 16 * z3 + 3 * z) / (96 * n * n)
    }

    /// Standard normal quantile (inverse CDF).
    ///
    /// Method: Wichura's rational approximations (AS 241, PPND16), accurate to about
    /// 1 part in 1e16, the same algorithm R's `qnorm` uses, so z-values match
    /// PHEindicatormethods to the last bit or two. Returns −∞ at 0, +∞ at 1 and NaN
    /// outside [0, 1].
    /// Reference: Wichura MJ (1988). Algorithm AS 241: the percentage points of the
    /// normal distribution. Applied Statistics 37(3):477–484.
    public static func normalQuantile(_ p: Double) -> Double {
        guard p >= 0, p <= 1 else { return .nan }
        if p == 0 { return -.infinity }
        if p == 1 { return .infinity }

        let q = p - 0.5
        if abs(q) <= 0.425 {
            let r = 0.180625 - q * q
            let numerator = (((((((r * 2509.0809287301226727
                + 33430.575583588128105) * r + 67265.770927008700853) * r
                + 45921.953931549871457) * r + 13731.693765509461125) * r
                + 1971.5909503065514427) * r + 133.14166789178437745) * r
                + 3.387132872796366608)
            let denominator = (((((((r * 5226.495278852854561
                + 28729.085735721942674) * r + 39307.89580009271061) * r
                + 21213.794301586595867) * r + 5394.1960214247511077) * r
                + 687.1870074920579083) * r + 42.313330701600911252) * r + 1.0)
            return q * numerator / denominator
        }

        // Work with the smaller tail so that 1 − p never loses digits near p = 1.
        var r = sqrt(-log(q < 0 ? p : 1 - p))
        let value: Double
        if r <= 5 {
            r -= 1.6
            let numerator = (((((((r * 7.7454501427834140764e-4
                + 0.0227238449892691845833) * r + 0.24178072517745061177) * r
                + 1.27045825245236838258) * r + 3.64784832476320460504) * r
                + 5.7694972214606914055) * r + 4.6303378461565452959) * r
                + 1.42343711074968357734)
            let denominator = (((((((r * 1.05075007164441684324e-9
                + 5.475938084995344946e-4) * r + 0.0151986665636164571966) * r
                + 0.14810397642748007459) * r + 0.68976733498510000455) * r
                + 1.6763848301838038494) * r + 2.05319162663775882187) * r + 1.0)
            value = numerator / denominator
        } else {
            r -= 5
            let numerator = (((((((r * 2.01033439929228813265e-7
                + 2.71155556874348757815e-5) * r + 0.0012426609473880784386) * r
                + 0.026532189526576123093) * r + 0.29656057182850489123) * r
                + 1.7848265399172913358) * r + 5.4637849111641143699) * r
                + 6.6579046435011037772)
            let denominator = (((((((r * 2.04426310338993978564e-15
                + 1.4215117583164458887e-7) * r + 1.8463183175100546818e-5) * r
                + 7.868691311456132591e-4) * r + 0.0148753612908506148525) * r
                + 0.13692988092273580531) * r + 0.59983220655588793769) * r + 1.0)
            value = numerator / denominator
        }
        return q < 0 ? -value : value
    }

    /// Regularized lower incomplete gamma function P(a, x).
    ///
    /// Method: the power series when x < a + 1 and the Legendre continued fraction
    /// (modified Lentz) otherwise, each used where it converges fast and without
    /// cancellation; the other tail is 1 − Q. Iterations scale with √a so that large
    /// shapes (counts in the millions) still converge. Returns NaN for a ≤ 0 or
    /// x < 0.
    /// Reference: Press WH, Teukolsky SA, Vetterling WT, Flannery BP (2007).
    /// Numerical Recipes, 3rd edn, §6.2. Cambridge University Press.
    public static func regularizedGammaP(_ a: Double, _ x: Double) -> Double {
        guard a > 0, x >= 0, a.isFinite, !x.isNaN else { return .nan }
        if x == 0 { return 0 }
        if x == .infinity { return 1 }
        if x < a + 1 { return gammaSeries(a, x) }
        return 1 - gammaContinuedFraction(a, x)
    }

    /// Regularized upper incomplete gamma function Q(a, x) = 1 − P(a, x).
    ///
    /// Method: as `regularizedGammaP`, but returning the directly computed tail so
    /// that small upper-tail probabilities keep their relative accuracy instead of
    /// being lost in 1 − P.
    /// Reference: Press et al. (2007), Numerical Recipes, 3rd edn, §6.2.
    public static func regularizedGammaQ(_ a: Double, _ x: Double) -> Double {
        guard a > 0, x >= 0, a.isFinite, !x.isNaN else { return .nan }
        if x == 0 { return 1 }
        if x == .infinity { return 0 }
        if x < a + 1 { return 1 - gammaSeries(a, x) }
        return gammaContinuedFraction(a, x)
    }

    /// Chi-squared quantile for `df` degrees of freedom.
    ///
    /// Method: solves P(df/2, x/2) = p (or Q(df/2, x/2) = 1 − p above the median,
    /// to keep upper-tail precision) by Newton's method on the density, started from
    /// the Wilson–Hilferty cube-root approximation and kept inside a bisection
    /// bracket so it cannot diverge; stops at a relative step of 1e-14. Returns 0 at
    /// p = 0, +∞ at p = 1, NaN for df ≤ 0 or p outside [0, 1].
    /// Reference: Wilson EB, Hilferty MM (1931). The distribution of chi-square.
    /// PNAS 17(12):684–688; Press et al. (2007), Numerical Recipes, 3rd edn, §6.2.
    public static func chiSquaredQuantile(_ p: Double, degreesOfFreedom df: Double) -> Double {
        guard df > 0, df.isFinite, p >= 0, p <= 1 else { return .nan }
        if p == 0 { return 0 }
        if p == 1 { return .infinity }

        let a = df / 2
        let lowerTail = p <= 0.5
        let target = lowerTail ? p : 1 - p
        // Increasing in x and zero at the quantile, whichever tail is used.
        func residual(_ x: Double) -> Double {
            lowerTail
                ? regularizedGammaP(a, x / 2) - target
                : target - regularizedGammaQ(a, x / 2)
        }
        let logGammaA: Double = lgamma(a)
        func density(_ x: Double) -> Double {
            let logDensity: Double = (a - 1) * log(x / 2) - x / 2 - logGammaA
            return exp(logDensity) / 2
        }

        var x = initialChiSquaredGuess(p, a: a, df: df)
        var lower = 0.0
        var upper = Double.infinity
        // Find a finite upper bracket before Newton, so bisection always has one.
        var probe = max(x, 1)
        while residual(probe) < 0 {
            lower = probe
            probe *= 2
            if !probe.isFinite { return .infinity }
        }
        upper = probe
        x = min(max(x, lower), upper)
        if !(x > lower && x < upper) { x = (lower + upper) / 2 }

        for _ in 0..<500 {
            let r = residual(x)
            if r == 0 { return x }
            if r < 0 { lower = x } else { upper = x }
            var next = x - r / density(x)
            if !(next > lower && next < upper) || !next.isFinite {
                next = (lower + upper) / 2
            }
            if abs(next - x) <= 1e-14 * x || upper - lower <= 2 * x.ulp {
                return next
            }
            x = next
        }
        return x
    }

    // MARK: - Private helpers

    /// Starting point for the chi-squared solver: Wilson–Hilferty, or the leading
    /// term of the series P ≈ (x/2)^a / Γ(a+1) where Wilson–Hilferty goes negative
    /// (small df, small p).
    private static func initialChiSquaredGuess(_ p: Double, a: Double, df: Double) -> Double {
        let z = normalQuantile(p)
        let h = 2 / (9 * df)
        let cube = 1 - h + z * sqrt(h)
        let wilsonHilferty = df * cube * cube * cube
        if wilsonHilferty > 0, wilsonHilferty.isFinite { return wilsonHilferty }
        let logGammaA1: Double = lgamma(a + 1)
        let series = 2 * exp((log(p) + logGammaA1) / a)
        return series.isFinite && series > 0 ? series : 1
    }

    /// log of x^a e^{-x} / Γ(a), the prefactor shared by series and fraction.
    private static func logPrefactor(_ a: Double, _ x: Double) -> Double {
        let logGammaA: Double = lgamma(a)
        return a * log(x) - x - logGammaA
    }

    /// Generous cap: both expansions need O(√a) terms near x ≈ a.
    private static func iterationLimit(_ a: Double) -> Int {
        1_000 + Int(50 * sqrt(a))
    }

    private static func gammaSeries(_ a: Double, _ x: Double) -> Double {
        var denominator = a
        var term = 1 / a
        var sum = term
        for _ in 0..<iterationLimit(a) {
            denominator += 1
            term *= x / denominator
            sum += term
            if abs(term) < abs(sum) * Double.ulpOfOne { break }
        }
        return min(1, sum * exp(logPrefactor(a, x)))
    }

    private static func gammaContinuedFraction(_ a: Double, _ x: Double) -> Double {
        let tiny = Double.leastNormalMagnitude / Double.ulpOfOne
        var b = x + 1 - a
        var c = 1 / tiny
        var d = 1 / b
        var h = d
        var i = 1.0
        for _ in 0..<iterationLimit(a) {
            let an = -i * (i - a)
            b += 2
            d = an * d + b
            if abs(d) < tiny { d = tiny }
            c = b + an / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            h *= delta
            if abs(delta - 1) < Double.ulpOfOne { break }
            i += 1
        }
        return min(1, exp(logPrefactor(a, x)) * h)
    }
}
