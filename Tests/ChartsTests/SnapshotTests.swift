import Charts
import Testing
import TestSupport

@Suite("Chart goldens")
struct SnapshotTests {
    @Test("each chart kind renders as its recorded SVG", arguments: Fixtures.all.map(\.name))
    func golden(name: String) throws {
        let chart = try #require(Fixtures.all.first { $0.name == name }?.chart)
        expectSnapshot(chart.svg() + "\n", named: "\(name).svg")
    }
}
