import Analysis
import Foundation
import Loaders
import Report

/// What `sna generate` was asked to do.
public struct GenerateOptions: Sendable {
    public var configurationFile: String
    /// `YYYY-Qn`; nil means the latest complete quarter in the police data.
    public var period: String?
    /// The folder that receives `<period>/`.
    public var output: String
    /// A folder of templates; nil uses the configuration's `templates:`, else the built-in ones.
    public var templates: String?
    public var strict: Bool
    /// A date to show in the report (`YYYY-MM-DD`); library code never reads the clock.
    public var asOf: String?
    /// Read the police.uk files on every core (off gives the same bytes, more slowly).
    public var parallel: Bool
    /// Leave the report alone when its manifest says nothing it depends on has changed.
    public var ifChanged: Bool
    /// Also print the page to `assessment.pdf` with headless Chromium.
    public var pdf: Bool
    /// Report each step's wall-clock time on standard error (never in the outputs).
    public var timings: Bool
    /// The folder of the digest cache (`DigestCache`); nil hashes every input file.
    public var digestCache: String?
    /// Also write `assessment.docx` with pandoc.
    public var docx = false
    /// Rewrite the quarter even when it is published (it is then a draft again).
    public var republish = false
    /// When the quarter is published, write nothing and succeed (instead of failing).
    public var skipPublished = false
    /// Wait while another run writes the output folder (else fail at once: `--no-wait`).
    public var waitForLock = true

    public init(configurationFile: String = "Inputs/assessment.yml", period: String? = nil, output: String = "Output",
                templates: String? = nil, strict: Bool = false, asOf: String? = nil, parallel: Bool = true,
                ifChanged: Bool = false, pdf: Bool = false, timings: Bool = false, digestCache: String? = nil) {
        self.ifChanged = ifChanged
        self.timings = timings
        self.digestCache = digestCache
        self.pdf = pdf
        self.configurationFile = configurationFile
        self.period = period
        self.output = output
        self.templates = templates
        self.strict = strict
        self.asOf = asOf
        self.parallel = parallel
    }
}

/// What a run wrote.
public struct GenerateSummary: Sendable {
    public var period: String
    public var folder: String
    public var files: [String]
    /// True when `--if-changed` found the report up to date and wrote nothing.
    public var unchanged: Bool = false
}

/// `sna generate`: the pipeline from configuration to a written report.
public enum Generator {
    /// Where `sna generate` keeps its digest cache unless told otherwise.
    public static var defaultDigestCache: String? { DigestCache.defaultFolder() }

    public static let version = "0.1.0"

    /// The steps of `sna generate`, in order; `[i/n]` is counted from this list.
    static func steps(pdf: Bool, docx: Bool) -> [Step] {
        [.fingerprint] + LoadedInputs.steps + [.analyse, .render, .write] + (pdf ? [.printPDF] : []) + (docx ? [.writeWord] : [])
    }

