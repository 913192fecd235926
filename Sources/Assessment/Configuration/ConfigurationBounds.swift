import Foundation
import Loaders
import Yams

/// Limits on the configuration, so that a small hostile file cannot take the machine:
/// its size, its nesting, what its aliases expand to, and the number and length of the
/// values sna keeps. Each limit is far above what an assessment needs; a file past one is
/// an error saying which, with the line and column where it was passed.
enum ConfigurationBounds {
    /// The largest configuration file read (the demonstration's is about 2 KB).
    static let fileBytes = 1 << 20
    /// The deepest nesting of flow collections (`[` and `{`).
    static let nesting = 64
    /// Nodes in the tree once every alias is expanded.
    static let expandedNodes = 100_000
    /// Characters of text in the tree once every alias is expanded.
    static let expandedCharacters = 1 << 20
    /// Configured areas, and districts in one area (England and Wales have about 330).
    static let areas = 1_000
    static let districtsPerArea = 1_000
    /// Serious violence offence codes (the Home Office list has a few hundred).
    static let offenceCodes = 1_000
    /// Characters in a name or title shown in the report.
    static let nameLength = 200

    /// The file must be a regular file no larger than `fileBytes`; checked before it is
    /// opened for reading, so that a FIFO or device is never read.
    static func checkFile(_ file: String) throws(ConfigurationError) {
        var status = stat()
        guard stat(file, &status) == 0 else {
            throw ConfigurationError(path: file, message: errno == ENOENT ? "no such file" : "cannot be read")
        }
        guard (status.st_mode & S_IFMT) == S_IFREG else {
            throw ConfigurationError(path: file, message: "is \(Folder.kind(of: status.st_mode)), expected a YAML file")
        }
        guard Int(status.st_size) <= fileBytes else {
            throw ConfigurationError(path: file, message: "is \(status.st_size) bytes, more than the \(fileBytes) a configuration may be")
        }
    }

    /// Flow collections nested deeper than `nesting` (the YAML parser recurses on them).
    static func checkNesting(_ text: String, file: String) throws(ConfigurationError) {
        var depth = 0
        var line = 1
        var column = 0
        var quote: UInt8?
        var comment = false
        for byte in text.utf8 {
            column += 1
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 0
                comment = false
                continue
            }
            if comment { continue }
            if let open = quote {
                if byte == open { quote = nil }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "'"): quote = byte
            case UInt8(ascii: "#"): comment = true
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                if depth > nesting {
                    throw ConfigurationError(path: file, line: line, column: column,
                                             message: "lists and mappings are nested more than \(nesting) deep")
                }
            case UInt8(ascii: "]"), UInt8(ascii: "}"): depth = max(0, depth - 1)
            default: break
            }
        }
    }

    /// The tree with every alias expanded must stay within `expandedNodes` nodes and
    /// `expandedCharacters` characters of text. The walk stops as soon as either is
    /// passed, so checking a bomb costs no more than the bound.
    static func checkExpansion(_ root: Node, file: String) throws(ConfigurationError) {
        var nodes = 0
        var characters = 0
        func visit(_ node: Node) throws(ConfigurationError) {
            nodes += 1
            if nodes > expandedNodes {
                throw error(node, file, "holds more than \(expandedNodes) values once its aliases are expanded")
            }
            switch node {
            case .scalar(let scalar):
                characters += scalar.string.utf8.count
                if characters > expandedCharacters {
                    throw error(node, file, "holds more than \(expandedCharacters) characters of text once its aliases are expanded")
                }
            case .mapping(let mapping):
                for (key, value) in mapping {
                    try visit(key)
                    try visit(value)
                }
            case .sequence(let sequence):
                for item in sequence { try visit(item) }
            case .alias:
                break
            }
        }
        try visit(root)
    }

    /// The number of areas, districts and codes, and the length of every name.
    static func checkValues(_ root: Node, file: String) throws(ConfigurationError) {
        for key in ["title", "area_name", "force_code"] {
            if let node = root[key] { try checkLength(node, key, file: file) }
        }
        if let codes = root["serious_violence"]?["offence_codes"]?.sequence {
            if codes.count > offenceCodes {
                throw error(root["serious_violence"]?["offence_codes"], file, "serious_violence.offence_codes lists \(codes.count) codes, more than \(offenceCodes)")
            }
            for code in codes { try checkLength(code, "an offence code", file: file) }
        }
        if let areaNodes = root["areas"], let list = areaNodes.sequence {
            if list.count > areas {
                throw error(areaNodes, file, "areas lists \(list.count) areas, more than \(areas)")
            }
            for area in list {
                if let name = area["name"] { try checkLength(name, "an area's name", file: file) }
                if let districts = area["districts"], let items = districts.sequence {
                    if items.count > districtsPerArea {
                        throw error(districts, file, "an area lists \(items.count) districts, more than \(districtsPerArea)")
                    }
                    for district in items { try checkLength(district, "a district code", file: file) }
                }
            }
        }
    }

    /// A name is at most `nameLength` characters, with no control character (an escape
    /// sequence in a title would reach the page and every terminal that shows it).
    static func checkLength(_ node: Node, _ what: String, file: String) throws(ConfigurationError) {
        guard let text = node.string else { return }
        if let control = text.unicodeScalars.first(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) {
            let code = String(control.value, radix: 16, uppercase: true)
            throw error(node, file, "\(what) holds a control character (U+\(String(repeating: "0", count: max(0, 4 - code.count)) + code))")
        }
        guard text.count > nameLength else { return }
        throw error(node, file, "\(what) is \(text.count) characters long, more than \(nameLength)")
    }

    static func error(_ node: Node?, _ file: String, _ message: String) -> ConfigurationError {
        ConfigurationError(path: file, line: node?.mark?.line, column: node?.mark?.column, message: message)
    }
}
