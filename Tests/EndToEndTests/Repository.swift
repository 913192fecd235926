import Foundation

/// The repository's own folders, found from this file's place in it.
enum Repository {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static var inputs: String { root.appendingPathComponent("Inputs").path }
    static var configuration: String { root.appendingPathComponent("Inputs/assessment.yml").path }
    static var templates: String { root.appendingPathComponent("Templates").path }
    static var output: String { root.appendingPathComponent("Output").path }

    /// Every regular file under `folder`, as sorted relative paths.
    static func files(under folder: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var files: [String] = []
        while let path = enumerator.nextObject() as? String {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isFolder), !isFolder.boolValue {
                files.append(path)
            }
        }
        return files.sorted()
    }

    /// Reads a CSV table written by sna (no quoted line breaks) as rows of cells.
    static func csvRows(_ path: String) throws -> [[String]] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return text.split(separator: "\n").map { line in
            var cells: [String] = []
            var cell = ""
            var quoted = false
            var previous: Character?
            for character in line {
                if character == "\"" {
                    if quoted, previous == "\"" { cell.append("\"") }
                    quoted.toggle()
                } else if character == ",", !quoted {
                    cells.append(cell)
                    cell = ""
                } else {
                    cell.append(character)
                }
                previous = character
            }
            cells.append(cell)
            return cells
        }
    }
}
