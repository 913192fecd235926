import Foundation
import Loaders
import Testing

/// The optional LSOA centroids: a code, a longitude and a latitude a row; the first bad
/// row stops the load with its line and column.
@Suite("LSOA centroid loader")
struct LSOACentroidLoaderTests {
    func load(_ text: String) throws -> [LSOACentroid] {
        let (folder, path) = try CSVTestFiles.write(text, name: "centroids.csv")
        defer { try? FileManager.default.removeItem(at: folder) }
        return try LSOACentroidLoader.load(path: path, displayPath: "centroids.csv")
    }

    func error(_ text: String) throws -> String? {
        do {
            _ = try load(text)
            return nil
        } catch let error as InputError {
            return error.description
        }
    }

    @Test("reads each row's code, longitude and latitude, in the columns' order or any other")
    func rows() throws {
        let centroids = try load("lsoa_code,longitude,latitude\nE01018936,-4.142657,50.371389\n W01000005 , -4.3 ,53.2\n")
        #expect(centroids == [
            LSOACentroid(code: AreaCode.parse("E01018936")!, longitude: -4.142657, latitude: 50.371389),
            LSOACentroid(code: AreaCode.parse("W01000005")!, longitude: -4.3, latitude: 53.2),
        ])
        let named = try load("LAT,Name,LSOA21CD,LONG\n50.5,Somewhere,E01000001,-3.5\n")
        #expect(named == [LSOACentroid(code: AreaCode.parse("E01000001")!, longitude: -3.5, latitude: 50.5)])
    }

    @Test("a missing column, a bad code, a repeated code or a coordinate out of range stops the load where it is")
    func problems() throws {
        #expect(try error("lsoa_code,longitude\nE01000001,-3\n")
            == "centroids.csv:1: error: missing required column 'latitude' (the header has: lsoa_code, longitude)")
        #expect(try error("lsoa_code,longitude,latitude\nE0100001,-3,50\n")
            == "centroids.csv:2:1: error: column 'lsoa_code': 'E0100001' is not an LSOA code (expected a letter and 8 digits, like E01018936)")
        #expect(try error("lsoa_code,longitude,latitude\nE01000001,-3,50\nE01000001,-3,50\n")
            == "centroids.csv:3:1: error: column 'lsoa_code': LSOA 'E01000001' appears twice")
        #expect(try error("lsoa_code,longitude,latitude\nE01000001,-3,95\n")
            == "centroids.csv:2:14: error: column 'latitude': '95' is not a latitude in degrees (-90 to 90)")
        #expect(try error("lsoa_code,longitude,latitude\nE01000001,west,50\n")
            == "centroids.csv:2:11: error: column 'longitude': 'west' is not a longitude in degrees (-180 to 180)")
    }
}
