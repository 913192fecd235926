import Testing

/// Checks `actual` against the golden file `Snapshots/<name>` beside the calling test file and
/// records a test issue at the call site unless it matches. See `Snapshot.verify`.
public func expectSnapshot(
    _ actual: String,
    named name: String,
    filePath: String = #filePath,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let result = Snapshot.verify(actual, named: name, filePath: filePath)
    if !result.passed {
        Issue.record(Comment(rawValue: result.message), sourceLocation: sourceLocation)
    }
}
