import Foundation
import Loaders
import Synthesis
import Yams

/// What `sna synthesize` was asked to do.
public struct SynthesizeOptions: Sendable {
    public var configurationFile: String
    /// Overrides `synthesis.seed` in the configuration (default 1).
    public var seed: UInt64?

    public init(configurationFile: String = "Inputs/assessment.yml", seed: UInt64? = nil) {
        self.configurationFile = configurationFile
        self.seed = seed
    }
}

/// `sna synthesize`: writes synthetic record-level police, emergency department and major
/// trauma files to the paths the configuration names, for the months of the police.uk data.
///
/// It writes only inputs that the configuration lists under `data.synthetic`, so that it
/// can never overwrite real data. Beside the police records it writes
/// `synthetic-truth.json`: what was planted, and the true counts a capture-recapture
/// estimate can be checked against.
public enum SynthesizeCommand {
    public static let truthFile = "synthetic-truth.json"

    public static func run(_ options: SynthesizeOptions, log: @escaping @Sendable (String) -> Void) throws(AssessmentError) -> [String] {
        let configuration: Configuration
        do {
            configuration = try ConfigurationLoader.load(file: options.configurationFile)
        } catch {
            throw AssessmentError([error.description], step: "read the configuration")
        }
        var pipeline = Pipeline(steps: [.checkTargets, .geography, .population, .synthesize], folder: configuration.folder, log: log)
        let targets = try pipeline.run(.checkTargets) { () throws -> Targets in
            let targets = try targetPaths(configuration)
            try SynthesisTargets.checkPlaces([targets.police, targets.emergencyDepartment, targets.majorTrauma, targets.truth],
                                             configuration: configuration)
            return targets
        }
        let (geography, _) = try pipeline.run(.geography) { try ReferenceData.loadGeography(configuration) }
        let population = try pipeline.run(.population) {
            try ReferenceData.loadPopulation(configuration, geography: geography)
        }
        return try pipeline.run(.synthesize) { () throws -> [String] in
            let (parameters, configuredSeed) = try parameters(configuration)
            let months = try policeMonths(configuration)
            let request = SynthesisRequest(parameters: parameters, seed: options.seed ?? configuredSeed ?? 1,
                                           forceCode: configuration.forceCode, months: months)
            let files = try Synthesizer.generate(request, geography: geography, population: population)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let truth = String(decoding: try encoder.encode(files.truth), as: UTF8.self) + "\n"
            let writes = [(targets.police, files.policeRecords), (targets.emergencyDepartment, files.emergencyDepartment),
                          (targets.majorTrauma, files.majorTrauma)].map { target, text in
                SynthesisTargets.Write(path: target.path, display: target.display, text: text, isOwn: SynthesisTargets.sameHeader(as: text))
            } + [SynthesisTargets.Write(path: targets.truth.path, display: targets.truth.display, text: truth,
                                        isOwn: SynthesisTargets.isTruthFile)]
            // Nothing is written unless every file may be.
            try SynthesisTargets.checkOwnership(writes, configuration: configuration)
            for write in writes {
                let place = Pipeline.join(configuration.folder, write.display)
                let folder = (write.path as NSString).deletingLastPathComponent
                do {
                    if !folder.isEmpty { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
                    try Data(write.text.utf8).write(to: URL(fileURLWithPath: write.path), options: .atomic)
                } catch {
                    throw AssessmentError(["\(place): error: cannot be written: \(OutputError.reason(error))"])
                }
            }
            return writes.map { Pipeline.join(configuration.folder, $0.display) }
        }
    }

    struct Targets {
        var police: Configuration.InputPath
        var emergencyDepartment: Configuration.InputPath
        var majorTrauma: Configuration.InputPath

        /// `synthetic-truth.json`, beside the police records.
        var truth: Configuration.InputPath {
            func beside(_ path: String) -> String {
                ((path as NSString).deletingLastPathComponent as NSString).appendingPathComponent(SynthesizeCommand.truthFile)
            }
            return Configuration.InputPath(path: beside(police.path), display: beside(police.display))
        }
    }

    static func targetPaths(_ configuration: Configuration) throws -> Targets {
        let data = configuration.data
        func target(_ kind: InputKind) throws -> Configuration.InputPath {
            let key = kind.key
            guard let path = data[kind] else {
                throw AssessmentError(["\(configuration.file): error: data.\(key) is not set: sna synthesize writes to the path it names"])
            }
            guard data.synthetic.contains(kind) else {
                throw AssessmentError(["\(configuration.file): error: data.\(key) ('\(path.display)') is not listed under data.synthetic, so sna synthesize will not overwrite it"])
            }
            return path
        }
        return Targets(police: try target(.policeRecords), emergencyDepartment: try target(.emergencyDepartment),
                       majorTrauma: try target(.majorTrauma))
    }

    static func parameters(_ configuration: Configuration) throws -> (SynthesisParameters, UInt64?) {
        guard let text = configuration.synthesisYAML else { return (SynthesisParameters(), nil) }
        struct Seed: Decodable { var seed: UInt64? }
        do {
            let parameters = try YAMLDecoder().decode(SynthesisParameters.self, from: text)
            try parameters.validate()
            return (parameters, try YAMLDecoder().decode(Seed.self, from: text).seed)
        } catch let error as SynthesisError {
            throw AssessmentError(["\(configuration.file): error: \(error.description)"])
        } catch {
            throw AssessmentError(["\(configuration.file): error: the synthesis section cannot be read: \(error)"])
        }
    }

    /// The months of the police.uk files, from their `YYYY-MM` names.
    static func policeMonths(_ configuration: Configuration) throws -> ClosedRange<YearMonth> {
        let street = configuration.data.policeStreet
        let files = try StreetCrimeLoader.files(inFolder: street.path, displayFolder: street.display)
        let months = files.compactMap { file in YearMonth.parse(String((file as NSString).lastPathComponent.prefix(7))) }
        guard let first = months.min(), let last = months.max() else {
            throw AssessmentError(["\(street.display): error: no police.uk file name starts with its month (YYYY-MM)"])
        }
        return first...last
    }
}
