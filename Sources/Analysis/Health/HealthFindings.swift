import Loaders

/// What health records say about violence the police never see: emergency department
/// (A&E) assault attendances set against police records, a capture-recapture estimate
/// of all violence with injury, and assault-related major trauma.
///
/// Built by `HealthAnalysis.analyse`; every list is in a stated, stable order. When the
/// emergency department or trauma extract is absent its findings are empty (or nil) and
/// the matching `…Available` flag is false, so a report can say the source was missing
/// rather than show zeros.
public struct HealthFindings: Sendable, Equatable {
    /// Emergency department assault attendances and police violence with injury in one
    /// month and one area (the force, or one of its districts).
    public struct MonthArea: Sendable, Equatable {
        public var month: YearMonth
        public var areaCode: String
        public var areaName: String
        public var isForce: Bool
        /// Attendances whose assault (or, when its time is unknown, arrival) fell in the month.
        public var emergencyDepartmentAssaults: Int
        /// Police records in the Home Office "violence with injury" offence group
        /// (`OffenceGroup.violenceWithInjury`; homicide is a separate group and is left out).
        public var policeViolenceWithInjury: Int
        /// Emergency department assaults per police record of violence with injury; nil
        /// when the police count is 0.
        public var ratio: Double?

        public init(month: YearMonth, areaCode: String, areaName: String, isForce: Bool,
                    emergencyDepartmentAssaults: Int, policeViolenceWithInjury: Int, ratio: Double?) {
            self.month = month
            self.areaCode = areaCode
            self.areaName = areaName
            self.isForce = isForce
            self.emergencyDepartmentAssaults = emergencyDepartmentAssaults
            self.policeViolenceWithInjury = policeViolenceWithInjury
            self.ratio = ratio
        }
    }

    /// The groupings of emergency department assaults over the assessment year.
    public enum Dimension: String, Sendable, Equatable, CaseIterable {
        case locationType = "Location type"
        /// Each recorded method, knife and other sharp object kept apart.
        case method = "Method"
        /// Knife and other sharp object together, against every other known method.
        case knifeOrSharpObject = "Knife or sharp object"
        case alcohol = "Alcohol involved"
        case sex = "Sex"
    }

    /// One value of a dimension: its count over the assessment year and its share of
    /// the attendances whose value is known.
    public struct Breakdown: Sendable, Equatable {
        public var dimension: Dimension
        /// The value as a report prints it, e.g. "Licensed premises" or "Unknown".
        public var value: String
        /// True for the row that holds attendances whose value was not recorded.
        public var isUnknown: Bool
        public var count: Int
        /// count / (attendances with a known value), with Wilson's interval; nil for the
        /// unknown row and when no attendance has a known value.
        public var share: Estimate?

        public init(dimension: Dimension, value: String, isUnknown: Bool, count: Int, share: Estimate?) {
            self.dimension = dimension
            self.value = value
            self.isUnknown = isUnknown
            self.count = count
            self.share = share
        }
    }

    /// Assaults in one clock hour (h:00 to h:59) over the assessment year.
    public struct HourPair: Sendable, Equatable {
        /// 0...23.
        public var hour: Int
        /// Emergency department attendances whose assault time is known and in this hour.
        public var emergencyDepartment: Int
        /// Police serious violence records committed in this hour. Serious violence, not
        /// all violence with injury, because the police tally keeps time of day for
        /// serious violence only.
        public var policeSeriousViolence: Int

        public init(hour: Int, emergencyDepartment: Int, policeSeriousViolence: Int) {
            self.hour = hour
            self.emergencyDepartment = emergencyDepartment
            self.policeSeriousViolence = policeSeriousViolence
        }
    }

    /// The linkage keys behind the capture-recapture estimate, over the assessment year.
    ///
    /// Police records in scope are those whose keys the police tally keeps: serious
    /// violence, violence with injury and homicide. Every emergency department
    /// attendance is in scope. A key is one incident, so each source's keys are counted
    /// once however often they repeat (a repeat is a second record of the same
    /// incident, such as two offences or a re-attendance); `linked` counts the distinct
    /// keys found in both sources.
    public struct KeyLinkage: Sendable, Equatable {
        /// Police records in scope, keyed or not.
        public var policeRecords: Int
        /// Police records in scope that carry a key.
        public var policeKeyedRecords: Int
        /// Distinct keys among them (n1 of the estimate).
        public var policeDistinctKeys: Int
        public var emergencyDepartmentRecords: Int
        public var emergencyDepartmentKeyedRecords: Int
        /// Distinct keys among them (n2 of the estimate).
        public var emergencyDepartmentDistinctKeys: Int
        /// Distinct keys in both sources (m of the estimate).
        public var linked: Int

