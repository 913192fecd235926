import Loaders
import Testing
@testable import Analysis

@Suite("Seasonal decomposition")
struct SeasonalDecompositionTests {
    static func months(from start: YearMonth, count: Int) -> [YearMonth] {
        (0..<count).map { start.adding(months: $0) }
    }

    // 36 months from April 2021, so the first observation is not January and the
    // month-of-year mapping is exercised.
    static let start = YearMonth(year: 2021, month: 4)
    static let series: [Double] = [
        112, 118, 131, 140, 136, 125, 119, 104, 98, 95, 101, 108,
        121, 127, 138, 151, 149, 133, 126, 110, 103, 99, 107, 117,
        125, 133, 147, 158, 152, 140, 129, 116, 108, 104, 112, 121,
    ]

    // Expected = Python, statsmodels 0.15.0:
    //   r = statsmodels.tsa.seasonal.seasonal_decompose(x, model='multiplicative', period=12)
    //   (and model='additive'); r.seasonal[:12] starts at April, reordered to
    //   January...December here; r.trend with NaN shown as nil.
    static let multiplicativeIndices: [Double] = [
        0.7962418198298683, 0.8484975227086615, 0.9127334499892601, 0.9942731812080762,
        1.0467848662436725, 1.1429862585973327, 1.2355677303834827, 1.1999266864303242,
        1.0835648329042273, 1.0216703542571166, 0.8880409715653126, 0.8297123258826652,
    ]
    static let additiveIndices: [Double] = [
        -25.04513888888888, -18.7534722222222, -10.899305555555545, -0.9201388888888875,
        5.621527777777784, 17.663194444444436, 29.267361111111107, 24.850694444444443,
        10.350694444444434, 2.3923611111111054, -13.690972222222237, -20.836805555555557,
    ]
    static let trend: [Double?] = [
        nil, nil, nil, nil, nil, nil,
        115.95833333333334, 116.70833333333334, 117.375, 118.12499999999999, 119.12499999999997,
        119.99999999999999, 120.62499999999999, 121.16666666666664, 121.625, 122.0,
        122.41666666666666, 123.04166666666667, 123.58333333333333, 124.00000000000001, 124.625,
        125.29166666666666, 125.70833333333331, 126.12499999999999, 126.54166666666667,
        126.91666666666667, 127.37500000000001, 127.79166666666667, 128.20833333333334,
        128.58333333333334,
        nil, nil, nil, nil, nil, nil,
    ]

