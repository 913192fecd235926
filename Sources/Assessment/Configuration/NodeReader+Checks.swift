import Foundation
import Loaders
import Yams

extension NodeReader {
    /// `serious_violence.offence_codes`: any list of Home Office offence codes, each one in
    /// the code table, so that a mistyped code is a configuration error at its own line and
    /// column rather than a definition that silently matches nothing.
    func offenceCodes(_ node: Node) throws(ConfigurationError) -> [String] {
        let name = "serious_violence.offence_codes"
        let codes = try strings(node, name)
        let items = node.sequence.map(Array.init) ?? []
        var canonical: [String] = []
        for (index, code) in codes.enumerated() {
            let item = index < items.count ? items[index] : node
            // The table reads `05d` as 5D; the definition keeps the table's spelling, which
            // is what records are matched against and what the report shows.
            guard let offence = HomeOfficeOffenceCodes.offence(code: code) else {
                throw error(item, "\(name): '\(code)' is not a Home Office offence code\(Self.suggestion(for: code))")
            }
            guard !canonical.contains(offence.code) else {
                throw error(item, "\(name): '\(code)' is listed twice (as \(offence.code))")
            }
            canonical.append(offence.code)
        }
        return canonical
    }

    /// Codes of the table that share `code`'s leading number, as a hint: `5Z` suggests 5A, 5B ...
    static func suggestion(for code: String) -> String {
        let number = code.prefix { $0.isNumber }
        guard !number.isEmpty else { return " (the codes are in HomeOfficeOffenceCodes.swift, like 1/1, 5D or 8N)" }
        let near = HomeOfficeOffenceCodes.all.map(\.code).filter { $0.prefix { $0.isNumber } == number }
        guard !near.isEmpty else { return " (the codes are in HomeOfficeOffenceCodes.swift, like 1/1, 5D or 8N)" }
        return " (codes beginning \(number): \(near.joined(separator: ", ")))"
    }

    /// `templates:`: a folder of the partnership's own templates, relative to the configuration file.
    func templatesFolder(_ node: Node?) throws(ConfigurationError) -> Configuration.InputPath? {
        guard let node else { return nil }
        guard case .scalar = node, let relative = node.string, !relative.isEmpty else {
            throw error(node, "'templates' must be a folder (relative to the configuration file)")
        }
        let full = relative.hasPrefix("/") ? relative : (folder == "." ? relative : folder + "/" + relative)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: full, isDirectory: &isFolder), isFolder.boolValue else {
            throw error(node, "templates: '\(relative)' is not a folder (paths are relative to the configuration file)")
        }
        return Configuration.InputPath(path: full, display: relative)
    }
}

extension NodeReader {
    /// A folder named by `key`, relative to the configuration file (`commentary:`).
    func folderPath(_ node: Node?, key: String) throws(ConfigurationError) -> Configuration.InputPath? {
        guard let node else { return nil }
        guard case .scalar = node, let relative = node.string, !relative.isEmpty else {
            throw error(node, "'\(key)' must be a folder (relative to the configuration file)")
        }
        let full = relative.hasPrefix("/") ? relative : (folder == "." ? relative : folder + "/" + relative)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: full, isDirectory: &isFolder), isFolder.boolValue else {
            throw error(node, "\(key): '\(relative)' is not a folder (paths are relative to the configuration file)")
        }
        return Configuration.InputPath(path: full, display: relative)
    }

    /// A file named by `key`, relative to the configuration file (`recommendations:`).
    func filePath(_ node: Node?, key: String) throws(ConfigurationError) -> Configuration.InputPath? {
        guard let node else { return nil }
        guard case .scalar = node, let relative = node.string, !relative.isEmpty else {
            throw error(node, "'\(key)' must be a file (relative to the configuration file)")
        }
        let full = relative.hasPrefix("/") ? relative : (folder == "." ? relative : folder + "/" + relative)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue else {
            throw error(node, "\(key): '\(relative)' is not a file (paths are relative to the configuration file)")
        }
        return Configuration.InputPath(path: full, display: relative)
    }
}
