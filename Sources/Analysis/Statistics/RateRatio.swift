/// The ratio of two rates with its interval and whether it differs from 1.
///
/// Significance is read off the interval rather than a separate test so the flag
/// and the printed limits can never disagree.
/// Reference: Rothman KJ, Greenland S, Lash TL (2008). Modern Epidemiology, 3rd
/// edn, ch. 14 (ratio of person-time rates).
public struct RateRatio: Sendable, Equatable, Codable {
    /// The ratio and its log-normal limits exp(ln(RR) ± z·√(1/a + 1/b)).
    public var estimate: Estimate
    /// True when the interval excludes 1.
    public var significant: Bool

    public init(estimate: Estimate, significant: Bool) {
        self.estimate = estimate
        self.significant = significant
    }
}
