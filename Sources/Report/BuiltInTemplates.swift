/// The report's default templates, compiled into sna so that it runs from any folder.
///
/// They are the files of `Templates/` at the package root, which stays the one place they
/// are edited: `scripts/embed-templates` writes them into `BuiltInTemplates+Files.swift`
/// as string literals, and a test fails while that file differs from the folder. They are
/// compiled in rather than shipped as SwiftPM resources because on Linux resources live in
/// a bundle folder beside the binary, which a binary copied on its own leaves behind.
public enum BuiltInTemplates {
    /// How messages name a built-in template: `built-in/summary.md.mustache`.
    public static let displayPath = "built-in"

    /// The names of the built-in files, sorted: templates and the stylesheet.
    public static var fileNames: [String] { files.map(\.name) }

    /// The text of the built-in file `name`, or nil when there is none.
    public static func text(of name: String) -> String? {
        files.first { $0.name == name }?.text
    }
}
