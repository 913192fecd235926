import Foundation
import Yams

extension NodeReader {
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
