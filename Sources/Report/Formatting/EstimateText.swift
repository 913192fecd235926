import Analysis

/// How estimates read in the report: one rule for every rate, share and interval, and the
/// one place the words "95% CI" are written.
public enum EstimateText {
    /// `56.74`.
    public static func rate(_ estimate: Estimate?) -> String {
        guard let estimate else { return "n/a" }
        return NumberFormat.decimal(estimate.value, places: 2)
    }

    /// `56.40 to 57.09`.
    public static func interval(_ estimate: Estimate?) -> String {
        guard let estimate else { return "n/a" }
        return "\(NumberFormat.decimal(estimate.lower, places: 2)) to \(NumberFormat.decimal(estimate.upper, places: 2))"
    }

    /// `95% CI`, or another level when the estimate has one.
    public static func confidenceLabel(_ confidence: Double = 0.95) -> String {
        "\(NumberFormat.decimal(confidence * 100, places: 0))% CI"
    }

    /// `56.74 (95% CI 56.40 to 57.09)`.
    public static func rateWithInterval(_ estimate: Estimate?) -> String {
        guard let estimate else { return "n/a" }
        return "\(rate(estimate)) (\(confidenceLabel(estimate.confidence)) \(interval(estimate)))"
    }

    /// A rate per 1,000 on its own scale (`RateScale`): `56.74 per 1,000 (95% CI 56.40 to
    /// 57.09)`, or `33.8 per 100,000 (95% CI 30.9 to 37.0)` below 1 per 1,000.
    public static func ratePer1000WithInterval(_ estimate: Estimate?) -> String {
        RateScale.of([estimate]).withInterval(estimate)
    }

    /// A share as a percentage with its interval: `33.1% (95% CI 30.0% to 36.4%)`.
    public static func percentWithInterval(_ estimate: Estimate) -> String {
        withInterval(NumberFormat.percent(estimate.value), NumberFormat.percent(estimate.lower), NumberFormat.percent(estimate.upper))
    }

    /// A ratio with `places` decimals and its interval: `2.4 (95% CI 1.9 to 3.0)`.
    public static func decimalWithInterval(_ estimate: Estimate, places: Int) -> String {
        withInterval(NumberFormat.decimal(estimate.value, places: places), NumberFormat.decimal(estimate.lower, places: places),
                     NumberFormat.decimal(estimate.upper, places: places))
    }

    /// `value (95% CI lower to upper)`, from values already formatted.
    public static func withInterval(_ value: String, _ lower: String, _ upper: String) -> String {
        "\(value) (\(confidenceLabel()) \(lower) to \(upper))"
    }
}
