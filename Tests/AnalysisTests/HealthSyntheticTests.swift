import Foundation
import Loaders
import Testing
@testable import Analysis

/// The committed synthetic extracts under `Inputs/`, tallied once for every test that
/// needs them (loading the 59,000 police rows takes seconds in a debug build).
enum SyntheticInputs {
    struct Loaded: Sendable {
        var geography: Geography
        var police: PoliceRecordTally
        var emergencyDepartment: EmergencyDepartmentTally
        var majorTrauma: MajorTraumaTally
        var truth: Truth
    }

    /// The parts of `synthetic-truth.json` the tests check against (written by the
    /// synthesiser, keys snake_case).
    struct Truth: Decodable, Sendable {
        struct Capture: Decodable, Sendable {
            var incidents: Int
            var seenByPolice: Int
            var seenByEmergencyDepartment: Int
            var policeKeyed: Int
            var emergencyDepartmentKeyed: Int
            var bothKeyed: Int
        }

        struct Parameters: Decodable, Sendable {
            var yearlyTrend: Double
            var nightShare: Double
            var policeDetectionProbability: Double
            var linkageKeyShare: Double
        }

        struct MajorTrauma: Decodable, Sendable {
            var assaultIssOver15: Int
            var assaultDeaths: Int
        }

        var firstMonth: String
        var lastMonth: String
        var forceCode: String
        var violenceWithInjury: Capture
        var seriousViolence: Capture
        var parameters: Parameters
        var majorTrauma: MajorTrauma
        var emergencyDepartmentRecords: Int
    }

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let forceCode = "E23000035"
    /// The local serious violence definition in `Inputs/assessment.yml`.
    static let seriousCodes: Set<String> = ["1/1", "1/2", "2", "5D"]
    static let period = AssessmentPeriod(quarter: Quarter(year: 2020, number: 4))

    static func path(_ relative: String) -> String { root.appendingPathComponent("Inputs/" + relative).path }

    static func load() throws -> Loaded {
        let lsoas = try GeographyLoader.loadLSOAs(
            path: path("geography/lsoa11-to-lad19-with-imd19-rank.csv"), displayPath: "lsoa lookup")
        let districts = try GeographyLoader.loadDistricts(
            path: path("geography/lad19-to-csp19-to-pfa19.csv"), displayPath: "area lookup")
        let geography = Geography(lsoas: lsoas, districts: districts)
        let codes = seriousCodes
        let police = try PoliceRecordLoader.load(
            path: path("synthetic/police/records.csv"), displayPath: "police", geography: geography, forceCode: forceCode,
            strict: false, parallel: false, start: { PoliceRecordTally.Builder() },
            add: { $0.add($1, isSerious: codes.contains($1.offence.code)) }, merge: { $0.merge($1) }).partial.tally
        let emergencyDepartment = try EmergencyDepartmentLoader.load(
            path: path("synthetic/health/ae-assaults.csv"), displayPath: "ed", geography: geography, forceCode: forceCode,
            strict: false, parallel: false, start: { EmergencyDepartmentTally.Builder() }, add: { $0.add($1) }, merge: { $0.merge($1) }).partial.tally
        let trauma = try MajorTraumaLoader.load(
            path: path("synthetic/trauma/major-trauma.csv"), displayPath: "trauma", geography: geography, forceCode: forceCode,
            strict: false, parallel: false, start: { MajorTraumaTally() }, add: { $0.add($1) }, merge: { $0.merge($1) }).partial
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        let truth = try decoder.decode(Truth.self, from: Data(contentsOf: URL(fileURLWithPath: path("synthetic/police/synthetic-truth.json"))))
        return Loaded(geography: geography, police: police, emergencyDepartment: emergencyDepartment, majorTrauma: trauma, truth: truth)
    }

    /// nil when the files cannot be read; tests then fail at `#require`.
    static let loaded: Loaded? = {
        do { return try load() } catch {
            print("cannot load the synthetic inputs: \(error)")
            return nil
        }
    }()

    static let findings: HealthFindings? = loaded.map {
        HealthAnalysis.analyse(HealthAnalysis.Inputs(
            police: $0.police, emergencyDepartment: $0.emergencyDepartment, majorTrauma: $0.majorTrauma,
            geography: $0.geography, forceCode: forceCode, forceName: "Devon and Cornwall", period: period))
    }
}

