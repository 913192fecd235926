#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Remembers the SHA-256 of input files between runs, so that a file that has not
/// changed is not read again only to be hashed (the way `git status` and `make` trust
/// a file's status instead of its bytes).
///
/// A digest is reused only when the file's device, inode, size, modification time and
/// status-change time (to the nanosecond) are all what they were when it was hashed.
/// Any write to a file changes its status-change time, which the owner of a file cannot
/// set back. One race remains, as for git: a write in the same tick of the file system's
/// clock as the write before it, after the hash was taken, would leave every time as it
/// was. So a digest is only remembered for a file whose last change was at least
/// `settled` seconds before it was hashed.
///
/// The cache is one text file, `digests.tsv`, in a folder of its own (by default
/// `$XDG_CACHE_HOME/sna` or `~/.cache/sna`). It is written whole to a temporary file and
/// renamed into place, so runs side by side never see half a file; a line that cannot
/// be read is ignored. What it holds never changes a report: only whether a file's
/// bytes are read to compute its digest.
final class DigestCache: @unchecked Sendable {
    // @unchecked: `entries` and `used` are only touched while holding `lock`.

    /// How long a file must have been left alone before its digest is remembered.
    static let settled: Int64 = 2
    /// At most this many files are remembered; the least recently hashed go first.
    static let capacity = 200_000
    static let fileName = "digests.tsv"
    private static let version = "sna-digests 1"

    struct Status: Equatable {
        var device: UInt64
        var inode: UInt64
        var size: Int64
        var modified: Int64
        var modifiedNanoseconds: Int64
        var changed: Int64
        var changedNanoseconds: Int64
    }

    private struct Entry {
        var status: Status
        var sha256: String
        /// Seconds since 1970 when the digest was taken.
        var hashedAt: Int64
    }

    let folder: String
    private let lock = NSLock()
    private var entries: [String: Entry] = [:]
    private var changed = false

    /// The default folder: `$SNA_CACHE_DIR`, else `$XDG_CACHE_HOME/sna`, else
    /// `~/.cache/sna`; nil when none can be found.
    static func defaultFolder(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let folder = environment["SNA_CACHE_DIR"], !folder.isEmpty { return folder }
        if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") { return cache + "/sna" }
        if let home = environment["HOME"], home.hasPrefix("/") { return home + "/.cache/sna" }
        return nil
    }

    /// Reads the cache in `folder` (a missing or unreadable cache is an empty one).
    init(folder: String) {
        self.folder = folder
        guard let data = FileManager.default.contents(atPath: folder + "/" + DigestCache.fileName) else { return }
        let text = String(decoding: data, as: UTF8.self)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true)[...]
        guard lines.first == Substring(DigestCache.version) else { return }
        lines = lines.dropFirst()
        for line in lines {
            let fields = line.split(separator: "\t", maxSplits: 9, omittingEmptySubsequences: false)
            guard fields.count == 10,
                  let device = UInt64(fields[0]), let inode = UInt64(fields[1]), let size = Int64(fields[2]),
                  let modified = Int64(fields[3]), let modifiedNanoseconds = Int64(fields[4]),
                  let changed = Int64(fields[5]), let changedNanoseconds = Int64(fields[6]),
                  let hashedAt = Int64(fields[7]), fields[8].count == 64, fields[8].allSatisfy(\.isHexDigit),
                  fields[9].hasPrefix("/") else { continue }
            let status = Status(device: device, inode: inode, size: size, modified: modified, modifiedNanoseconds: modifiedNanoseconds,
                                changed: changed, changedNanoseconds: changedNanoseconds)
            entries[String(fields[9])] = Entry(status: status, sha256: String(fields[8]), hashedAt: hashedAt)
        }
    }

    /// The file's status, or nil when it cannot be read.
    static func status(ofPath path: String) -> Status? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        #if canImport(Darwin)
        let (modified, changed) = (info.st_mtimespec, info.st_ctimespec)
        #else
        let (modified, changed) = (info.st_mtim, info.st_ctim)
        #endif
        return Status(device: UInt64(info.st_dev), inode: UInt64(info.st_ino), size: Int64(info.st_size),
                      modified: Int64(modified.tv_sec), modifiedNanoseconds: Int64(modified.tv_nsec),
                      changed: Int64(changed.tv_sec), changedNanoseconds: Int64(changed.tv_nsec))
    }

    /// The absolute path a file is remembered under.
    static func key(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The remembered digest of the file at `path`, when its status is unchanged.
    func digest(path: String) -> String? {
        guard let key = DigestCache.key(path), let status = DigestCache.status(ofPath: path) else { return nil }
        return digest(key: key, status: status)
    }

    /// The remembered digest of the file remembered under `key`, when its status is now `status`.
    func digest(key: String, status: Status) -> String? {
        lock.lock()
        defer { lock.unlock() }
        guard let entry = entries[key], entry.status == status,
              entry.hashedAt - max(status.modified, status.changed) >= DigestCache.settled else { return nil }
        return entry.sha256
    }

    /// Remembers a digest taken now of the file remembered under `key`, whose status was
    /// `status` just before it was read (a change while it was read shows as a new status
    /// next time).
    func remember(key: String, status: Status, sha256: String) {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        let hashedAt = Int64(now.tv_sec)
        guard hashedAt - max(status.modified, status.changed) >= DigestCache.settled else { return }
        lock.lock()
        defer { lock.unlock() }
        entries[key] = Entry(status: status, sha256: sha256, hashedAt: hashedAt)
        changed = true
    }

    /// Writes the cache back when anything was added. Failing to write it is not an
    /// error: the next run hashes the files again.
    func save() {
        lock.lock()
        defer { lock.unlock() }
        guard changed else { return }
        var kept = entries.sorted { $0.value.hashedAt != $1.value.hashedAt ? $0.value.hashedAt > $1.value.hashedAt : $0.key < $1.key }
        if kept.count > DigestCache.capacity { kept.removeLast(kept.count - DigestCache.capacity) }
        var text = DigestCache.version + "\n"
        for (path, entry) in kept where !path.contains("\n") && !path.contains("\t") {
            let s = entry.status
            text += "\(s.device)\t\(s.inode)\t\(s.size)\t\(s.modified)\t\(s.modifiedNanoseconds)\t\(s.changed)\t\(s.changedNanoseconds)\t\(entry.hashedAt)\t\(entry.sha256)\t\(path)\n"
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let target = folder + "/" + DigestCache.fileName
            let temporary = target + ".\(getpid()).tmp"
            guard FileManager.default.createFile(atPath: temporary, contents: Data(text.utf8)) else { return }
            if rename(temporary, target) != 0 { unlink(temporary) }
            changed = false
        } catch {
            return
        }
    }
}
