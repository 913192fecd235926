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

    /// `previousFindings` is the previous quarter's `findings.json` (path, and as the
    /// manifest shows it), which the quarter-on-quarter section reads.
    static func make(_ configuration: Configuration, templatesFolder: String,
                     previousFindings: (path: String, display: String)? = nil) throws -> InputFingerprint {
        let data = configuration.data
        let configurationFile = (configuration.file as NSString).lastPathComponent
        var inputs = [Input(name: "configuration", path: configurationFile,
                            files: try files(.init(path: configuration.file, display: configurationFile)))]
        let all: [(String, Configuration.InputPath?)] = [
            ("police_street", data.policeStreet), ("police_records", data.policeRecords),
            ("emergency_department", data.emergencyDepartment), ("major_trauma", data.majorTrauma),
            ("population", data.population), ("lsoa_lookup", data.lsoaLookup), ("area_lookup", data.areaLookup),
            ("comparators", data.comparators),
        ]
        for case let (name, input?) in all {
            inputs.append(Input(name: name, path: input.display, files: try files(input)))
        }
        if let previous = previousFindings, FileManager.default.fileExists(atPath: previous.path) {
            inputs.append(Input(name: "previous_findings", path: previous.display,
                                files: [try hash(path: previous.path, display: previous.display)]))
        }
        let names = try Folder.files(under: templatesFolder, displayPath: templatesFolder)
            .filter { !$0.contains("/") && ($0.hasSuffix(".mustache") || $0.hasSuffix(".css")) }
        let templates = try names.map { name in
            try hash(path: templatesFolder + "/" + name, display: name)
        }
        return InputFingerprint(inputs: inputs, templates: templates)
    }

    /// The files of an input: the file itself, or every file under a folder, sorted.
    static func files(_ input: Configuration.InputPath) throws -> [Manifest.File] {
        var isFolder: ObjCBool = false
        _ = FileManager.default.fileExists(atPath: input.path, isDirectory: &isFolder)
        guard isFolder.boolValue else { return [try hash(path: input.path, display: input.display)] }
        return try Folder.files(under: input.path, displayPath: input.display).map { relative in
            try hash(path: input.path + "/" + relative, display: input.display + "/" + relative)
        }
    }

    static func hash(path: String, display: String) throws -> Manifest.File {
        let file = try MappedFile(path: path, displayPath: display)
        return Manifest.File(path: display, size: file.bytes.count, sha256: SHA256.hex(file.bytes))
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
        for file in templates { text += "template \(file.path) \(file.size) \(file.sha256)\n" }
        return SHA256.hex(text)
    }
}
