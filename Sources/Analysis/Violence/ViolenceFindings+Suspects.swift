extension ViolenceFindings {
    /// Who commits serious violence over the assessment year, from the police records'
    /// suspect fields.
    ///
    /// A suspect is *recorded* when the record gives the suspect's age: an identified
    /// suspect. A sex alone may describe someone never identified, so it does not count.
    public struct Suspects: Sendable, Equatable {
        /// Suspects in an age band of one sex, and the rate per 100,000 residents of that band.
        public struct Band: Sendable, Equatable {
            public var band: String
            public var sex: String
            public var count: Int
            public var population: Int
            public var rate: Estimate?
        }

        /// Records whose victim is in `victimBand` and suspect in `suspectBand`.
        public struct AgePair: Sendable, Equatable {
            public var victimBand: String
            public var suspectBand: String
            public var count: Int
        }

        /// Suspects of known age and sex (female bands, then male), zeros included.
        public var bands: [Band] = []
        /// Every serious violence record over the year.
        public var total = 0
        /// Records with a suspect recorded (the suspect's age is known).
        public var recorded = 0
        /// Records with a suspect recorded whose sex is not recorded as male or female.
        public var recordedSexUnknown = 0
        /// Victim band against suspect band, where both ages are known; every pair of bands.
        public var pairs: [AgePair] = []
        /// Records with a suspect recorded whose victim's age is unknown.
        public var recordedVictimAgeUnknown = 0
        /// The share of records with a suspect recorded, with its Wilson interval.
        public var recordedShare: Estimate?

        public init() {}
    }
}
