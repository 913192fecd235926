/// A problem with a template, reported where the person editing the template needs to look.
///
/// `description` reads like a compiler diagnostic, so editors and terminals can jump to it:
/// `Templates/assessment.md.mustache:12:5: error: section 'areas' is not closed`.
/// Problems that belong to no particular line (a missing file, a missing template) have
/// `line` and `column` 0 and print as `Templates/style.css: error: …`.
public struct TemplateError: Error, CustomStringConvertible, Equatable {
    /// The file as the user should see it, e.g. `Templates/assessment.md.mustache`.
    public let path: String
    /// 1-based line, or 0 when the problem is not at a particular place in the file.
    public let line: Int
    /// 1-based column in characters, or 0 along with `line`.
    public let column: Int
    /// What is wrong, in words a template author can act on.
    public let message: String

    public init(path: String, line: Int, column: Int, message: String) {
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    /// A problem with a whole file or folder rather than a place in it.
    public init(path: String, message: String) {
        self.init(path: path, line: 0, column: 0, message: message)
    }

    public var description: String {
        if line > 0 {
            return "\(path):\(line):\(column): error: \(message)"
        }
        return "\(path): error: \(message)"
    }
}
