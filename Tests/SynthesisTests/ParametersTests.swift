import Foundation
import Testing
@testable import Synthesis
import Loaders

@Test("parameters decode from snake_case keys, each optional with its default")
func decodeDefaults() throws {
    let empty = try JSONDecoder().decode(SynthesisParameters.self, from: Data("{}".utf8))
    #expect(empty == SynthesisParameters())
    let some = try JSONDecoder().decode(SynthesisParameters.self, from: Data("""
        {"male_18_to_36_share": 0.6, "weekend_night_peak": false, "highest_rate_district": "E06000026",
         "serious_violence_per_year": 600, "seed": 42}
        """.utf8))
    var expected = SynthesisParameters()
    expected.male18To36Share = 0.6
    expected.weekendNightPeak = false
    expected.highestRateDistrict = "E06000026"
    expected.seriousViolencePerYear = 600
    #expect(some == expected, "known keys are read, unknown keys (the caller's) ignored")
}

@Test("the defaults are those given to the Police and Crime Panel")
func defaults() {
    let p = SynthesisParameters()
    #expect(p.male18To36Share == 0.75 && p.domesticShareFemale == 0.5 && p.domesticShareMale == 0.11)
    #expect(p.alcoholShare == 0.33 && p.nightShare == 0.75 && p.weekendNightPeak && p.summerPeak == 0.25)
    #expect(p.highestRateDistrict == "E06000027" && p.seriousViolencePerYear == 577 && p.violenceWithInjuryPerYear == 15700)
    #expect(p.yearlyTrend == 0.09 && p.unknownTimeShare == 0.05 && p.unknownSexShare == 0.02 && p.unknownAgeShare == 0.03)
    #expect(p.policeDetectionProbability == 0.55 && p.emergencyDepartmentDetectionProbability == 0.6)
    #expect(p.majorTraumaShareOfSerious == 0.08 && p.linkageKeyShare == 0.9 && p.deprivationGradient == 2.0)
    #expect(p.concentrationSigma == 1.0)
}

@Test("parameters and truth round-trip through JSON with snake_case keys")
func roundTrip() throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let data = try encoder.encode(SynthesisParameters())
    let text = String(decoding: data, as: UTF8.self)
    for key in SynthesisParameters.CodingKeys.allCases { #expect(text.contains("\"\(key.rawValue)\":")) }
    #expect(try JSONDecoder().decode(SynthesisParameters.self, from: data) == SynthesisParameters())
    let truth = try Fixture.small(seed: 3).truth
    let truthText = String(decoding: try encoder.encode(truth), as: UTF8.self)
    #expect(truthText.contains("\"seen_by_both\":") && truthText.contains("\"first_month\":\"2019-11\""))
    #expect(try JSONDecoder().decode(SynthesisTruth.self, from: try encoder.encode(truth)) == truth)
}

@Test("out-of-range parameters are refused, naming the configuration key")
func validation() {
    var p = SynthesisParameters()
    p.nightShare = 1.2
    #expect(throws: SynthesisError.self) { try p.validate() }
    do {
        try p.validate()
    } catch {
        #expect(error.message.contains("synthesis.night_share"))
    }
    p = SynthesisParameters()
    p.policeDetectionProbability = 0
    #expect(throws: SynthesisError.self) { try p.validate() }
    p = SynthesisParameters()
    p.violenceWithInjuryPerYear = 100
    #expect(throws: SynthesisError.self) { try p.validate() }
    #expect(throws: SynthesisError.self) {
        try Synthesizer.generate(Fixture.request(seed: 1) { $0.summerPeak = 1 }, geography: Fixture.geography, population: Fixture.population)
    }
}

@Test("a force with no districts, or a district without population, is an error")
func badWorld() {
    #expect(throws: SynthesisError.self) {
        var request = Fixture.request(seed: 1)
        request.forceCode = "E23000000"
        return try Synthesizer.generate(request, geography: Fixture.geography, population: Fixture.population)
    }
    let partial = Population(year: 2019, persons: [:], males: [:], females: [:])
    #expect(throws: SynthesisError.self) {
        try Synthesizer.generate(Fixture.request(seed: 1), geography: Fixture.geography, population: partial)
    }
}

@Test("a highest-rate district outside the force is ignored, and the truth says so")
func highestRateElsewhere() throws {
    let files = try Synthesizer.generate(
        Fixture.request(seed: 5, months: YearMonth(year: 2019, month: 1)...YearMonth(year: 2019, month: 3)) {
            $0.highestRateDistrict = "E09000001"
            $0.violenceWithInjuryPerYear = 2000
            $0.seriousViolencePerYear = 100
            $0.violenceWithoutInjuryPerYear = 500
        },
        geography: Fixture.geography, population: Fixture.population)
    #expect(files.truth.highestRateDistrictApplied == nil)
}
