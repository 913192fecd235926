import Foundation
import Loaders

/// One named step of a command: its name appears in the progress line `[i/n] name`
/// and in any error raised inside it.
struct Step: Sendable, Equatable {
    let name: String

    static let fingerprint = Step(name: "fingerprint the inputs and templates")
    static let geography = Step(name: "load the geography lookups")
    static let population = Step(name: "load the population estimates")
    static let comparators = Step(name: "load the national comparators")
    static let street = Step(name: "read the police.uk street files")
    static let records = Step(name: "read the record-level police, health and trauma files")
    static let analyse = Step(name: "analyse")
    static let render = Step(name: "render the report")
    static let write = Step(name: "write the report")
    static let printPDF = Step(name: "print the PDF")
    static let writeWord = Step(name: "write the Word document")
    static let checkTargets = Step(name: "check where to write")
    static let synthesize = Step(name: "generate and write the synthetic files")
}

/// Runs the steps of a list in order, reporting `[i/n] step` and naming the step in any
/// error; `i` and `n` are counted from the list.
///
/// Paths in loader errors are relative to the configuration file (that is what reports
/// show); messages for the person at the terminal put the configuration's folder in
/// front, so that they can be opened from where the command was run.
struct Pipeline {
    /// Every step the command will run, in order.
    let steps: [Step]
    let folder: String
    let log: @Sendable (String) -> Void
    /// Whether to report each step's wall-clock time when it ends (`--timings`).
    let timings: Bool
    private(set) var current = 0

    init(steps: [Step], folder: String, timings: Bool = false, log: @escaping @Sendable (String) -> Void) {
        self.steps = steps
        self.folder = folder
        self.timings = timings
        self.log = log
    }

    /// Runs `step`, which must be the next step of the list.
    mutating func run<Result>(_ step: Step, _ body: () throws -> Result) throws(AssessmentError) -> Result {
        precondition(current < steps.count && steps[current] == step, "step '\(step.name)' is not the next in the list")
        current += 1
        let name = step.name
        log("[\(current)/\(steps.count)] \(name)")
        let started = ContinuousClock.now
        do {
            let result = try body()
            if timings { log("      \(Pipeline.seconds(ContinuousClock.now - started)) s") }
            return result
        } catch let error as InputError {
            throw AssessmentError([userFacing(error).description], step: name)
        } catch let error as AssessmentError {
            throw AssessmentError(error.lines, step: error.step ?? name)
        } catch let error as NSError where error.domain == NSCocoaErrorDomain || error.domain == NSPOSIXErrorDomain {
            // A file-system failure: the path and the reason, never Foundation's dump.
            let path = (error.userInfo[NSFilePathErrorKey] as? String).map { $0 + ": " } ?? ""
            throw AssessmentError(["\(path)error: \(OutputError.reason(error))"], step: name)
        } catch let error as CustomStringConvertible {
            let text = error.description
            throw AssessmentError([text.contains("error:") ? text : "error: " + text], step: name)
        } catch {
            throw AssessmentError(["error: \(error)"], step: name)
        }
    }

    /// A duration in seconds with three decimals, for `--timings`.
    static func seconds(_ duration: Duration) -> String {
        let milliseconds = Int((Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18) * 1000 + 0.5)
        let fraction = String(milliseconds % 1000)
        return "\(milliseconds / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }

    /// The error with its path joined to the configuration's folder.
    func userFacing(_ error: InputError) -> InputError {
        var copy = error
        copy.path = Pipeline.join(folder, error.path)
        return copy
    }

    static func join(_ folder: String, _ path: String) -> String {
        if path.hasPrefix("/") || folder == "." || folder.isEmpty { return path }
        return folder + "/" + path
    }
}
