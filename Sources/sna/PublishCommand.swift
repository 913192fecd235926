import ArgumentParser
import Assessment

struct Publish: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Mark a quarter's report as published, so that sna generate never rewrites it.",
        discussion: """
            Writes published.json into <output>/<period>/ with the date given by --as-of and the \
            report's fingerprint from its manifest.json, then rewrites <output>/index.html to show \
            it. From then on sna generate for that quarter says so and exits 1 (or, with \
            --skip-published, exits 0 and writes nothing) unless --republish is given.
            """
    )

    @Option(name: .long, help: "The quarter to publish, like 2020-Q3; its report must be written.")
    var period: String

    @Option(name: .long, help: "The folder that holds <period>/.")
    var output = "Output"

    @Option(name: .customLong("as-of"),
            help: "The date of publication (YYYY-MM-DD). Required: sna never reads the clock.")
    var asOf: String

    @Option(name: .long, help: "The assessment's configuration file (for the index page's title).")
    var config = "Inputs/assessment.yml"

    @Option(name: .long, help: "A folder of report templates for the index page (default: as sna generate).")
    var templates: String?

    func run() throws {
        do {
            let publication = try Publisher.publish(PublishOptions(period: period, output: output, asOf: asOf,
                                                                   configurationFile: config, templates: templates))
            Terminal.error("published \(publication.period) on \(publication.publishedOn): \(output)/\(publication.period)/published.json")
        } catch {
            Terminal.error(error.description)
            throw ExitCode(error.isUsage ? 64 : 1)
        }
    }
}
