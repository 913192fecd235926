/// The method used for a confidence interval, named as a report would print it.
///
/// Raw values are the labels shown to readers and stored in encoded output, so
/// changing one changes published text; PHEindicatormethods labels its rate limits
/// "Exact" and "Byars" (Breslow & Day 1987) and its proportions "Wilson"
/// (Wilson 1927).
public enum IntervalMethod: String, Sendable, Codable, CaseIterable {
    /// Chi-squared (Garwood 1936) limits, used below 10 events.
    case exactPoisson = "exact Poisson"
    /// Byar's approximation (Breslow & Day 1987), used at 10 events or more.
    case byar = "Byar"
    /// Wilson score interval for a proportion (Wilson 1927; Newcombe 1998).
    case wilson = "Wilson score"
    /// Log-normal interval for a ratio of two Poisson rates.
    case logNormalRateRatio = "log-normal rate ratio"
    /// Chapman's capture-recapture estimate with Chao's (1987) log-normal interval
    /// for the number unseen.
    case chapmanLogNormal = "Chapman, log-normal"
    /// Chapman's capture-recapture estimate with the normal (Wald) interval, floored
    /// at the number actually seen.
    case chapmanNormal = "Chapman, normal"
    /// A value reported without an interval.
    case none = "none"
}
