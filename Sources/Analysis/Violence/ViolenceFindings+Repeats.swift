extension ViolenceFindings {
    /// Serious violence over the assessment year involving a person the police records
    /// show more than once in that year, from the optional pseudonymous `victim_id` and
    /// `suspect_id` columns.
    public struct RepeatShare: Sendable, Equatable {
        /// `victim` or `suspect`.
        public var person: String
        /// Serious violence offences whose person appears in two or more records of the
        /// year (any offence, this one included).
        public var repeated: Int
        /// Serious violence offences with the person's identifier.
        public var identified: Int
        /// All serious violence offences of the year.
        public var total: Int
        /// `repeated` of `identified`, with its Wilson interval.
        public var share: Estimate?
    }
}
