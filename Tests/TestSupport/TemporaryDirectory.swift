import Foundation

/// Fresh folders for tests that read or write files, so tests never share or leave state.
public enum TemporaryDirectory {
    /// Creates an empty folder with a unique name under the system temporary folder.
    /// The caller removes it when done (`try? FileManager.default.removeItem(at:)`).
    public static func make() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("sna-test-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
        return url
    }
}
