import Foundation

/// Writes a report folder atomically: the new folder is built beside the old one and
/// swapped in, so a failed run leaves the previous report whole.
enum OutputWriter {
    /// `files` are paths relative to the report folder with their contents. Once the new
    /// folder is in place, `then` runs while the old one is deleted (deleting a few dozen
    /// files takes tens of milliseconds on some file systems).
    static func write(_ files: [(path: String, contents: String)], to folder: String, then: () throws -> Void = {}) throws {
        let manager = FileManager.default
        let parent = (folder as NSString).deletingLastPathComponent
        let name = (folder as NSString).lastPathComponent
        if !parent.isEmpty { try manager.createDirectory(atPath: parent, withIntermediateDirectories: true) }
        let base = parent.isEmpty ? "." : parent
        let staging = base + "/.\(name).new"
        let retired = base + "/.\(name).old"
        try? manager.removeItem(atPath: staging)
        try? manager.removeItem(atPath: retired)
        try manager.createDirectory(atPath: staging, withIntermediateDirectories: true)
        for file in files.sorted(by: { $0.path < $1.path }) {
            let path = staging + "/" + file.path
            let directory = (path as NSString).deletingLastPathComponent
            try manager.createDirectory(atPath: directory, withIntermediateDirectories: true)
            guard manager.createFile(atPath: path, contents: Data(file.contents.utf8)) else {
                throw AssessmentError(["\(folder)/\(file.path): error: cannot be written"])
            }
        }
        if manager.fileExists(atPath: folder) { try manager.moveItem(atPath: folder, toPath: retired) }
        try manager.moveItem(atPath: staging, toPath: folder)
        let removal = Background { try? FileManager.default.removeItem(atPath: retired) }
        defer { removal.waitQuietly() }
        try then()
    }
}
