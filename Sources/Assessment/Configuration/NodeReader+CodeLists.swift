import Loaders
import Yams

extension NodeReader {
    /// `code_lists:`: for each record-level input, for each of its coded fields, a
    /// partnership's own values mapped to sna's codes:
    ///
    /// ```yaml
    /// code_lists:
    ///   emergency_department:
    ///     ASSAULT_METHOD: {"Fist": body_part, "Bottle": blunt_object}
    /// ```
    ///
    /// An unknown input, an unknown field or a mapping to a value that is not one of the
    /// field's codes is an error at its line and column, naming what is valid. Fields are
    /// named in any case; codes are kept as sna writes them.
    func codeLists(_ node: Node?) throws(ConfigurationError) -> [InputKind: LocalCodeLists] {
        guard let node else { return [:] }
        let inputs = InputKind.allCases.filter { !CodedFields.fields(of: $0).isEmpty }
        let lists = try mapping(node, "code_lists", allowed: inputs.map(\.key))
        var result: [InputKind: LocalCodeLists] = [:]
        for kind in inputs {
            guard let entry = lists[kind.key] else { continue }
            let section = "code_lists.\(kind.key)"
            let known = CodedFields.fields(of: kind)
            guard case let .mapping(fields) = entry.value else { throw error(entry.value, "'\(section)' must be a mapping of fields to code lists") }
            var input: LocalCodeLists = [:]
            for (fieldKey, fieldValue) in fields {
                guard let written = fieldKey.string,
                      let field = known.first(where: { $0.field.lowercased() == written.lowercased() }) else {
                    throw error(fieldKey, "\(section): '\(fieldKey.string ?? "")' is not a coded field of \(kind.key) (expected one of: \(known.map(\.field).joined(separator: ", ")))")
                }
                input[field.field] = try codeList(fieldValue, in: "\(section).\(field.field)", codes: field.codes)
            }
            result[kind] = input
        }
        return result
    }

    /// One field's mapping: each value (text) to one of `codes`, in any case.
    private func codeList(_ node: Node, in section: String, codes: [String]) throws(ConfigurationError) -> [String: String] {
        guard case let .mapping(pairs) = node else { throw error(node, "'\(section)' must be a mapping of values to codes") }
        var result: [String: String] = [:]
        for (key, value) in pairs {
            guard case .scalar = key, let local = key.string, !local.isEmpty else { throw error(key, "\(section): values must be text") }
            guard case .scalar = value, let written = value.string,
                  let code = codes.first(where: { $0.lowercased() == written.lowercased() }) else {
                throw error(value, "\(section): '\(local)' maps to '\(value.string ?? "")', which is not a code of the field (expected one of: \(codes.joined(separator: ", ")))")
            }
            result[local] = code
        }
        return result
    }
}
