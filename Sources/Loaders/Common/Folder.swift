#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lists files in folders, sorted by path so that results never depend on the order
/// the file system returns them in.
///
/// The walk stays inside the input folder: a link to a folder is followed only when it
/// leads to a folder inside the input folder that the walk has not already read (folders
/// are known by device and inode, so a loop is found however it is made). A FIFO,
/// socket or device is an error (reading one would hang or read without end). Only
/// files whose names end with `suffix` are listed.
public enum Folder {
    /// The regular files under `path` (recursively) whose names end with `suffix`
    /// (compared without regard to case), as paths relative to it, sorted.
    public static func files(under path: String, displayPath: String, suffix: String = "") throws(InputError) -> [String] {
        var status = stat()
        guard stat(path, &status) == 0 else {
            throw InputError(path: displayPath, message: "no such folder")
        }
        guard (status.st_mode & S_IFMT) == S_IFDIR else {
            throw InputError(path: displayPath, message: "is a file, expected a folder")
        }
        guard let root = realPath(path) else {
            throw InputError(path: displayPath, message: "cannot be read: \(MappedFile.describe(errno: errno))")
        }
        var walk = Walk(root: root, displayPath: displayPath, suffix: suffix.lowercased())
        walk.visited.insert(FileIdentity(status))
        try walk.collect(path, relative: "")
        return walk.result.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    /// What a file of this mode is, for messages: "a FIFO", "a socket", "a device".
    public static func kind(of mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFDIR: return "a folder"
        case S_IFIFO: return "a FIFO (named pipe), not a regular file"
        case S_IFSOCK: return "a socket, not a regular file"
        case S_IFCHR, S_IFBLK: return "a device, not a regular file"
        default: return "not a regular file"
        }
    }

    /// The canonical absolute path of `path`, links resolved.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    struct FileIdentity: Hashable {
        var device: UInt64
        var inode: UInt64

        init(_ status: stat) {
            device = UInt64(truncatingIfNeeded: status.st_dev)
            inode = UInt64(truncatingIfNeeded: status.st_ino)
        }
    }

    private struct Walk {
        let root: String
        let displayPath: String
        let suffix: String
        var visited: Set<FileIdentity> = []
        var result: [String] = []

        init(root: String, displayPath: String, suffix: String) {
            self.root = root
            self.displayPath = displayPath
            self.suffix = suffix
        }

        func display(_ relative: String) -> String {
            relative.isEmpty ? displayPath : displayPath + "/" + relative
        }

        func isInside(_ resolved: String) -> Bool {
            resolved == root || resolved.hasPrefix(root == "/" ? "/" : root + "/")
        }

        mutating func collect(_ path: String, relative: String) throws(InputError) {
            guard let directory = opendir(path) else {
                throw InputError(path: display(relative), message: "cannot be read: \(MappedFile.describe(errno: errno))")
            }
            var names: [String] = []
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
                }
                if name == "." || name == ".." || name.hasPrefix(".") { continue }
                names.append(name)
            }
            closedir(directory)
            // In name order, so that which of two ways to a folder counts is always the same.
            for name in names.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
                try visit(path + "/" + name, relative: relative.isEmpty ? name : relative + "/" + name, name: name)
            }
        }

        mutating func visit(_ full: String, relative: String, name: String) throws(InputError) {
            var own = stat()
            guard lstat(full, &own) == 0 else { return }  // gone since the folder was listed
            let isLink = (own.st_mode & S_IFMT) == S_IFLNK
            var status = own
            if isLink {
                guard stat(full, &status) == 0 else {
                    throw InputError(path: display(relative), message: "is a link to nothing (\(MappedFile.describe(errno: errno)))")
                }
            }
            switch status.st_mode & S_IFMT {
            case S_IFDIR:
                if isLink {
                    guard let target = Folder.realPath(full), isInside(target) else {
                        throw InputError(path: display(relative), message: "is a link to a folder outside \(displayPath) (links are followed only to folders inside the input folder)")
                    }
                }
                guard visited.insert(FileIdentity(status)).inserted else {
                    throw InputError(path: display(relative), message: "leads to a folder already read (a link loop, or a second link to one folder)")
                }
                try collect(full, relative: relative)
            case S_IFREG:
                if name.lowercased().hasSuffix(suffix) { result.append(relative) }
            default:
                throw InputError(path: display(relative), message: "is \(Folder.kind(of: status.st_mode))")
            }
        }
    }
}
