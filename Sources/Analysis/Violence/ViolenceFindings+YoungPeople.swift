import Loaders

extension ViolenceFindings {
    /// Children and young people in serious violence over the assessment year, from the
    /// police records' victim and suspect ages, as a Serious Violence Duty strategic needs
    /// assessment asks: under 18 and 18 to 24, beside 25 and over and age not known so
    /// that every partition adds up to the year's serious violence.
    public struct YoungPeople: Sendable, Equatable {
        /// Victims of one age group with and without a knife.
        public struct Knife: Sendable, Equatable {
            public var group: YoungPeopleAgeGroup
            /// Records whose weapon is a knife (the knife-enabled measure of the drivers section).
            public var knife: Int
            /// Every record of the group.
            public var total: Int
            /// knife / total, with its Wilson interval; nil when the group is empty.
            public var share: Estimate?
        }

        /// Victims under 18 in one school-day band.
        public struct TimeBandCount: Sendable, Equatable {
            public var band: YoungPeopleTimeBand
            public var count: Int
        }

        /// Six months of serious violence by the victim's and the suspect's age group.
        public struct HalfYear: Sendable, Equatable {
            public var from: YearMonth
            public var to: YearMonth
            /// One count per `YoungPeopleAgeGroup.allCases`, in that order.
            public var victims: [Int]
            public var suspects: [Int]
            public var total: Int
        }

        /// Every serious violence record over the year.
        public var total = 0
        /// Victims by age group (every group, in `YoungPeopleAgeGroup.allCases` order).
        public var victims: [YoungPeopleCount] = []
        /// Suspects by age group; `notKnown` holds records with no suspect's age recorded
        /// (no identified suspect, or an age not recorded).
        public var suspects: [YoungPeopleCount] = []
        /// The share of serious violence with a victim under 18, and under 25, among
        /// records with the victim's age known (Wilson intervals).
        public var victimUnder18Share: Estimate?
        public var victimUnder25Share: Estimate?
        /// The knife-enabled share for each victim age group.
        public var knife: [Knife] = []
        /// Victims under 18 by school-day band (every band, in `YoungPeopleTimeBand.allCases` order).
        public var under18TimeBands: [TimeBandCount] = []
        /// Half-years ending with the assessment year, oldest first, as far back as the
        /// records cover whole half-years.
        public var halfYears: [HalfYear] = []

        public init() {}
    }
}
