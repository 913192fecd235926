import Loaders

/// The quarter being assessed and the twelve months that end with it.
public struct AssessmentPeriod: Sendable, Equatable {
    public let quarter: Quarter

    public init(quarter: Quarter) { self.quarter = quarter }

    /// The assessment year: the twelve months to the end of the quarter.
    public var year: ClosedRange<YearMonth> { quarter.lastMonth.adding(months: -11)...quarter.lastMonth }
    /// The twelve months before the assessment year.
    public var comparisonYear: ClosedRange<YearMonth> { quarter.lastMonth.adding(months: -23)...quarter.lastMonth.adding(months: -12) }

    /// The latest quarter whose three months all hold data.
    public static func latestCompleteQuarter(in months: [YearMonth]) -> Quarter? {
        let present = Set(months)
        return months.sorted().reversed().lazy.map(\.quarter).first { quarter in
            quarter.months.allSatisfy(present.contains)
        }
    }
}
