@testable import Assessment
import Foundation
import Testing
import TestSupport

/// Hostile text in every text field that reaches an output: the title and area names of
/// the configuration, district, partnership, force and LSOA names of the lookups. A whole
/// run must show each as text: no link, tag or control byte in the page, no formula in a
/// CSV cell.
@Suite("Faults: hostile text through a whole run")
struct HostileInputTextTests {
    static let names = [
        "=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")",  // doubled quotes: written inside a quoted CSV field
        "`x` [l](http://e.com) www.evil.example me@evil.example",
        "+cmd|' /C calc'!A0",
        "@SUM(1+1)",
        "-2+3 <b>bold</b> \u{1B}[31mred\u{07}",
    ]

    @Test("district, partnership, force, LSOA and area names are shown as text everywhere")
    func wholeRun() throws {
        let (folder, configuration) = try SmallFixture.write()
        defer { try? FileManager.default.removeItem(at: folder) }
        func rewrite(_ path: String, _ change: (String) -> String) throws {
            let url = folder.appendingPathComponent(path)
            try Data(change(try String(contentsOf: url, encoding: .utf8)).utf8).write(to: url)
        }
        try rewrite("geography/areas.csv") { text in
            text.replacingOccurrences(of: "1,E06000001,North,E22000001,North,E23000099,Testshire",
                                      with: "1,E06000001,\"\(Self.names[0])\",E22000001,\"\(Self.names[1])\",E23000099,\"\(Self.names[2])\"")
                .replacingOccurrences(of: "2,E06000002,South,E22000002,South,E23000099,Testshire",
                                      with: "2,E06000002,\"\(Self.names[3])\",E22000002,\"\(Self.names[4])\",E23000099,\"\(Self.names[2])\"")
        }
        try rewrite("geography/lsoa.csv") { text in
            text.replacingOccurrences(of: "E01000001,North 001A,E06000001,North", with: "E01000001,\"\(Self.names[1])\",E06000001,\"\(Self.names[0])\"")
        }
        try rewrite("assessment.yml") { text in
            text.replacingOccurrences(of: "area_name: Testshire", with: "area_name: \"`Test` http://evil.example <i>x</i>\"")
                .replacingOccurrences(of: "- name: Both districts", with: "- name: \"=1+1 [a](http://b.c)\"")
        }
        let output = folder.appendingPathComponent("Output").path
        let options = GenerateOptions(configurationFile: configuration, output: output, templates: Repository.templates)
        let summary = try Generator.run(options) { _ in }

        for file in summary.files {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: summary.folder + "/" + file))
            #expect(!bytes.contains(0x1B) && !bytes.contains(0x07), "\(file) holds a control byte")
        }
        let html = try String(contentsOfFile: summary.folder + "/assessment.html", encoding: .utf8)
        for link in ["href=\"http://e", "href=\"http://evil", "href=\"http://www.evil", "href=\"mailto:", "href=\"http://b.c"] {
            #expect(!html.contains(link), "assessment.html links \(link)")
        }
        for tag in ["<b>bold</b>", "<i>x</i>"] { #expect(!html.contains(tag), "assessment.html holds \(tag)") }
        #expect(html.contains("=HYPERLINK("))

        var sawFormula = false
        for file in summary.files where file.hasSuffix(".csv") {
            for row in try Repository.csvRows(summary.folder + "/" + file) {
                for cell in row {
                    guard let first = cell.first, "=+-@".contains(first) else { continue }
                    #expect(Double(cell) != nil, "\(file): the cell \(cell) would run as a formula")
                }
                sawFormula = sawFormula || row.contains { $0.hasPrefix("'=HYPERLINK(") }
            }
        }
        #expect(sawFormula, "the district name is in a table, neutralised")
    }
}
