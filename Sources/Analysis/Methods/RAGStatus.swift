/// Red–amber–green rating of an area's value against a benchmark, by whether the
/// benchmark lies outside the area's confidence interval, as Fingertips does.
///
/// Method: `.higher` when the lower limit is above the benchmark, `.lower` when the
/// upper limit is below it, `.similar` otherwise (a benchmark on a limit counts as
/// similar), `.notCompared` when the interval or benchmark is missing or not a
/// finite number. The benchmark is treated as fixed (e.g. the England value), so
/// only the area's own interval is used. Colour then depends on polarity: for crime
/// and harm, low is good, so higher is red, similar amber and lower green;
/// not compared is grey whatever the polarity.
/// Reference: Public Health England, Fingertips benchmarking by "confidence
/// intervals overlapping reference value" (95%) with polarity "RAG – Low is good"
/// or "RAG – High is good"; Association of Public Health Observatories (2008).
/// Technical Briefing 3: Commonly used public health statistics and their
/// confidence intervals.
public struct RAGStatus: Sendable, Equatable, Hashable {
    /// How the area's interval sits against the benchmark.
    public enum Comparison: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
        case higher
        case similar
        case lower
        case notCompared

        /// Words for a table or legend.
        public var label: String {
            switch self {
            case .higher: "Higher"
            case .similar: "Similar"
            case .lower: "Lower"
            case .notCompared: "Not compared"
            }
        }
    }

    /// Which direction is better.
    public enum Polarity: String, Sendable, Equatable, Hashable, Codable {
        /// Lower values are better: crime, injury, deaths.
        case lowIsGood
        /// Higher values are better: e.g. a detection rate.
        case highIsGood
    }

    /// The colour name a chart or table uses for a rating.
    public enum Colour: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
        case red
        case amber
        case green
        case grey
    }

    public var comparison: Comparison
    public var polarity: Polarity

    public init(comparison: Comparison, polarity: Polarity = .lowIsGood) {
        self.comparison = comparison
        self.polarity = polarity
    }

    /// "Higher", "Similar", "Lower" or "Not compared".
    public var label: String { comparison.label }

    /// Red for worse than the benchmark, green for better, amber for similar, grey
    /// for not compared.
    public var colour: Colour {
        switch (comparison, polarity) {
        case (.notCompared, _): .grey
        case (.similar, _): .amber
        case (.higher, .lowIsGood), (.lower, .highIsGood): .red
        case (.lower, .lowIsGood), (.higher, .highIsGood): .green
        }
    }

    /// Rates an interval against a benchmark; nil or non-finite limits or benchmark,
    /// or a lower limit above the upper one, give `.notCompared`.
    public static func rate(
        lower: Double?, upper: Double?, benchmark: Double?, polarity: Polarity = .lowIsGood
    ) -> RAGStatus {
        RAGStatus(comparison: compare(lower: lower, upper: upper, benchmark: benchmark), polarity: polarity)
    }

    /// Rates an estimate's interval against a benchmark; a missing estimate gives
    /// `.notCompared`.
    public static func rate(
        _ estimate: Estimate?, benchmark: Double?, polarity: Polarity = .lowIsGood
    ) -> RAGStatus {
        rate(lower: estimate?.lower, upper: estimate?.upper, benchmark: benchmark, polarity: polarity)
    }

    /// The comparison alone, without polarity.
    public static func compare(lower: Double?, upper: Double?, benchmark: Double?) -> Comparison {
        guard let lower, let upper, let benchmark,
              lower.isFinite, upper.isFinite, benchmark.isFinite, lower <= upper else { return .notCompared }
        if lower > benchmark { return .higher }
        if upper < benchmark { return .lower }
        return .similar
    }
}
