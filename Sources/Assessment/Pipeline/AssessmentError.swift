/// A failure of a run, told the way a person can act on: `path:line:column: error: ...`,
/// with the name of the step it happened in.
public struct AssessmentError: Error, CustomStringConvertible, Sendable {
    /// The message lines, each already in `path:line:column: error: message` form.
    public var lines: [String]
    /// The step the error arose in, if any.
    public var step: String?

    public init(_ lines: [String], step: String? = nil) {
        self.lines = lines
        self.step = step
    }

    public init(_ message: String, step: String? = nil) {
        self.init(["error: " + message], step: step)
    }

    public var description: String {
        var text = lines.joined(separator: "\n")
        if let step { text += "\n(in step '\(step)')" }
        return text
    }
}
