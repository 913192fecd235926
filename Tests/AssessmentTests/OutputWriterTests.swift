@testable import Assessment
import Foundation
import Testing

/// The report folder is swapped in whole; unchanged files are linked from the old
/// report, changed ones written afresh, and nothing of the old folder is left behind.
@Suite("Output writer")
struct OutputWriterTests {
    let root: String

    init() throws {
        root = NSTemporaryDirectory() + "sna-output-writer-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    }

    func contents(_ folder: String) throws -> [String: String] {
        var found: [String: String] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder)
        while let path = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isDirectory), !isDirectory.boolValue {
                found[path] = try String(contentsOfFile: folder + "/" + path, encoding: .utf8)
            }
        }
        return found
    }

    func inode(_ path: String) throws -> UInt64 {
        try #require(FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? UInt64)
    }

    @Test("a second report replaces the first whole, linking only the files that did not change")
    func rewrite() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        let folder = root + "/2020-Q4"
        try OutputWriter.write([("a.md", "first"), ("data/b.csv", "x,y\n1,2\n"), ("data/gone.csv", "old"), ("empty.txt", "")], to: folder)
        #expect(try contents(folder) == ["a.md": "first", "data/b.csv": "x,y\n1,2\n", "data/gone.csv": "old", "empty.txt": ""])
        let unchanged = try inode(folder + "/data/b.csv")
        let changed = try inode(folder + "/a.md")

        var ran = false
        try OutputWriter.write([("a.md", "second"), ("data/b.csv", "x,y\n1,2\n"), ("empty.txt", ""), ("charts/c.svg", "<svg/>")], to: folder) {
            ran = true
        }
        #expect(ran)
        #expect(try contents(folder) == ["a.md": "second", "data/b.csv": "x,y\n1,2\n", "empty.txt": "", "charts/c.svg": "<svg/>"])
        // The same bytes: the old file itself, now linked only from the new report.
        #expect(try inode(folder + "/data/b.csv") == unchanged)
        #expect(try FileManager.default.attributesOfItem(atPath: folder + "/data/b.csv")[.referenceCount] as? Int == 1)
        #expect(try inode(folder + "/a.md") != changed)
        // No staging or retired folder is left beside the report.
        #expect(try FileManager.default.contentsOfDirectory(atPath: root) == ["2020-Q4"])
    }

    @Test("a file of the same length but other bytes is written, not linked")
    func sameLength() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        let folder = root + "/2020-Q4"
        try OutputWriter.write([("a.csv", "1,2,3\n")], to: folder)
        let first = try inode(folder + "/a.csv")
        try OutputWriter.write([("a.csv", "1,2,4\n")], to: folder)
        #expect(try contents(folder) == ["a.csv": "1,2,4\n"])
        #expect(try inode(folder + "/a.csv") != first)
    }

    @Test("a file linked from elsewhere is written afresh, so the report shares no file with anything else")
    func sharedFile() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        let folder = root + "/2020-Q4"
        try OutputWriter.write([("a.csv", "same\n")], to: folder)
        try FileManager.default.linkItem(atPath: folder + "/a.csv", toPath: root + "/elsewhere.csv")
        try OutputWriter.write([("a.csv", "same\n")], to: folder)
        #expect(try inode(folder + "/a.csv") != inode(root + "/elsewhere.csv"))
        #expect(try contents(folder) == ["a.csv": "same\n"])
    }

    @Test("a report that cannot be written leaves the previous one whole")
    func failure() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        let folder = root + "/2020-Q4"
        try OutputWriter.write([("a.md", "kept"), ("data/b.csv", "kept")], to: folder)
        // A path that is both a file and a folder cannot be written.
        #expect(throws: (any Error).self) {
            try OutputWriter.write([("a.md", "new"), ("data", "a file"), ("data/b.csv", "new")], to: folder)
        }
        #expect(try contents(folder) == ["a.md": "kept", "data/b.csv": "kept"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: root) == ["2020-Q4"])
    }

    @Test("holds compares every byte and the length")
    func holds() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        let path = root + "/f"
        try "abc".write(toFile: path, atomically: false, encoding: .utf8)
        func check(_ text: String) -> Bool {
            Array(text.utf8).withUnsafeBytes { OutputFile.holds($0, at: path) }
        }
        #expect(check("abc"))
        #expect(!check("abd"))
        #expect(!check("ab"))
        #expect(!check("abcd"))
        #expect(!Array("abc".utf8).withUnsafeBytes { OutputFile.holds($0, at: root + "/missing") })
    }
}
