import Loaders

/// What to synthesise: the planted parameters, the seed, the force and the months.
public struct SynthesisRequest: Sendable {
    public var parameters: SynthesisParameters
    public var seed: UInt64
    /// The police force area code, e.g. `E23000035` (Devon & Cornwall).
    public var forceCode: String
    /// The months incidents are committed in, e.g. 2019-01 ... 2020-12.
    public var months: ClosedRange<YearMonth>

    public init(parameters: SynthesisParameters = SynthesisParameters(), seed: UInt64, forceCode: String, months: ClosedRange<YearMonth>) {
        self.parameters = parameters
        self.seed = seed
        self.forceCode = forceCode
        self.months = months
    }
}

/// The three CSV texts (see `SchemaValues` for their layout) and the truth behind them.
public struct SyntheticFiles: Sendable {
    public var policeRecords: String
    public var emergencyDepartment: String
    public var majorTrauma: String
    public var truth: SynthesisTruth

    public init(policeRecords: String, emergencyDepartment: String, majorTrauma: String, truth: SynthesisTruth) {
        self.policeRecords = policeRecords
        self.emergencyDepartment = emergencyDepartment
        self.majorTrauma = majorTrauma
        self.truth = truth
    }
}

/// The known truth behind the synthetic files, for checking estimates against (encode it
/// as JSON; keys are snake_case).
public struct SynthesisTruth: Codable, Equatable, Sendable {
    /// Who saw how many of a set of hidden incidents.
    public struct Capture: Codable, Equatable, Sendable {
        /// Hidden incidents, seen or not.
        public var incidents: Int
        public var seenByPolice: Int
        public var seenByEmergencyDepartment: Int
        public var seenByBoth: Int
        public var seenByNeither: Int
        /// Police records carrying the linkage key.
        public var policeKeyed: Int
        /// Emergency department records carrying the linkage key.
        public var emergencyDepartmentKeyed: Int
        /// Incidents whose police and emergency department records both carry the key,
        /// i.e. the pairs a linkage on the key finds.
        public var bothKeyed: Int

        public init(incidents: Int = 0, seenByPolice: Int = 0, seenByEmergencyDepartment: Int = 0, seenByBoth: Int = 0,
                    seenByNeither: Int = 0, policeKeyed: Int = 0, emergencyDepartmentKeyed: Int = 0, bothKeyed: Int = 0) {
            self.incidents = incidents
            self.seenByPolice = seenByPolice
            self.seenByEmergencyDepartment = seenByEmergencyDepartment
            self.seenByBoth = seenByBoth
            self.seenByNeither = seenByNeither
            self.policeKeyed = policeKeyed
            self.emergencyDepartmentKeyed = emergencyDepartmentKeyed
            self.bothKeyed = bothKeyed
        }

        enum CodingKeys: String, CodingKey {
            case incidents
            case seenByPolice = "seen_by_police"
            case seenByEmergencyDepartment = "seen_by_emergency_department"
            case seenByBoth = "seen_by_both"
            case seenByNeither = "seen_by_neither"
            case policeKeyed = "police_keyed"
            case emergencyDepartmentKeyed = "emergency_department_keyed"
            case bothKeyed = "both_keyed"
        }
    }

    /// The major trauma registry extract.
    public struct MajorTrauma: Codable, Equatable, Sendable {
        /// Records from hidden assaults (serious violence and other violence with injury).
        public var assaultRecords: Int
        /// Of those, from serious violence.
        public var fromSeriousViolence: Int
        /// Assault records with ISS over 15.
        public var assaultISSOver15: Int
        /// Assault records dead at 30 days.
        public var assaultDeaths: Int
        /// Assault records whose incident the police also recorded.
        public var assaultSeenByPolice: Int
        /// Assault records whose incident an emergency department also recorded.
        public var assaultSeenByEmergencyDepartment: Int
        /// Records of falls, vehicle collisions, self-harm and the like.
        public var otherRecords: Int

