import Foundation
import Loaders
import Report

/// `manifest.json`: what went in (every input with its SHA-256 and what became of its
/// rows), the templates' hashes, the sna version and the settings.
public struct Manifest: Sendable {
    public struct File: Sendable, Equatable {
        public var path: String
        public var size: Int
        public var sha256: String
    }

    public struct Input: Sendable {
        public var name: String
        public var path: String
        public var files: [File]
        public var account: InputAccount?
        public var synthetic: Bool

        public init(name: String, path: String, files: [File], account: InputAccount?, synthetic: Bool = false) {
            self.name = name
            self.path = path
            self.files = files
            self.account = account
            self.synthetic = synthetic
        }
    }

    public var version: String
    /// One hash over every input and template file, the version and the settings.
    public var fingerprint: String
    public var period: String
    public var settings: [(String, JSONValue)]
    public var inputs: [Input]
    /// Where the templates came from: `built-in sna <version>`, or their folder.
    public var templatesFrom: String
    public var templates: [File]

    var json: JSONValue {
        .object([
            ("sna_version", .string(version)),
            ("fingerprint", .string(fingerprint)),
            ("period", .string(period)),
            ("settings", .object(settings)),
            ("inputs", .array(inputs.map(Manifest.inputJSON))),
            ("templates_from", .string(templatesFrom)),
            ("templates", .array(templates.map(Manifest.fileJSON))),
        ])
    }

    static func fileJSON(_ file: File) -> JSONValue {
        .object([("path", .string(file.path)), ("size", .int(file.size)), ("sha256", .string(file.sha256))])
    }

    static func counts(_ values: [String: Int]) -> JSONValue {
        .object(values.sorted { $0.key < $1.key }.map { ($0.key, .int($0.value)) })
    }

    static func inputJSON(_ input: Input) -> JSONValue {
        var members: [(String, JSONValue)] = [("name", .string(input.name)), ("path", .string(input.path))]
        if input.synthetic { members.append(("synthetic", .bool(true))) }
        if let account = input.account {
            members += [
                ("read", .int(account.read)),
                ("loaded", .int(account.loaded)),
                ("excluded", counts(account.excluded)),
                ("rejected", counts(account.rejected)),
                ("notes", counts(account.notes)),
            ]
        }
        members.append(("files", .array(input.files.map(fileJSON))))
        return .object(members)
    }
}

extension Manifest {
    /// The fingerprint stored in a written `manifest.json`, if it can be read.
    static func storedFingerprint(at path: String) -> String? {
        guard let data = FileManager.default.contents(atPath: path),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return nil }
        return object["fingerprint"] as? String
    }
}
