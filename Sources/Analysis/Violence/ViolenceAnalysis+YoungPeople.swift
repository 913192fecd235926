import Loaders

extension ViolenceAnalysis {
    /// Children and young people among victims and suspects of serious violence over the
    /// assessment year: counts by age group with rates per 100,000 residents of the
    /// group's ages (ONS mid-year population of the force's districts), the shares of
    /// records with a victim under 18 and under 25 (Wilson), the knife-enabled share by
    /// the victim's age group, under-18 victims by school-day band, and the same counts by
    /// half-year back from the end of the assessment year.
    static func youngPeople(_ tally: PoliceRecordTally, inputs: Inputs, forceDistricts: [Int]) -> ViolenceFindings.YoungPeople {
        let year = inputs.period.year
        let codes = forceDistricts.map { inputs.geography.districts[$0].code }
        var result = ViolenceFindings.YoungPeople()

        var victims: [YoungPeopleAgeGroup: Int] = [:]
        var victimsSexNotKnown: [YoungPeopleAgeGroup: Int] = [:]
        for (key, count) in tally.seriousByVictim.values where year.contains(key.month) {
            let group = YoungPeopleAgeGroup(age: key.age >= 0 ? Int(key.age) : nil)
            victims[group, default: 0] += count
            if key.sex != .male && key.sex != .female { victimsSexNotKnown[group, default: 0] += count }
        }
        var suspects: [YoungPeopleAgeGroup: Int] = [:]
        var suspectsSexNotKnown: [YoungPeopleAgeGroup: Int] = [:]
        for (key, count) in tally.seriousBySuspect.values where year.contains(key.month) {
            let group = YoungPeopleAgeGroup(age: key.age >= 0 ? Int(key.age) : nil)
            suspects[group, default: 0] += count
            if key.sex != .male && key.sex != .female { suspectsSexNotKnown[group, default: 0] += count }
        }
        result.total = victims.values.reduce(0, +)
        result.victims = YoungPeopleCount.rows(victims, sexNotKnown: victimsSexNotKnown, population: inputs.population, districtCodes: codes)
        result.suspects = YoungPeopleCount.rows(suspects, sexNotKnown: suspectsSexNotKnown, population: inputs.population, districtCodes: codes)
        let known = result.total - (victims[.notKnown] ?? 0)
        let under18 = victims[.under18] ?? 0
        result.victimUnder18Share = Proportions.wilson(successes: under18, trials: known)
        result.victimUnder25Share = Proportions.wilson(successes: under18 + (victims[.from18To24] ?? 0), trials: known)

        var knife: [YoungPeopleAgeGroup: Int] = [:]
        var bands: [YoungPeopleTimeBand: Int] = [:]
        for (key, count) in tally.seriousByYoungVictim.values where year.contains(key.month) {
            if key.weapon == .knife { knife[key.victimGroup, default: 0] += count }
            if key.victimGroup == .under18 { bands[key.timeBand, default: 0] += count }
        }
        result.knife = YoungPeopleAgeGroup.allCases.map { group in
            let total = victims[group] ?? 0
            return .init(group: group, knife: knife[group] ?? 0, total: total,
                         share: Proportions.wilson(successes: knife[group] ?? 0, trials: total))
        }
        result.under18TimeBands = YoungPeopleTimeBand.allCases.map { .init(band: $0, count: bands[$0] ?? 0) }
        result.halfYears = halfYears(tally, year: year)
        return result
    }

    /// Victims and suspects by age group in each whole half-year the records cover,
    /// counting back from the end of the assessment year. The assessment year's months
    /// count as covered, as in its totals, even when the records end before it does.
    static func halfYears(_ tally: PoliceRecordTally, year: ClosedRange<YearMonth>) -> [ViolenceFindings.YoungPeople.HalfYear] {
        guard let first = tally.byGroup.values.keys.map(\.month).min() else { return [] }
        let groups = YoungPeopleAgeGroup.allCases
        var result: [ViolenceFindings.YoungPeople.HalfYear] = []
        var end = year.upperBound.index
        while end - 5 >= first.index {
            let months = YearMonth(index: end - 5)...YearMonth(index: end)
            var victims = Array(repeating: 0, count: groups.count)
            var suspects = Array(repeating: 0, count: groups.count)
            for (key, count) in tally.seriousByVictim.values where months.contains(key.month) {
                victims[Int(caseCode(YoungPeopleAgeGroup(age: key.age >= 0 ? Int(key.age) : nil)))] += count
            }
            for (key, count) in tally.seriousBySuspect.values where months.contains(key.month) {
                suspects[Int(caseCode(YoungPeopleAgeGroup(age: key.age >= 0 ? Int(key.age) : nil)))] += count
            }
            result.append(.init(from: months.lowerBound, to: months.upperBound, victims: victims, suspects: suspects,
                                total: victims.reduce(0, +)))
            end -= 6
        }
        return result.reversed()
    }
}