    public static func run(_ options: GenerateOptions, log: @escaping @Sendable (String) -> Void) throws(AssessmentError) -> GenerateSummary {
        try options.validate()
        let configuration = try readConfiguration(options.configurationFile)
        let requested = options.period.flatMap(Quarter.parse)
        // One writer per output folder: a second run waits here (or with --no-wait stops).
        let lock = try OutputLock.acquire(output: options.output, wait: options.waitForLock, log: log)
        defer { lock.release() }
        let settings = settings(options, configuration)
        var pipeline = Pipeline(steps: steps(pdf: options.pdf, docx: options.docx), folder: configuration.folder,
                                timings: options.timings, log: log)
        let expected = requested ?? expectedQuarter(configuration)
        // A published quarter is never rewritten (checked again once the quarter is certain).
        if let quarter = expected,
           let skipped = try Publication.check(output: options.output, quarter: quarter, options: options, log: log) {
            return skipped
        }
        // While the inputs are fingerprinted, the reference data is read and the templates
        // parsed on the other cores; each outcome is taken at its own step.
        let early = LoadedInputs.startEarly(configuration, parallel: options.parallel)
        defer { early?.waitQuietly() }
        let templateSource = TemplateSource.choose(commandLine: options.templates, configuration: configuration)
        let templates = Background(inline: !options.parallel) { () throws -> TemplateSet in
            try templateSource.load()
        }
        defer { templates.waitQuietly() }
        let fingerprint = try pipeline.run(.fingerprint) {
            try InputFingerprint.make(configuration, templates: templateSource,
                                      previousFindings: expected.map { previousFindings(options.output, before: $0) },
                                      commentary: expected.flatMap { CommentaryInput.file(configuration, quarter: $0) },
                                      parallel: options.parallel, cache: options.digestCache.map { DigestCache(folder: $0) })
        }
        let fingerprintValue = fingerprint.value(version: version, settings: settings)
        if options.ifChanged, let quarter = expected {
            let folder = Pipeline.join(options.output, quarter.description)
            if Manifest.storedFingerprint(at: folder + "/manifest.json") == fingerprintValue {
                log("nothing changed: \(folder)/ is what the inputs, templates and settings give")
                return GenerateSummary(period: quarter.description, folder: folder, files: [], unchanged: true)
            }
        }
        let inputs = try LoadedInputs.load(configuration, strict: options.strict, parallel: options.parallel, pipeline: &pipeline,
                                           early: early)
        let analysed = try pipeline.run(.analyse) { try analyseAll(inputs, requested: requested, parallel: options.parallel) }
        let rendering = Rendering(options: options, configuration: configuration, settings: settings, templateSource: templateSource,
                                  fingerprint: fingerprint, fingerprintValue: fingerprintValue, log: log)
        let (files, loadedTemplates) = try pipeline.run(.render) { try rendering.render(inputs, analysed, templates: templates) }
        let quarter = analysed.street.period.quarter
        let folder = Pipeline.join(options.output, quarter.description)
        if let skipped = try Publication.check(output: options.output, quarter: quarter, options: options, log: log) {
            return skipped
        }
        try pipeline.run(.write) {
            try OutputWriter.write(files, to: folder) {
                try OutputIndex.write(output: options.output, configuration: configuration, templates: loadedTemplates)
            }
        }
        var written = files.map(\.path)
        if options.pdf {
            try pipeline.run(.printPDF) {
                try PDFPrinter.print(html: folder + "/assessment.html", to: folder + "/assessment.pdf")
            }
            written.append("assessment.pdf")
        }
        if options.docx {
            let hasBrief = files.contains { $0.path == "brief.md" }
            try pipeline.run(.writeWord) {
                try WordWriter.write(markdown: folder + "/assessment.md", to: folder + "/assessment.docx",
                                     templates: templateSource, log: log)
                if hasBrief {
                    try WordWriter.write(markdown: folder + "/brief.md", to: folder + "/brief.docx", templates: templateSource, log: log)
                }
            }
            written.append("assessment.docx")
            if hasBrief { written.append("brief.docx") }
        }
        return GenerateSummary(period: quarter.description, folder: folder, files: written.sorted())
    }

    static func readConfiguration(_ file: String) throws(AssessmentError) -> Configuration {
        do {
            return try ConfigurationLoader.load(file: file)
        } catch {
            throw AssessmentError([error.description], step: "read the configuration")
        }
    }

    /// The settings recorded in the manifest and the fingerprint. The period itself is
    /// recorded once resolved: a report is the same whether its quarter was asked for or
    /// found as the latest in the data.
    static func settings(_ options: GenerateOptions, _ configuration: Configuration) -> [(String, JSONValue)] {
        [
            ("strict", .bool(options.strict)),
            ("as_of", .optionalString(options.asOf)),
            ("minimum_count", .int(configuration.minimumCount)),
            ("serious_violence_codes", .array(configuration.seriousViolenceCodes.map(JSONValue.string))),
        ]
    }

