import Foundation
import Loaders
import Testing

/// Each police.uk file holds one month: a row of another month, or of a month before
/// police.uk began, is rejected with its reason, never counted where it says.
@Suite("police.uk months")
struct StreetCrimeMonthTests {
    static let header = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context"

    func load(_ months: [String], fileName: String) throws -> InputAccount {
        let rows = months.enumerated().map { "id\($0.offset),\($0.element),P,P,,,No location,,,Robbery,," }
        let (folder, path) = try CSVTestFiles.write(([Self.header] + rows).joined(separator: "\n") + "\n", name: fileName)
        defer { try? FileManager.default.removeItem(at: folder) }
        var ids: [UInt64] = []
        return try StreetCrimeLoader.load(path: path, displayPath: "police-uk/" + fileName, geography: Geography(lsoas: [], districts: []),
                                          crimeIDs: &ids) { _ in }
    }

    @Test("a row whose Month is not its file's month, or is before December 2010, is rejected with a reason")
    func months() throws {
        let account = try load(["2020-01", "2020-02", "0001-01"], fileName: "2020-01-testshire-street.csv")
        #expect(account.loaded == 1)
        #expect(account.rejected == ["Month not the file's month": 1, "Month before police.uk began": 1])
        #expect(account.problems.map(\.description) == [
            "police-uk/2020-01-testshire-street.csv:3:5: error: column 'Month': '2020-02' is not the month of its file, 2020-01 (each police.uk file holds one month)",
            "police-uk/2020-01-testshire-street.csv:4:5: error: column 'Month': '0001-01' is before police.uk's data begin (2010-12)",
        ])
    }

    @Test("a file whose name gives no month still refuses months before police.uk")
    func unnamed() throws {
        let account = try load(["2020-02", "0001-01"], fileName: "extract-street.csv")
        #expect(account.loaded == 1)
        #expect(account.rejected == ["Month before police.uk began": 1])
    }

    @Test("a quarter before year 0 is a quarter, not a trap")
    func earlyQuarters() {
        #expect(Quarter(year: 0, number: 1).adding(quarters: -1) == Quarter(year: -1, number: 4))
        #expect(Quarter(year: 0, number: 1).adding(quarters: -5) == Quarter(year: -2, number: 4))
        #expect(Quarter(year: 2020, number: 1).adding(quarters: -1) == Quarter(year: 2019, number: 4))
        #expect(Quarter.parse("+202-Q1") == nil)
    }
}
