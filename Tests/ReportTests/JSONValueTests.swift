import Testing
@testable import Report

/// findings.json and manifest.json are written by `JSONValue.text`: two-space indents,
/// keys in the order given, strings escaped as RFC 8259 asks.
@Suite("JSON values")
struct JSONValueTests {
    @Test("pretty-prints nested objects and arrays, keys in the order given")
    func layout() {
        let value = JSONValue.object([
            ("b", .int(2)),
            ("a", .array([.bool(true), .null, .object([]), .array([]), .decimal(1.26, places: 1)])),
            ("c", .object([("d", .string("x"))])),
        ])
        #expect(value.text == """
            {
              "b": 2,
              "a": [
                true,
                null,
                {},
                [],
                1.3
              ],
              "c": {
                "d": "x"
              }
            }

            """)
        #expect(JSONValue.array([]).text == "[]\n")
    }

    @Test("escapes quotes, backslashes and control characters, and keeps other text as it is")
    func escaping() {
        let text = "say \"hi\" \\ tab\there\nline\r\u{1}\u{1F} Ynys Môn – 🙂 \u{7F}"
        #expect(JSONValue.string(text).text
            == "\"say \\\"hi\\\" \\\\ tab\\there\\nline\\r\\u0001\\u001f Ynys Môn – 🙂 \u{7F}\"\n")
        #expect(JSONValue.object([("k\"ey", .string(""))]).text == "{\n  \"k\\\"ey\": \"\"\n}\n")
    }
}
