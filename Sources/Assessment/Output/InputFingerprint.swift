import Dispatch
import Foundation
import Loaders
import Report

/// Every file a report depends on, hashed before anything is read: the configuration,
/// each input file, and the templates. With the sna version and the settings they make
/// one fingerprint, stored in `manifest.json`, so `--if-changed` can tell in a moment
/// whether a report is already what the inputs give.
struct InputFingerprint: Sendable {
    struct Input: Sendable {
        var name: String
        var path: String
        var files: [Manifest.File]
    }

    var inputs: [Input]
    var templates: [Manifest.File]
    /// Where the templates came from; it is part of the fingerprint and the manifest.
    var templateSource: TemplateSource = .builtIn

    /// `previousFindings` is the previous quarter's `findings.json` (path, and as the
    /// manifest shows it), which the quarter-on-quarter section reads.
    ///
    /// The files are listed first and then hashed on every core when `parallel` (a
    /// national police.uk folder holds hundreds of files); the result does not depend on
    /// the order in which they were hashed.
    static func make(_ configuration: Configuration, templates templateSource: TemplateSource,
                     previousFindings: (path: String, display: String)? = nil,
                     commentary: (path: String, display: String)? = nil, parallel: Bool = true,
                     cache: DigestCache? = nil) throws -> InputFingerprint {
        let data = configuration.data
        let configurationFile = (configuration.file as NSString).lastPathComponent
        var listed = [(name: "configuration", display: configurationFile,
                       files: [(path: configuration.file, display: configurationFile)])]
        for (kind, input) in data.configured {
            listed.append((name: kind.key, display: input.display, files: try files(input, suffix: kind.fileSuffix)))
        }
        if let previous = previousFindings, FileManager.default.fileExists(atPath: previous.path) {
            listed.append((name: "previous_findings", display: previous.display, files: [(path: previous.path, display: previous.display)]))
        }
        if let commentary {
            listed.append((name: "commentary", display: commentary.display, files: [commentary]))
        }
        if let file = configuration.recommendations {
            listed.append((name: "recommendations", display: file.display, files: [(path: file.path, display: file.display)]))
        }
        // The templates of a folder go last, hashed with the rest, and come off the end
        // below; the built-in ones are hashed from the program's own copy.
        let templateFiles = try templateSource.files()
        let builtIn = templateFiles.compactMap(\.hashed)
        listed.append((name: "", display: "", files: templateFiles.filter { $0.hashed == nil }.map { (path: $0.path, display: $0.name) }))

        let paths = listed.flatMap { $0.files }
        let hashed = try hashAll(paths, parallel: parallel, cache: cache)
        cache?.save()
        var next = 0
        var inputs: [Input] = []
        for input in listed {
            let files = Array(hashed[next..<(next + input.files.count)])
            next += input.files.count
            inputs.append(Input(name: input.name, path: input.display, files: files))
        }
        let templates = builtIn + inputs.removeLast().files
        return InputFingerprint(inputs: inputs, templates: templates, templateSource: templateSource)
    }

    /// The files of an input: the file itself, or every file under a folder whose name
    /// ends with `suffix`, sorted.
    static func files(_ input: Configuration.InputPath, suffix: String = "") throws -> [(path: String, display: String)] {
        var isFolder: ObjCBool = false
        _ = FileManager.default.fileExists(atPath: input.path, isDirectory: &isFolder)
        guard isFolder.boolValue else { return [(path: input.path, display: input.display)] }
        return try Folder.files(under: input.path, displayPath: input.display, suffix: suffix).map { relative in
            (path: input.path + "/" + relative, display: input.display + "/" + relative)
        }
    }

    /// Hashes every file, largest first across the cores when `parallel`; the results are
    /// in the order given. The first error in that order is thrown. A file `cache`
    /// remembers unchanged is not read.
    static func hashAll(_ files: [(path: String, display: String)], parallel: Bool, cache: DigestCache? = nil) throws -> [Manifest.File] {
        let slots = (0..<files.count).map { _ in Slot<Manifest.File>() }
        if parallel && files.count > 1 {
            // Largest first, so that one big file does not start last and run alone.
            let sizes = files.map { fileSize($0.path) }
            let order = files.indices.sorted { sizes[$0] != sizes[$1] ? sizes[$0] > sizes[$1] : $0 < $1 }
            DispatchQueue.concurrentPerform(iterations: order.count) { item in
                let index = order[item]
                slots[index].fill { try hash(path: files[index].path, display: files[index].display, cache: cache) }
            }
        } else {
            for (index, file) in files.enumerated() { slots[index].fill { try hash(path: file.path, display: file.display, cache: cache) } }
        }
        return try slots.enumerated().map { index, slot in
            guard let file = try slot.value() else { preconditionFailure("file \(index) was not hashed") }
            return file
        }
    }

    private static func fileSize(_ path: String) -> Int {
        var status = stat()
        return stat(path, &status) == 0 ? Int(status.st_size) : 0
    }

    static func hash(path: String, display: String, cache: DigestCache? = nil) throws -> Manifest.File {
        guard let cache, let key = DigestCache.key(path), let status = DigestCache.status(ofPath: path) else {
            let file = try MappedFile(path: path, displayPath: display)
            return Manifest.File(path: display, size: file.bytes.count, sha256: FileDigest.hex(file: file))
        }
        if let digest = cache.digest(key: key, status: status) {
            return Manifest.File(path: display, size: Int(status.size), sha256: digest)
        }
        let file = try MappedFile(path: path, displayPath: display)
        let digest = FileDigest.hex(file: file)
        if file.bytes.count == Int(status.size) { cache.remember(key: key, status: status, sha256: digest) }
        return Manifest.File(path: display, size: file.bytes.count, sha256: digest)
    }

    func files(of name: String) -> [Manifest.File] {
        inputs.first { $0.name == name }?.files ?? []
    }

    /// One hash over every file's hash, the version and the settings that change output.
    func value(version: String, settings: [(String, JSONValue)]) -> String {
        var text = "sna \(version)\n"
        for (key, value) in settings { text += "setting \(key) \(value.text)" }
        for input in inputs {
            for file in input.files { text += "input \(input.name) \(file.path) \(file.size) \(file.sha256)\n" }
        }
        text += "templates from \(templateSource.description(version: version))\n"
        for file in templates { text += "template \(file.path) \(file.size) \(file.sha256)\n" }
        return FileDigest.hex(text)
    }
}
