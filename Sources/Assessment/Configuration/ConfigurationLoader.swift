import Foundation
import Loaders
import Synthesis
import Yams

/// Reads `assessment.yml`: YAML, strict about keys, with the line of every problem.
public enum ConfigurationLoader {
    static let topLevelKeys = ["title", "area_name", "force_code", "data", "serious_violence", "areas", "disclosure", "synthesis",
                               "templates", "anomalies", "commentary", "recommendations", "code_lists", "similar_forces",
                               "similar_forces_source"]
    static let dataKeys = InputKind.allCases.map(\.key) + ["synthetic"]

    /// Loads the configuration at `file` (a path as the user gave it).
    public static func load(file: String) throws(ConfigurationError) -> Configuration {
        try ConfigurationBounds.checkFile(file)
        guard let data = FileManager.default.contents(atPath: file) else {
            let exists = FileManager.default.fileExists(atPath: file)
            throw ConfigurationError(path: file, message: exists ? "cannot be read" : "no such file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigurationError(path: file, message: "is not UTF-8 text")
        }
        try ConfigurationBounds.checkNesting(text, file: file)
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw ConfigurationError(path: file, message: "is empty")
            }
            root = node
        } catch let error as ConfigurationError {
            throw error
        } catch let error as YamlError {
            throw yamlError(error, file: file)
        } catch {
            throw ConfigurationError(path: file, message: "is not valid YAML: \(error)")
        }
        try ConfigurationBounds.checkExpansion(root, file: file)
        try ConfigurationBounds.checkValues(root, file: file)
        let folder = (file as NSString).deletingLastPathComponent
        var reader = NodeReader(file: file, folder: folder.isEmpty ? "." : folder)
        return try reader.configuration(root)
    }

    static func yamlError(_ error: YamlError, file: String) -> ConfigurationError {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            let prefix = context.map { "\($0.text) " } ?? ""
            return ConfigurationError(path: file, line: mark.line, column: mark.column, message: "YAML syntax: \(prefix)\(problem)")
        case let .duplicatedKeysInMapping(duplicates, context):
            return ConfigurationError(path: file, line: context.mark.line, column: context.mark.column,
                                      message: "key repeated in a mapping: \(duplicates.joined(separator: ", "))")
        default:
            return ConfigurationError(path: file, message: "is not valid YAML: \(error)")
        }
    }
}

/// Walks the YAML node tree, checking keys and types, remembering the file for messages.
struct NodeReader {
    let file: String
    let folder: String

    func error(_ node: Node?, _ message: String) -> ConfigurationError {
        ConfigurationError(path: file, line: node?.mark?.line, column: node?.mark?.column, message: message)
    }

    /// The mapping's entries by key, rejecting keys not in `allowed`.
    func mapping(_ node: Node, _ name: String, allowed: [String]) throws(ConfigurationError) -> [String: (key: Node, value: Node)] {
        guard case let .mapping(mapping) = node else { throw error(node, "'\(name)' must be a mapping of keys to values") }
        var result: [String: (key: Node, value: Node)] = [:]
        for (key, value) in mapping {
            guard let keyText = key.string else { throw error(key, "keys in '\(name)' must be text") }
            guard allowed.contains(keyText) else {
                throw error(key, "unknown key '\(keyText)' in \(name) (expected one of: \(allowed.joined(separator: ", ")))")
            }
            result[keyText] = (key, value)
        }
        return result
    }

    func string(_ entries: [String: (key: Node, value: Node)], _ key: String, in section: String, required: Bool = true) throws(ConfigurationError) -> String? {
        guard let entry = entries[key] else {
            if required { throw error(nil, "missing required key '\(key)' in \(section)") }
            return nil
        }
        guard case .scalar = entry.value, let text = entry.value.string, !text.isEmpty else {
            throw error(entry.value, "'\(key)' must be a non-empty text value")
        }
        return text
    }

    func path(_ entries: [String: (key: Node, value: Node)], _ key: String, required: Bool,
              mayBeMissing: Bool = false) throws(ConfigurationError) -> Configuration.InputPath? {
        guard let relative = try string(entries, key, in: "data", required: required) else { return nil }
        let full = relative.hasPrefix("/") ? relative : (folder == "." ? relative : folder + "/" + relative)
        guard mayBeMissing || FileManager.default.fileExists(atPath: full) else {
            throw error(entries[key]?.value, "data.\(key): '\(relative)' does not exist (paths are relative to the configuration file)")
        }
        return Configuration.InputPath(path: full, display: relative)
    }

