import Foundation
import Report

/// `sna templates --export DIR`: writes sna's built-in templates out, for a partnership to
/// edit and name with `templates:` in its configuration.
public enum TemplateExport {
    /// Writes every built-in template and the stylesheet into `folder` (made if missing);
    /// returns the file names written. A file already there is an error, and nothing is
    /// written, unless `overwrite`.
    public static func export(to folder: String, overwrite: Bool) throws(AssessmentError) -> [String] {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        if manager.fileExists(atPath: folder, isDirectory: &isFolder), !isFolder.boolValue {
            throw AssessmentError(["\(folder): error: is a file, not a folder"])
        }
        let files = BuiltInTemplates.files
        if !overwrite {
            let existing = files.map(\.name).filter { manager.fileExists(atPath: folder + "/" + $0) }
            if !existing.isEmpty {
                throw AssessmentError(existing.map { "\(folder)/\($0): error: already exists; add --force to overwrite it" })
            }
        }
        do {
            try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
            for file in files {
                try Data(file.text.utf8).write(to: URL(fileURLWithPath: folder + "/" + file.name), options: .atomic)
            }
        } catch {
            throw AssessmentError(["\(folder): error: cannot write the templates: \(error.localizedDescription)"])
        }
        return files.map(\.name)
    }
}
