import Loaders

extension ViolenceAnalysis {
    /// The bands of victim-suspect age pairs: coarser than `ageBands`, so that a year of
    /// a force's serious violence fills a table that disclosure control leaves readable.
    public static let pairBands: [(label: String, ages: ClosedRange<Int>)] = [
        ("0-17", 0...17), ("18-24", 18...24), ("25-36", 25...36), ("37+", 37...120),
    ]

    /// Suspects of serious violence over the assessment year: by age band and sex with
    /// rates per 100,000 residents (ONS mid-year population of the force's districts), the
    /// share of records with a suspect recorded (Wilson interval), and victim-suspect age
    /// pairs at band level.
    static func suspects(_ tally: PoliceRecordTally, inputs: Inputs, forceDistricts: [Int]) -> ViolenceFindings.Suspects {
        let year = inputs.period.year
        let rows = tally.seriousBySuspect.values.filter { year.contains($0.key.month) }
        let codes = forceDistricts.map { inputs.geography.districts[$0].code }
        func band(_ age: Int16, in bands: [(label: String, ages: ClosedRange<Int>)]) -> String? {
            guard age >= 0 else { return nil }
            return bands.first { $0.ages.contains(Int(age)) }?.label
        }
        var result = ViolenceFindings.Suspects()
        var bySexBand: [RecordedSex: [String: Int]] = [:]
        var pairs: [String: [String: Int]] = [:]
        for (key, count) in rows {
            result.total += count
            guard let suspectBand = band(key.age, in: ageBands), let suspectPairBand = band(key.age, in: pairBands) else { continue }
            result.recorded += count
            if key.sex == .male || key.sex == .female {
                bySexBand[key.sex, default: [:]][suspectBand, default: 0] += count
            } else {
                result.recordedSexUnknown += count
            }
            if let victimBand = band(key.victimAge, in: pairBands) {
                pairs[victimBand, default: [:]][suspectPairBand, default: 0] += count
            } else {
                result.recordedVictimAgeUnknown += count
            }
        }
        for (sexName, sex, sheet) in [("female", RecordedSex.female, inputs.population.females), ("male", RecordedSex.male, inputs.population.males)] {
            for band in ageBands {
                let count = bySexBand[sex]?[band.label] ?? 0
                let people = codes.reduce(0) { $0 + (sheet[$1]?.count(ages: band.ages) ?? 0) }
                result.bands.append(.init(band: band.label, sex: sexName, count: count, population: people,
                                          rate: Rates.crudeRate(count: count, denominator: Double(people), multiplier: 100_000)))
            }
        }
        for victim in pairBands {
            for suspect in pairBands {
                result.pairs.append(.init(victimBand: victim.label, suspectBand: suspect.label,
                                          count: pairs[victim.label]?[suspect.label] ?? 0))
            }
        }
        result.recordedShare = Proportions.wilson(successes: result.recorded, trials: result.total)
        return result
    }
}