        public init(policeRecords: Int, policeKeyedRecords: Int, policeDistinctKeys: Int,
                    emergencyDepartmentRecords: Int, emergencyDepartmentKeyedRecords: Int,
                    emergencyDepartmentDistinctKeys: Int, linked: Int) {
            self.policeRecords = policeRecords
            self.policeKeyedRecords = policeKeyedRecords
            self.policeDistinctKeys = policeDistinctKeys
            self.emergencyDepartmentRecords = emergencyDepartmentRecords
            self.emergencyDepartmentKeyedRecords = emergencyDepartmentKeyedRecords
            self.emergencyDepartmentDistinctKeys = emergencyDepartmentDistinctKeys
            self.linked = linked
        }

        /// Share of police records in scope that carry a key; nil when there are none.
        public var policeCoverage: Double? {
            policeRecords > 0 ? Double(policeKeyedRecords) / Double(policeRecords) : nil
        }

        /// Share of emergency department attendances that carry a key; nil when there are none.
        public var emergencyDepartmentCoverage: Double? {
            emergencyDepartmentRecords > 0 ? Double(emergencyDepartmentKeyedRecords) / Double(emergencyDepartmentRecords) : nil
        }

        /// Keys that repeat within a source: records beyond the first with the same key.
        public var policeRepeatedKeys: Int { policeKeyedRecords - policeDistinctKeys }
        public var emergencyDepartmentRepeatedKeys: Int { emergencyDepartmentKeyedRecords - emergencyDepartmentDistinctKeys }
    }

    /// Assault-related major trauma (intent assault, ISS over 15) in one quarter, beside
    /// police serious violence with a knife.
    public struct TraumaQuarter: Sendable, Equatable {
        public var quarter: Quarter
        public var assaultMajorTrauma: Int
        public var stab: Int
        /// Blows from a blunt object or a body part.
        public var blow: Int
        public var shooting: Int
        /// Any other known mechanism (other, fall, vehicle).
        public var other: Int
        public var unknownMechanism: Int
        /// Dead at 30 days.
        public var deaths: Int
        /// Police serious violence records whose weapon is a knife.
        public var knifeEnabledSeriousViolence: Int

        public init(quarter: Quarter, assaultMajorTrauma: Int, stab: Int, blow: Int, shooting: Int, other: Int,
                    unknownMechanism: Int, deaths: Int, knifeEnabledSeriousViolence: Int) {
            self.quarter = quarter
            self.assaultMajorTrauma = assaultMajorTrauma
            self.stab = stab
            self.blow = blow
            self.shooting = shooting
            self.other = other
            self.unknownMechanism = unknownMechanism
            self.deaths = deaths
            self.knifeEnabledSeriousViolence = knifeEnabledSeriousViolence
        }
    }

    /// A band of ages in whole years; `upper` nil means "and over".
    public struct AgeBand: Sendable, Equatable {
        public var label: String
        public var lower: Int
        public var upper: Int?

        public init(label: String, lower: Int, upper: Int?) {
            self.label = label
            self.lower = lower
            self.upper = upper
        }

        public func contains(_ age: Int) -> Bool { age >= lower && upper.map { age <= $0 } ?? true }
    }

    /// Assault-related major trauma over the assessment year in one age band and sex.
    public struct AgeSexCount: Sendable, Equatable {
        /// An `AgeBand.label`, or "Unknown" for a record without an age.
        public var ageBand: String
        public var sex: RecordedSex
        public var count: Int

        public init(ageBand: String, sex: RecordedSex, count: Int) {
            self.ageBand = ageBand
            self.sex = sex
            self.count = count
        }
    }

    public var period: AssessmentPeriod
    /// False when no emergency department extract was given: every emergency department
    /// finding is then empty or nil.
    public var emergencyDepartmentAvailable: Bool
    /// False when no trauma registry extract was given.
    public var majorTraumaAvailable: Bool

    /// Every month from the later of the two sources' first months to the earlier of
    /// their last months, zeros included; within a month the force row first, then its
    /// districts by code.
    public var byMonthAndArea: [MonthArea]
    /// Emergency department attendances over the assessment year with no incident LSOA,
    /// so in the force rows but no district's. District ratios are understated by the
    /// share this is of the force's attendances (police records rarely lack one).
    public var emergencyDepartmentWithoutDistrict: Int
    /// Police violence with injury over the assessment year with no LSOA.
    public var policeViolenceWithInjuryWithoutDistrict: Int

    /// Dimension by dimension (in `Dimension` order), values in a fixed order with the
    /// unknown row last.
    public var emergencyDepartmentBreakdowns: [Breakdown]

    /// Hours 0 to 23.
    public var hourOfDay: [HourPair]
    /// Emergency department attendances over the year whose assault time is not known.
    public var emergencyDepartmentUnknownTime: Int
    /// Police serious violence over the year whose time is not known.
    public var policeUnknownTime: Int
    /// Share of assaults with a known time falling 18:00 to 05:59 (`WeekdayHourTable`), Wilson.
    public var emergencyDepartmentNightShare: Estimate?
    /// The same for police serious violence.
    public var policeNightShare: Estimate?

