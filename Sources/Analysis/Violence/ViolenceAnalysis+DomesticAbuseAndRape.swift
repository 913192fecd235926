import Loaders

extension ViolenceAnalysis {
    /// Domestic abuse-flagged violence against the person and rape: the assessment year
    /// against the year before (a rate ratio with a log-normal interval, only when the
    /// year before is complete), and rates per 1,000 residents (per 100,000 when the
    /// year's rate is below 1 per 1,000) with exact Poisson limits below 10 events and
    /// Byar's above. Both years take the same population, so the rate ratio is the ratio
    /// of the counts.
    static func domesticAbuseAndRape(_ tally: PoliceRecordTally, inputs: Inputs,
                                     forceDistricts: [Int]) -> ViolenceFindings.DomesticAbuseAndRape {
        let period = inputs.period
        let months = Set(tally.byGroup.values.keys.map(\.month))
        let population = forceDistricts.reduce(0) { $0 + (inputs.population.persons[inputs.geography.districts[$1].code]?.allAges ?? 0) }
        func measure(_ name: String, _ include: @escaping (PoliceRecordTally.OffenceKey) -> Bool) -> ViolenceFindings.DomesticAbuseAndRape.Measure {
            let found = Self.trend(name, period: period, months: months) { month in
                tally.byOffence.total { include($0) && month($0.month) }
            }
            let perThousand = Rates.crudeRate(count: found.yearCount, denominator: Double(population))
            let multiplier = (perThousand?.value ?? 1) < 1 ? 100_000 : 1000
            func rate(_ count: Int) -> Estimate? {
                Rates.crudeRate(count: count, denominator: Double(population), multiplier: Double(multiplier))
            }
            return .init(name: name, trend: found, population: population, multiplier: multiplier, yearRate: rate(found.yearCount),
                         comparisonYearRate: found.comparisonYearMonths == 12 ? rate(found.comparisonYearCount) : nil)
        }
        let isViolence: (PoliceRecordTally.OffenceKey) -> Bool = { $0.homeOfficeOffence.group.isViolenceAgainstThePerson }
        func total(_ months: ClosedRange<YearMonth>, _ include: (PoliceRecordTally.OffenceKey) -> Bool) -> Int {
            tally.byOffence.total { months.contains($0.month) && include($0) }
        }
        let sexual: (PoliceRecordTally.OffenceKey) -> Bool = { $0.homeOfficeOffence.group == .sexualOffences }
        let codes = Set(tally.byOffence.values.keys.filter { $0.homeOfficeOffence.isRape }.map(\.homeOfficeOffence.code))
        return .init(
            domesticAbuseViolence: measure("domestic_abuse_violence") { isViolence($0) && $0.domesticAbuse == true },
            rape: measure("rape") { $0.homeOfficeOffence.isRape },
            violenceAgainstThePersonYear: total(period.year, isViolence),
            violenceAgainstThePersonComparisonYear: total(period.comparisonYear, isViolence),
            domesticFlagKnownYear: total(period.year) { isViolence($0) && $0.domesticAbuse != nil },
            sexualOffencesYear: total(period.year, sexual),
            sexualOffencesComparisonYear: total(period.comparisonYear, sexual),
            rapeCodesInData: HomeOfficeOffenceCodes.rapeCodes.filter(codes.contains))
    }
}
