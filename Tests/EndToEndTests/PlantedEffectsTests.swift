import Analysis
import Foundation
import Loaders
import Synthesis
import Testing
import TestSupport

/// Synthesizes a world with known effects over the real Devon and Cornwall geography,
/// reads it back through the loaders and checks that the analyses recover each effect.
/// Serious violence is made frequent (3,000 a year) so that tolerances can be tight.
@Suite("The analyses recover planted effects", .serialized)
struct PlantedEffectsTests {
    struct World {
        var parameters: SynthesisParameters
        var findings: ViolenceFindings
        var truth: SynthesisTruth
    }

    static func world(_ configure: (inout SynthesisParameters) -> Void, seed: UInt64) throws -> World {
        let root = Repository.inputs
        let lsoas = try GeographyLoader.loadLSOAs(path: root + "/geography/lsoa11-to-lad19-with-imd19-rank.csv", displayPath: "lsoa")
        let districts = try GeographyLoader.loadDistricts(path: root + "/geography/lad19-to-csp19-to-pfa19.csv", displayPath: "areas")
        let geography = Geography(lsoas: lsoas, districts: districts)
        let population = try PopulationLoader.load(folder: root + "/population", displayFolder: "population")
        var parameters = SynthesisParameters()
        parameters.seriousViolencePerYear = 3000
        parameters.violenceWithInjuryPerYear = 4000
        parameters.violenceWithoutInjuryPerYear = 500
        configure(&parameters)
        let request = SynthesisRequest(parameters: parameters, seed: seed, forceCode: "E23000035",
                                       months: YearMonth(year: 2019, month: 1)...YearMonth(year: 2020, month: 12))
        let files = try Synthesizer.generate(request, geography: geography, population: population)
        let folder = try TemporaryDirectory.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("records.csv").path
        try Data(files.policeRecords.utf8).write(to: URL(fileURLWithPath: path))
        let serious: Set<String> = ["1/1", "1/2", "2", "5D"]
        let (account, builder) = try PoliceRecordLoader.load(
            path: path, displayPath: "records.csv", geography: geography, forceCode: "E23000035", strict: true, parallel: false,
            start: { PoliceRecordTally.Builder() }, add: { $0.add($1, isSerious: serious.contains($1.offence.code)) }, merge: { $0.merge($1) })
        #expect(account.rejectedCount == 0)
        let findings = ViolenceAnalysis.analyse(.init(
            police: builder.tally, street: StreetCrimeTally(), geography: geography, population: population,
            forceCode: "E23000035", forceName: "Devon & Cornwall", areas: [],
            period: AssessmentPeriod(quarter: Quarter(year: 2020, number: 4)), offenceCodes: Array(serious).sorted()))
        return World(parameters: parameters, findings: findings, truth: files.truth)
    }

    static func share(_ findings: ViolenceFindings, _ measure: String, _ group: String = "all") -> Double {
        findings.shares.first { $0.measure == measure && $0.group == group }?.estimate?.value ?? .nan
    }

    /// Checks every planted effect; tolerances are about three standard errors at these volumes.
    static func expectRecovered(_ world: World) {
        let findings = world.findings
        let parameters = world.parameters
        #expect(abs(share(findings, "male_18_to_36") - parameters.male18To36Share) < 0.04)
        #expect(abs(share(findings, "domestic_abuse", "female") - parameters.domesticShareFemale) < 0.06)
        #expect(abs(share(findings, "domestic_abuse", "male") - parameters.domesticShareMale) < 0.03)
        #expect(abs(share(findings, "alcohol_related") - parameters.alcoholShare) < 0.04)
        #expect(abs(share(findings, "night_18_to_06") - parameters.nightShare) < 0.04)
        // 24 months give each month of the year one ratio to the trend: too few for
        // seasonal indices. The planted summer peak shows in the counts: June to August
        // above December to February.
        #expect(findings.seasonality == nil)
        let serious = findings.monthly.filter { $0.category == ViolenceFindings.seriousViolence }
        func total(_ months: Set<Int>) -> Int { serious.filter { months.contains($0.month.month) }.reduce(0) { $0 + $1.count } }
        #expect(total([6, 7, 8]) > total([12, 1, 2]))
        // The planted district has the highest rate of the force's districts.
        let districts = findings.areaRates.filter { $0.kind == .district }
        let highest = districts.max { ($0.rate?.value ?? 0) < ($1.rate?.value ?? 0) }
        #expect(highest?.areaCode == parameters.highestRateDistrict)
        // The yearly trend: 2020 against 2019, within the interval of the rate ratio.
        let trend = findings.trends.first { $0.category == ViolenceFindings.seriousViolence }?.year?.rateRatio?.estimate
        #expect(abs((trend?.value ?? 0) - (1 + parameters.yearlyTrend)) < 0.07)
        // The yearly volume of serious violence, within 10% of the planted rate (with the trend, 2020 is above it).
        let year = findings.trends.first { $0.category == ViolenceFindings.seriousViolence }?.yearCount ?? 0
        #expect(Double(year) > parameters.seriousViolencePerYear * 0.95 && Double(year) < parameters.seriousViolencePerYear * 1.15)
    }

    @Test("the defaults: what Devon and Cornwall's panel was told")
    func defaults() throws {
        let world = try Self.world({ _ in }, seed: 7)
        Self.expectRecovered(world)
    }

    @Test("another world: other shares, another district highest, a falling trend")
    func otherWorld() throws {
        let world = try Self.world({ parameters in
            parameters.male18To36Share = 0.6
            parameters.domesticShareFemale = 0.3
            parameters.domesticShareMale = 0.2
            parameters.alcoholShare = 0.45
            parameters.nightShare = 0.6
            parameters.highestRateDistrict = "E06000026"
            parameters.yearlyTrend = -0.1
        }, seed: 99)
        Self.expectRecovered(world)
    }
}
