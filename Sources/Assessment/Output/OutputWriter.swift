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
    static func write(_ files: [(path: String, contents: String)], to folder: String, then: () throws -> Void = {}) throws {
        let manager = FileManager.default
        let parent = (folder as NSString).deletingLastPathComponent
        let name = (folder as NSString).lastPathComponent
        if !parent.isEmpty { try manager.createDirectory(atPath: parent, withIntermediateDirectories: true) }
        let base = parent.isEmpty ? "." : parent
        let staging = base + "/.\(name).new"
        let retired = base + "/.\(name).old"
        try? manager.removeItem(atPath: staging)
        try? manager.removeItem(atPath: retired)
        do {
            try manager.createDirectory(atPath: staging, withIntermediateDirectories: true)
            var directories: Set<String> = [""]
            for file in files.sorted(by: { $0.path < $1.path }) {
                let directory = (file.path as NSString).deletingLastPathComponent
                if directories.insert(directory).inserted {
                    try manager.createDirectory(atPath: staging + "/" + directory, withIntermediateDirectories: true)
                }
                let path = staging + "/" + file.path
                let written = file.contents.utf8.withContiguousStorageIfAvailable { bytes in
                    OutputFile.linkIfSame(bytes: UnsafeRawBufferPointer(bytes), existing: folder + "/" + file.path, to: path)
                        || OutputFile.write(UnsafeRawBufferPointer(bytes), to: path)
                } ?? Array(file.contents.utf8).withUnsafeBytes { OutputFile.write($0, to: path) }
                guard written else { throw AssessmentError(["\(folder)/\(file.path): error: cannot be written"]) }
            }
        } catch {
            try? manager.removeItem(atPath: staging)
            throw error
        }
        if manager.fileExists(atPath: folder) { try manager.moveItem(atPath: folder, toPath: retired) }
        try manager.moveItem(atPath: staging, toPath: folder)
        let removal = Background { try? FileManager.default.removeItem(atPath: retired) }
        defer { removal.waitQuietly() }
        try then()
    }
}

/// Whole-file writes and comparisons with POSIX calls.
enum OutputFile {
    /// Writes `bytes` to a new file at `path` (which must not exist) and flushes it to
    /// disk; false when any step fails (the partial file is removed).
    static func write(_ bytes: UnsafeRawBufferPointer, to path: String) -> Bool {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { return false }
        var offset = 0
        var ok = true
        while offset < bytes.count {
            let count = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if count < 0 {
                if errno == EINTR { continue }
                ok = false
                break
            }
            offset += count
        }
        if ok { ok = fsync(descriptor) == 0 }
        if close(descriptor) != 0 { ok = false }
        if !ok { unlink(path) }
        return ok
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
