import Foundation
import Loaders

/// police.uk crimes counted in hexagonal cells of equal area, for a map.
///
/// Each point is projected to kilometres with an equirectangular projection scaled by the
/// cosine of a reference latitude (the mean latitude of the points, to 0.01 degrees):
/// `x = R (longitude - 0) cos(reference)`, `y = R latitude`, with R the mean Earth radius.
/// Over a county the scale error is under 1%, so the cells are close to equal in area on
/// the ground. Cells are pointy-topped hexagons of `size` kilometres from centre to
/// corner, numbered in axial coordinates (q, r): the cell whose centre is at
/// `x = size * sqrt(3) * (q + r / 2)`, `y = size * 1.5 * r` (y to the north), found by
/// rounding in cube coordinates.
public struct Hexbins: Sendable, Equatable {
    /// Mean Earth radius in kilometres (IUGG).
    public static let earthRadius = 6371.0088

    public struct Projection: Sendable, Equatable {
        /// The reference latitude in degrees whose cosine scales longitudes.
        public var referenceLatitude: Double

        public init(referenceLatitude: Double) { self.referenceLatitude = referenceLatitude }

        var kilometresPerDegree: Double { Hexbins.earthRadius * .pi / 180 }
        var cosine: Double { cos(referenceLatitude * .pi / 180) }

        /// Kilometres east and north of (0, 0).
        public func project(longitude: Double, latitude: Double) -> (x: Double, y: Double) {
            (longitude * cosine * kilometresPerDegree, latitude * kilometresPerDegree)
        }

        public func unproject(x: Double, y: Double) -> (longitude: Double, latitude: Double) {
            (x / (cosine * kilometresPerDegree), y / kilometresPerDegree)
        }
    }

    public struct Cell: Sendable, Equatable {
        public var q: Int
        public var r: Int
        /// The cell's centre.
        public var longitude: Double
        public var latitude: Double
        public var count: Int
        /// The district (name) with most of the cell's crimes; ties go to the first by name.
        public var district: String
    }

    /// A district's crimes on the map and where their centroid lies.
    public struct DistrictLabel: Sendable, Equatable {
        public var name: String
        public var longitude: Double
        public var latitude: Double
        public var count: Int
    }

    public var projection: Projection
    /// Kilometres from a cell's centre to a corner.
    public var size: Double
    /// Cells holding at least one crime, ordered by r, then q.
    public var cells: [Cell]
    /// Districts with at least one located crime, by name.
    public var districts: [DistrictLabel]
    /// Crimes of the year that had a location in a district of the force.
    public var located: Int
    /// Crimes of the year with no location, or none in a district of the force.
    public var unlocated: Int
    /// The largest error of east-west scale (and so of area) at the points' northern and
    /// southern extremes: |cos(latitude) / cos(reference) - 1|.
    public var maximumScaleError: Double

    /// The axial cell holding a projected point.
    public static func axial(x: Double, y: Double, size: Double) -> (q: Int, r: Int) {
        let q = (3.0.squareRoot() / 3 * x - y / 3) / size
        let r = (2.0 / 3 * y) / size
        let s = -q - r
        var rq = q.rounded(), rr = r.rounded()
        let rs = s.rounded()
        let dq = abs(rq - q), dr = abs(rr - r), ds = abs(rs - s)
        if dq > dr && dq > ds {
            rq = -rr - rs
        } else if dr > ds {
            rr = -rq - rs
        }
        return (Int(rq), Int(rr))
    }

    /// The projected centre of an axial cell.
    public static func centre(q: Int, r: Int, size: Double) -> (x: Double, y: Double) {
        (size * 3.0.squareRoot() * (Double(q) + Double(r) / 2), size * 1.5 * Double(r))
    }

    /// The cell size for points spread over `extent` kilometres (the larger of width and
    /// height): about 100 cells across, rounded up to a quarter kilometre.
    public static func size(forExtent extent: Double) -> Double {
        max(0.25, (extent / 100 * 4).rounded(.up) / 4)
    }

    /// One located crime: where, and its district's name.
    public struct Point: Sendable, Equatable {
        public var longitude: Double
        public var latitude: Double
        public var district: String
        public init(longitude: Double, latitude: Double, district: String) {
            self.longitude = longitude
            self.latitude = latitude
            self.district = district
        }
    }

    /// Bins points; `size` nil chooses one from the points' extent.
    public static func bin(_ points: [Point], unlocated: Int, size chosen: Double? = nil) -> Hexbins {
        let meanLatitude = points.isEmpty ? 0 : points.reduce(0) { $0 + $1.latitude } / Double(points.count)
        let projection = Projection(referenceLatitude: (meanLatitude * 100).rounded() / 100 + 0)
        let projected = points.map { projection.project(longitude: $0.longitude, latitude: $0.latitude) }
        let xs = projected.map(\.x), ys = projected.map(\.y)
        let extent = max((xs.max() ?? 0) - (xs.min() ?? 0), (ys.max() ?? 0) - (ys.min() ?? 0))
        let size = chosen ?? Self.size(forExtent: extent)

        struct Key: Hashable { var q: Int; var r: Int }
        var counts: [Key: [String: Int]] = [:]
        var sums: [String: (x: Double, y: Double, n: Int)] = [:]
        for (point, xy) in zip(points, projected) {
            let cell = axial(x: xy.x, y: xy.y, size: size)
            counts[Key(q: cell.q, r: cell.r), default: [:]][point.district, default: 0] += 1
            let sum = sums[point.district] ?? (0, 0, 0)
            sums[point.district] = (sum.x + point.longitude, sum.y + point.latitude, sum.n + 1)
        }
        let cells = counts.map { key, byDistrict -> Cell in
            let centre = centre(q: key.q, r: key.r, size: size)
            let place = projection.unproject(x: centre.x, y: centre.y)
            let top = byDistrict.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.first?.key ?? ""
            return Cell(q: key.q, r: key.r, longitude: place.longitude, latitude: place.latitude,
                        count: byDistrict.values.reduce(0, +), district: top)
        }.sorted { ($0.r, $0.q) < ($1.r, $1.q) }
        let districts = sums.map { name, sum in
            DistrictLabel(name: name, longitude: sum.x / Double(sum.n), latitude: sum.y / Double(sum.n), count: sum.n)
        }.sorted { $0.name < $1.name }
        let reference = cos(projection.referenceLatitude * .pi / 180)
        let latitudes = points.map(\.latitude)
        var error = 0.0
        for extreme in [latitudes.min(), latitudes.max()] {
            guard let extreme else { continue }
            error = max(error, abs(cos(extreme * Double.pi / 180) / reference - 1))
        }
        return Hexbins(projection: projection, size: size, cells: cells, districts: districts,
                       located: points.count, unlocated: unlocated, maximumScaleError: error)
    }
}
