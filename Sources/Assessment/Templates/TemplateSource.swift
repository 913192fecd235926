import Foundation
import Loaders
import Report

/// Which templates a report is rendered with: sna's built-in ones, or a folder named by
/// `--templates` or by `templates:` in the configuration (the command line wins).
public enum TemplateSource: Sendable, Equatable {
    case builtIn
    /// `path` opens the folder; `display` names it in messages, as the user wrote it;
    /// `recorded` names it in the manifest, relative to the configuration file, so that
    /// no machine path is written.
    case folder(path: String, display: String, recorded: String)

    /// The command line's `--templates` folder (relative to where sna runs), else the
    /// configuration's `templates:` folder, else the built-in templates.
    public static func choose(commandLine: String?, configuration: Configuration) -> TemplateSource {
        if let commandLine {
            return .folder(path: commandLine, display: commandLine, recorded: RelativePath.from(configuration.folder, to: commandLine))
        }
        if let configured = configuration.templates {
            // Messages name the folder from where sna runs, as for the command line's.
            return .folder(path: configured.path, display: configured.path, recorded: configured.display)
        }
        return .builtIn
    }

    /// What `manifest.json` says under `templates_from`: `built-in sna 0.1.0`, or the folder.
    public func description(version: String) -> String {
        switch self {
        case .builtIn: return "built-in sna \(version)"
        case let .folder(_, _, recorded): return recorded
        }
    }

    /// Reads and parses the templates.
    public func load() throws(TemplateError) -> TemplateSet {
        switch self {
        case .builtIn:
            return try TemplateSet.builtIn()
        case let .folder(path, display, _):
            return try TemplateSet(directory: URL(fileURLWithPath: path), displayPath: display)
        }
    }

    /// The files a report depends on, for the fingerprint and the manifest: every template
    /// and stylesheet, by name. Built-in files are hashed from the program's own copy.
    func files() throws -> [(name: String, hashed: Manifest.File?, path: String)] {
        switch self {
        case .builtIn:
            return BuiltInTemplates.files.map { file in
                (file.name, Manifest.File(path: file.name, size: file.text.utf8.count, sha256: FileDigest.hex(file.text)), "")
            }
        case let .folder(path, display, _):
            let names: [String]
            do {
                names = try Folder.files(under: path, displayPath: display)
            } catch {
                // Already named from where sna runs: not to be put under the configuration's folder.
                throw AssessmentError([error.description])
            }
            return names.filter { !$0.contains("/") && ($0.hasSuffix(".mustache") || $0.hasSuffix(".css")) }
                .map { ($0, nil, path + "/" + $0) }
        }
    }
}

/// A path as seen from another folder, worked out on the text of the paths alone.
enum RelativePath {
    /// `target` relative to `base` (both relative to the current folder, or absolute);
    /// `target` itself, standardised, when the two share no root.
    static func from(_ base: String, to target: String) -> String {
        let current = FileManager.default.currentDirectoryPath
        let baseParts = components(base, current: current)
        let targetParts = components(target, current: current)
        var shared = 0
        while shared < baseParts.count, shared < targetParts.count, baseParts[shared] == targetParts[shared] { shared += 1 }
        let parts = Array(repeating: "..", count: baseParts.count - shared) + targetParts[shared...]
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }

    private static func components(_ path: String, current: String) -> [String] {
        let absolute = path.hasPrefix("/") ? path : current + "/" + path
        var parts: [String] = []
        for part in absolute.split(separator: "/") where part != "." {
            if part == ".." {
                if !parts.isEmpty { parts.removeLast() }
            } else {
                parts.append(String(part))
            }
        }
        return parts
    }
}
