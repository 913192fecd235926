import Loaders

/// Months that the configuration names as not what the series normally does, with why
/// (`anomalies: [{from: 2020-04, to: 2020-06, reason: "first national lockdown"}]`).
///
/// The report names them beside the forecast; the forecast leaves them out of the
/// back-test and of the seasonal naive model's drift (`Forecaster`), and keeps them in the
/// series, because they happened.
public struct AnomalousPeriod: Sendable, Equatable {
    public var from: YearMonth
    public var to: YearMonth
    public var reason: String

    public init(from: YearMonth, to: YearMonth, reason: String) {
        self.from = from
        self.to = to
        self.reason = reason
    }

    /// Every month from `from` to `to`.
    public var months: [YearMonth] { (from.index...max(from.index, to.index)).map { YearMonth(index: $0) } }
}
