import Analysis

/// How estimates read in the report: one rule for every rate and interval.
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

    /// `56.74 (95% CI 56.40 to 57.09)`.
    public static func rateWithInterval(_ estimate: Estimate?) -> String {
        guard let estimate else { return "n/a" }
        let level = NumberFormat.decimal(estimate.confidence * 100, places: 0)
        return "\(rate(estimate)) (\(level)% CI \(interval(estimate)))"
    }

    /// `56.74 per 1,000 (95% CI 56.40 to 57.09)`.
    public static func ratePer1000WithInterval(_ estimate: Estimate?) -> String {
        guard let estimate else { return "n/a" }
        let level = NumberFormat.decimal(estimate.confidence * 100, places: 0)
        return "\(rate(estimate)) per 1,000 (\(level)% CI \(interval(estimate)))"
    }

    /// A rate for a CSV cell: plain decimals, empty when missing.
    public static func csv(_ value: Double?, places: Int = 4) -> String {
        guard let value else { return "" }
        return NumberFormat.decimal(value, places: places)
    }
}
