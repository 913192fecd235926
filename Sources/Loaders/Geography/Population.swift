/// Population by single year of age for one area: 0 to 89, then 90 and over.
public struct AgeCounts: Sendable, Equatable {
    public let allAges: Int
    /// 91 entries: ages 0 to 89, then 90 and over.
    public let byAge: [Int]

    public init(allAges: Int, byAge: [Int]) {
        self.allAges = allAges
        self.byAge = byAge
    }

    /// The population aged `range` (90 means 90 and over).
    public func count(ages range: ClosedRange<Int>) -> Int {
        let lower = max(0, range.lowerBound)
        let upper = min(90, range.upperBound)
        guard lower <= upper else { return 0 }
        return byAge[lower...upper].reduce(0, +)
    }
}

/// ONS mid-year population estimates (MYE2) for persons, males and females.
public struct Population: Sendable {
    /// The mid-year of the estimates, when the file names say it (`mid-2019-...`).
    public let year: Int?
    public let persons: [String: AgeCounts]
    public let males: [String: AgeCounts]
    public let females: [String: AgeCounts]

    public init(year: Int?, persons: [String: AgeCounts], males: [String: AgeCounts], females: [String: AgeCounts]) {
        self.year = year
        self.persons = persons
        self.males = males
        self.females = females
    }
}