        public init(assaultRecords: Int = 0, fromSeriousViolence: Int = 0, assaultISSOver15: Int = 0, assaultDeaths: Int = 0,
                    assaultSeenByPolice: Int = 0, assaultSeenByEmergencyDepartment: Int = 0, otherRecords: Int = 0) {
            self.assaultRecords = assaultRecords
            self.fromSeriousViolence = fromSeriousViolence
            self.assaultISSOver15 = assaultISSOver15
            self.assaultDeaths = assaultDeaths
            self.assaultSeenByPolice = assaultSeenByPolice
            self.assaultSeenByEmergencyDepartment = assaultSeenByEmergencyDepartment
            self.otherRecords = otherRecords
        }

        enum CodingKeys: String, CodingKey {
            case assaultRecords = "assault_records"
            case fromSeriousViolence = "from_serious_violence"
            case assaultISSOver15 = "assault_iss_over_15"
            case assaultDeaths = "assault_deaths"
            case assaultSeenByPolice = "assault_seen_by_police"
            case assaultSeenByEmergencyDepartment = "assault_seen_by_emergency_department"
            case otherRecords = "other_records"
        }
    }

    public var seed: UInt64
    public var forceCode: String
    public var firstMonth: YearMonth
    public var lastMonth: YearMonth
    public var parameters: SynthesisParameters
    /// The district planted with the highest rate, or nil when
    /// `parameters.highestRateDistrict` is not in the force.
    public var highestRateDistrictApplied: String?
    /// All hidden violence with injury (serious violence included): the population that
    /// capture-recapture of the police and emergency department records estimates.
    public var violenceWithInjury: Capture
    /// The serious violence subset (offence codes 1/1, 1/2, 2, 5D).
    public var seriousViolence: Capture
    /// Violence without injury: police records only, never in the other sources.
    public var policeViolenceWithoutInjuryRecords: Int
    /// Rape (19C to 19H): police records only.
    public var policeRapeRecords: Int
    /// Hidden violence (serious, with and without injury; not rape) flagged as domestic
    /// abuse: the police record all of it without injury and a sample of the rest.
    public var domesticAbuseViolenceIncidents: Int
    public var policeRecords: Int
    public var emergencyDepartmentRecords: Int
    public var majorTraumaRecords: Int
    public var majorTrauma: MajorTrauma
    /// Hidden incidents by district code, in the force's district order.
    public var incidentsByDistrict: [DistrictCount]

    /// Hidden violence with injury (serious violence included) in one district, with its
    /// resident population.
    public struct DistrictCount: Codable, Equatable, Sendable {
        public var districtCode: String
        public var population: Int
        public var violenceWithInjury: Int
        public var seriousViolence: Int

        public init(districtCode: String, population: Int, violenceWithInjury: Int, seriousViolence: Int) {
            self.districtCode = districtCode
            self.population = population
            self.violenceWithInjury = violenceWithInjury
            self.seriousViolence = seriousViolence
        }

        enum CodingKeys: String, CodingKey {
            case districtCode = "district_code"
            case population
            case violenceWithInjury = "violence_with_injury"
            case seriousViolence = "serious_violence"
        }
    }

    enum CodingKeys: String, CodingKey {
        case seed
        case forceCode = "force_code"
        case firstMonth = "first_month"
        case lastMonth = "last_month"
        case parameters
        case highestRateDistrictApplied = "highest_rate_district_applied"
        case violenceWithInjury = "violence_with_injury"
        case seriousViolence = "serious_violence"
        case policeViolenceWithoutInjuryRecords = "police_violence_without_injury_records"
        case policeRapeRecords = "police_rape_records"
        case domesticAbuseViolenceIncidents = "domestic_abuse_violence_incidents"
        case policeRecords = "police_records"
        case emergencyDepartmentRecords = "emergency_department_records"
        case majorTraumaRecords = "major_trauma_records"
        case majorTrauma = "major_trauma"
        case incidentsByDistrict = "incidents_by_district"
    }
}
