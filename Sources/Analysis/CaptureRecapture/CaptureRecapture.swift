import Foundation

/// A two-source capture-recapture estimate of the total number of incidents, for
/// example violent injuries recorded by the police (source A) and by emergency
/// departments (source B), with the records of the two sources linked.
public struct CaptureRecaptureEstimate: Sendable, Equatable {
    /// Name of source A, e.g. "police".
    public var sourceA: String
    /// Name of source B, e.g. "emergency department".
    public var sourceB: String
    /// Incidents recorded by source A (n1).
    public var countA: Int
    /// Incidents recorded by source B (n2).
    public var countB: Int
    /// Incidents recorded by both sources, found by linkage (m).
    public var linked: Int
    /// Estimated total N̂, seen or not, with its interval.
    public var estimate: Estimate
    /// Share of the estimated total that source A did not record, 1 − n1/N̂, with
    /// limits carried over from the limits of N̂; nil only when N̂ is not positive.
    public var unseenByA: Estimate?
    /// Chapman's variance of N̂.
    public var variance: Double

    public init(
        sourceA: String, sourceB: String, countA: Int, countB: Int, linked: Int,
        estimate: Estimate, unseenByA: Estimate?, variance: Double
    ) {
        self.sourceA = sourceA
        self.sourceB = sourceB
        self.countA = countA
        self.countB = countB
        self.linked = linked
        self.estimate = estimate
        self.unseenByA = unseenByA
        self.variance = variance
    }

    /// Incidents recorded by at least one source, n1 + n2 − m: the floor below which
    /// no estimate of the total can fall.
    public var observed: Int { countA + countB - linked }
}

/// How the interval around a capture-recapture total is made.
public enum CaptureRecaptureInterval: Sendable, Equatable, CaseIterable {
    /// Chao's log-normal interval: the number unseen, f̂₀ = N̂ − (n1 + n2 − m), is
    /// treated as log-normal, so the interval is skewed upwards and never falls
    /// below the number actually seen. The default, because with few linked records
    /// the sampling distribution of N̂ is strongly right-skewed and the symmetric
    /// interval is too short above and too long below.
    case logNormal
    /// The Wald interval N̂ ± z√Var, with the lower limit raised to the number
    /// actually seen where it falls below it. Adequate when m is large (say 50 or
    /// more), offered for comparison with older reports that used it.
    case normal
}