    mutating func configuration(_ root: Node) throws(ConfigurationError) -> Configuration {
        let top = try mapping(root, "the configuration", allowed: ConfigurationLoader.topLevelKeys)
        let section = "the configuration"
        guard let dataEntry = top["data"] else { throw error(nil, "missing required key 'data' in \(section)") }
        let data = try mapping(dataEntry.value, "data", allowed: ConfigurationLoader.dataKeys)
        // Synthetic inputs may not exist yet: `sna synthesize` writes them.
        let synthetic = try syntheticKeys(data["synthetic"]?.value)
        var found: [InputKind: Configuration.InputPath] = [:]
        for kind in InputKind.allCases {
            found[kind] = try path(data, kind.key, required: !kind.isOptional, mayBeMissing: synthetic.contains(kind))
        }
        let paths = Configuration.DataPaths(
            policeStreet: found[.policeStreet] ?? unreachablePath, policeRecords: found[.policeRecords],
            emergencyDepartment: found[.emergencyDepartment], majorTrauma: found[.majorTrauma],
            population: found[.population] ?? unreachablePath, lsoaLookup: found[.lsoaLookup] ?? unreachablePath,
            areaLookup: found[.areaLookup] ?? unreachablePath, comparators: found[.comparators], lsoaCentroids: found[.lsoaCentroids], boundaries: found[.boundaries],
            synthetic: synthetic
        )

        var codes = ["1/1", "1/2", "2", "5D"]
        if let entry = top["serious_violence"] {
            let violence = try mapping(entry.value, "serious_violence", allowed: ["offence_codes"])
            if let list = violence["offence_codes"] {
                codes = try offenceCodes(list.value)
                if codes.isEmpty { throw error(list.value, "serious_violence.offence_codes must list at least one Home Office offence code") }
            }
        }

        var areas: [Configuration.Area] = []
        if let entry = top["areas"] {
            guard case let .sequence(sequence) = entry.value else { throw error(entry.value, "'areas' must be a list") }
            for item in sequence {
                let fields = try mapping(item, "an area", allowed: ["name", "districts"])
                guard let name = try string(fields, "name", in: "an area") else { continue }
                guard let districts = fields["districts"] else { throw error(item, "area '\(name)' has no 'districts' list") }
                let list = try strings(districts.value, "areas.districts")
                if list.isEmpty { throw error(districts.value, "area '\(name)' lists no districts") }
                areas.append(Configuration.Area(name: name, districts: list))
            }
        }

        var minimumCount = 8
        if let entry = top["disclosure"] {
            let disclosure = try mapping(entry.value, "disclosure", allowed: ["minimum_count"])
            if let value = disclosure["minimum_count"] {
                guard let number = value.value.int, number >= 0 else {
                    throw error(value.value, "disclosure.minimum_count must be a whole number, 0 or more (0 turns suppression off)")
                }
                minimumCount = number
            }
        }

        let forceCode = try string(top, "force_code", in: section) ?? ""
        let anomalies = try anomalousPeriods(top["anomalies"]?.value)
        let similarForces = try similarForcesList(top["similar_forces"]?.value, forceCode: forceCode)
        var configuration = Configuration(
            title: try string(top, "title", in: section, required: false) ?? "Serious Violence Strategic Needs Assessment",
            areaName: try string(top, "area_name", in: section) ?? "",
            forceCode: forceCode,
            data: paths,
            seriousViolenceCodes: codes,
            areas: areas,
            minimumCount: minimumCount,
            templates: try templatesFolder(top["templates"]?.value),
            commentary: try folderPath(top["commentary"]?.value, key: "commentary"),
            recommendations: try filePath(top["recommendations"]?.value, key: "recommendations"),
            codeLists: try codeLists(top["code_lists"]?.value),
            synthesisYAML: try synthesisText(top["synthesis"]?.value),
            file: file,
            folder: folder
        )
        configuration.anomalies = anomalies
        configuration.similarForces = similarForces
        configuration.similarForcesSource = try string(top, "similar_forces_source", in: section, required: false)
        return configuration
    }

    /// `similar_forces:`: ONS police force area codes, none the force itself, none twice,
    /// each remembered with its place so that a code the comparators lack can be named.
    func similarForcesList(_ node: Node?, forceCode: String) throws(ConfigurationError) -> [Configuration.SimilarForce] {
        guard let node else { return [] }
        let codes = try strings(node, "similar_forces")
        let items = node.sequence.map(Array.init) ?? []
        var similarForces: [Configuration.SimilarForce] = []
        for (index, code) in codes.enumerated() {
            let item = items.indices.contains(index) ? items[index] : node
            let place = error(item, "")
            guard code.count == 9, code.hasPrefix("E23") || code.hasPrefix("W15"), code.dropFirst(3).allSatisfy(\.isNumber) else {
                throw error(item, "similar_forces: '\(code)' is not an ONS police force area code (like E23000035 or W15000001)")
            }
            guard code != forceCode else { throw error(item, "similar_forces: '\(code)' is the force itself (force_code)") }
            guard !similarForces.contains(where: { $0.code == code }) else { throw error(item, "similar_forces: '\(code)' is listed twice") }
            similarForces.append(.init(code: code, line: place.line, column: place.column))
        }
        return similarForces
    }

    func syntheticKeys(_ node: Node?) throws(ConfigurationError) -> [InputKind] {
        guard let node else { return [] }
        let keys = try strings(node, "data.synthetic")
        var kinds: [InputKind] = []
        for (index, key) in keys.enumerated() {
            guard let kind = InputKind(key: key), kind.isRecordLevel else {
                let item = node.sequence.map { Array($0)[index] }
                let expected = InputKind.recordLevel.map(\.key).joined(separator: ", ")
                throw error(item ?? node, "data.synthetic: '\(key)' is not a record-level input (expected: \(expected))")
            }
            kinds.append(kind)
        }
        return kinds
    }

    func synthesisText(_ node: Node?) throws(ConfigurationError) -> String? {
        guard let node else { return nil }
        _ = try mapping(node, "synthesis", allowed: ["seed"] + SynthesisParameters.keys)
        do {
            return try Yams.serialize(node: node)
        } catch {
            throw self.error(node, "the synthesis section cannot be read: \(error)")
        }
    }

    private var unreachablePath: Configuration.InputPath { Configuration.InputPath(path: "", display: "") }

    func strings(_ node: Node, _ name: String) throws(ConfigurationError) -> [String] {
        guard case let .sequence(sequence) = node else { throw error(node, "'\(name)' must be a list") }
        var result: [String] = []
        for item in sequence {
            guard case .scalar = item, let text = item.string, !text.isEmpty else { throw error(item, "'\(name)' must list text values") }
            result.append(text)
        }
        return result
    }
}
