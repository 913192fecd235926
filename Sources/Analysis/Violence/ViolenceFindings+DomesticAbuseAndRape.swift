extension ViolenceFindings {
    /// Domestic abuse-flagged violence against the person and rape over the assessment
    /// year against the year before, with rates per the force's residents.
    ///
    /// Domestic abuse here is every record of violence against the person (homicide,
    /// death or serious injury by unlawful driving, violence with and without injury,
    /// stalking and harassment) whose domestic abuse flag is yes, not serious violence
    /// alone; a blank flag counts as not flagged. Rape is every record whose code is a
    /// rape code (`HomeOfficeOffenceCodes.rapeCodes`).
    public struct DomesticAbuseAndRape: Sendable, Equatable {
        /// One measure's counts, rates and change.
        public struct Measure: Sendable, Equatable {
            /// `domestic_abuse_violence` or `rape`.
            public var name: String
            /// The year against the year before (compared only when the year before is
            /// complete); the quarter fields are filled but not shown.
            public var trend: Trend
            /// Residents of the force's districts (ONS mid-year estimate), the same for both years.
            public var population: Int
            /// Rates are per this many residents: 1,000, or 100,000 when the assessment
            /// year's rate is below 1 per 1,000.
            public var multiplier: Int
            /// The assessment year's rate with its Poisson interval.
            public var yearRate: Estimate?
            /// The year before's rate; nil when that year is incomplete.
            public var comparisonYearRate: Estimate?
        }

        public var domesticAbuseViolence: Measure
        public var rape: Measure
        /// Violence against the person over the assessment year and the year before: the
        /// totals domestic abuse-flagged violence is part of.
        public var violenceAgainstThePersonYear: Int
        public var violenceAgainstThePersonComparisonYear: Int
        /// Violence against the person over the assessment year whose domestic abuse flag is known.
        public var domesticFlagKnownYear: Int
        /// Sexual offences over the assessment year and the year before: the totals rape is part of.
        public var sexualOffencesYear: Int
        public var sexualOffencesComparisonYear: Int
        /// The rape codes met anywhere in the records, in the order of the code list.
        public var rapeCodesInData: [String]
    }
}
