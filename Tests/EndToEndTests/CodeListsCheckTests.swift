import Assessment
import Foundation
import Testing
import TestSupport

@Suite("sna check with real code lists")
struct CodeListsCheckTests {
    static let header = "REPORTING_PERIOD_START_DATE,REPORTING_PERIOD_END_DATE,SITE_CODE_OF_TREATMENT,ARRIVAL_DATE_TIME_AT_AE,ASSAULT_DATE_TIME,ASSAULT_METHOD,ASSAULT_LOCATION_TYPE,AGE_AT_ARRIVAL,SEX,ALCOHOL_INVOLVED,INCIDENT_LSOA"

    static func row(_ method: String, _ location: String, _ sex: String, _ alcohol: String) -> String {
        "2020-07-01,2020-07-31,RXX01,2020-07-14T00:30,2020-07-13T23:40,\(method),\(location),24,\(sex),\(alcohol),E01000001"
    }

    /// The small fixture with an A&E extract written with the ISB 1594 labels (and a
    /// local label, `Glass`, and one mapped under `code_lists:`, `Fist`).
    static func write(codeLists: String) throws -> (folder: URL, configuration: String) {
        let (folder, configuration) = try SmallFixture.write()
        let rows = [
            row("\"Body part (e.g. fist, foot)\"", "Licensed premises", "1", "Yes"),
            row("Blunt object", "Street", "2", "No"),
            row("Sharp object", "Home", "9", ""),
            row("Firearm", "Other", "Male", "1"),
            row("Other", "Street", "Female", "0"),
            row("Glass", "Street", "M", "Y"),
            row("Glass", "Home", "F", "N"),
            row("Fist", "Street", "M", "N"),
        ]
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("health"), withIntermediateDirectories: true)
        try Data(([header] + rows).joined(separator: "\n").utf8 + Data("\n".utf8))
            .write(to: folder.appendingPathComponent("health/ed.csv"))
        var yaml = try String(contentsOfFile: configuration, encoding: .utf8)
        yaml = yaml.replacingOccurrences(of: "  comparators: comparators\n", with: "  comparators: comparators\n  emergency_department: health/ed.csv\n")
        try Data((yaml + codeLists).utf8).write(to: URL(fileURLWithPath: configuration))
        return (folder, configuration)
    }

    @Test("an extract with the ISB 1594 labels loads every row; an unmapped local label is listed and loads as unknown")
    func labelsLoad() throws {
        let (folder, configuration) = try Self.write(codeLists: """
            code_lists:
              emergency_department:
                ASSAULT_METHOD: {"Fist": body_part}

            """)
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = try Checker.run(CheckOptions(configurationFile: configuration, parallel: false)) { _ in }
        let line = try #require(report.lines.first { $0.input == "emergency_department" })
        #expect(line.read == 8)
        #expect(line.loaded == 8)
        #expect(line.rejected == 0)
        // The fixture's street-level files hold one bad month on purpose; the extract none.
        #expect(!report.problems.contains { $0.contains("health/ed.csv") })
        #expect(report.unmapped.map { $0.replacingOccurrences(of: folder.path + "/", with: "") }
            == ["emergency_department: ASSAULT_METHOD 'Glass': 2 rows read as unknown, first at health/ed.csv:7"])
        #expect(!report.failed)
    }

    @Test("--strict makes an unmapped value an error")
    func strict() throws {
        let (folder, configuration) = try Self.write(codeLists: "")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: AssessmentError.self) {
            _ = try Checker.run(CheckOptions(configurationFile: configuration, strict: true, parallel: false)) { _ in }
        }
    }
}
