import Foundation
import Testing
import TestSupport

/// The snapshot helper itself, pointed at a temporary "test file" so nothing in the
/// repository is read or written. Skipped while recording, which changes its behaviour.
@Suite(
    "Snapshot helper",
    .disabled(if: ProcessInfo.processInfo.environment[Snapshot.recordVariable] == "1", "recording goldens")
)
struct SnapshotHelperTests {
    @Test("a matching golden passes, a missing one fails with how to record it")
    func matchAndMissing() throws {
        let folder = try TemporaryDirectory.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        let testFile = folder.appendingPathComponent("SomeTests.swift").path

        let missing = Snapshot.verify("a\n", named: "out.md", filePath: testFile)
        #expect(missing.outcome == .missing)
        #expect(missing.message.hasSuffix("run with RECORD_SNAPSHOTS=1 to record it"))

        let snapshots = folder.appendingPathComponent("Snapshots")
        try FileManager.default.createDirectory(at: snapshots, withIntermediateDirectories: true)
        try "a\n".write(to: snapshots.appendingPathComponent("out.md"), atomically: true, encoding: .utf8)
        #expect(Snapshot.verify("a\n", named: "out.md", filePath: testFile).passed)
    }

    @Test("a mismatch shows the changed lines with their numbers")
    func mismatch() throws {
        let folder = try TemporaryDirectory.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        let snapshots = folder.appendingPathComponent("Snapshots")
        try FileManager.default.createDirectory(at: snapshots, withIntermediateDirectories: true)
        try "1\n2\n3\n4\n5\n6\n".write(to: snapshots.appendingPathComponent("n.txt"), atomically: true, encoding: .utf8)

        let result = Snapshot.verify(
            "1\n2\n3\n4\nfive \n6\n", named: "n.txt",
            filePath: folder.appendingPathComponent("X.swift").path
        )
        #expect(result.outcome == .mismatched)
        #expect(result.message == """
            output differs from Snapshots/n.txt (- golden, + actual); run with RECORD_SNAPSHOTS=1 to accept it
            @@ -2,6 +2,6 @@
             2
             3
             4
            -5
            +five·
             6
             
            """)
    }

    @Test("separate changes show as separate hunks with unchanged lines between them left out")
    func hunks() {
        let old = (1...20).map(String.init).joined(separator: "\n")
        let new = old.replacingOccurrences(of: "\n2\n", with: "\ntwo\n")
            .replacingOccurrences(of: "\n18\n", with: "\n18\nextra\n")
        #expect(LineDiff.unified(expected: old, actual: new) == """
            @@ -1,5 +1,5 @@
             1
            -2
            +two
             3
             4
             5
            @@ -16,5 +16,6 @@
             16
             17
             18
            +extra
             19
             20
            """)
    }

    @Test("the diff of equal texts is empty")
    func equal() {
        #expect(LineDiff.unified(expected: "x", actual: "x") == "")
    }
}
