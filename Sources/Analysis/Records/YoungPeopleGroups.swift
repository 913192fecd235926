import Loaders

/// The age groups of the children and young people analysis: a partition of every
/// record, so that the groups add up to the total they are drawn from.
public enum YoungPeopleAgeGroup: String, Sendable, CaseIterable, Comparable {
    case under18 = "under_18"
    case from18To24 = "18_to_24"
    case from25 = "25_and_over"
    case notKnown = "not_known"

    /// The group of an age in years; nil (not recorded) is `notKnown`.
    public init(age: Int?) {
        guard let age, age >= 0 else { self = .notKnown; return }
        self = age < 18 ? .under18 : age < 25 ? .from18To24 : .from25
    }

    /// The ages the group holds (ONS single years of age run to 90 and over); nil for `notKnown`.
    public var ages: ClosedRange<Int>? {
        switch self {
        case .under18: 0...17
        case .from18To24: 18...24
        case .from25: 25...120
        case .notKnown: nil
        }
    }

    /// The group as the report names it.
    public var label: String {
        switch self {
        case .under18: "Under 18"
        case .from18To24: "18 to 24"
        case .from25: "25 and over"
        case .notKnown: "Age not known"
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}

/// Coarse bands of the time of day for crimes against children, set by the school day:
/// a partition of every record (the day is that of the crime's date).
public enum YoungPeopleTimeBand: String, Sendable, CaseIterable {
    /// Monday to Friday, 08:00 to 15:59 (term or holiday alike: the data hold no term dates).
    case schoolHours = "school_hours"
    /// Saturday and Sunday, 08:00 to 15:59.
    case weekendDaytime = "weekend_daytime"
    /// Any day, 16:00 to 21:59.
    case afterSchoolAndEvening = "after_school_and_evening"
    /// Any day, 22:00 to 07:59 (a crime at 02:00 on a Monday is Monday's night).
    case night = "night"
    /// The record gives a date without a time.
    case notKnown = "not_known"

    /// The band of a crime on `weekday` (1 = Monday) at `hour` (0 to 23; nil when unknown).
    public init(weekday: Int, hour: Int?) {
        guard let hour, (0...23).contains(hour) else { self = .notKnown; return }
        switch hour {
        case 8...15: self = weekday >= 6 ? .weekendDaytime : .schoolHours
        case 16...21: self = .afterSchoolAndEvening
        default: self = .night
        }
    }

    public var label: String {
        switch self {
        case .schoolHours: "School hours"
        case .weekendDaytime: "Weekend daytime"
        case .afterSchoolAndEvening: "After school and evening"
        case .night: "Night"
        case .notKnown: "Time not known"
        }
    }

    /// The hours the band covers, as the report states them.
    public var hours: String {
        switch self {
        case .schoolHours: "Monday to Friday, 08:00 to 15:59"
        case .weekendDaytime: "Saturday and Sunday, 08:00 to 15:59"
        case .afterSchoolAndEvening: "Every day, 16:00 to 21:59"
        case .night: "Every day, 22:00 to 07:59"
        case .notKnown: "Date recorded without a time"
        }
    }
}

/// People of one age group over the assessment year (victims, suspects or A&E patients),
/// with the rate per 100,000 residents of the group's ages.
public struct YoungPeopleCount: Sendable, Equatable {
    public var group: YoungPeopleAgeGroup
    public var count: Int
    /// Of `count`, those whose sex is not recorded as male or female: with the victims'
    /// and suspects' bands by sex, these add up to the group.
    public var sexNotKnown: Int
    /// Residents of the group's ages in the force's districts (ONS mid-year estimate);
    /// nil for `notKnown`, or when the population sheet lacks every district.
    public var population: Int?
    /// Per 100,000 residents, with exact Poisson (below 10) or Byar's limits.
    public var rate: Estimate?

    public init(group: YoungPeopleAgeGroup, count: Int, sexNotKnown: Int = 0, population: Int?, rate: Estimate?) {
        self.group = group
        self.count = count
        self.sexNotKnown = sexNotKnown
        self.population = population
        self.rate = rate
    }

    /// A row for every group, zeros included, with its population and rate.
    public static func rows(_ counts: [YoungPeopleAgeGroup: Int], sexNotKnown: [YoungPeopleAgeGroup: Int] = [:],
                            population: Population?, districtCodes: [String]) -> [YoungPeopleCount] {
        YoungPeopleAgeGroup.allCases.map { group in
            let count = counts[group] ?? 0
            var people: Int?
            if let ages = group.ages, let population, districtCodes.contains(where: { population.persons[$0] != nil }) {
                people = districtCodes.reduce(0) { $0 + (population.persons[$1]?.count(ages: ages) ?? 0) }
            }
            return YoungPeopleCount(group: group, count: count, sexNotKnown: sexNotKnown[group] ?? 0, population: people,
                                    rate: people.flatMap { Rates.crudeRate(count: count, denominator: Double($0), multiplier: 100_000) })
        }
    }
}
