import Loaders

/// Turns a street crime tally into findings: pure, given the tally and the reference data.
public enum StreetCrimeAnalysis {
    /// A named group of districts to report as one area.
    public struct AreaGroup: Sendable, Equatable {
        public var code: String
        public var name: String
        public var districtCodes: [String]
        public init(code: String, name: String, districtCodes: [String]) {
            self.code = code
            self.name = name
            self.districtCodes = districtCodes
        }
    }

    public struct Inputs: Sendable {
        public var tally: StreetCrimeTally
        public var geography: Geography
        /// All-ages persons by area code.
        public var population: [String: Int]
        public var forceCode: String
        public var forceName: String
        public var areas: [AreaGroup]
        public var period: AssessmentPeriod
        public var comparators: [ComparatorTable]

        public init(tally: StreetCrimeTally, geography: Geography, population: [String: Int], forceCode: String,
                    forceName: String, areas: [AreaGroup], period: AssessmentPeriod, comparators: [ComparatorTable]) {
            self.tally = tally
            self.geography = geography
            self.population = population
            self.forceCode = forceCode
            self.forceName = forceName
            self.areas = areas
            self.period = period
            self.comparators = comparators
        }
    }

    /// The ONS offence groups that make up each police.uk crime type, for comparison.
    public static let offenceGroups: [(StreetCrimeType?, [String])] = [
        (nil, ["Total recorded crime (excluding fraud)"]),
        (.violenceAndSexualOffences, ["Violence against the person", "Sexual offences"]),
        (.robbery, ["Robbery"]),
        (.burglary, ["Burglary"]),
        (.vehicleCrime, ["Vehicle offences"]),
        (.theftFromThePerson, ["Theft from the person"]),
        (.bicycleTheft, ["Bicycle theft"]),
        (.shoplifting, ["Shoplifting"]),
        (.otherTheft, ["Other theft offences"]),
        (.criminalDamageAndArson, ["Criminal damage and arson"]),
        (.drugs, ["Drug offences"]),
        (.possessionOfWeapons, ["Possession of weapons offences"]),
        (.publicOrder, ["Public order offences"]),
        (.otherCrime, ["Miscellaneous crimes"]),
    ]

    /// ONS offence groups shown on their own, as ONS publishes them, beside the sums that
    /// match police.uk's types: police.uk does not separate them.
    public static let onsOnlyGroups = ["Violence against the person", "Violence with injury", "Sexual offences"]
    /// The name a comparison row takes when police.uk has no matching crime type.
    public static let onsOnlyCrimeType = "(not separate on police.uk)"
    static let totalRecordedCrime = "Total recorded crime (excluding fraud)"

