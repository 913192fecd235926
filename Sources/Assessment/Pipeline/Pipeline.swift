import Foundation
import Loaders

/// Runs named steps in order, reporting `[i/n] step` and naming the step in any error.
///
/// Paths in loader errors are relative to the configuration file (that is what reports
/// show); messages for the person at the terminal put the configuration's folder in
/// front, so that they can be opened from where the command was run.
struct Pipeline {
    let total: Int
    let folder: String
    let log: @Sendable (String) -> Void
    /// Whether to report each step's wall-clock time when it ends (`--timings`).
    let timings: Bool
    private(set) var current = 0

    init(total: Int, folder: String, timings: Bool = false, log: @escaping @Sendable (String) -> Void) {
        self.total = total
        self.folder = folder
        self.timings = timings
        self.log = log
    }

    mutating func step<Result>(_ name: String, _ body: () throws -> Result) throws(AssessmentError) -> Result {
        current += 1
        log("[\(current)/\(total)] \(name)")
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
