import Foundation

/// Writes a report folder atomically: the new folder is built beside the old one and
/// swapped in, so a failed run leaves the previous report whole.
///
/// A file whose bytes are the same as the old report's is hard-linked into the new
/// folder rather than written again. Regenerating a report from unchanged inputs then
/// writes nothing and flushes nothing, and removing the old folder frees no disk blocks
/// (which on some file systems costs a millisecond or more a file). Any other file is
/// written and flushed to disk before the swap.
enum OutputWriter {
    /// `files` are paths relative to the report folder with their contents. Once the new
    /// folder is in place, `then` runs while the old one is deleted.
    ///
    /// The caller holds the output folder's lock (`OutputLock`): the staging folders are
    /// named for this process, and those a killed run left behind are cleared first.
    static func write(_ files: [(path: String, contents: String)], to folder: String, then: () throws -> Void = {}) throws {
        let manager = FileManager.default
        let parent = (folder as NSString).deletingLastPathComponent
        let name = (folder as NSString).lastPathComponent
        if !parent.isEmpty {
            let failure = OutputError.makeFolders(parent)
            guard failure == 0 else {
                throw AssessmentError(["\(parent): error: the output folder cannot be made: \(OutputError.reason(errno: failure))"])
            }
        }
        let base = parent.isEmpty ? "." : parent
        OutputStaging.clearStale(in: base, report: name)
        let staging = base + "/" + OutputStaging.name(report: name, kind: "new")
        let retired = base + "/" + OutputStaging.name(report: name, kind: "old")
        do {
            try makeFolder(staging)
            var directories: Set<String> = [""]
            for file in files.sorted(by: { $0.path < $1.path }) {
                let directory = (file.path as NSString).deletingLastPathComponent
                if directories.insert(directory).inserted {
                    try makeFolder(staging + "/" + directory, display: folder + "/" + directory)
                }
                let path = staging + "/" + file.path
                let failure = file.contents.utf8.withContiguousStorageIfAvailable { bytes -> Int32 in
                    OutputFile.linkIfSame(bytes: UnsafeRawBufferPointer(bytes), existing: folder + "/" + file.path, to: path)
                        ? 0 : OutputFile.writeReportingErrno(UnsafeRawBufferPointer(bytes), to: path)
                } ?? Array(file.contents.utf8).withUnsafeBytes { OutputFile.writeReportingErrno($0, to: path) }
                guard failure == 0 else {
                    throw AssessmentError(["\(folder)/\(file.path): error: cannot be written: \(OutputError.reason(errno: failure))"])
                }
            }
        } catch {
            try? manager.removeItem(atPath: staging)
            throw error
        }
        try OutputStaging.swap(staging, into: folder, retired: retired)
        let removal = Background { OutputStaging.remove(retired) }
        defer { removal.waitQuietly() }
        try then()
    }

    private static func makeFolder(_ path: String, display: String? = nil) throws {
        let failure = OutputError.makeFolders(path)
        guard failure == 0 else {
            throw AssessmentError(["\(display ?? path): error: the folder cannot be made: \(OutputError.reason(errno: failure))"])
        }
    }
}

/// Whole-file writes and comparisons with POSIX calls.
enum OutputFile {
    /// Writes `bytes` to a new file at `path` (which must not exist) and flushes it to
    /// disk; false when any step fails (the partial file is removed).
    static func write(_ bytes: UnsafeRawBufferPointer, to path: String) -> Bool {
        writeReportingErrno(bytes, to: path) == 0
    }

    /// As `write(_:to:)`, returning 0 or the `errno` of the step that failed.
    static func writeReportingErrno(_ bytes: UnsafeRawBufferPointer, to path: String) -> Int32 {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { return errno }
        var offset = 0
        var failure: Int32 = 0
        while offset < bytes.count, let start = bytes.baseAddress {
            let count = Foundation.write(descriptor, start + offset, bytes.count - offset)
            if count < 0 {
                if errno == EINTR { continue }
                failure = errno
                break
            }
            offset += count
        }
        if failure == 0, fsync(descriptor) != 0 { failure = errno }
        if close(descriptor) != 0, failure == 0 { failure = errno }
        if failure != 0 { unlink(path) }
        return failure
    }

    /// Whether the regular file at `path`, linked nowhere else, holds exactly `bytes`.
    static func holds(_ bytes: UnsafeRawBufferPointer, at path: String) -> Bool {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_nlink == 1,
              Int(status.st_size) == bytes.count else { return false }
        guard bytes.count > 0 else { return true }
        let stored = UnsafeMutableRawBufferPointer.allocate(byteCount: bytes.count, alignment: 16)
        defer { stored.deallocate() }
        var offset = 0
        while offset < bytes.count {
            let count = read(descriptor, stored.baseAddress! + offset, bytes.count - offset)
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return false }
            offset += count
        }
        // A longer file than its size said (still being written) is not the same file.
        var extra: UInt8 = 0
        guard read(descriptor, &extra, 1) == 0 else { return false }
        return memcmp(stored.baseAddress!, bytes.baseAddress!, bytes.count) == 0
    }

    /// Hard-links the file at `existing` to `path` when it holds exactly `bytes`; false
    /// when it does not, or the file system cannot link it.
    static func linkIfSame(bytes: UnsafeRawBufferPointer, existing: String, to path: String) -> Bool {
        holds(bytes, at: existing) && link(existing, path) == 0
    }
}
