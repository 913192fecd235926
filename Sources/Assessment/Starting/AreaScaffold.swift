import Foundation

/// `sna init DIR`: a new area's folder, ready for its public files. It holds a commented
/// `assessment.yml`, the folder layout the configuration names, and a README saying where
/// each file comes from and how to ask for the record-level extracts. With the public
/// files copied in and the force code set, `sna generate` writes a first report.
public enum AreaScaffold {
    /// The folders the configuration names, in the order the README describes them.
    public static let folders = ["police-uk", "population", "geography", "comparators", "police", "health", "trauma"]

    /// Writes the scaffold into `folder`, which must be missing or empty; returns the
    /// paths written, folders with a trailing `/`.
    public static func write(to folder: String) throws(AssessmentError) -> [String] {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        if manager.fileExists(atPath: folder, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw AssessmentError(["\(folder): error: is a file, not a folder"]) }
            let entries = (try? manager.contentsOfDirectory(atPath: folder)) ?? []
            guard entries.isEmpty else {
                throw AssessmentError(["\(folder): error: the folder is not empty; sna init starts a new area only in an empty or new folder"])
            }
        }
        var written: [String] = []
        do {
            try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
            for name in folders {
                try manager.createDirectory(atPath: folder + "/" + name, withIntermediateDirectories: true)
                written.append(name + "/")
            }
            for (name, text) in [("assessment.yml", configuration), ("README.md", readme)] {
                try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/" + name))
                written.append(name)
            }
        } catch {
            throw AssessmentError(["\(folder): error: cannot write the new area: \(error.localizedDescription)"])
        }
        return written.sorted()
    }
}
