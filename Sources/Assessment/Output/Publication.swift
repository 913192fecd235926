import Foundation
import Loaders
import Report

/// A quarter marked as published: `published.json` in its folder, written by `sna publish`.
///
/// A panel received this report; `sna generate` never rewrites it (unless `--republish`),
/// so the paper stays what was circulated whatever later inputs or templates say. The file
/// records the date given with `--as-of` (sna never reads the clock) and the report's
/// fingerprint from its `manifest.json`.
public struct Publication: Sendable, Equatable {
    public static let fileName = "published.json"

    /// The quarter, like `2020-Q3`.
    public var period: String
    /// The date it was published, `YYYY-MM-DD`.
    public var publishedOn: String
    /// The report's fingerprint from its `manifest.json` when it was published.
    public var fingerprint: String

    public init(period: String, publishedOn: String, fingerprint: String) {
        self.period = period
        self.publishedOn = publishedOn
        self.fingerprint = fingerprint
    }

    var json: JSONValue {
        .object([
            ("period", .string(period)),
            ("published_on", .string(publishedOn)),
            ("fingerprint", .string(fingerprint)),
        ])
    }

    /// The publication recorded in a quarter's folder, if there is one. A `published.json`
    /// that cannot be read still marks the quarter as published: a damaged marker must
    /// never let a published report be overwritten.
    public static func read(folder: String) -> Publication? {
        let path = Pipeline.join(folder, fileName)
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        guard let data = FileManager.default.contents(atPath: path),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            return Publication(period: URL(fileURLWithPath: folder).lastPathComponent, publishedOn: "an unreadable date",
                               fingerprint: "")
        }
        return Publication(period: object["period"] as? String ?? URL(fileURLWithPath: folder).lastPathComponent,
                           publishedOn: object["published_on"] as? String ?? "an unreadable date",
                           fingerprint: object["fingerprint"] as? String ?? "")
    }

    /// The published quarters of an output folder, by quarter.
    static func all(in output: String) -> [String: Publication] {
        var found: [String: Publication] = [:]
        for name in (try? FileManager.default.contentsOfDirectory(atPath: output)) ?? [] where Quarter.parse(name) != nil {
            if let publication = read(folder: Pipeline.join(output, name)) { found[name] = publication }
        }
        return found
    }

    /// Whether `sna generate` may write `quarter`: nil when it may (a draft, or
    /// `--republish`); a summary of nothing written when the quarter is published and
    /// `skipPublished` is set; otherwise the refusal.
    static func check(output: String, quarter: Quarter, options: GenerateOptions,
                      log: (String) -> Void) throws(AssessmentError) -> GenerateSummary? {
        let folder = Pipeline.join(output, quarter.description)
        guard !options.republish, let publication = read(folder: folder) else { return nil }
        guard options.skipPublished else { throw refusal(folder: folder, publication) }
        log("\(quarter) was published on \(publication.publishedOn): \(folder)/ is left as it is")
        return GenerateSummary(period: quarter.description, folder: folder, files: [], unchanged: true)
    }

    /// The error `sna generate` stops with when asked to rewrite a published quarter.
    static func refusal(folder: String, _ publication: Publication) -> AssessmentError {
        AssessmentError([
            "\(folder)/\(fileName): error: \(publication.period) was published on \(publication.publishedOn); "
                + "sna generate does not rewrite a published quarter. Give --republish to write it again "
                + "(it is then a draft until sna publish marks it again).",
        ])
    }
}

/// What `sna publish` was asked to do.
public struct PublishOptions: Sendable {
    /// `YYYY-Qn`.
    public var period: String
    /// The folder that holds `<period>/`.
    public var output: String
    /// The date of publication, `YYYY-MM-DD`.
    public var asOf: String
    /// The configuration and templates that `Output/index.html` is written with.
    public var configurationFile: String
    public var templates: String?

    public init(period: String, output: String = "Output", asOf: String, configurationFile: String = "Inputs/assessment.yml",
                templates: String? = nil) {
        self.period = period
        self.output = output
        self.asOf = asOf
        self.configurationFile = configurationFile
        self.templates = templates
    }
}

/// `sna publish`: marks a written quarter as published.
public enum Publisher {
    /// Writes `<output>/<period>/published.json`, then `<output>/index.html` so that it shows
    /// the quarter as published, and returns what it recorded.
    public static func publish(_ options: PublishOptions) throws(AssessmentError) -> Publication {
        guard let quarter = Quarter.parse(options.period) else {
            throw .usage("--period '\(options.period)' is not a quarter (expected YYYY-Qn, like 2020-Q3)")
        }
        guard GenerateOptions.isDate(options.asOf) else {
            throw .usage("--as-of '\(options.asOf)' is not a date (expected YYYY-MM-DD, a day that exists)")
        }
        let folder = Pipeline.join(options.output, quarter.description)
        let manifest = Pipeline.join(folder, "manifest.json")
        guard FileManager.default.fileExists(atPath: manifest) else {
            throw AssessmentError(["\(manifest): error: no report of \(quarter) to publish; write it first with sna generate --period \(quarter)"])
        }
        // Publishing writes into the output folder like generate does: one writer at a time.
        let lock = try OutputLock.acquire(output: options.output, wait: true, log: { _ in })
        defer { lock.release() }
        if let existing = Publication.read(folder: folder) {
            throw AssessmentError(["\(folder)/\(Publication.fileName): error: \(quarter) is already published (on \(existing.publishedOn))"])
        }
        guard let fingerprint = Manifest.storedFingerprint(at: manifest) else {
            throw AssessmentError(["\(manifest): error: no report of \(quarter) to publish; write it first with sna generate --period \(quarter)"])
        }
        // The index is written with the report's own configuration and templates, read
        // before anything is marked so that a bad configuration changes nothing.
        let configuration: Configuration
        do {
            configuration = try ConfigurationLoader.load(file: options.configurationFile)
        } catch {
            throw AssessmentError([error.description], step: "read the configuration")
        }
        let templates: TemplateSet
        do {
            templates = try TemplateSource.choose(commandLine: options.templates, configuration: configuration).load()
        } catch {
            throw AssessmentError([error.description], step: "read the templates")
        }

        let publication = Publication(period: quarter.description, publishedOn: options.asOf, fingerprint: fingerprint)
        let path = Pipeline.join(folder, Publication.fileName)
        let staging = Pipeline.join(folder, "." + Publication.fileName + ".new")
        // A staging file left by a killed publish is ours to replace: we hold the lock.
        unlink(staging)
        var text = publication.json.text
        let failure = text.withUTF8 { OutputFile.writeReportingErrno(UnsafeRawBufferPointer($0), to: staging) }
        guard failure == 0 else {
            throw AssessmentError(["\(path): error: cannot be written: \(OutputError.reason(errno: failure))"])
        }
        guard rename(staging, path) == 0 else {
            let reason = OutputError.reason(errno: errno)
            try? FileManager.default.removeItem(atPath: staging)
            throw AssessmentError(["\(path): error: cannot be written: \(reason)"])
        }
        do {
            try OutputIndex.write(output: options.output, configuration: configuration, templates: templates)
        } catch let error as AssessmentError {
            throw AssessmentError(error.lines, step: "write the index")
        } catch {
            throw AssessmentError([String(describing: error)], step: "write the index")
        }
        return publication
    }
}
