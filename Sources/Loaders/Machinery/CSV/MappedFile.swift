#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A read-only file mapped into memory, unmapped when the last reference goes.
///
/// Loaders scan the bytes in place: no copy of the file is ever made, and the kernel
/// pages it in and out as the scan moves, so memory does not grow with file size.
public final class MappedFile: @unchecked Sendable {
    /// The file as the user should see it in messages.
    public let displayPath: String
    /// The whole file's bytes; empty for an empty file.
    public let bytes: UnsafeRawBufferPointer
    private let mapping: UnsafeMutableRawPointer?

    /// Maps the file at `path` (a file-system path), naming it `displayPath` in errors.
    public init(path: String, displayPath: String) throws(InputError) {
        self.displayPath = displayPath
        // Non-blocking: opening a FIFO named as an input must not wait for a writer; the
        // type check below then refuses anything but a regular file.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else {
            throw InputError(path: displayPath, message: MappedFile.describe(errno: errno))
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw InputError(path: displayPath, message: MappedFile.describe(errno: errno))
        }
        guard (status.st_mode & S_IFMT) == S_IFREG else {
            let kind = (status.st_mode & S_IFMT) == S_IFDIR ? "a folder" : Folder.kind(of: status.st_mode)
            throw InputError(path: displayPath, message: "is \(kind), expected a CSV file")
        }
        let size = Int(status.st_size)
        if size == 0 {
            mapping = nil
            bytes = UnsafeRawBufferPointer(start: nil, count: 0)
            return
        }
        guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE | MappedFile.populate(size: size), descriptor, 0),
              address != MAP_FAILED else {
            throw InputError(path: displayPath, message: "cannot be read: \(MappedFile.describe(errno: errno))")
        }
        _ = madvise(address, size, MADV_SEQUENTIAL)
        mapping = address
        bytes = UnsafeRawBufferPointer(start: address, count: size)
    }

    /// Files up to this size are mapped whole at once (`MAP_POPULATE`): one system call
    /// instead of a page fault every few pages. Larger files are faulted in as read, so
    /// that only the part being read is resident (see `release`).
    static let populateLimit = 16 << 20

    static func populate(size: Int) -> Int32 {
        #if os(Linux)
        return size <= populateLimit ? MAP_POPULATE : 0
        #else
        return 0
        #endif
    }

    deinit {
        if let mapping { munmap(mapping, bytes.count) }
    }

    /// Lets the system drop the pages wholly inside `range` from memory once they have
    /// been read: they stay mapped, and are read again from the file if touched again.
    /// Keeps the resident memory of a scan of a large file to the part being read.
    public func release(_ range: Range<Int>) {
        guard let mapping, !range.isEmpty else { return }
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let start = (max(0, range.lowerBound) + page - 1) / page * page
        let end = min(range.upperBound, bytes.count) / page * page
        guard end > start else { return }
        _ = madvise(mapping + start, end - start, MADV_DONTNEED)
    }

    static func describe(errno code: Int32) -> String {
        switch code {
        case ENOENT: return "no such file"
        case EACCES: return "permission denied"
        case EISDIR: return "is a folder, expected a CSV file"
        default:
            if let text = strerror(code) { return String(cString: text).lowercased() }
            return "cannot be opened (error \(code))"
        }
    }
}
