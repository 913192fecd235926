import Foundation
import Loaders
import Report

/// What `sna check` was asked to do.
public struct CheckOptions: Sendable {
    public var configurationFile: String
    public var strict: Bool
    public var parallel: Bool

    public init(configurationFile: String = "Inputs/assessment.yml", strict: Bool = false, parallel: Bool = true) {
        self.configurationFile = configurationFile
        self.strict = strict
        self.parallel = parallel
    }
}

/// The outcome of `sna check`: a line per input, and whether the inputs can be used.
public struct CheckReport: Sendable {
    public struct Line: Sendable, Equatable {
        public var input: String
        public var path: String
        public var files: Int
        public var read: Int
        public var loaded: Int
        public var excluded: Int
        public var rejected: Int
    }

    public var lines: [Line]
    /// Messages about rows, in `path:line:column: error: ...` form (the first of each file).
    public var problems: [String]
    /// Values of coded fields that nothing maps, read as unknown: one line each, with the
    /// count of rows and where it first appears.
    public var unmapped: [String] = []
    /// Whether any input is unusable (or, in strict mode, has an invalid row).
    public var failed: Bool

    /// The summary table, columns aligned, for the terminal.
    public var table: String {
        let header = ["input", "path", "files", "rows", "loaded", "excluded", "rejected"]
        let rows = lines.map { [$0.input, $0.path, String($0.files), String($0.read), String($0.loaded), String($0.excluded), String($0.rejected)] }
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        func format(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                let pad = String(repeating: " ", count: widths[index] - cell.count)
                return index < 2 ? cell + pad : pad + cell
            }.joined(separator: "  ")
        }
        return ([format(header)] + rows.map(format)).joined(separator: "\n")
    }
}

/// `sna check`: reads every input as `generate` would, and reports what became of each row.
public enum Checker {
    public static func run(_ options: CheckOptions, log: @escaping @Sendable (String) -> Void) throws(AssessmentError) -> CheckReport {
        let configuration: Configuration
        do {
            configuration = try ConfigurationLoader.load(file: options.configurationFile)
        } catch {
            throw AssessmentError([error.description], step: "read the configuration")
        }
        var pipeline = Pipeline(steps: LoadedInputs.steps, folder: configuration.folder, log: log)
        let inputs = try LoadedInputs.load(configuration, strict: options.strict, parallel: options.parallel, pipeline: &pipeline)
        try CommentaryInput.checkAll(configuration)
        var lines: [CheckReport.Line] = []
        var problems: [String] = []
        var unmapped: [String] = []
        for source in inputs.sources {
            let account = source.account
            lines.append(.init(input: source.key, path: source.path, files: source.files,
                               read: account.read, loaded: account.loaded, excluded: account.excludedCount, rejected: account.rejectedCount))
            problems += account.problems.map { pipeline.userFacing($0).description }
            unmapped += account.unmappedSorted.map { value in
                "\(source.key): \(value.field) '\(value.value)': \(value.count) rows read as unknown, first at \(Pipeline.join(configuration.folder, value.path)):\(value.line)"
            }
            if account.rejectedCount > account.problems.count {
                problems.append("\(Pipeline.join(configuration.folder, source.path)): \(account.rejectedCount - account.problems.count) more rejected rows not listed")
            }
        }
        let invalid = lines.contains { $0.rejected > 0 }
        return CheckReport(lines: lines, problems: problems, unmapped: unmapped, failed: options.strict && invalid)
    }
}
