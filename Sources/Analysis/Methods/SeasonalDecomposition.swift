import Loaders

/// Classical seasonal decomposition of a monthly series: a centred 12-month moving
/// average for the trend and month-of-year averages of the detrended series for the
/// seasonal indices.
///
/// Method: trend T_t = (½x_{t−6} + x_{t−5} + … + x_{t+5} + ½x_{t+6}) / 12, the 2×12
/// moving average, which is centred on a month (a plain 12-month mean would fall
/// between two months) and gives every month of the year equal weight, so the
/// seasonal pattern cancels out of it. It is undefined for the first and last six
/// months, which are reported as nil rather than padded. The detrended series is
/// x_t / T_t (multiplicative) or x_t − T_t (additive); each month of the year's index
/// is the mean of its detrended values, then the twelve indices are normalised to
/// average 1 (multiplicative) or sum to 0 (additive).
///
/// Requires at least 24 consecutive months so every month of the year has at least
/// one detrended value; an index resting on one ratio is a single year's month, not a
/// seasonal pattern, so the report shows indices only from 36 months, where every month
/// of the year has two or more (`minimumMonthsForIndices`, `hasTwoRatiosEveryMonth`).
/// Each index carries its number of ratios and a 95% interval (see `Result.intervals`).
/// The indices match statsmodels
/// `seasonal_decompose(x, model=..., period=12)` (two-sided filter), which the
/// tests use as the reference.
/// Reference: Makridakis S, Wheelwright SC, Hyndman RJ (1998). Forecasting: Methods
/// and Applications, 3rd edn, ch. 3 (classical decomposition). New York: Wiley;
/// Hyndman RJ, Athanasopoulos G (2021). Forecasting: Principles and Practice, 3rd
/// edn, §3.4. OTexts.
public enum SeasonalDecomposition {
    /// How the seasonal effect combines with the trend.
    public enum Model: String, Sendable, Equatable, Codable {
        /// x = trend × seasonal × remainder; suits counts whose swings grow with
        /// the level, which is usual for crime and admissions.
        case multiplicative
        /// x = trend + seasonal + remainder.
        case additive
    }

    /// Why a series could not be decomposed.
    public enum InputError: Error, Sendable, Equatable {
        /// Months and values differ in length.
        case lengthMismatch(months: Int, values: Int)
        /// Fewer than 24 months.
        case tooShort(months: Int)
        /// The months are not consecutive and ascending: `after` is not followed by
        /// the month after it (a gap, duplicate or disorder).
        case notConsecutive(after: YearMonth, found: YearMonth)
        /// A value is NaN or infinite.
        case nonFiniteValue(month: YearMonth)
        /// A value is zero or negative, which has no meaning in a multiplicative model
        /// (statsmodels refuses these too).
        case nonPositiveValue(month: YearMonth)
    }

    /// A 95% interval of a seasonal index.
    public struct Interval: Sendable, Equatable {
        public var lower: Double
        public var upper: Double

        public init(lower: Double, upper: Double) {
            self.lower = lower
            self.upper = upper
        }
    }

    /// The decomposed series.
    public struct Result: Sendable, Equatable {
        public var model: Model
        /// The input months, consecutive and ascending.
        public var months: [YearMonth]
        /// The 2×12 centred moving average, aligned with `months`; nil for the first
        /// and last six months, where the average is not defined.
        public var trend: [Double?]
        /// Seasonal index for each month of the year: element 0 is January,
        /// 11 December. Multiplicative indices average 1; additive ones sum to 0.
        public var seasonalIndices: [Double]
        /// Month of the year (1...12) with the largest index; the earliest month wins
        /// a tie.
        public var peakMonth: Int
        /// Month of the year (1...12) with the smallest index; the earliest month
        /// wins a tie.
        public var troughMonth: Int
        /// Multiplicative: largest index / smallest index (e.g. 1.3 means the peak
        /// month runs 30% above the trough). Additive: largest − smallest index, in
        /// the units of the series, since a ratio of indices centred on 0 means
        /// nothing.
        public var amplitude: Double
        /// How many detrended values (ratios to the trend, or differences from it) each
        /// month of the year's index is the mean of: element 0 is January.
        public var observations: [Int]
        /// The 95% interval of each month of the year's index (element 0 is January); nil
        /// where the index rests on fewer than two values. It is the Student's t interval
        /// of the mean of that month's detrended values (t with n - 1 degrees of freedom
        /// times the standard error), normalised as the index is; a multiplicative lower
        /// limit below 0 is shown as 0. It treats the trend and the normalising constant
        /// as known, so it understates the uncertainty somewhat.
        public var intervals: [Interval?]

        /// True when every month of the year's index rests on two or more values: the
        /// least that shows a repeating pattern rather than one year's months.
        public var hasTwoRatiosEveryMonth: Bool { observations.allSatisfy { $0 >= 2 } }

