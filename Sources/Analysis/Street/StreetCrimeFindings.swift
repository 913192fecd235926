import Loaders

/// What the police.uk street data say: volumes by month, and rates by area for the year.
public struct StreetCrimeFindings: Sendable, Equatable {
    /// One crime type's count in one month (every month in the data, every type, zeros included).
    public struct MonthlyCount: Sendable, Equatable {
        public var month: YearMonth
        public var crimeType: StreetCrimeType
        public var count: Int
    }

    public enum AreaKind: String, Sendable, Equatable {
        case force, configured, partnership, district
    }

    /// The community safety partnerships of a force's districts, sorted by name (then
    /// code), each with its districts (indexes into `geography.districts`) in the order given.
    public static func partnerships(of districts: [Int], in geography: Geography) -> [(code: String, name: String, districts: [Int])] {
        var order: [String] = []
        var byCode: [String: (name: String, districts: [Int])] = [:]
        for district in districts {
            let info = geography.districts[district]
            guard !info.partnershipCode.isEmpty else { continue }
            if byCode[info.partnershipCode] == nil {
                order.append(info.partnershipCode)
                byCode[info.partnershipCode] = (info.partnershipName, [])
            }
            byCode[info.partnershipCode]?.districts.append(district)
        }
        return order.compactMap { code in byCode[code].map { (code, $0.name, $0.districts) } }
            .sorted { ($0.name, $0.code) < ($1.name, $1.code) }
    }

    /// An area's count and rate per 1,000 for one crime type (or all crime) over the year.
    public struct AreaRate: Sendable, Equatable {
        public var areaCode: String
        public var areaName: String
        public var kind: AreaKind
        /// A police.uk crime type, or `StreetCrimeFindings.allCrime`.
        public var crimeType: String
        public var count: Int
        public var population: Int
        public var rate: Estimate?
    }

    /// An offence group's rate for the force and for England and Wales from ONS's tables.
    public struct Comparison: Sendable, Equatable {
        public var crimeType: String
        /// The ONS offence groups summed to match the police.uk type.
        public var offenceGroups: [String]
        public var forceRate: Double?
        public var englandAndWalesRate: Double?
        /// The force's police.uk rate over the assessment year (the same crime type).
        public var streetRate: Estimate?
    }

    /// The crime type name used for all crime: every type but anti-social behaviour.
    public static let allCrime = "All crime"

    public var period: AssessmentPeriod
    /// Every month in the data, in order.
    public var months: [YearMonth]
    public var monthly: [MonthlyCount]
    /// Crimes (anti-social behaviour excluded) over the assessment year.
    public var yearCrimes: Int
    public var yearAntiSocialBehaviour: Int
    public var yearViolenceAndSexualOffences: Int
    /// Crimes over the year that could not be placed in a district of the force.
    public var yearUnplacedCrimes: Int
    public var areaRates: [AreaRate]
    public var comparisons: [Comparison]
    /// The last month of the ONS table the comparisons come from.
    public var comparatorYearEnding: YearMonth?
    public var forcePopulation: Int
    /// police.uk's crimes against ONS's recorded crime for the force over the ONS table's
    /// twelve months; nil when police.uk does not cover them all or ONS gives no count.
    public var policeUKAgainstONS: RecordedCrimeCoverage? = nil

    /// True when the ONS table covers the same twelve months as the assessment year.
    public var comparatorMatchesYear: Bool { comparatorYearEnding == period.year.upperBound }

    /// police.uk's crimes and ONS's recorded crime (excluding fraud) for the force over the
    /// same twelve months.
    public struct RecordedCrimeCoverage: Sendable, Equatable {
        public var yearEnding: YearMonth
        public var policeUK: Int
        public var ons: Int

        public init(yearEnding: YearMonth, policeUK: Int, ons: Int) {
            self.yearEnding = yearEnding
            self.policeUK = policeUK
            self.ons = ons
        }

        /// The share of ONS's count that police.uk does not hold (negative when it holds more).
        public var shortfall: Double { ons > 0 ? 1 - Double(policeUK) / Double(ons) : 0 }
    }

    /// The year's violence and sexual offences in hexagonal cells, for the map.
    public var violenceHexbins: Hexbins? = nil
    /// The force beside its most similar group, when `similar_forces:` is configured.
    public var similarForces: SimilarForces? = nil
}
