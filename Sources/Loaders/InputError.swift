/// A problem with an input file, told as `path:line:column: error: message`.
///
/// `path` is the file as the user should see it (relative to the configuration file
/// where possible). Line and column are 1-based physical positions in the file: a
/// quoted field that spans lines moves every later field onto a later line.
public struct InputError: Error, CustomStringConvertible, Equatable, Sendable {
    public var path: String
    public var line: Int?
    public var column: Int?
    public var message: String

    public init(path: String, line: Int? = nil, column: Int? = nil, message: String) {
        self.path = path
        self.line = line
        self.column = column
        // Values from the data are quoted in messages: no control bytes reach the
        // terminal, and a huge value is cut.
        self.message = DisplayText.message(message)
    }

    public var description: String {
        var location = DisplayText.oneLine(path)
        if let line {
            location += ":\(line)"
            if let column { location += ":\(column)" }
        }
        return "\(location): error: \(message)"
    }
}