        public init(
            model: Model, months: [YearMonth], trend: [Double?], seasonalIndices: [Double],
            peakMonth: Int, troughMonth: Int, amplitude: Double,
            observations: [Int] = Array(repeating: 0, count: 12),
            intervals: [Interval?] = Array(repeating: nil, count: 12)
        ) {
            self.observations = observations
            self.intervals = intervals
            self.model = model
            self.months = months
            self.trend = trend
            self.seasonalIndices = seasonalIndices
            self.peakMonth = peakMonth
            self.troughMonth = troughMonth
            self.amplitude = amplitude
        }

        /// The seasonal index for a month of the year (1...12); nil outside that.
        public func index(forMonth month: Int) -> Double? {
            guard (1...12).contains(month) else { return nil }
            return seasonalIndices[month - 1]
        }
    }

    /// Smallest series that gives every month of the year a detrended value.
    public static let minimumMonths = 24

    /// Smallest series that gives every month of the year two detrended values: the
    /// least the report needs to call a monthly pattern seasonality.
    public static let minimumMonthsForIndices = 36

    /// Multiplicative decomposition; nil for any input `decompose` rejects.
    public static func multiplicative(months: [YearMonth], values: [Double]) -> Result? {
        try? decompose(months: months, values: values, model: .multiplicative)
    }

    /// Additive decomposition; nil for any input `decompose` rejects.
    public static func additive(months: [YearMonth], values: [Double]) -> Result? {
        try? decompose(months: months, values: values, model: .additive)
    }

    /// Decomposes (month, value) pairs, which must already be in ascending,
    /// consecutive order; throws as `decompose(months:values:model:)`.
    public static func decompose(_ series: [(YearMonth, Double)], model: Model) throws(InputError) -> Result {
        try decompose(months: series.map { $0.0 }, values: series.map { $0.1 }, model: model)
    }

    /// Decomposes a monthly series, throwing when it cannot.
    ///
    /// Rejects rather than repairs: a gap, duplicate or out-of-order month throws
    /// `notConsecutive` (filling a gap would invent data, and sorting would hide a
    /// loader fault); fewer than 24 months throws `tooShort`; non-finite values, or
    /// values ≤ 0 in the multiplicative model, throw too.
    public static func decompose(
        months: [YearMonth], values: [Double], model: Model
    ) throws(InputError) -> Result {
        guard months.count == values.count else {
            throw .lengthMismatch(months: months.count, values: values.count)
        }
        guard months.count >= minimumMonths else { throw .tooShort(months: months.count) }
        for i in 1..<months.count where months[i].index != months[i - 1].index + 1 {
            throw .notConsecutive(after: months[i - 1], found: months[i])
        }
        for (month, value) in zip(months, values) {
            guard value.isFinite else { throw .nonFiniteValue(month: month) }
            if model == .multiplicative, value <= 0 { throw .nonPositiveValue(month: month) }
        }

        let trend = centredMovingAverage(values)

        // Detrended values gathered by month of the year (0 = January).
        var detrendedByMonth = [[Double]](repeating: [], count: 12)
        for (i, level) in trend.enumerated() {
            guard let level else { continue }
            let detrended = model == .multiplicative ? values[i] / level : values[i] - level
            detrendedByMonth[months[i].month - 1].append(detrended)
        }
        // 24 consecutive months leave 12 consecutive trend values, one per month of
        // the year, so no month is empty here.
        let counts = detrendedByMonth.map(\.count)
        let means = detrendedByMonth.map { $0.reduce(0, +) / Double($0.count) }
        let mean = means.reduce(0, +) / 12
        func normalised(_ value: Double) -> Double {
            model == .multiplicative ? value / mean : value - mean
        }
        let indices = means.map(normalised)
        let intervals: [Interval?] = (0..<12).map { slot in
            let values = detrendedByMonth[slot]
            guard values.count >= 2 else { return nil }
            let n = Double(values.count)
            let variance = values.reduce(0) { $0 + ($1 - means[slot]) * ($1 - means[slot]) } / (n - 1)
            let half = Distributions.studentTQuantile975(degreesOfFreedom: values.count - 1) * (variance / n).squareRoot()
            let lower = normalised(means[slot] - half)
            return Interval(lower: model == .multiplicative ? max(0, lower) : lower, upper: normalised(means[slot] + half))
        }

        var peak = 0
        var trough = 0
        for slot in 1..<12 {
            if indices[slot] > indices[peak] { peak = slot }
            if indices[slot] < indices[trough] { trough = slot }
        }
        let amplitude = model == .multiplicative
            ? indices[peak] / indices[trough]
            : indices[peak] - indices[trough]

        return Result(
            model: model, months: months, trend: trend, seasonalIndices: indices,
            peakMonth: peak + 1, troughMonth: trough + 1, amplitude: amplitude,
            observations: counts, intervals: intervals
        )
    }

    /// The 2×12 centred moving average, nil where the window runs off either end.
    static func centredMovingAverage(_ values: [Double]) -> [Double?] {
        let half = 6
        var result = [Double?](repeating: nil, count: values.count)
        guard values.count > 2 * half else { return result }
        for t in half..<(values.count - half) {
            var sum = 0.5 * values[t - half] + 0.5 * values[t + half]
            for k in (t - half + 1)...(t + half - 1) { sum += values[k] }
            result[t] = sum / 12
        }
        return result
    }
}
