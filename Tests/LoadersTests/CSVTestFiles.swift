import Foundation
import Loaders
import TestSupport

/// Writes CSV text to a temporary file and reads it back, for the CSV reader's tests.
enum CSVTestFiles {
    static func write(_ bytes: [UInt8], name: String = "test.csv") throws -> (folder: URL, path: String) {
        let folder = try TemporaryDirectory.make()
        let url = folder.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return (folder, url.path)
    }

    static func write(_ text: String, name: String = "test.csv") throws -> (folder: URL, path: String) {
        try write(Array(text.utf8), name: name)
    }

    enum Outcome: Equatable {
        case record([String])
        case malformed(String)
    }

    /// Every record as its fields' text, or the message of a malformed one.
    static func parse(_ bytes: [UInt8]) throws -> [Outcome] {
        let (folder, path) = try write(bytes)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try MappedFile(path: path, displayPath: "test.csv")
        var parser = CSVParser(file: file)
        var record = CSVRecord()
        var outcomes: [Outcome] = []
        while true {
            switch parser.next(into: &record) {
            case .end: return outcomes
            case .malformed(let error): outcomes.append(.malformed(error.description))
            case .record: outcomes.append(.record((0..<record.count).map { record.string($0) ?? "<invalid UTF-8>" }))
            }
        }
    }

    static func parse(_ text: String) throws -> [Outcome] { try parse(Array(text.utf8)) }
}
