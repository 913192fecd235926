import Foundation

/// One writer per output folder at a time: an advisory lock (`flock`) on `.sna.lock`
/// inside the folder, held for the whole run.
///
/// The lock file holds the holder's process id and when it started, so that a run that
/// will not wait can say who is writing. The holder removes the file when it is done, so
/// that an output folder holds only reports; a run that took the lock on a file that has
/// since been removed (or replaced) takes it again on the file now there.
final class OutputLock {
    static let fileName = ".sna.lock"

    private let descriptor: Int32
    private let path: String

    private init(descriptor: Int32, path: String) {
        self.descriptor = descriptor
        self.path = path
    }

    /// Takes the lock on `output` (created if missing). When another run holds it, waits
    /// for it (saying so through `log`), or when `wait` is false fails with who holds it.
    static func acquire(output: String, wait: Bool, log: (String) -> Void) throws(AssessmentError) -> OutputLock {
        let failure = OutputError.makeFolders(output)
        guard failure == 0 else {
            throw AssessmentError(["\(output): error: the output folder cannot be made: \(OutputError.reason(errno: failure))"])
        }
        let path = output + "/" + fileName
        var toldWaiting = false
        while true {
            let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
            guard descriptor >= 0 else {
                throw AssessmentError(["\(path): error: the output folder's lock cannot be opened: \(OutputError.reason(errno: errno))"])
            }
            if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
                let holder = holderText(descriptor)
                guard wait else {
                    close(descriptor)
                    throw AssessmentError(["\(output): error: another sna run is writing this folder (\(holder)); try again when it ends, or leave out --no-wait to wait for it"])
                }
                if !toldWaiting {
                    log("waiting for another sna run to finish writing \(output)/ (\(holder))")
                    toldWaiting = true
                }
                var result: Int32
                repeat { result = flock(descriptor, LOCK_EX) } while result != 0 && errno == EINTR
                guard result == 0 else {
                    let reason = OutputError.reason(errno: errno)
                    close(descriptor)
                    throw AssessmentError(["\(path): error: the output folder cannot be locked: \(reason)"])
                }
            }
            // The holder before us may have removed the file as it finished: a lock on a
            // removed file excludes no one, so take it again on the file now at the path.
            var held = stat(), named = stat()
            guard fstat(descriptor, &held) == 0, lstat(path, &named) == 0,
                  held.st_dev == named.st_dev, held.st_ino == named.st_ino else {
                close(descriptor)
                continue
            }
            let lock = OutputLock(descriptor: descriptor, path: path)
            lock.record()
            return lock
        }
    }

    /// Writes who holds the lock into the file: this process and when it started.
    private func record() {
        let started = ISO8601DateFormatter().string(from: Date())
        let text = "pid \(getpid())\nstarted \(started)\n"
        _ = ftruncate(descriptor, 0)
        _ = text.utf8CString.withUnsafeBufferPointer { buffer in
            pwrite(descriptor, buffer.baseAddress, buffer.count - 1, 0)
        }
    }

    /// What the lock file says of its holder, on one line.
    private static func holderText(_ descriptor: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 256)
        let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
        let text = count > 0 ? String(decoding: buffer[0..<count], as: UTF8.self) : ""
        let fields = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard !fields.isEmpty else { return "holder unknown" }
        return fields.joined(separator: ", ").filter { $0.isASCII && !$0.isNewline && $0 >= " " }
    }

    /// Removes the lock file and lets the lock go.
    func release() {
        unlink(path)
        close(descriptor)
    }

}

/// Reasons for failures of the file system, in the words a person can act on.
enum OutputError {
    /// `strerror` for `errno`, lower-cased: "no space left on device".
    static func reason(errno code: Int32) -> String {
        guard let text = strerror(code) else { return "error \(code)" }
        return String(cString: text).lowercased()
    }

    /// Makes the folder and any missing folders above it (`mkdir -p`); 0, or the `errno`
    /// of the step that failed (ENOTDIR when a file is in the way).
    static func makeFolders(_ path: String) -> Int32 {
        var status = stat()
        if stat(path, &status) == 0 { return (status.st_mode & S_IFMT) == S_IFDIR ? 0 : ENOTDIR }
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != path, parent != "/" {
            let failure = makeFolders(parent)
            if failure != 0 { return failure }
        }
        if mkdir(path, 0o777) == 0 { return 0 }
        let failure = errno
        // Made by someone else meanwhile: fine if it is a folder.
        if failure == EEXIST, stat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR { return 0 }
        return failure
    }

    /// The reason within a Foundation error: its underlying POSIX error when it has one.
    static func reason(_ error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return reason(errno: Int32(underlying.code))
        }
        if ns.domain == NSPOSIXErrorDomain { return reason(errno: Int32(ns.code)) }
        switch ns.code {
        case NSFileWriteOutOfSpaceError: return reason(errno: ENOSPC)
        case NSFileWriteNoPermissionError, NSFileReadNoPermissionError: return reason(errno: EACCES)
        case NSFileNoSuchFileError, NSFileReadNoSuchFileError: return reason(errno: ENOENT)
        case NSFileWriteFileExistsError: return reason(errno: EEXIST)
        case NSFileWriteVolumeReadOnlyError: return reason(errno: EROFS)
        default: return ns.localizedDescription
        }
    }
}