/// Chapman's two-source capture-recapture estimator.
///
/// Capture-recapture (dual-system estimation) counts how many incidents appear in
/// both of two independent lists and uses that overlap to estimate how many appear
/// in neither. Applied to violence it estimates the true number of incidents of
/// which police records show only part.
/// References: Chapman DG (1951). Some properties of the hypergeometric
/// distribution with applications to zoological sample censuses. Univ. Calif.
/// Publ. Stat. 1:131–160; Seber GAF (1982). The Estimation of Animal Abundance and
/// Related Parameters, 2nd edn, §3.1.1. London: Griffin; Chao A (1987). Estimating
/// the population size for capture-recapture data with unequal catchability.
/// Biometrics 43(4):783–791; Hook EB, Regal RR (1995). Capture-recapture methods in
/// epidemiology: methods and limitations. Epidemiol. Rev. 17(2):243–264.
public enum CaptureRecapture {
    /// Chapman's nearly unbiased estimate of the total from two linked sources; nil
    /// when the counts are inconsistent or carry no information.
    ///
    /// Method: N̂ = (n1+1)(n2+1)/(m+1) − 1 (Chapman 1951), which, unlike the
    /// Lincoln–Petersen n1·n2/m, is finite at m = 0 and nearly unbiased when
    /// n1 + n2 ≥ N. Variance Var = (n1+1)(n2+1)(n1−m)(n2−m) / ((m+1)²(m+2))
    /// (Seber 1970; Seber 1982, eq. 3.7). The interval is Chao's (1987) log-normal
    /// interval by default: with f̂₀ = N̂ − (n1+n2−m) = (n1−m)(n2−m)/(m+1) unseen and
    /// C = exp(z√ln(1 + Var/f̂₀²)), limits (n1+n2−m) + f̂₀/C and (n1+n2−m) + f̂₀·C.
    /// Pass `.normal` for N̂ ± z√Var raised below to n1+n2−m. When m equals n1 or n2
    /// nobody can be unseen (f̂₀ = 0, Var = 0) and the interval is the single point
    /// n1 + n2 − m.
    ///
    /// `unseenByA` is 1 − n1/N̂, with limits 1 − n1/lower and 1 − n1/upper: the
    /// share is a monotone function of N̂ with n1 fixed, so the limits map across
    /// directly.
    ///
    /// Returns nil when a count is negative, when `linked` exceeds either source's
    /// count, when either source recorded nothing (the overlap then says nothing
    /// about the unseen), or when the confidence is outside (0, 1).
    public static func chapman(
        sourceA: String,
        countA: Int,
        sourceB: String,
        countB: Int,
        linked: Int,
        confidence: Double = 0.95,
        interval: CaptureRecaptureInterval = .logNormal
    ) -> CaptureRecaptureEstimate? {
        guard countA > 0, countB > 0, linked >= 0,
              linked <= min(countA, countB),
              confidence > 0, confidence < 1 else { return nil }
        let n1 = Double(countA)
        let n2 = Double(countB)
        let m = Double(linked)
        let seen = n1 + n2 - m

        let total = (n1 + 1) * (n2 + 1) / (m + 1) - 1
        let variance = (n1 + 1) * (n2 + 1) * (n1 - m) * (n2 - m) / ((m + 1) * (m + 1) * (m + 2))
        // Computed directly rather than as total − seen so that it is exactly 0 when
        // m = n1 or m = n2, where rounding could otherwise leave a tiny residue.
        let unseen = (n1 - m) * (n2 - m) / (m + 1)
        let z = Distributions.normalQuantile(1 - (1 - confidence) / 2)

        let lower: Double
        let upper: Double
        let method: IntervalMethod
        switch interval {
        case .logNormal:
            method = .chapmanLogNormal
            if unseen > 0 {
                let factor = exp(z * log(1 + variance / (unseen * unseen)).squareRoot())
                lower = seen + unseen / factor
                upper = seen + unseen * factor
            } else {
                lower = seen
                upper = seen
            }
        case .normal:
            method = .chapmanNormal
            let halfWidth = z * variance.squareRoot()
            lower = max(seen, total - halfWidth)
            upper = total + halfWidth
        }

        let estimate = Estimate(value: total, lower: lower, upper: upper, confidence: confidence, method: method)
        var unseenByA: Estimate?
        if total > 0, lower > 0 {
            unseenByA = Estimate(
                value: 1 - n1 / total, lower: 1 - n1 / lower, upper: 1 - n1 / upper,
                confidence: confidence, method: method
            )
        }
        return CaptureRecaptureEstimate(
            sourceA: sourceA, sourceB: sourceB, countA: countA, countB: countB, linked: linked,
            estimate: estimate, unseenByA: unseenByA, variance: variance
        )
    }

    /// The assumptions behind a two-source estimate, in plain English for a report,
    /// each with what breaks it and which way the estimate then errs.
    ///
    /// Reference: Hook EB, Regal RR (1995). Capture-recapture methods in
    /// epidemiology: methods and limitations. Epidemiol. Rev. 17(2):243–264;
    /// International Working Group for Disease Monitoring and Forecasting (1995).
    /// Capture-recapture and multiple-record systems estimation I. Am. J. Epidemiol.
    /// 142(10):1047–1058.
    public static let assumptions: [String] = [
        "The two sources are independent: being recorded by one does not change the chance of being recorded by the other. "
            + "Police and emergency department records of serious injury are usually positively dependent (the most serious "
            + "assaults reach both, and hospital staff may call the police), which makes the overlap too large and the "
            + "estimate too low; negative dependence, such as victims who avoid one service because they used the other, "
            + "makes it too high.",
        "The population is closed over the period: the incidents counted by each source belong to the same period and "
            + "place. Incidents recorded by one source just inside the period and by the other just outside it, or "
            + "victims living outside the area, break this and usually inflate the estimate.",
        "Linkage between the sources is exact. Missed matches (for example from misspelt names, missing dates of birth "
            + "or different incident dates) shrink the overlap and inflate the estimate; false matches enlarge it and "
            + "deflate the estimate.",
        "Every incident has the same chance of being recorded by a given source (homogeneity). In practice serious, "
            + "weapon-involved or public incidents are more likely to be recorded by both sources than minor or domestic "
            + "ones; this hidden variation acts like positive dependence and biases the estimate downwards, so the true "
            + "number is more likely above the estimate than below it. Estimating separately within groups that differ "
            + "(such as injury severity or setting) reduces this bias.",
    ]
}