    /// Every finding of the assessment.
    struct Analysed: Sendable {
        var street: StreetCrimeFindings
        var violence: ViolenceFindings?
        var health: HealthFindings?
        var forecasts: ViolenceForecasts?
    }

    /// The period, then the analyses: they read the same tallies and write nothing, so
    /// they run side by side.
    static func analyseAll(_ inputs: LoadedInputs, requested: Quarter?, parallel: Bool) throws -> Analysed {
        let assessed = try period(inputs, requested: requested)
        let violence = Background(inline: !parallel) { analyseViolence(inputs, period: assessed) }
        let health = Background(inline: !parallel) { analyseHealth(inputs, period: assessed) }
        let street = analyse(inputs, period: assessed)
        let (healthFindings, forecasts) = try health.wait()
        return Analysed(street: street, violence: try violence.wait(), health: healthFindings, forecasts: forecasts)
    }

    /// The period to assess: the one asked for, or the latest complete quarter; its twelve
    /// months must all be in the police.uk data.
    static func period(_ inputs: LoadedInputs, requested: Quarter?) throws -> AssessmentPeriod {
        let months = inputs.street.tally.months
        let quarter: Quarter
        if let requested {
            quarter = requested
        } else {
            guard let latest = AssessmentPeriod.latestCompleteQuarter(in: months) else {
                throw AssessmentError("the police.uk data hold no complete quarter (months: \(months.map(\.description).joined(separator: ", ")))")
            }
            quarter = latest
        }
        let period = AssessmentPeriod(quarter: quarter)
        let present = Set(months)
        let missing = stride(from: period.year.lowerBound.index, through: period.year.upperBound.index, by: 1)
            .map(YearMonth.init(index:)).filter { !present.contains($0) }
        guard missing.isEmpty else {
            throw AssessmentError(["\(inputs.configuration.data.policeStreet.display): error: the assessment of \(quarter) needs police.uk data for every month from \(period.year.lowerBound) to \(period.year.upperBound); missing: \(missing.map(\.description).joined(separator: ", "))"])
        }
        return period
    }

    static func analyse(_ inputs: LoadedInputs, period: AssessmentPeriod) -> StreetCrimeFindings {
        let configuration = inputs.configuration
        let areas = areaGroups(configuration)
        var populationByCode: [String: Int] = [:]
        for (code, counts) in inputs.population.persons { populationByCode[code] = counts.allAges }
        var findings = StreetCrimeAnalysis.analyse(.init(
            tally: inputs.street.tally, geography: inputs.geography, population: populationByCode,
            forceCode: configuration.forceCode, forceName: inputs.forceName, areas: areas,
            period: period, comparators: inputs.comparators))
        findings.violenceHexbins = violenceHexbins(inputs, period: period)
        let similar = configuration.similarForces.map(\.code)
        let table = inputs.comparators.filter { $0.yearEnding <= period.year.upperBound }.max { $0.yearEnding < $1.yearEnding }
        if !similar.isEmpty, let table {
            findings.similarForces = SimilarForces.compare(table, force: configuration.forceCode, similar: similar)
        }
        return findings
    }

    /// The year's police.uk violence and sexual offences in hexagonal cells: those with a
    /// location in a district of the force are mapped, the rest counted as unlocated.
    static func violenceHexbins(_ inputs: LoadedInputs, period: AssessmentPeriod) -> Hexbins {
        let geography = inputs.geography
        let force = Set(geography.districts(inForce: inputs.configuration.forceCode))
        var points: [Hexbins.Point] = []
        var unlocated = 0
        for crime in inputs.street.violence where period.year.contains(crime.month) {
            if let location = crime.location, crime.district >= 0, force.contains(Int(crime.district)) {
                points.append(.init(longitude: location.longitude, latitude: location.latitude,
                                    district: geography.districts[Int(crime.district)].name))
            } else {
                unlocated += 1
            }
        }
        return Hexbins.bin(points, unlocated: unlocated)
    }

