#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lists files in folders, sorted by path so that results never depend on the order
/// the file system returns them in.
public enum Folder {
    /// The regular files under `path` (recursively), as paths relative to it, sorted.
    public static func files(under path: String, displayPath: String) throws(InputError) -> [String] {
        var status = stat()
        guard stat(path, &status) == 0 else {
            throw InputError(path: displayPath, message: "no such folder")
        }
        guard (status.st_mode & S_IFMT) == S_IFDIR else {
            throw InputError(path: displayPath, message: "is a file, expected a folder")
        }
        var result: [String] = []
        try collect(path, relative: "", into: &result, displayPath: displayPath)
        return result.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    private static func collect(_ path: String, relative: String, into result: inout [String], displayPath: String) throws(InputError) {
        guard let directory = opendir(path) else {
            throw InputError(path: displayPath + (relative.isEmpty ? "" : "/" + relative), message: "cannot be read: \(MappedFile.describe(errno: errno))")
        }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." || name.hasPrefix(".") { continue }
            let full = path + "/" + name
            let child = relative.isEmpty ? name : relative + "/" + name
            // The entry's type, when the file system gives it, saves a system call a
            // file; links (followed) and unknown types are looked up.
            var type = mode_t(0)
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_DIR): type = S_IFDIR
            case Int32(DT_REG): type = S_IFREG
            default:
                var status = stat()
                guard stat(full, &status) == 0 else { continue }
                type = status.st_mode & S_IFMT
            }
            switch type {
            case S_IFDIR: try collect(full, relative: child, into: &result, displayPath: displayPath)
            case S_IFREG: result.append(child)
            default: continue
            }
        }
    }
}
