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
    public var templates: String
    public var strict: Bool
    /// A date to show in the report (`YYYY-MM-DD`); library code never reads the clock.
    public var asOf: String?
    /// Read the police.uk files on every core (off gives the same bytes, more slowly).
    public var parallel: Bool

    public init(configurationFile: String = "Inputs/assessment.yml", period: String? = nil, output: String = "Output",
                templates: String = "Templates", strict: Bool = false, asOf: String? = nil, parallel: Bool = true) {
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
}

/// `sna generate`: the pipeline from configuration to a written report.
public enum Generator {
    public static let version = "0.1.0"

    public static func run(_ options: GenerateOptions, log: @escaping @Sendable (String) -> Void) throws(AssessmentError) -> GenerateSummary {
        let configuration: Configuration
        do {
            configuration = try ConfigurationLoader.load(file: options.configurationFile)
        } catch {
            throw AssessmentError([error.description], step: "read the configuration")
        }
        var requested: Quarter?
        if let text = options.period {
            guard let quarter = Quarter.parse(text) else {
                throw AssessmentError("--period '\(text)' is not a quarter (expected YYYY-Qn, like 2020-Q3)")
            }
            requested = quarter
        }
        if let asOf = options.asOf, !isDate(asOf) {
            throw AssessmentError("--as-of '\(asOf)' is not a date (expected YYYY-MM-DD)")
        }

        var pipeline = Pipeline(total: 7, folder: configuration.folder, log: log)
        let (geography, forceName) = try pipeline.step("load the geography lookups") { try ReferenceData.loadGeography(configuration) }
        let population = try pipeline.step("load the population estimates") { try ReferenceData.loadPopulation(configuration, geography: geography) }
        let comparators = try pipeline.step("load the national comparators") { () throws -> [ComparatorTable] in
            guard let folder = configuration.data.comparators else { return [] }
            return try ComparatorLoader.load(folder: folder.path, displayFolder: folder.display)
        }
        let street = try pipeline.step("read the police.uk street files") {
            try StreetCrimeReader.read(folder: configuration.data.policeStreet, geography: geography,
                                       strict: options.strict, parallel: options.parallel)
        }
        let findings = try pipeline.step("analyse") { () throws -> StreetCrimeFindings in
            let months = street.tally.months
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
                throw AssessmentError(["\(configuration.data.policeStreet.display): error: the assessment of \(quarter) needs police.uk data for every month from \(period.year.lowerBound) to \(period.year.upperBound); missing: \(missing.map(\.description).joined(separator: ", "))"])
            }
            var areas: [StreetCrimeAnalysis.AreaGroup] = []
            for (index, area) in configuration.areas.enumerated() {
                areas.append(.init(code: "area-\(index + 1)", name: area.name, districtCodes: area.districts))
            }
            var populationByCode: [String: Int] = [:]
            for (code, counts) in population.persons { populationByCode[code] = counts.allAges }
            return StreetCrimeAnalysis.analyse(.init(
                tally: street.tally, geography: geography, population: populationByCode,
                forceCode: configuration.forceCode, forceName: forceName, areas: areas,
                period: period, comparators: comparators))
        }