    public static func analyse(_ inputs: Inputs) -> StreetCrimeFindings {
        let tally = inputs.tally
        let months = tally.months
        let period = inputs.period
        let year = period.year

        // Monthly: a full grid of months by crime type.
        var byMonth: [YearMonth: [Int]] = [:]
        // Year: counts by district index by crime type.
        var byDistrict: [Int32: [Int]] = [:]
        let typeCount = StreetCrimeType.allCases.count
        for (key, count) in tally.counts {
            byMonth[key.month, default: Array(repeating: 0, count: typeCount)][Int(key.crimeType.rawValue)] += count
            if year.contains(key.month) {
                byDistrict[key.district, default: Array(repeating: 0, count: typeCount)][Int(key.crimeType.rawValue)] += count
            }
        }
        var monthly: [StreetCrimeFindings.MonthlyCount] = []
        for month in months {
            let counts = byMonth[month] ?? []
            for type in StreetCrimeType.allCases {
                monthly.append(.init(month: month, crimeType: type, count: counts[Int(type.rawValue)]))
            }
        }

        let geography = inputs.geography
        let forceDistricts = geography.districts(inForce: inputs.forceCode)
        let forceSet = Set(forceDistricts.map(Int32.init))
        var forceCounts = Array(repeating: 0, count: typeCount)
        for (_, counts) in byDistrict {
            for i in 0..<typeCount { forceCounts[i] += counts[i] }
        }
        var unplaced = 0
        for (district, counts) in byDistrict where !forceSet.contains(district) {
            for type in StreetCrimeType.allCases where type.isCrime { unplaced += counts[Int(type.rawValue)] }
        }

        func population(of districts: [Int]) -> Int {
            districts.reduce(0) { $0 + (inputs.population[geography.districts[$1].code] ?? 0) }
        }
        func counts(of districts: [Int]) -> [Int] {
            var total = Array(repeating: 0, count: typeCount)
            for district in districts {
                guard let counts = byDistrict[Int32(district)] else { continue }
                for i in 0..<typeCount { total[i] += counts[i] }
            }
            return total
        }
        func rates(code: String, name: String, kind: StreetCrimeFindings.AreaKind, counts: [Int], population: Int) -> [StreetCrimeFindings.AreaRate] {
            var rows: [StreetCrimeFindings.AreaRate] = []
            let crimes = StreetCrimeType.allCases.filter(\.isCrime).reduce(0) { $0 + counts[Int($1.rawValue)] }
            rows.append(.init(areaCode: code, areaName: name, kind: kind, crimeType: StreetCrimeFindings.allCrime, count: crimes,
                              population: population, rate: Rates.crudeRate(count: crimes, denominator: Double(population))))
            for type in StreetCrimeType.allCases {
                let count = counts[Int(type.rawValue)]
                rows.append(.init(areaCode: code, areaName: name, kind: kind, crimeType: type.name, count: count,
                                  population: population, rate: Rates.crudeRate(count: count, denominator: Double(population))))
            }
            return rows
        }

        let forcePopulation = population(of: forceDistricts)
        var areaRates = rates(code: inputs.forceCode, name: inputs.forceName, kind: .force, counts: forceCounts, population: forcePopulation)
        for area in inputs.areas {
            let districts = area.districtCodes.compactMap(geography.districtIndex(of:))
            areaRates += rates(code: area.code, name: area.name, kind: .configured, counts: counts(of: districts), population: population(of: districts))
        }
        for partnership in StreetCrimeFindings.partnerships(of: forceDistricts, in: geography) {
            areaRates += rates(code: partnership.code, name: partnership.name, kind: .partnership,
                               counts: counts(of: partnership.districts), population: population(of: partnership.districts))
        }
        let districtsByName = forceDistricts.sorted { geography.districts[$0].name < geography.districts[$1].name }
        for district in districtsByName {
            let info = geography.districts[district]
            areaRates += rates(code: info.code, name: info.name, kind: .district, counts: counts(of: [district]), population: population(of: [district]))
        }

        // Comparators: the ONS table for the assessment year itself when the inputs hold
        // it, otherwise the latest one whose year ends before the period does.
        let table = inputs.comparators.filter { $0.yearEnding <= year.upperBound }.max { $0.yearEnding < $1.yearEnding }
        var comparisons: [StreetCrimeFindings.Comparison] = []
        if let table {
            for (type, groups) in offenceGroups {
                let name = type?.name ?? StreetCrimeFindings.allCrime
                func rate(_ area: String) -> Double? {
                    let values = groups.map { table.row(area: area, group: $0)?.ratePer1000 }
                    guard values.allSatisfy({ $0 != nil }) else { return nil }
                    return values.reduce(0) { $0 + ($1 ?? 0) }
                }
                let street = areaRates.first { $0.kind == .force && $0.crimeType == name }?.rate
                comparisons.append(.init(crimeType: name, offenceGroups: groups, forceRate: rate(inputs.forceCode),
                                         englandAndWalesRate: rate(ComparatorLoader.englandAndWales), streetRate: street))
            }
            for group in onsOnlyGroups {
                comparisons.append(.init(crimeType: onsOnlyCrimeType, offenceGroups: [group],
                                         forceRate: table.row(area: inputs.forceCode, group: group)?.ratePer1000,
                                         englandAndWalesRate: table.row(area: ComparatorLoader.englandAndWales, group: group)?.ratePer1000,
                                         streetRate: nil))
            }
        }
        var coverage: StreetCrimeFindings.RecordedCrimeCoverage?
        if let table, let ons = table.row(area: inputs.forceCode, group: totalRecordedCrime)?.offences {
            let onsMonths = (0..<12).map { table.yearEnding.adding(months: $0 - 11) }
            let held = Set(months)
            if onsMonths.allSatisfy(held.contains) {
                let crimes = onsMonths.reduce(0) { total, month in
                    let counts = byMonth[month] ?? []
                    return total + StreetCrimeType.allCases.filter(\.isCrime).reduce(0) { $0 + (counts.isEmpty ? 0 : counts[Int($1.rawValue)]) }
                }
                coverage = .init(yearEnding: table.yearEnding, policeUK: crimes, ons: ons)
            }
        }

        var findings = StreetCrimeFindings(
            period: period,
            months: months,
            monthly: monthly,
            yearCrimes: StreetCrimeType.allCases.filter(\.isCrime).reduce(0) { $0 + forceCounts[Int($1.rawValue)] },
            yearAntiSocialBehaviour: forceCounts[Int(StreetCrimeType.antiSocialBehaviour.rawValue)],
            yearViolenceAndSexualOffences: forceCounts[Int(StreetCrimeType.violenceAndSexualOffences.rawValue)],
            yearUnplacedCrimes: unplaced,
            areaRates: areaRates,
            comparisons: comparisons,
            comparatorYearEnding: table?.yearEnding,
            forcePopulation: forcePopulation
        )
        findings.policeUKAgainstONS = coverage
        return findings
    }
}
