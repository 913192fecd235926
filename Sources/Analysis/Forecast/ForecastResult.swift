import Loaders

/// A forecast for one calendar quarter: the sum of its three monthly forecasts,
/// with prediction intervals for that sum.
public struct QuarterForecast: Sendable, Equatable {
    public var quarter: Quarter
    /// Expected count for the quarter, never below 0.
    public var forecast: Double
    /// 80% prediction interval for the quarter's count, lower limit at least 0.
    public var lower80: Double
    public var upper80: Double
    /// 95% prediction interval for the quarter's count, lower limit at least 0.
    public var lower95: Double
    public var upper95: Double

    public init(
        quarter: Quarter, forecast: Double,
        lower80: Double, upper80: Double, lower95: Double, upper95: Double
    ) {
        self.quarter = quarter
        self.forecast = forecast
        self.lower80 = lower80
        self.upper80 = upper80
        self.lower95 = lower95
        self.upper95 = upper95
    }
}

/// How well a candidate model forecast the months held back from its fit.
public struct ModelAccuracy: Sendable, Equatable {
    /// The model's name, as `ForecastModel.name`.
    public var model: String
    /// Mean absolute percentage error over the held-back months whose observed
    /// count is not 0, as a percentage (12.5 means 12.5%); +∞ when every held-back
    /// month is 0, since a percentage error of a zero count is undefined.
    public var mape: Double
    /// Root mean squared error over all held-back months, in counts.
    public var rmse: Double
    /// Number of months held back (12, or 6 for series shorter than 36 months).
    public var heldBackMonths: Int
    /// Held-back months the errors are over: all of them but those named anomalous.
    public var scoredMonths: Int

    public init(model: String, mape: Double, rmse: Double, heldBackMonths: Int, scoredMonths: Int? = nil) {
        self.scoredMonths = scoredMonths ?? heldBackMonths
        self.model = model
        self.mape = mape
        self.rmse = rmse
        self.heldBackMonths = heldBackMonths
    }
}

/// What became of one candidate model: scored on the held-back months, or why it could
/// not be fitted.
public struct CandidateStatus: Sendable, Equatable {
    /// The model's name, as `ForecastModel.name`.
    public var model: String
    /// Its accuracy on the held-back months; nil when it could not be fitted.
    public var accuracy: ModelAccuracy?
    /// Why it could not be fitted, in words ("needs 24 months; 18 remain after holding
    /// back 6"); nil when it was scored.
    public var reason: String?

    public init(model: String, accuracy: ModelAccuracy?, reason: String?) {
        self.model = model
        self.accuracy = accuracy
        self.reason = reason
    }

    /// `scored`, or `not fitted: ` and the reason.
    public var status: String { accuracy != nil ? "scored" : "not fitted: " + (reason ?? "the fit failed") }
}

/// The forecast total of several months, with its prediction intervals.
public struct TotalForecast: Sendable, Equatable {
    public var forecast: Double
    public var lower80: Double
    public var upper80: Double
    public var lower95: Double
    public var upper95: Double

    public init(forecast: Double, lower80: Double, upper80: Double, lower95: Double, upper95: Double) {
        self.forecast = forecast
        self.lower80 = lower80
        self.upper80 = upper80
        self.lower95 = lower95
        self.upper95 = upper95
    }
}

/// Quarterly forecasts for one monthly count series, with how the model was chosen.
public struct ForecastResult: Sendable, Equatable {
    /// Name of the series, e.g. "violence with injury".
    public var series: String
    /// Name of the model chosen on held-back accuracy and refitted to all months.
    public var chosenModel: String
    /// Held-back accuracy of every candidate that could be fitted, in candidate order.
    public var accuracy: [ModelAccuracy]
    /// Forecasts for the quarters after the last observed month; the first is the
    /// first quarter that starts after it.
    public var quarters: [QuarterForecast]
    /// Forecast total for the 12 months after the last observed month divided by the
    /// observed total for the last 12 months, minus 1; nil when the last 12 months
    /// sum to 0, where growth is undefined.
    public var impliedYearlyGrowth: Double?
    /// The chosen model's in-sample fitted values, one per observed month in month
    /// order; nil for months it has no fitted value for (the months used only to
    /// start it, such as the first year of a seasonal naive or Holt-Winters model).
    public var monthlyFitted: [Double?]
    /// The observed months in order, aligned with `monthlyFitted`.
    public var months: [YearMonth]
    /// The observed counts, aligned with `months`.
    public var observed: [Double]
    /// Every candidate, in candidate order, scored or with why it could not be fitted
    /// (and the non-seasonal fallback when it was used).
    public var candidates: [CandidateStatus] = []
    /// The total of the reported quarters, with its intervals from the joint forecast
    /// distribution (not the sum of the quarters' limits); nil when not computed.
    public var reportedTotal: TotalForecast?
    /// Observed months named as anomalous, left out of the back-test and the drift.
    public var anomalousMonths: [YearMonth] = []

    /// True when more than one candidate was scored, so that the model was chosen.
    public var hadChoice: Bool { candidates.count(where: { $0.accuracy != nil }) > 1 }

    public init(
        series: String, chosenModel: String, accuracy: [ModelAccuracy], quarters: [QuarterForecast],
        impliedYearlyGrowth: Double?, monthlyFitted: [Double?], months: [YearMonth], observed: [Double] = []
    ) {
        self.observed = observed
        self.series = series
        self.chosenModel = chosenModel
        self.accuracy = accuracy
        self.quarters = quarters
        self.impliedYearlyGrowth = impliedYearlyGrowth
        self.monthlyFitted = monthlyFitted
        self.months = months
    }
}
