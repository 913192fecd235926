import Loaders

/// A failure of a run, told the way a person can act on: `path:line:column: error: ...`,
/// with the name of the step it happened in.
public struct AssessmentError: Error, CustomStringConvertible, Sendable {
    /// The message lines, each already in `path:line:column: error: message` form.
    public var lines: [String]
    /// The step the error arose in, if any.
    public var step: String?
    /// Whether the command line itself was wrong (exit status 64) rather than the input.
    public var isUsage = false

    public init(_ lines: [String], step: String? = nil) {
        self.lines = lines
        self.step = step
    }

    public init(_ message: String, step: String? = nil) {
        self.init(["error: " + message], step: step)
    }

    /// A mistake in the command line: `error: message`, exit status 64.
    public static func usage(_ message: String) -> AssessmentError {
        var error = AssessmentError(message)
        error.isUsage = true
        return error
    }

    public var description: String {
        var text = lines.joined(separator: "\n")
        if let step { text += "\n(in step '\(step)')" }
        return text
    }
}

/// Text for the terminal: each line with its control characters shown as pictures, so
/// that bytes from the data (ESC, BEL, a carriage return) cannot act on the terminal.
public enum TerminalText {
    public static func clean(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { DisplayText.oneLine(String($0)) }.joined(separator: "\n")
    }
}
