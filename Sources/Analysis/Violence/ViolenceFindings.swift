import Loaders

/// What the force's record-level data say about serious violence: volume and trend,
/// where, when, to whom, and what drives it. Every estimate carries its interval.
///
/// Counts here come from confidential data: the report suppresses small ones before it
/// writes anything (police.uk figures, which are public, are exempt).
public struct ViolenceFindings: Sendable, Equatable {
    /// The name used for serious violence beside the offence groups.
    public static let seriousViolence = "Serious violence"

    /// A category's count in one month (every month in the data).
    public struct MonthlyCount: Sendable, Equatable {
        public var month: YearMonth
        public var category: String
        public var count: Int
    }

    /// A category's assessment year against the year before, and its quarter against the
    /// same quarter a year earlier.
    public struct Trend: Sendable, Equatable {
        public var category: String
        public var year: PeriodComparison.Result?
        public var quarter: PeriodComparison.Result?
        public var yearCount: Int
        public var comparisonYearCount: Int
        public var quarterCount: Int
        public var sameQuarterLastYearCount: Int
        /// Months of the comparison year that the data cover (12 when it is complete);
        /// the year is compared only when it is complete.
        public var comparisonYearMonths: Int = 12
        /// Months of the same quarter a year earlier that the data cover (3 when complete).
        public var sameQuarterLastYearMonths: Int = 3

        /// Months of the comparison year missing from the data (0 when it is complete).
        public var comparisonYearMonthsMissing: Int { 12 - comparisonYearMonths }
    }

    /// Serious violence in an area over the assessment year, against the force.
    public struct AreaRate: Sendable, Equatable {
        public var areaCode: String
        public var areaName: String
        public var kind: StreetCrimeFindings.AreaKind
        public var count: Int
        public var population: Int
        public var rate: Estimate?
        public var status: RAGStatus
        /// The districts a partnership is made of (empty for other kinds).
        public var districtCodes: [String] = []

        public init(areaCode: String, areaName: String, kind: StreetCrimeFindings.AreaKind, count: Int, population: Int,
                    rate: Estimate?, status: RAGStatus, districtCodes: [String] = []) {
            self.areaCode = areaCode
            self.areaName = areaName
            self.kind = kind
            self.count = count
            self.population = population
            self.rate = rate
            self.status = status
            self.districtCodes = districtCodes
        }
    }

    /// A share with its Wilson interval: `measure` among `group`.
    public struct Share: Sendable, Equatable {
        public var measure: String
        public var group: String
        public var numerator: Int
        public var denominator: Int
        public var estimate: Estimate?
    }

    /// Records left out of a measure because a field was unknown (never counted as "no").
    public struct Unknown: Sendable, Equatable {
        public var measure: String
        public var unknown: Int
        public var total: Int
    }

    /// Victims in an age band of one sex, and the rate per 1,000 residents of that band.
    public struct VictimBand: Sendable, Equatable {
        public var band: String
        public var sex: String
        public var count: Int
        public var population: Int
        public var rate: Estimate?

        public init(band: String, sex: String, count: Int, population: Int, rate: Estimate?) {
            self.band = band
            self.sex = sex
            self.count = count
            self.population = population
            self.rate = rate
        }
    }

    public struct QuarterCount: Sendable, Equatable {
        public var quarter: Quarter
        public var count: Int
    }

    /// A place among the persistent hotspots.
    public struct Hotspot: Sendable, Equatable {
        public var lsoaCode: String
        public var lsoaName: String
        public var districtName: String
        public var quartersInTop: Int
        public var total: Int
    }

    public var period: AssessmentPeriod
    public var offenceCodes: [String]
    public var monthly: [MonthlyCount]
    public var trends: [Trend]
    public var areaRates: [AreaRate]
    /// Seasonal indices of serious violence (police records), only when every month of
    /// the year has two or more ratios to the trend (36 months or more, each with serious
    /// violence); otherwise nil, and the report shows counts by month of the year.
    public var seasonality: SeasonalDecomposition.Result?
    /// Seasonal indices of police.uk violence and sexual offences.
    public var streetSeasonality: SeasonalDecomposition.Result?
    /// Serious violence by weekday (rows, Monday first) and hour, over the assessment year.
    public var weekdayHour: WeekdayHourTable?
    /// Records over the year whose time is unknown (left out of the weekday-hour table).
    public var unknownTime: Int
    public var shares: [Share]
    public var unknowns: [Unknown]
    public var victims: [VictimBand]
    public var deprivation: DeprivationGradient.Result?
    public var concentration: Concentration.Result?
    public var hotspots: [Hotspot]
    /// The quarters the hotspot window covers.
    public var hotspotQuarters: [Quarter]
    /// Knife-enabled serious violence by quarter (every quarter in the data).
    public var knifeByQuarter: [QuarterCount]
    /// police.uk drugs and possession of weapons over the year against the year before:
    /// largely the result of proactive policing (stop and search, operations), so a
    /// measure of police activity as much as of offending.
    public var drugsAndWeapons: [Trend]
    /// Who commits serious violence, from the records' suspect fields.
    public var suspects = Suspects()
    /// Children and young people among victims and suspects.
    public var youngPeople = YoungPeople()
    /// Domestic abuse-flagged violence against the person and rape.
    public var domesticAbuseAndRape: DomesticAbuseAndRape?
    /// Repeat victims and suspects, for each identifier the records carry (empty without them).
    public var repeats: [RepeatShare] = []
    /// Serious violence in hexagonal cells at its LSOAs' centroids, for the map (set by the
    /// pipeline, which knows where the centroids come from).
    public var seriousHexbins: SeriousViolenceHexbins? = nil
}
