import Analysis

/// The one rule for how a rate per 1,000 residents reads in the report: per 1,000, or per
/// 100,000 when a rate in view is below 1 per 1,000 (0.34 per 1,000 reads as 34.0 per
/// 100,000, which a reader takes in at a glance).
///
/// One scale serves a whole table, figure or sentence, so that its rows compare and its
/// heading can name the scale once: per 100,000 as soon as one of its rates (zero aside,
/// which is zero on any scale) is below 1 per 1,000, so that no rate below 1 per 1,000 is
/// ever shown per 1,000. CSV files and `findings.json` keep rates per 1,000 with four
/// decimals, as their column names say.
public enum RateScale: Sendable, Equatable {
    case perThousand
    case perHundredThousand

    /// Per 100,000 when any known rate above zero is below 1 per 1,000; per 1,000
    /// otherwise, and when no rate above zero is known.
    public static func of(_ ratesPerThousand: [Double?]) -> RateScale {
        guard let smallest = ratesPerThousand.compactMap({ $0 }).filter({ $0.isFinite && $0 > 0 }).min() else { return .perThousand }
        return smallest < 1 ? .perHundredThousand : .perThousand
    }

    /// The scale of the rates of these estimates (their values, not their limits).
    public static func of(_ estimates: [Estimate?]) -> RateScale { of(estimates.map { $0?.value }) }

    /// "1,000" or "100,000".
    public var unit: String {
        switch self {
        case .perThousand: "1,000"
        case .perHundredThousand: "100,000"
        }
    }

    /// "Rate per 1,000" or "Rate per 100,000", for a table's heading.
    public var heading: String { "Rate per \(unit)" }

    /// What a rate per 1,000 is multiplied by on this scale.
    public var factor: Double { self == .perThousand ? 1 : 100 }

    /// Decimals shown: two per 1,000 (as before), one per 100,000 (finer than two per 1,000).
    var places: Int { self == .perThousand ? 2 : 1 }

    /// A rate per 1,000 on this scale: `0.3379` → `33.8` per 100,000; `24.8` → `24.80`.
    public func text(_ perThousand: Double) -> String {
        NumberFormat.decimal(perThousand * factor, places: places, grouping: true)
    }

    /// `33.8 to 37.2`.
    public func interval(_ estimate: Estimate?) -> String {
        guard let estimate else { return "n/a" }
        return "\(text(estimate.lower)) to \(text(estimate.upper))"
    }

    /// `33.8 per 100,000 (95% CI 30.9 to 37.0)`; with `of: "residents"`,
    /// `33.8 per 100,000 residents (95% CI 30.9 to 37.0)`.
    public func withInterval(_ estimate: Estimate?, of noun: String? = nil) -> String {
        guard let estimate else { return "n/a" }
        let per = noun.map { "per \(unit) \($0)" } ?? "per \(unit)"
        return "\(text(estimate.value)) \(per) (\(EstimateText.confidenceLabel(estimate.confidence)) \(interval(estimate)))"
    }
}