    /// Serious violence from the police records, when the configuration supplies them.
    static func analyseViolence(_ inputs: LoadedInputs, period: AssessmentPeriod) -> ViolenceFindings? {
        guard let police = inputs.records.police?.tally else { return nil }
        let configuration = inputs.configuration
        var findings = ViolenceAnalysis.analyse(.init(
            police: police, street: inputs.street.tally, geography: inputs.geography, population: inputs.population,
            forceCode: configuration.forceCode, forceName: inputs.forceName, areas: areaGroups(configuration),
            period: period, offenceCodes: configuration.seriousViolenceCodes))
        let centroids = lsoaCentroids(inputs)
        findings.seriousHexbins = SeriousViolenceHexbins.make(police, geography: inputs.geography, forceCode: configuration.forceCode,
                                                              year: period.year, centroids: centroids.all, fromTable: centroids.fromTable,
                                                              minimumCount: configuration.minimumCount)
        return findings
    }

    /// Where the serious violence map places each LSOA (by index into the geography's
    /// LSOAs): the `lsoa_centroids` table's point where it gives one, else the mean
    /// location of the police.uk violence and sexual offences carrying the LSOA's code.
    static func lsoaCentroids(_ inputs: LoadedInputs) -> (all: [Int: StreetCrime.Location], fromTable: Set<Int>) {
        var points: [(lsoa: Int, location: StreetCrime.Location)] = []
        for crime in inputs.street.violence where crime.lsoa >= 0 {
            if let location = crime.location { points.append((Int(crime.lsoa), location)) }
        }
        var centroids = SeriousViolenceHexbins.meanCentroids(points)
        var fromTable: Set<Int> = []
        for centroid in inputs.lsoaCentroids {
            guard let index = inputs.geography.lsoaIndex(of: centroid.code) else { continue }
            centroids[index] = StreetCrime.Location(longitude: centroid.longitude, latitude: centroid.latitude)
            fromTable.insert(index)
        }
        return (centroids, fromTable)
    }

    /// Violence the police never see, and the forecast, when police records are supplied.
    static func analyseHealth(_ inputs: LoadedInputs, period: AssessmentPeriod) -> (HealthFindings?, ViolenceForecasts?) {
        guard let police = inputs.records.police?.tally else { return (nil, nil) }
        let health = HealthAnalysis.analyse(.init(
            police: police, emergencyDepartment: inputs.records.emergencyDepartment?.tally,
            majorTrauma: inputs.records.majorTrauma?.tally, geography: inputs.geography,
            forceCode: inputs.configuration.forceCode, forceName: inputs.forceName, period: period, population: inputs.population))
        return (health, ViolenceForecasting.forecast(police: police, through: period.year.upperBound,
                                                          anomalies: inputs.configuration.anomalies))
    }

    static func areaGroups(_ configuration: Configuration) -> [StreetCrimeAnalysis.AreaGroup] {
        configuration.areas.enumerated().map { index, area in
            StreetCrimeAnalysis.AreaGroup(code: "area-\(index + 1)", name: area.name, districtCodes: area.districts)
        }
    }


    /// The previous quarter's findings in the output folder, and that file as the manifest
    /// names it: relative to the report's own folder, so no machine path is written.
    static func previousFindings(_ output: String, before quarter: Quarter) -> (path: String, display: String) {
        let previous = quarter.adding(quarters: -1).description
        return (Pipeline.join(Pipeline.join(output, previous), "findings.json"), "../\(previous)/findings.json")
    }

    /// The quarter a run without `--period` will most likely assess, from the months in the
    /// police.uk file names; only used to find the report `--if-changed` compares with.
    static func expectedQuarter(_ configuration: Configuration) -> Quarter? {
        guard let months = try? SynthesizeCommand.policeMonths(configuration) else { return nil }
        let all = stride(from: months.lowerBound.index, through: months.upperBound.index, by: 1).map(YearMonth.init(index:))
        return AssessmentPeriod.latestCompleteQuarter(in: all)
    }
}