@Suite("Health analysis against the synthetic truth")
struct HealthSyntheticTests {
    // The truth counts hidden incidents over the whole span (2019-01 to 2020-12), not by
    // year, so the estimate compared with it is made over the same span. Every
    // police record of the violence-with-injury incidents is in the VWI or homicide
    // group, so the keyed counts should match the truth's exactly.
    @Test("capture-recapture over the whole span covers the true number of incidents")
    func wholeSpan() throws {
        let loaded = try #require(SyntheticInputs.loaded)
        let truth = loaded.truth.violenceWithInjury
        let first = try #require(YearMonth.parse(loaded.truth.firstMonth))
        let last = try #require(YearMonth.parse(loaded.truth.lastMonth))
        let result = HealthAnalysis.captureRecapture(
            police: loaded.police, emergencyDepartment: loaded.emergencyDepartment, months: first...last)
        #expect(result.linkage.policeDistinctKeys == truth.policeKeyed)
        #expect(result.linkage.emergencyDepartmentDistinctKeys == truth.emergencyDepartmentKeyed)
        #expect(result.linkage.linked == truth.bothKeyed)
        #expect(result.linkage.policeRecords == truth.seenByPolice)
        #expect(result.linkage.emergencyDepartmentRecords == truth.seenByEmergencyDepartment)

        let estimate = try #require(result.estimate?.estimate)
        let incidents = Double(truth.incidents)
        #expect(estimate.lower <= incidents && incidents <= estimate.upper, "\(estimate) against \(incidents)")
        #expect(abs(estimate.value / incidents - 1) < 0.05, "\(estimate.value) against \(incidents)")

        // The share without a keyed police record, against the truth's 1 − keyed by police /
        // incidents; 0.02 is about two standard errors of the estimate.
        let unseen = try #require(result.policeShareUnseen)
        let trueWithoutKey = 1 - Double(truth.policeKeyed) / incidents
        #expect(abs(unseen.value - trueWithoutKey) < 0.02, "\(unseen.value) against \(trueWithoutKey)")
        #expect(unseen.lower <= trueWithoutKey && trueWithoutKey <= unseen.upper)
        // Keys are missing at random here, so the share the police never recorded at all is
        // recovered from all police records: against 1 − seen by police / incidents.
        let unrecorded = try #require(result.policeShareUnrecorded)
        let trueUnseen = 1 - Double(truth.seenByPolice) / incidents
        #expect(abs(unrecorded.value - trueUnseen) < 0.02, "\(unrecorded.value) against \(trueUnseen)")
        #expect(unrecorded.lower <= trueUnseen && trueUnseen <= unrecorded.upper)
        #expect(unrecorded.value < unseen.value)
    }

    // For the assessment year there is no per-year truth, but the planted detection
    // probability is: the police see each incident with probability 0.55, so about 45%
    // go unrecorded. With about 29,000 incidents a year the binomial standard error of
    // the seen share is 0.003 and the estimate's own error (relative SE of N̂ about
    // 0.6%) adds as much again; 0.03 allows for both with room.
    @Test("capture-recapture over the assessment year recovers the planted police detection probability")
    func assessmentYear() throws {
        let loaded = try #require(SyntheticInputs.loaded)
        let findings = try #require(SyntheticInputs.findings)
        let estimate = try #require(findings.captureRecapture)
        let linkage = try #require(findings.captureRecaptureLinkage)
        // Without a keyed police record: 1 − 0.55 × 0.9 (the key share) = 0.505.
        let unseen = try #require(findings.policeShareUnseen)
        let parameters = loaded.truth.parameters
        let plantedWithoutKey = 1 - parameters.policeDetectionProbability * parameters.linkageKeyShare
        #expect(abs(unseen.value - plantedWithoutKey) < 0.03, "\(unseen.value) against \(plantedWithoutKey)")
        // Not recorded at all, keys missing at random: 1 − 0.55 = 0.45.
        let unrecorded = try #require(findings.policeShareUnrecorded)
        let planted = 1 - parameters.policeDetectionProbability
        #expect(abs(unrecorded.value - planted) < 0.03, "\(unrecorded.value) against \(planted)")
        // Keys are carried by 90% of records in each source.
        #expect(linkage.policeCoverage.map { abs($0 - 0.9) < 0.01 } == true)
        #expect(linkage.emergencyDepartmentCoverage.map { abs($0 - 0.9) < 0.01 } == true)
        // The year holds a little over half the span (the trend is upwards).
        let share = estimate.estimate.value / Double(loaded.truth.violenceWithInjury.incidents)
        #expect(share > 0.5 && share < 0.56, "\(share)")
    }

