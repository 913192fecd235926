import Loaders
@testable import Report
import Testing

@Suite("Data-quality appendix: unmapped values")
struct UnmappedValuesAppendixTests {
    @Test("each unmapped value is listed among the loaded rows with its count and first path:line")
    func listed() {
        var account = InputAccount(path: "health/ed.csv")
        account.read = 3
        account.loaded = 3
        account.addUnmapped(UnmappedValue(field: "ASSAULT_METHOD", value: "Glass", count: 1, path: "health/ed.csv", line: 7))
        account.addUnmapped(UnmappedValue(field: "ASSAULT_METHOD", value: "Glass", count: 1, path: "health/ed.csv", line: 8))
        let source = ReportModel.Source(key: "emergency_department", name: "Emergency department assaults (ISTV)",
                                        path: "health/ed.csv", files: 1, account: account, isSynthetic: false, isPublic: false)
        let reasons = DataQualitySection.source(source).reasons
        #expect(reasons.map { [$0.outcome, $0.reason, $0.count] } == [
            ["Loaded", "ASSAULT_METHOD 'Glass' read as unknown (first at health/ed.csv:7)", "2"],
        ])
    }
}
