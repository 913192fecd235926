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
        data.withUnsafeBytes { bytes in
            var lines = Pieces(bytes: bytes, separator: UInt8(ascii: "\n"))
            guard let first = lines.next(), DigestCache.text(first) == DigestCache.version else { return }
            while let line = lines.next() {
                if let (path, entry) = DigestCache.entry(line) { entries[path] = entry }
            }
        }
    }

    /// One line of the cache file, read byte by byte (the file holds a line for every
    /// file ever hashed, and is read on every run); nil when it is not a well-formed line.
    private static func entry(_ line: UnsafeRawBufferPointer) -> (String, Entry)? {
        var fields = Pieces(bytes: line, separator: UInt8(ascii: "\t"))
        var numbers: [Int64] = []
        numbers.reserveCapacity(8)
        for _ in 0..<8 {
            guard let field = fields.next(), let number = integer(field) else { return nil }
            numbers.append(number)
        }
        guard numbers[0] >= 0, numbers[1] >= 0,
              let digest = fields.next(), digest.count == 64, digest.allSatisfy(isLowercaseHexDigit),
              let path = fields.rest, path.first == UInt8(ascii: "/") else { return nil }
        let status = Status(device: UInt64(numbers[0]), inode: UInt64(numbers[1]), size: numbers[2], modified: numbers[3],
                            modifiedNanoseconds: numbers[4], changed: numbers[5], changedNanoseconds: numbers[6])
        return (text(path), Entry(status: status, sha256: text(digest), hashedAt: numbers[7]))
    }

    /// The pieces of `bytes` between separators, in order; `rest` is everything not yet taken.
    private struct Pieces {
        let bytes: UnsafeRawBufferPointer
        let separator: UInt8
        var start = 0

        mutating func next() -> UnsafeRawBufferPointer? {
            guard start < bytes.count else { return nil }
            var end = start
            while end < bytes.count, bytes[end] != separator { end += 1 }
            let piece = UnsafeRawBufferPointer(rebasing: bytes[start..<end])
            start = end + 1
            return piece
        }

        var rest: UnsafeRawBufferPointer? {
            start < bytes.count ? UnsafeRawBufferPointer(rebasing: bytes[start...]) : nil
        }
    }

    private static func text(_ bytes: UnsafeRawBufferPointer) -> String {
        String(decoding: bytes, as: UTF8.self)
    }

    /// A whole number written in ASCII digits, with an optional leading minus.
    private static func integer(_ bytes: UnsafeRawBufferPointer) -> Int64? {
        var index = 0
        let negative = bytes.first == UInt8(ascii: "-")
        if negative { index = 1 }
        guard index < bytes.count, bytes.count - index <= 18 else { return nil }
        var value: Int64 = 0
        while index < bytes.count {
            let digit = bytes[index] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            value = value * 10 + Int64(digit)
            index += 1
        }
        return negative ? -value : value
    }

    private static func isLowercaseHexDigit(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "f"))
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

    /// The absolute path a file is remembered under: as given, or joined to the working
    /// folder. Symbolic links are not resolved (that takes a system call for every folder
    /// on the way): a file reached by two paths is remembered twice, and a path that now
    /// leads to another file finds a status that does not match, so it is hashed again.
    static func key(_ path: String) -> String? {
        if path.hasPrefix("/") { return path }
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        guard getcwd(&buffer, buffer.count) != nil else { return nil }
        let folder = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return folder.hasSuffix("/") ? folder + path : folder + "/" + path
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
