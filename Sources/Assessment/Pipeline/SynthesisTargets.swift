import Foundation
import Loaders

/// Where `sna synthesize` may write: only a path listed under `data.synthetic`, that is
/// not the configuration, no other input's file or folder (links resolved), and not
/// another of its own targets; a file already there is replaced only when sna wrote it.
enum SynthesisTargets {
    /// One file to write: where, as the user sees it, and its new text.
    struct Write {
        var path: String
        var display: String
        var text: String
        /// Whether an existing file there is sna's own: the same header line for a CSV
        /// file, sna's fields for the truth file.
        var isOwn: (Data) -> Bool
    }

    /// Throws, naming the path and the reason, when any of `places` is an input, inside
    /// one, the configuration, or another of the places.
    static func checkPlaces(_ places: [Configuration.InputPath], configuration: Configuration) throws {
        let data = configuration.data
        var protected: [(name: String, path: String)] = [("the configuration", configuration.file)]
        // Every input but those sna synthesize writes itself.
        for (kind, input) in data.configured where !data.synthetic.contains(kind) {
            protected.append(("data.\(kind.key) ('\(input.display)')", input.path))
        }
        var claimed: [String: String] = [:]
        for write in places {
            let place = Pipeline.join(configuration.folder, write.display)
            let target = resolved(write.path)
            for (name, path) in protected {
                let input = resolved(path)
                if target == input || target.hasPrefix(input + "/") {
                    throw AssessmentError(["\(place): error: is \(target == input ? "" : "inside ")\(name), so sna synthesize will not write it (a synthetic input needs a path of its own)"])
                }
            }
            if let other = claimed[target] {
                throw AssessmentError(["\(place): error: is also where \(other) goes, so sna synthesize will not write it (each synthetic file needs a path of its own)"])
            }
            claimed[target] = write.display
        }
    }

    /// Throws, naming the path, when a file already at a write's path is not sna's own.
    static func checkOwnership(_ writes: [Write], configuration: Configuration) throws {
        for write in writes {
            let place = Pipeline.join(configuration.folder, write.display)
            var status = stat()
            guard lstat(write.path, &status) == 0 else { continue }
            let isLink = (status.st_mode & S_IFMT) == S_IFLNK
            if isLink || (status.st_mode & S_IFMT) != S_IFREG {
                throw AssessmentError(["\(place): error: is \(isLink ? "a link" : Folder.kind(of: status.st_mode)), so sna synthesize will not replace it"])
            }
            guard let existing = firstBytes(write.path), write.isOwn(existing) else {
                throw AssessmentError(["\(place): error: already holds a file sna did not write (its first line is not what sna synthesize writes), so sna synthesize will not replace it; move it away first"])
            }
        }
    }

    /// Whether `existing` starts with the same first line as `text`: a CSV file sna wrote.
    static func sameHeader(as text: String) -> (Data) -> Bool {
        let header = Data(text.utf8.prefix { $0 != UInt8(ascii: "\n") }) + Data([UInt8(ascii: "\n")])
        return { existing in existing.starts(with: header) }
    }

    /// Whether `existing` is a truth file sna wrote: a JSON object with sna's fields.
    static func isTruthFile(_ existing: Data) -> Bool {
        guard let object = try? JSONSerialization.jsonObject(with: existing) as? [String: Any] else { return false }
        return ["first_month", "force_code", "emergency_department_records"].allSatisfy { object[$0] != nil }
    }

    /// The start of the file (a megabyte at most: enough for a header or a truth file).
    static func firstBytes(_ path: String) -> Data? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        return try? handle.read(upToCount: 1 << 20)
    }

    /// The path with every link resolved: of the file itself when it exists, else of the
    /// nearest folder above it that exists, with the rest of the path after it.
    static func resolved(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var head = absolute
        var tail: [String] = []
        while !head.isEmpty && head != "/" {
            if let real = realpath(head, nil) {
                defer { free(real) }
                return ([String(cString: real)] + tail.reversed()).joined(separator: "/")
            }
            tail.append((head as NSString).lastPathComponent)
            head = (head as NSString).deletingLastPathComponent
        }
        return "/" + tail.reversed().joined(separator: "/")
    }
}