        let files = try pipeline.step("render the report") { () throws -> [(path: String, contents: String)] in
            let templates = try TemplateSet(directory: URL(fileURLWithPath: options.templates), displayPath: options.templates)
            let model = ReportModel(
                title: configuration.title, areaName: configuration.areaName, forceName: forceName, street: findings,
                sources: [ReportModel.Source(name: "police.uk street-level crime", path: configuration.data.policeStreet.display,
                                             files: street.files.count, account: street.account, isSynthetic: false, isPublic: true)],
                duplicateCrimeIDs: street.duplicateCrimeIDs, populationYear: population.year,
                seriousViolenceCodes: configuration.seriousViolenceCodes, minimumCount: configuration.minimumCount,
                version: version)
            var context = ReportContext.make(model)
            context["as_of"] = options.asOf ?? ""
            context["has_as_of"] = options.asOf != nil
            let markdown = try templates.render("assessment.md", context: context)
            let body = CommonMarkConverter.html(fromMarkdown: markdown)
            let html = try HTMLDocument.render(bodyHTML: body, title: "\(configuration.title): \(configuration.areaName), \(findings.period.quarter)",
                                               templates: templates)
            var output: [(path: String, contents: String)] = [("assessment.md", markdown), ("assessment.html", html)]
            for table in ReportTables.make(model) { output.append(("data/\(table.name).csv", table.text)) }
            output.append(("findings.json", FindingsJSON.make(model).text))
            let manifest = try makeManifest(configuration: configuration, options: options, period: findings.period.quarter,
                                            street: street, templates: templates)
            output.append(("manifest.json", manifest.json.text))
            return output
        }

        let folder = Pipeline.join(options.output, findings.period.quarter.description)
        try pipeline.step("write the report") { try OutputWriter.write(files, to: folder) }
        return GenerateSummary(period: findings.period.quarter.description, folder: folder, files: files.map(\.path).sorted())
    }

    static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let month = Int(parts[1]), let day = Int(parts[2]), Int(parts[0]) != nil else { return false }
        return (1...12).contains(month) && (1...31).contains(day)
    }

    static func makeManifest(configuration: Configuration, options: GenerateOptions, period: Quarter,
                             street: StreetCrimeReader.Result, templates: TemplateSet) throws -> Manifest {
        func fingerprint(_ input: Configuration.InputPath) throws -> [Manifest.File] {
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: input.path, isDirectory: &isFolder)
            let relatives = isFolder.boolValue ? try Folder.files(under: input.path, displayPath: input.display) : [""]
            return try relatives.map { relative in
                let path = relative.isEmpty ? input.path : input.path + "/" + relative
                let display = relative.isEmpty ? input.display : input.display + "/" + relative
                let file = try MappedFile(path: path, displayPath: display)
                return Manifest.File(path: display, size: file.bytes.count, sha256: SHA256.hex(file.bytes))
            }
        }
        let data = configuration.data
        var inputs: [Manifest.Input] = [
            Manifest.Input(name: "police_street", path: data.policeStreet.display,
                           files: street.files.map { Manifest.File(path: $0.relativePath, size: $0.size, sha256: $0.sha256) },
                           account: street.account),
        ]
        let references: [(String, Configuration.InputPath?)] = [
            ("population", data.population), ("lsoa_lookup", data.lsoaLookup), ("area_lookup", data.areaLookup),
            ("comparators", data.comparators),
        ]
        for (name, input) in references {
            guard let input else { continue }
            inputs.append(Manifest.Input(name: name, path: input.display, files: try fingerprint(input), account: nil))
        }
        let configurationFile = (configuration.file as NSString).lastPathComponent
        inputs.insert(Manifest.Input(name: "configuration", path: configurationFile,
                                     files: try fingerprint(.init(path: configuration.file, display: configurationFile)), account: nil), at: 0)
        let templateFiles = try (templates.templateFiles + [HTMLDocument.stylesheetFile]).map { name in
            let file = try MappedFile(path: templates.directory.path + "/" + name, displayPath: name)
            return Manifest.File(path: name, size: file.bytes.count, sha256: SHA256.hex(file.bytes))
        }
        return Manifest(
            version: version,
            period: period.description,
            settings: [
                ("period", .string(period.description)),
                ("period_requested", .optionalString(options.period)),
                ("strict", .bool(options.strict)),
                ("as_of", .optionalString(options.asOf)),
                ("minimum_count", .int(configuration.minimumCount)),
                ("serious_violence_codes", .array(configuration.seriousViolenceCodes.map(JSONValue.string))),
            ],
            inputs: inputs,
            templates: templateFiles
        )
    }
}
