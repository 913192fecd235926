import ArgumentParser
import Assessment

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Start a new area: a commented assessment.yml, its folders and a README in DIR.",
        discussion: """
            DIR must be new or empty. Its README says where each public file comes from and how \
            to ask for each record-level extract. With the public files in place and force_code \
            set, sna generate --config DIR/assessment.yml writes a first report.
            """
    )

    @Argument(help: ArgumentHelp("The new area's folder (new or empty).", valueName: "DIR"))
    var folder: String

    func run() throws {
        do {
            let written = try AreaScaffold.write(to: folder)
            for path in written { Terminal.error("wrote \(folder)/\(path)") }
        } catch {
            Terminal.error(error.description)
            throw ExitCode(1)
        }
    }
}
