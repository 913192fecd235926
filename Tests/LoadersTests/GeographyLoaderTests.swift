import Foundation
import Loaders
import Testing

/// The LSOA lookup must be whole: every LSOA once, with its district; the first bad row
/// stops the load with its line and column.
@Suite("Geography loader")
struct GeographyLoaderTests {
    static let header = "LSOA11CD,LSOA11NM,LAD19CD,LAD19NM,IMD19\n"

    func load(_ rows: String) throws -> [LSOA] {
        let (folder, path) = try CSVTestFiles.write(GeographyLoaderTests.header + rows, name: "lsoas.csv")
        defer { try? FileManager.default.removeItem(at: folder) }
        return try GeographyLoader.loadLSOAs(path: path, displayPath: "lsoas.csv")
    }

    func error(_ rows: String) throws -> String? {
        do {
            _ = try load(rows)
            return nil
        } catch let error as InputError {
            return error.description
        }
    }

    @Test("reads each row's code, names and rank, districts grouped or not")
    func rows() throws {
        let lsoas = try load("""
            E01000001, City of London 001A ,E09000001,City of London,29199
            E01000002,City of London 001B,E09000001,City of London,
            E01000003,Barking and Dagenham 014B, E09000002 ,Barking and Dagenham,6002
            E01000004,City of London 001C,E09000001,"City of London",30000
            W01000005,Ynys Môn 001A,W06000001,Ynys Môn,12

            """)
        #expect(lsoas.map(\.code.description) == ["E01000001", "E01000002", "E01000003", "E01000004", "W01000005"])
        #expect(lsoas.map(\.name) == ["City of London 001A", "City of London 001B", "Barking and Dagenham 014B", "City of London 001C", "Ynys Môn 001A"])
        #expect(lsoas.map(\.districtCode) == ["E09000001", "E09000001", "E09000002", "E09000001", "W06000001"])
        #expect(lsoas.map(\.districtName) == ["City of London", "City of London", "Barking and Dagenham", "City of London", "Ynys Môn"])
        #expect(lsoas.map(\.deprivationRank) == [29199, nil, 6002, 30000, 12])
    }

    @Test("a repeated, malformed or blank code, or a blank district, stops the load where it is")
    func problems() throws {
        #expect(try error("E01000001,A,E09000001,D,1\nE01000002,B,E09000001,D,2\n E01000001 ,C,E09000001,D,3\n")
            == "lsoas.csv:4:1: error: column 'LSOA11CD': LSOA 'E01000001' appears twice")
        #expect(try error("E01000001,A,E09000001,D,1\nE0100002,B,E09000001,D,2\n")
            == "lsoas.csv:3:1: error: column 'LSOA11CD': 'E0100002' is not an LSOA code (expected a letter and 8 digits, like E01018936)")
        #expect(try error("E01000001,A,E09000001,D,1\n ,B,E09000001,D,2\n")
            == "lsoas.csv:3:1: error: column 'LSOA11CD': is empty")
        #expect(try error("E01000001,A,E09000001,D,1\nE01000002,B,,D,2\n")
            == "lsoas.csv:3:13: error: column 'LAD19CD': is empty")
    }
}
