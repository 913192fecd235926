import Foundation
import Loaders
import Testing

/// District boundaries as GeoJSON: two square districts, and the ways a file can be wrong.
@Suite("Boundary loader")
struct BoundaryLoaderTests {
    /// D1 is the square from (0, 0) to (1, 1); D2, a MultiPolygon, the square from (1, 0)
    /// to (2, 1) with a hole.
    static let twoSquares = """
        {"type": "FeatureCollection", "features": [
          {"type": "Feature", "properties": {"LAD19CD": "E07000001", "LAD19NM": "D1"},
           "geometry": {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]]}},
          {"type": "Feature", "properties": {"objectid": 2, "lad19cd": "E07000002"},
           "geometry": {"type": "MultiPolygon", "coordinates": [[[[1, 0], [2, 0], [2, 1], [1, 1], [1, 0]],
                                                                  [[1.4, 0.4], [1.6, 0.4], [1.6, 0.6], [1.4, 0.4]]]]}}
        ]}
        """

    static func parse(_ text: String) throws -> [DistrictBoundary] {
        try BoundaryLoader.parse(Data(text.utf8), displayPath: "boundaries.geojson")
    }

    static func error(_ text: String) -> String? {
        do {
            _ = try parse(text)
            return nil
        } catch let error as InputError {
            return error.description
        } catch {
            return "\(error)"
        }
    }

    @Test("reads each feature's district code and its polygons' rings")
    func squares() throws {
        let boundaries = try Self.parse(Self.twoSquares)
        #expect(boundaries.map(\.code) == ["E07000001", "E07000002"])
        #expect(boundaries[0].polygons.count == 1 && boundaries[0].polygons[0].count == 1)
        #expect(boundaries[0].polygons[0][0].map { [$0.longitude, $0.latitude] } == [[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]])
        // D2: one polygon, its outline and one hole.
        #expect(boundaries[1].polygons.count == 1 && boundaries[1].polygons[0].count == 2)
        #expect(boundaries[1].polygons[0][1][1] == DistrictBoundary.Point(longitude: 1.6, latitude: 0.4))
    }

    @Test("a file that is not a FeatureCollection of district polygons is an error naming the feature")
    func problems() {
        #expect(Self.error("[1, 2]") == #"boundaries.geojson: error: is not a GeoJSON FeatureCollection (expected {"type": "FeatureCollection", "features": [...]})"#)
        #expect(Self.error("{") == "boundaries.geojson: error: is not JSON (expected a GeoJSON FeatureCollection)")
        #expect(Self.error(#"{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"name": "x"}, "geometry": null}]}"#)
            == "boundaries.geojson: error: feature 1 has no district code (a property named like LAD19CD, or code)")
        #expect(Self.error(#"{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"code": "E07000001"}, "geometry": {"type": "Point", "coordinates": [0, 0]}}]}"#)
            == "boundaries.geojson: error: feature 1 ('E07000001') is a Point, not a Polygon or MultiPolygon")
        #expect(Self.error(#"{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"code": "E07000001"}, "geometry": {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [0, 0]]]}}]}"#)
            == "boundaries.geojson: error: feature 1 ('E07000001'): coordinates are not rings of at least four [longitude, latitude] points in degrees")
        #expect(Self.error(#"{"type": "FeatureCollection", "features": []}"#) == "boundaries.geojson: error: holds no features")
    }
}
