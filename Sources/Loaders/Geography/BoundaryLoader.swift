import Foundation

/// A district's boundary: its code and its polygons, each a list of rings (the first the
/// outline, any others holes) of longitude-latitude points in degrees.
public struct DistrictBoundary: Sendable, Equatable {
    public struct Point: Sendable, Equatable {
        public var longitude: Double
        public var latitude: Double
        public init(longitude: Double, latitude: Double) {
            self.longitude = longitude
            self.latitude = latitude
        }
    }

    public var code: String
    public var polygons: [[[Point]]]

    public init(code: String, polygons: [[[Point]]]) {
        self.code = code
        self.polygons = polygons
    }
}

/// Loads the optional `boundaries` file: ONS district boundaries as GeoJSON, a
/// `FeatureCollection` whose features are `Polygon` or `MultiPolygon` geometries with the
/// district's code in a property named like `LAD19CD` (`LAD..CD`, any case), or `code`.
/// Coordinates must be longitude and latitude (WGS 84, as ONS's "BGC" and "BUC" files
/// in that projection are). The first problem stops the load, naming the feature.
public enum BoundaryLoader {
    public static func load(path: String, displayPath: String) throws(InputError) -> [DistrictBoundary] {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw InputError(path: displayPath, message: "cannot be read")
        }
        return try parse(data, displayPath: displayPath)
    }

    public static func parse(_ data: Data, displayPath: String) throws(InputError) -> [DistrictBoundary] {
        func fail(_ message: String) -> InputError { InputError(path: displayPath, message: message) }
        let root: Any
        do {
            root = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw fail("is not JSON (expected a GeoJSON FeatureCollection)")
        }
        guard let collection = root as? [String: Any], collection["type"] as? String == "FeatureCollection",
              let features = collection["features"] as? [Any] else {
            throw fail("is not a GeoJSON FeatureCollection (expected {\"type\": \"FeatureCollection\", \"features\": [...]})")
        }
        var boundaries: [DistrictBoundary] = []
        var seen: Set<String> = []
        for (index, item) in features.enumerated() {
            let name = "feature \(index + 1)"
            guard let feature = item as? [String: Any], let properties = feature["properties"] as? [String: Any] else {
                throw fail("\(name) has no properties")
            }
            guard let code = districtCode(properties) else {
                throw fail("\(name) has no district code (a property named like LAD19CD, or code)")
            }
            guard seen.insert(code).inserted else { throw fail("\(name): district '\(code)' appears twice") }
            guard let geometry = feature["geometry"] as? [String: Any], let type = geometry["type"] as? String,
                  let coordinates = geometry["coordinates"] as? [Any] else {
                throw fail("\(name) ('\(code)') has no geometry")
            }
            let polygons: [[[DistrictBoundary.Point]]]
            switch type {
            case "Polygon":
                guard let polygon = self.polygon(coordinates) else { throw fail("\(name) ('\(code)'): \(badCoordinates)") }
                polygons = [polygon]
            case "MultiPolygon":
                let parts = coordinates.map { ($0 as? [Any]).flatMap(self.polygon) }
                guard !parts.isEmpty, parts.allSatisfy({ $0 != nil }) else { throw fail("\(name) ('\(code)'): \(badCoordinates)") }
                polygons = parts.compactMap { $0 }
            default:
                throw fail("\(name) ('\(code)') is a \(type), not a Polygon or MultiPolygon")
            }
            boundaries.append(DistrictBoundary(code: code, polygons: polygons))
        }
        if boundaries.isEmpty { throw fail("holds no features") }
        return boundaries
    }

    static let badCoordinates = "coordinates are not rings of at least four [longitude, latitude] points in degrees"

    /// A `LAD..CD` property (two digits, any case), else `code`.
    static func districtCode(_ properties: [String: Any]) -> String? {
        let keys = properties.keys.sorted()
        let key = keys.first { key in
            let lower = key.lowercased()
            return lower.count == 7 && lower.hasPrefix("lad") && lower.hasSuffix("cd") && lower.dropFirst(3).prefix(2).allSatisfy(\.isNumber)
        } ?? keys.first { $0.lowercased() == "code" }
        guard let key, let code = properties[key] as? String, !code.isEmpty else { return nil }
        return code.trimmingCharacters(in: .whitespaces)
    }

    static func polygon(_ rings: [Any]) -> [[DistrictBoundary.Point]]? {
        var result: [[DistrictBoundary.Point]] = []
        for ring in rings {
            guard let positions = ring as? [Any], positions.count >= 4 else { return nil }
            var points: [DistrictBoundary.Point] = []
            for position in positions {
                guard let pair = position as? [Any], pair.count >= 2,
                      let x = (pair[0] as? NSNumber)?.doubleValue, let y = (pair[1] as? NSNumber)?.doubleValue,
                      x.isFinite, y.isFinite, abs(x) <= 180, abs(y) <= 90 else { return nil }
                points.append(.init(longitude: x, latitude: y))
            }
            result.append(points)
        }
        return result.isEmpty ? nil : result
    }
}
