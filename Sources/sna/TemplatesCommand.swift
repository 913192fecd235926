import ArgumentParser
import Assessment

struct Templates: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write sna's built-in report templates out, for a partnership to edit.",
        discussion: """
            Name the folder with templates: in the configuration (relative to it) or with \
            sna generate --templates DIR; the command line wins.
            """
    )

    @Option(name: .long, help: ArgumentHelp("The folder to write the templates into (made if missing).", valueName: "DIR"))
    var export: String

    @Flag(name: .long, help: "Overwrite template files already in the folder.")
    var force = false

    func run() throws {
        do {
            let written = try TemplateExport.export(to: export, overwrite: force)
            Terminal.error("wrote \(written.count) files to \(export)/")
        } catch {
            Terminal.error(error.description)
            throw ExitCode(1)
        }
    }
}