    @Test("matches statsmodels for a multiplicative decomposition")
    func multiplicativeMatchesReference() throws {
        let result = try #require(SeasonalDecomposition.multiplicative(
            months: Self.months(from: Self.start, count: 36), values: Self.series))
        #expect(result.model == .multiplicative)
        for (actual, expected) in zip(result.seasonalIndices, Self.multiplicativeIndices) {
            #expect(isClose(actual, expected, relative: 1e-12))
        }
        #expect(result.trend.count == 36)
        for (actual, expected) in zip(result.trend, Self.trend) {
            if let expected {
                let value = try #require(actual)
                #expect(isClose(value, expected, relative: 1e-12))
            } else {
                #expect(actual == nil)
            }
        }
        // max/min from the same Python arrays: 1.5517493550482997, July over January.
        #expect(result.peakMonth == 7)
        #expect(result.troughMonth == 1)
        #expect(isClose(result.amplitude, 1.5517493550482997, relative: 1e-12))
        #expect(isClose(result.seasonalIndices.reduce(0, +) / 12, 1, relative: 1e-12))
    }

    @Test("matches statsmodels for an additive decomposition")
    func additiveMatchesReference() throws {
        let result = try #require(SeasonalDecomposition.additive(
            months: Self.months(from: Self.start, count: 36), values: Self.series))
        #expect(result.model == .additive)
        for (actual, expected) in zip(result.seasonalIndices, Self.additiveIndices) {
            #expect(isClose(actual, expected, relative: 1e-11))
        }
        #expect(abs(result.seasonalIndices.reduce(0, +)) < 1e-10)
        // Additive amplitude is max − min: 54.312499999999986 from the Python arrays.
        #expect(isClose(result.amplitude, 54.312499999999986, relative: 1e-12))
        #expect(result.peakMonth == 7)
        #expect(result.troughMonth == 1)
        #expect(result.index(forMonth: 7) == result.seasonalIndices[6])
        #expect(result.index(forMonth: 13) == nil)
    }

    // Worked by hand: two years of x = 100 × s(month) with
    // s = 0.8, 0.8, 0.9, 1.0, 1.1, 1.2, 1.3, 1.2, 1.1, 1.0, 0.8, 0.8 (Jan...Dec),
    // which sums to 12. In a series that repeats every 12 months x[t−6] = x[t+6], so
    // the 2×12 average ½x[t−6] + x[t−5] + … + x[t+5] + ½x[t+6] is the sum of 12
    // consecutive months over 12: 1200 / 12 = 100 wherever it is defined (months
    // 7...18). Detrended x / 100 = s, one value per month of the year, whose mean is
    // already 1, so the indices are s itself. Peak: July (1.3). Trough: 0.8 is shared
    // by January, February, November and December; the earliest, January, wins.
    // Amplitude 1.3 / 0.8 = 1.625.
    @Test("recovers a pure seasonal pattern worked by hand")
    func handWorkedMultiplicative() throws {
        let pattern = [0.8, 0.8, 0.9, 1.0, 1.1, 1.2, 1.3, 1.2, 1.1, 1.0, 0.8, 0.8]
        let values = (0..<24).map { 100 * pattern[$0 % 12] }
        let result = try #require(SeasonalDecomposition.multiplicative(
            months: Self.months(from: YearMonth(year: 2022, month: 1), count: 24), values: values))
        for (actual, expected) in zip(result.seasonalIndices, pattern) {
            #expect(isClose(actual, expected, relative: 1e-12))
        }
        #expect(result.trend.compactMap { $0 }.count == 12)
        #expect(result.trend[0...5].allSatisfy { $0 == nil })
        #expect(result.trend[18...23].allSatisfy { $0 == nil })
        for level in result.trend.compactMap({ $0 }) { #expect(isClose(level, 100, relative: 1e-12)) }
        #expect(result.peakMonth == 7)
        #expect(result.troughMonth == 1)
        #expect(isClose(result.amplitude, 1.625, relative: 1e-12))
    }

    // Worked by hand: x_t = 50 + 2t. A symmetric moving average whose weights sum to
    // 1 leaves a straight line unchanged, so the trend equals x where defined, every
    // detrended value x − trend is 0 and so is every index. With all indices tied,
    // peak and trough are both January and the amplitude (max − min) is 0.
    @Test("finds no seasonality in a straight line (additive, worked by hand)")
    func handWorkedAdditiveLine() throws {
        let values = (0..<30).map { 50 + 2 * Double($0) }
        let result = try #require(SeasonalDecomposition.additive(
            months: Self.months(from: YearMonth(year: 2020, month: 9), count: 30), values: values))
        for index in result.seasonalIndices { #expect(abs(index) < 1e-12) }
        for (t, level) in result.trend.enumerated() {
            if let level { #expect(isClose(level, values[t], relative: 1e-12)) }
        }
        #expect(result.peakMonth == 1)
        #expect(result.troughMonth == 1)
        #expect(abs(result.amplitude) < 1e-12)
    }

    @Test("accepts (month, value) pairs")
    func pairs() throws {
        let months = Self.months(from: Self.start, count: 36)
        let pairs = Array(zip(months, Self.series))
        let result = try SeasonalDecomposition.decompose(pairs, model: .multiplicative)
        #expect(result == SeasonalDecomposition.multiplicative(months: months, values: Self.series))
    }

    @Test("rejects fewer than 24 months")
    func tooShort() {
        let months = Self.months(from: Self.start, count: 23)
        let values = Array(Self.series.prefix(23))
        #expect(SeasonalDecomposition.multiplicative(months: months, values: values) == nil)
        #expect(throws: SeasonalDecomposition.InputError.tooShort(months: 23)) {
            try SeasonalDecomposition.decompose(months: months, values: values, model: .additive)
        }
        // 24 months is enough.
        #expect(SeasonalDecomposition.multiplicative(
            months: Self.months(from: Self.start, count: 24), values: Array(Self.series.prefix(24))) != nil)
    }

    @Test("rejects a gap, a duplicate or months out of order")
    func notConsecutive() {
        var months = Self.months(from: Self.start, count: 36)
        months[20] = months[20].adding(months: 1)
        #expect(SeasonalDecomposition.additive(months: months, values: Self.series) == nil)
        #expect(throws: SeasonalDecomposition.InputError.notConsecutive(
            after: Self.start.adding(months: 19), found: Self.start.adding(months: 21))) {
            try SeasonalDecomposition.decompose(months: months, values: Self.series, model: .additive)
        }
        let reversed = Array(Self.months(from: Self.start, count: 36).reversed())
        #expect(SeasonalDecomposition.additive(months: reversed, values: Self.series) == nil)
        var duplicated = Self.months(from: Self.start, count: 36)
        duplicated[1] = duplicated[0]
        #expect(SeasonalDecomposition.additive(months: duplicated, values: Self.series) == nil)
    }

    @Test("rejects mismatched lengths, non-finite values, and non-positive values when multiplicative")
    func badValues() {
        let months = Self.months(from: Self.start, count: 36)
        #expect(throws: SeasonalDecomposition.InputError.lengthMismatch(months: 36, values: 35)) {
            try SeasonalDecomposition.decompose(months: months, values: Array(Self.series.dropLast()), model: .additive)
        }
        var withNaN = Self.series
        withNaN[3] = .nan
        #expect(SeasonalDecomposition.additive(months: months, values: withNaN) == nil)
        var withZero = Self.series
        withZero[10] = 0
        #expect(throws: SeasonalDecomposition.InputError.nonPositiveValue(month: months[10])) {
            try SeasonalDecomposition.decompose(months: months, values: withZero, model: .multiplicative)
        }
        // Zero is a valid value in the additive model.
        #expect(SeasonalDecomposition.additive(months: months, values: withZero) != nil)
    }

    // Expected = Python (numpy 2.4, scipy): the 2x12 moving average, each month's ratios
    // to it, their mean over the mean of the twelve means, and the interval
    // (mean +- scipy.stats.t.ppf(0.975, n - 1) * sd(ddof=1) / sqrt(n)) / that same mean.
    // sna freezes t to six decimals, so the limits agree to about 1e-8.
    static let lower95: [Double] = [
        0.7069192377464308, 0.8273811426470189, 0.7372728737868799, 0.8972383844840427,
        1.0454438067115999, 1.0196455960751525, 1.227207084546258, 0.9995090529130836,
        1.033730800951648, 0.9793094437189415, 0.8625729919276169, 0.7760842713661723,
    ]
    static let upper95: [Double] = [
        0.8855644019133058, 0.8696139027703041, 1.08819402619164, 1.0913079779321095,
        1.0481259257757454, 1.266326921119513, 1.2439283762207076, 1.400344319947565,
        1.1333988648568065, 1.0640312647952916, 0.9135089512030081, 0.8833403803991581,
    ]

    @Test("36 months give every month of the year two ratios, each index its count and a t interval")
    func observationsAndIntervals() throws {
        let result = try #require(SeasonalDecomposition.multiplicative(months: Self.months(from: Self.start, count: 36), values: Self.series))
        #expect(result.observations == Array(repeating: 2, count: 12))
        #expect(result.hasTwoRatiosEveryMonth)
        for slot in 0..<12 {
            let interval = try #require(result.intervals[slot])
            #expect(abs(interval.lower - Self.lower95[slot]) < 1e-7)
            #expect(abs(interval.upper - Self.upper95[slot]) < 1e-7)
            #expect(interval.lower <= result.seasonalIndices[slot] && result.seasonalIndices[slot] <= interval.upper)
        }
    }

    @Test("24 months give one ratio a month: no interval, and not two ratios every month")
    func oneRatioEach() throws {
        let result = try #require(SeasonalDecomposition.multiplicative(months: Self.months(from: Self.start, count: 24),
                                                                       values: Array(Self.series.prefix(24))))
        #expect(result.observations == Array(repeating: 1, count: 12))
        #expect(!result.hasTwoRatiosEveryMonth)
        #expect(result.intervals.allSatisfy { $0 == nil })
    }

    @Test("Student's t 0.975 quantiles match scipy.stats.t.ppf")
    func studentT() {
        // scipy.stats.t.ppf(0.975, df) for df = 1, 2, 8 and 40.
        #expect(abs(Distributions.studentTQuantile975(degreesOfFreedom: 1) - 12.706204736174694) < 1e-6)
        #expect(abs(Distributions.studentTQuantile975(degreesOfFreedom: 2) - 4.302652729749462) < 1e-6)
        #expect(abs(Distributions.studentTQuantile975(degreesOfFreedom: 8) - 2.306004135204166) < 1e-6)
        #expect(abs(Distributions.studentTQuantile975(degreesOfFreedom: 40) - 2.021075390306273) < 1e-4)
    }
}
