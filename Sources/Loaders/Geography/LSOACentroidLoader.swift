/// An LSOA's representative point (an ONS population-weighted centroid, say), in degrees
/// of longitude and latitude (WGS 84).
public struct LSOACentroid: Sendable, Equatable {
    public var code: AreaCode
    public var longitude: Double
    public var latitude: Double

    public init(code: AreaCode, longitude: Double, latitude: Double) {
        self.code = code
        self.longitude = longitude
        self.latitude = latitude
    }
}

/// Loads the optional `lsoa_centroids` table: one row per LSOA with its code, longitude
/// and latitude. The code column is `lsoa_code` or one named like `LSOA11CD`/`LSOA21CD`;
/// the others `longitude` (or `long`, `lon`) and `latitude` (or `lat`). Other columns are
/// ignored. Like every reference table it must be whole: the first bad value (a code
/// that is not an LSOA code, a repeated code, a coordinate that is not a number in range)
/// stops the load with its `path:line:column`.
public enum LSOACentroidLoader {
    public static func load(path: String, displayPath: String) throws(InputError) -> [LSOACentroid] {
        var table = try ReferenceTable(path: path, displayPath: displayPath)
        let header = table.header
        let code = try column(header, "lsoa_code (or LSOA11CD)", names: ["lsoa_code", "lsoa code"]) { name in
            name.hasPrefix("lsoa") && name.hasSuffix("cd") && name.count == 8 && name.dropFirst(4).prefix(2).allSatisfy(\.isNumber)
        }
        let longitude = try column(header, "longitude", names: ["longitude", "long", "lon"])
        let latitude = try column(header, "latitude", names: ["latitude", "lat"])
        var centroids: [LSOACentroid] = []
        var seen: Set<AreaCode> = []
        try table.forEachRow { row throws(InputError) in
            let text = try row.required(code)
            guard let areaCode = AreaCode.parse(text) else {
                throw row.error(code, "'\(text)' is not an LSOA code (expected a letter and 8 digits, like E01018936)")
            }
            guard seen.insert(areaCode).inserted else { throw row.error(code, "LSOA '\(text)' appears twice") }
            let x = try coordinate(row, longitude, limit: 180, what: "a longitude")
            let y = try coordinate(row, latitude, limit: 90, what: "a latitude")
            centroids.append(LSOACentroid(code: areaCode, longitude: x, latitude: y))
        }
        return centroids
    }

    static func coordinate(_ row: ReferenceTable.Row, _ column: Int, limit: Double, what: String) throws(InputError) -> Double {
        let text = try row.required(column)
        guard let value = Double(text), value.isFinite, abs(value) <= limit else {
            throw row.error(column, "'\(text)' is not \(what) in degrees (-\(Int(limit)) to \(Int(limit)))")
        }
        return value
    }

    /// The first column with one of `names` (case-insensitive), else the first matching
    /// `pattern` on its lowercased name.
    static func column(_ header: CSVHeader, _ description: String, names: [String],
                       pattern: ((String) -> Bool)? = nil) throws(InputError) -> Int {
        for name in names {
            if let index = header.index(of: name) { return index }
        }
        if let pattern, let index = header.index(where: pattern) { return index }
        throw header.missing(description)
    }
}