    // The synthesiser writes knives as sharp_object and puts 75% of violence at night.
    // ED assault times are the incident's own (the arrival lags), so the ED night share
    // should be near 0.75 too; 0.03 is several binomial standard errors (≈0.004 for
    // 15,000 attendances) and allows for serious and other violence differing.
    @Test("emergency department findings reflect the planted effects")
    func plantedEffects() throws {
        let loaded = try #require(SyntheticInputs.loaded)
        let findings = try #require(SyntheticInputs.findings)
        let night = try #require(findings.emergencyDepartmentNightShare)
        #expect(abs(night.value - loaded.truth.parameters.nightShare) < 0.03, "\(night.value)")
        let policeNight = try #require(findings.policeNightShare)
        #expect(abs(policeNight.value - loaded.truth.parameters.nightShare) < 0.05, "\(policeNight.value)")
        #expect(findings.hourOfDay.count == 24)

        // The synthetic extract codes every knife as a sharp object, so the method rows
        // hold one "Knife or sharp object" group, never "Knife: 0".
        #expect(!findings.emergencyDepartmentBreakdowns.contains { $0.dimension == .method && $0.value == "Knife" })
        let sharp = findings.emergencyDepartmentBreakdowns.first { $0.dimension == .knifeOrSharpObject && !$0.isUnknown }
        #expect((sharp?.count ?? 0) > 0)
        let method = findings.emergencyDepartmentBreakdowns.first { $0.dimension == .method && $0.value == "Knife or sharp object" }
        #expect(method?.count == sharp?.count)

        // Every month of both extracts, force and 12 districts.
        let months = Set(findings.byMonthAndArea.map(\.month))
        #expect(months.count == 24)
        #expect(findings.byMonthAndArea.count == 24 * 13)
        // ED sees 60% of incidents and the police 55%, so about 1.09 ED assaults per
        // police record of violence with injury (homicide, a handful, aside).
        let forceYear = findings.byMonthAndArea.filter { $0.isForce && SyntheticInputs.period.year.contains($0.month) }
        let ratio = Double(forceYear.reduce(0) { $0 + $1.emergencyDepartmentAssaults })
            / Double(forceYear.reduce(0) { $0 + $1.policeViolenceWithInjury })
        #expect(abs(ratio - 0.6 / 0.55) < 0.04, "\(ratio)")
    }

    // The registry holds 220 assault cases with ISS over 15 over the span, but the
    // synthesiser records the intent of 5% of assaults as unknown, so between 90% and
    // 100% of them should be counted as assault major trauma.
    @Test("assault major trauma matches the registry truth, less the cases of unknown intent")
    func trauma() throws {
        let loaded = try #require(SyntheticInputs.loaded)
        let findings = try #require(SyntheticInputs.findings)
        #expect(findings.traumaByQuarter.count == 8)
        let total = findings.traumaByQuarter.reduce(0) { $0 + $1.assaultMajorTrauma }
        let truth = loaded.truth.majorTrauma.assaultIssOver15
        #expect(total <= truth && Double(total) >= 0.9 * Double(truth), "\(total) against \(truth)")
        for quarter in findings.traumaByQuarter {
            #expect(quarter.stab + quarter.blow + quarter.shooting + quarter.other + quarter.unknownMechanism
                == quarter.assaultMajorTrauma)
            #expect(quarter.knifeEnabledSeriousViolence > 0)
        }
        let mortality = try #require(findings.traumaMortality)
        #expect(mortality.lower > 0 && mortality.upper < 0.5)
        #expect(findings.traumaByAgeAndSex.reduce(0) { $0 + $1.count } == findings.traumaYearTotal)
    }
}
