/// A JSON document built in code and written byte for byte the same every time:
/// object keys keep the order they were given in, numbers are written as given.
public indirect enum JSONValue: Sendable, Equatable {
    case string(String)
    /// A number already formatted (see `NumberFormat`), written as is.
    case number(String)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.text == rhs.text }

    public static func int(_ value: Int) -> JSONValue { .number(String(value)) }

    /// A decimal with `places` decimals, or null when missing or not finite.
    public static func decimal(_ value: Double?, places: Int) -> JSONValue {
        guard let value, value.isFinite else { return .null }
        return .number(NumberFormat.decimal(value, places: places))
    }

    public static func optionalString(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }

    /// Pretty-printed with two-space indents and a final newline.
    public var text: String {
        var output: [UInt8] = []
        output.reserveCapacity(1 << 14)
        write(into: &output, indent: 0)
        output.append(UInt8(ascii: "\n"))
        return String(decoding: output, as: UTF8.self)
    }

    /// Written as bytes, with no string made per value (a report's findings hold
    /// thousands of values).
    private func write(into output: inout [UInt8], indent: Int) {
        switch self {
        case .string(let text): JSONValue.quote(text, into: &output)
        case .number(let text): output.append(contentsOf: text.utf8)
        case .bool(let value): output.append(contentsOf: (value ? "true" : "false").utf8)
        case .null: output.append(contentsOf: "null".utf8)
        case .array(let items):
            if items.isEmpty { output.append(contentsOf: "[]".utf8); return }
            output.append(contentsOf: "[\n".utf8)
            for (index, item) in items.enumerated() {
                JSONValue.pad(&output, indent + 1)
                item.write(into: &output, indent: indent + 1)
                JSONValue.endItem(&output, last: index == items.count - 1)
            }
            JSONValue.pad(&output, indent)
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            if members.isEmpty { output.append(contentsOf: "{}".utf8); return }
            output.append(contentsOf: "{\n".utf8)
            for (index, member) in members.enumerated() {
                JSONValue.pad(&output, indent + 1)
                JSONValue.quote(member.0, into: &output)
                output.append(contentsOf: ": ".utf8)
                member.1.write(into: &output, indent: indent + 1)
                JSONValue.endItem(&output, last: index == members.count - 1)
            }
            JSONValue.pad(&output, indent)
            output.append(UInt8(ascii: "}"))
        }
    }

    /// Two spaces for each level.
    private static func pad(_ output: inout [UInt8], _ level: Int) {
        output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * level))
    }

    private static func endItem(_ output: inout [UInt8], last: Bool) {
        if !last { output.append(UInt8(ascii: ",")) }
        output.append(UInt8(ascii: "\n"))
    }

    /// The text as a JSON string: quotes and backslashes escaped, control characters
    /// written as escapes, every other character as it is (in UTF-8).
    static func quote(_ text: String, into output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): output.append(contentsOf: "\\\"".utf8)
            case UInt8(ascii: "\\"): output.append(contentsOf: "\\\\".utf8)
            case UInt8(ascii: "\n"): output.append(contentsOf: "\\n".utf8)
            case UInt8(ascii: "\r"): output.append(contentsOf: "\\r".utf8)
            case UInt8(ascii: "\t"): output.append(contentsOf: "\\t".utf8)
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                output.append(contentsOf: "\\u00".utf8)
                output.append(hex[Int(byte >> 4)])
                output.append(hex[Int(byte & 0xF)])
            default:
                output.append(byte)
            }
        }
        output.append(UInt8(ascii: "\""))
    }
}
