import Foundation

/// Golden-file ("snapshot") comparison for text output such as rendered Markdown and HTML.
///
/// Goldens live in a `Snapshots` folder beside the test file that checks them, found from the
/// caller's `#filePath`, so they sit under version control next to their tests and need no
/// resource declarations. To create or update goldens run the tests with `RECORD_SNAPSHOTS=1`;
/// each recording still fails, so a recording run can never pass by accident. Review the
/// changed goldens with `git diff` before committing them.
public enum Snapshot {
    /// Environment variable that switches from comparing to recording.
    public static let recordVariable = "RECORD_SNAPSHOTS"

    /// Compares `actual` with the golden file `Snapshots/<name>` beside the calling test file (derive the folder from `#filePath`); with environment RECORD_SNAPSHOTS=1 it (re)writes the golden and fails with a message that it recorded; a missing golden fails; a mismatch fails with a unified-style line diff (first differing lines with line numbers is enough).
    ///
    /// `name` may contain `/` to use a subfolder of `Snapshots`.
    public static func verify(_ actual: String, named name: String, filePath: String = #filePath) -> SnapshotResult {
        let golden = folder(forTestFile: filePath).appendingPathComponent(name)
        let shownPath = "Snapshots/\(name)"

        if ProcessInfo.processInfo.environment[recordVariable] == "1" {
            do {
                try FileManager.default.createDirectory(
                    at: golden.deletingLastPathComponent(), withIntermediateDirectories: true
                )
                try Data(actual.utf8).write(to: golden, options: .atomic)
            } catch {
                return SnapshotResult(outcome: .failedToRecord, message: "could not record \(shownPath): \(error)")
            }
            return SnapshotResult(
                outcome: .recorded,
                message: "recorded \(shownPath); run again without \(recordVariable)=1 to compare"
            )
        }

        guard let data = FileManager.default.contents(atPath: golden.path) else {
            return SnapshotResult(
                outcome: .missing,
                message: "no golden file \(shownPath) at \(golden.path); run with \(recordVariable)=1 to record it"
            )
        }
        let expected = String(decoding: data, as: UTF8.self)
        if expected == actual {
            return SnapshotResult(outcome: .matched, message: "")
        }
        return SnapshotResult(
            outcome: .mismatched,
            message: "output differs from \(shownPath) (- golden, + actual); run with \(recordVariable)=1 to accept it\n"
                + LineDiff.unified(expected: expected, actual: actual)
        )
    }

    /// The `Snapshots` folder beside a test file.
    public static func folder(forTestFile filePath: String) -> URL {
        URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    }
}
