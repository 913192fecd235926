import ArgumentParser
import Assessment
#if canImport(Glibc)
import Glibc
#endif

@main
struct SNA: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sna",
        abstract: "Writes a serious violence strategic needs assessment from police, health and trauma-unit data.",
        discussion: """
            Paths in the configuration are relative to the configuration file. Errors are \
            printed as path:line:column: error: message; progress as [i/n] step. Exit status: \
            0 on success, 1 on bad input or failure, 64 on a usage error.
            """,
        version: Generator.version,
        subcommands: [Generate.self, Check.self, Synthesize.self, Publish.self, Init.self, Templates.self],
        defaultSubcommand: nil
    )
}

/// Writes progress and errors to standard error.
enum Terminal {
    static func error(_ text: String) {
        var line = TerminalText.clean(text) + "\n"
        line.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = write(2, bytes.baseAddress.map { $0 + offset }, bytes.count - offset)
                if written <= 0 { return }
                offset += written
            }
        }
    }
}

struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Generate the assessment: Markdown, HTML, CSV tables, findings.json and manifest.json in <output>/<period>/."
    )

    @Option(name: .long, help: "The assessment's configuration file.")
    var config = "Inputs/assessment.yml"

    @Option(name: .long, help: "The quarter to assess, like 2020-Q3 (default: the latest complete quarter in the police data).")
    var period: String?

    @Option(name: .long, help: "The folder that receives <period>/.")
    var output = "Output"

    @Option(name: .long, help: "A folder of report templates (default: templates: in the configuration, else sna's built-in templates).")
    var templates: String?

    @Flag(name: .long, help: "Stop at the first invalid row (exit 1) instead of rejecting it and going on.")
    var strict = false

    @Option(name: .customLong("as-of"), help: "A date (YYYY-MM-DD) to show as the data's date in the report.")
    var asOf: String?

    @Flag(name: .customLong("no-parallel"), help: "Read files one at a time (the output is the same).")
    var noParallel = false

    @Flag(name: .long, help: "Also print the report to assessment.pdf with headless Chromium (not byte-for-byte repeatable).")
    var pdf = false

    @Flag(name: .long, help: "Also write assessment.docx with pandoc (not byte-for-byte repeatable).")
    var docx = false

    @Flag(name: .long, help: "Rewrite the quarter even if it is published (it is then a draft until sna publish marks it again).")
    var republish = false

    @Flag(name: .customLong("skip-published"), help: "When the quarter is published, leave it as it is and exit 0 (instead of exit 1).")
    var skipPublished = false

    @Flag(name: .customLong("if-changed"), help: "Do nothing when the report's manifest shows that no input, template, setting or version has changed.")
    var ifChanged = false

    @Flag(name: .long, help: "Print how long each step took (on standard error; the outputs do not change).")
    var timings = false

    @Flag(name: .customLong("no-digest-cache"),
          help: "Hash every input file, instead of reusing the digests of files unchanged since an earlier run (kept in $SNA_CACHE_DIR, else $XDG_CACHE_HOME/sna or ~/.cache/sna).")
    var noDigestCache = false

    @Flag(name: .customLong("no-wait"), help: "When another run is writing the output folder, exit 1 at once instead of waiting for it.")
    var noWait = false

    func run() throws {
        var options = GenerateOptions(configurationFile: config, period: period, output: output, templates: templates,
                                      strict: strict, asOf: asOf, parallel: !noParallel, ifChanged: ifChanged, pdf: pdf,
                                      timings: timings, digestCache: noDigestCache ? nil : Generator.defaultDigestCache)
        options.docx = docx
        options.republish = republish
        options.skipPublished = skipPublished
        options.waitForLock = !noWait
        do {
            let summary = try Generator.run(options) { Terminal.error($0) }
            if !summary.unchanged { Terminal.error("wrote \(summary.files.count) files to \(summary.folder)/") }
        } catch {
            Terminal.error(error.description)
            throw ExitCode(error.isUsage ? 64 : 1)
        }
    }
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validate every input and print what became of its rows: read, loaded, excluded, rejected.",
        discussion: "Exit status 1 when an input is unusable, or with --strict when any row is invalid."
    )

    @Option(name: .long, help: "The assessment's configuration file.")
    var config = "Inputs/assessment.yml"

    @Flag(name: .long, help: "Fail (exit 1) on the first invalid row, or the first value of a coded field that nothing maps.")
    var strict = false

    func run() throws {
        do {
            let report = try Checker.run(CheckOptions(configurationFile: config, strict: strict)) { Terminal.error($0) }
            print(report.table)
            if !report.unmapped.isEmpty {
                print("\nUnmapped values (read as unknown; map them under code_lists: in the configuration):")
                for line in report.unmapped { print("  " + line) }
            }
            for problem in report.problems { Terminal.error(problem) }
            if report.failed { throw ExitCode(1) }
        } catch let error as AssessmentError {
            Terminal.error(error.description)
            throw ExitCode(1)
        }
    }
}

struct Synthesize: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "(Re)write the synthetic record-level police, emergency department and major trauma files.",
        discussion: """
            Writes only the inputs listed under data.synthetic in the configuration, for the months \
            of the police.uk data, with the effects planted by the synthesis: section. The same \
            seed gives the same bytes.
            """
    )

    @Option(name: .long, help: "The assessment's configuration file.")
    var config = "Inputs/assessment.yml"

    @Option(name: .long, help: "The generator's seed (default: synthesis.seed in the configuration, else 1).")
    var seed: UInt64?

    func run() throws {
        do {
            let written = try SynthesizeCommand.run(SynthesizeOptions(configurationFile: config, seed: seed)) { Terminal.error($0) }
            for path in written { Terminal.error("wrote \(path)") }
        } catch {
            Terminal.error(error.description)
            throw ExitCode(1)
        }
    }
}