    /// Chapman's estimate of all violence with injury (serious violence and homicide
    /// included) over the assessment year from the keyed police records (source A) and
    /// keyed emergency department attendances (source B): the population it estimates is
    /// every incident of violence with injury in the year, those neither source saw
    /// included, as the records that carry a linkage key see them.
    public var captureRecapture: CaptureRecaptureEstimate?
    /// The key counts behind `captureRecapture`; nil without an emergency department extract.
    public var captureRecaptureLinkage: KeyLinkage?
    /// 1 − (distinct keys of police records in scope) / N̂, limits from N̂'s limits: the
    /// share of the estimated incidents without a police record carrying a linkage key.
    /// Both counts come from keyed records (`HealthAnalysis.policeShareUnseen`).
    public var policeShareUnseen: Estimate?
    /// 1 − (police incidents, keyed or not) / N̂, if keys are missing at random
    /// (`HealthAnalysis.policeIncidentsIfKeysAtRandom`): the share of violence with injury
    /// the police did not record at all, under that assumption; lower than
    /// `policeShareUnseen` whenever some police records lack a key.
    public var policeShareUnrecorded: Estimate?

    /// Every quarter from the first month of trauma data to the assessment quarter.
    public var traumaByQuarter: [TraumaQuarter]
    /// Assault-related major trauma over the assessment year.
    public var traumaYearTotal: Int
    /// Major trauma over the year whose intent is unknown: some may be assaults, so the
    /// assault counts are a floor.
    public var traumaUnknownIntent: Int
    /// Deaths / (alive + dead at 30 days) over the assessment year, Wilson; unknown
    /// outcomes are left out and counted in `traumaUnknownOutcome`.
    public var traumaMortality: Estimate?
    public var traumaUnknownOutcome: Int
    /// Every age band (then "Unknown") by male, female and unknown sex, zeros included.
    public var traumaByAgeAndSex: [AgeSexCount]
    /// Emergency department assault attendances over the assessment year by the patient's
    /// age group, with rates per 100,000 residents (children and young people); empty
    /// without an emergency department extract, no rates without a population.
    public var emergencyDepartmentYoungPeople: [YoungPeopleCount] = []

    public init(
        period: AssessmentPeriod, emergencyDepartmentAvailable: Bool, majorTraumaAvailable: Bool,
        byMonthAndArea: [MonthArea], emergencyDepartmentWithoutDistrict: Int, policeViolenceWithInjuryWithoutDistrict: Int,
        emergencyDepartmentBreakdowns: [Breakdown], hourOfDay: [HourPair], emergencyDepartmentUnknownTime: Int,
        policeUnknownTime: Int, emergencyDepartmentNightShare: Estimate?, policeNightShare: Estimate?,
        captureRecapture: CaptureRecaptureEstimate?, captureRecaptureLinkage: KeyLinkage?, policeShareUnseen: Estimate?,
        policeShareUnrecorded: Estimate? = nil,
        traumaByQuarter: [TraumaQuarter], traumaYearTotal: Int, traumaUnknownIntent: Int, traumaMortality: Estimate?,
        traumaUnknownOutcome: Int, traumaByAgeAndSex: [AgeSexCount]
    ) {
        self.period = period
        self.emergencyDepartmentAvailable = emergencyDepartmentAvailable
        self.majorTraumaAvailable = majorTraumaAvailable
        self.byMonthAndArea = byMonthAndArea
        self.emergencyDepartmentWithoutDistrict = emergencyDepartmentWithoutDistrict
        self.policeViolenceWithInjuryWithoutDistrict = policeViolenceWithInjuryWithoutDistrict
        self.emergencyDepartmentBreakdowns = emergencyDepartmentBreakdowns
        self.hourOfDay = hourOfDay
        self.emergencyDepartmentUnknownTime = emergencyDepartmentUnknownTime
        self.policeUnknownTime = policeUnknownTime
        self.emergencyDepartmentNightShare = emergencyDepartmentNightShare
        self.policeNightShare = policeNightShare
        self.captureRecapture = captureRecapture
        self.captureRecaptureLinkage = captureRecaptureLinkage
        self.policeShareUnseen = policeShareUnseen
        self.policeShareUnrecorded = policeShareUnrecorded
        self.traumaByQuarter = traumaByQuarter
        self.traumaYearTotal = traumaYearTotal
        self.traumaUnknownIntent = traumaUnknownIntent
        self.traumaMortality = traumaMortality
        self.traumaUnknownOutcome = traumaUnknownOutcome
        self.traumaByAgeAndSex = traumaByAgeAndSex
    }
}
