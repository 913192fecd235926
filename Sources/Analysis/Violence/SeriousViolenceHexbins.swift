import Foundation
import Loaders

/// Serious violence from the police records in hexagonal cells, for a map: each record
/// with an LSOA is placed at its LSOA's centroid and counted in the cell holding it.
///
/// The grid is drawn from public data alone. Its projection (as `Hexbins`: an
/// equirectangular projection scaled by the cosine of the mean latitude, to 0.01
/// degrees) and its cell size come from the centroids of the force's LSOAs, not from
/// where the records fell, and every cell holding a centroid is listed, zeros included,
/// so that the map's shape says nothing about the records. The cells are larger than the
/// police.uk map's (about `cellsAcross` across the force's wider extent), because their
/// counts are confidential and small ones will be suppressed; where more than a quarter
/// of the cells holding crimes would still hold a small count, the grid is coarser
/// (`coarserCellsAcross`), so that the map stays readable under disclosure control.
public struct SeriousViolenceHexbins: Sendable, Equatable {
    /// About how many cells span the force's wider extent (east-west or north-south).
    public static let cellsAcross = 20.0
    /// The coarser grids tried in turn when too many cells would be small.
    public static let coarserCellsAcross = [14.0, 10.0, 7.0, 5.0]

    /// One LSOA of the force with a centroid: where it is, its district's name, and its
    /// serious violence over the year.
    public struct Place: Sendable, Equatable {
        public var longitude: Double
        public var latitude: Double
        public var district: String
        public var count: Int
        /// The district's code, for disclosure control (empty when not known).
        public var districtCode: String
        public init(longitude: Double, latitude: Double, district: String, count: Int, districtCode: String = "") {
            self.longitude = longitude
            self.latitude = latitude
            self.district = district
            self.count = count
            self.districtCode = districtCode
        }
    }

    public var projection: Hexbins.Projection
    /// Kilometres from a cell's centre to a corner.
    public var size: Double
    /// Every cell holding at least one LSOA centroid, zeros included, ordered by r, then
    /// q. A cell's `district` is the district with most of its LSOAs (ties: first by name).
    public var cells: [Hexbins.Cell]
    /// Each district's name at the mean of its LSOAs' centroids (`count`: its LSOAs), by
    /// name, for labels: public, like the grid.
    public var districts: [Hexbins.DistrictLabel] = []
    /// The codes of the districts whose LSOAs each cell holds, in the order of `cells`:
    /// where a district lies wholly in cells of its own, its published count and theirs
    /// are one more sum for disclosure control.
    public var cellDistrictCodes: [[String]] = []
    /// The codes of the force's districts with an LSOA that has no centroid: their counts
    /// are not the sum of any cells.
    public var districtsWithoutCentroid: [String] = []
    /// Serious violence of the year placed on the map.
    public var mapped: Int
    /// Serious violence of the year not on the map: no LSOA, an LSOA outside the force,
    /// or one without a centroid.
    public var unmapped: Int
    /// The force's LSOAs with a centroid, and without one (their records are unmapped).
    public var lsoasPlaced: Int
    public var lsoasWithoutCentroid: Int
    /// Of `lsoasPlaced`, those whose centroid came from a centroid table rather than
    /// being derived from police.uk locations.
    public var lsoasFromTable = 0

    /// The cell size for centroids spread over `extent` kilometres: about `cellsAcross`
    /// cells (each `sqrt(3) * size` wide) across, rounded up to a quarter kilometre.
    public static func size(forExtent extent: Double, across: Double = cellsAcross) -> Double {
        max(0.25, (extent / (across * 3.0.squareRoot()) * 4).rounded(.up) / 4)
    }

    /// Bins the places; `size` nil chooses one from their extent: about `cellsAcross`
    /// across, or with `minimumCount` above 1 the finest of that and `coarserCellsAcross`
    /// at which no more than a quarter of the cells holding crimes hold from 1 to
    /// `minimumCount - 1`. `lsoasWithoutCentroid` is passed through for the report.
    public static func bin(_ places: [Place], unmapped: Int, lsoasWithoutCentroid: Int = 0,
                           size chosen: Double? = nil, minimumCount: Int = 0) -> SeriousViolenceHexbins {
        let meanLatitude = places.isEmpty ? 0 : places.reduce(0) { $0 + $1.latitude } / Double(places.count)
        let projection = Hexbins.Projection(referenceLatitude: (meanLatitude * 100).rounded() / 100 + 0)
        let projected = places.map { projection.project(longitude: $0.longitude, latitude: $0.latitude) }
        let xs = projected.map(\.x), ys = projected.map(\.y)
        let extent = max((xs.max() ?? 0) - (xs.min() ?? 0), (ys.max() ?? 0) - (ys.min() ?? 0))
        // Readable: the cells holding crimes (empty ones say nothing) pass SmallCounts.readable.
        func readable(_ size: Double) -> Bool {
            var cellCounts: [SIMD2<Int>: Int] = [:]
            for (place, xy) in zip(places, projected) {
                let cell = Hexbins.axial(x: xy.x, y: xy.y, size: size)
                cellCounts[SIMD2(cell.q, cell.r), default: 0] += place.count
            }
            return SmallCounts.readable(cellCounts.values.filter { $0 > 0 }, minimumCount: minimumCount)
        }
        let sizes = ([cellsAcross] + coarserCellsAcross).map { Self.size(forExtent: extent, across: $0) }
        let size = chosen ?? sizes.first(where: readable) ?? sizes[sizes.count - 1]

        struct Key: Hashable { var q: Int; var r: Int }
        var counts: [Key: Int] = [:]
        var lsoas: [Key: [String: Int]] = [:]
        var codes: [Key: Set<String>] = [:]
        var sums: [String: (x: Double, y: Double, n: Int)] = [:]
        for (place, xy) in zip(places, projected) {
            let sum = sums[place.district] ?? (0, 0, 0)
            sums[place.district] = (sum.x + place.longitude, sum.y + place.latitude, sum.n + 1)
            let cell = Hexbins.axial(x: xy.x, y: xy.y, size: size)
            let key = Key(q: cell.q, r: cell.r)
            counts[key, default: 0] += place.count
            lsoas[key, default: [:]][place.district, default: 0] += 1
            codes[key, default: []].insert(place.districtCode)
        }
        let cells = counts.map { key, count -> Hexbins.Cell in
            let centre = Hexbins.centre(q: key.q, r: key.r, size: size)
            let point = projection.unproject(x: centre.x, y: centre.y)
            let top = (lsoas[key] ?? [:]).sorted { ($1.value, $0.key) < ($0.value, $1.key) }.first?.key ?? ""
            return Hexbins.Cell(q: key.q, r: key.r, longitude: point.longitude, latitude: point.latitude, count: count, district: top)
        }.sorted { ($0.r, $0.q) < ($1.r, $1.q) }
        let districts = sums.map { name, sum in
            Hexbins.DistrictLabel(name: name, longitude: sum.x / Double(sum.n), latitude: sum.y / Double(sum.n), count: sum.n)
        }.sorted { $0.name < $1.name }
        var hexbins = SeriousViolenceHexbins(projection: projection, size: size, cells: cells, districts: districts,
                                             mapped: places.reduce(0) { $0 + $1.count }, unmapped: unmapped,
                                             lsoasPlaced: places.count, lsoasWithoutCentroid: lsoasWithoutCentroid)
        hexbins.cellDistrictCodes = cells.map { (codes[Key(q: $0.q, r: $0.r)] ?? []).sorted() }
        return hexbins
    }

    /// The year's serious violence placed at the centroids of the force's LSOAs
    /// (`centroids`: by index into `geography.lsoas`). Every other record of the year's
    /// serious violence, as counted by month, is unmapped.
    public static func make(_ tally: PoliceRecordTally, geography: Geography, forceCode: String,
                            year: ClosedRange<YearMonth>, centroids: [Int: StreetCrime.Location],
                            fromTable: Set<Int> = [], minimumCount: Int = 0) -> SeriousViolenceHexbins {
        var byLSOA: [Int32: Int] = [:]
        for (key, count) in tally.seriousByPlace.values where year.contains(key.month) {
            byLSOA[key.lsoa, default: 0] += count
        }
        let force = Set(geography.districts(inForce: forceCode).map(Int32.init))
        var places: [Place] = []
        var withoutCentroid = 0
        var districtsWithout: Set<String> = []
        var tabled = 0
        for index in geography.lsoas.indices where force.contains(geography.districtOfLSOA[index]) {
            let district = geography.districts[Int(geography.districtOfLSOA[index])]
            guard let point = centroids[index] else {
                withoutCentroid += 1
                districtsWithout.insert(district.code)
                continue
            }
            if fromTable.contains(index) { tabled += 1 }
            places.append(Place(longitude: point.longitude, latitude: point.latitude, district: district.name,
                                count: byLSOA[Int32(index)] ?? 0, districtCode: district.code))
        }
        let yearTotal = tally.byGroup.total { year.contains($0.month) && $0.seriousViolence }
        let mapped = places.reduce(0) { $0 + $1.count }
        var hexbins = bin(places, unmapped: max(0, yearTotal - mapped), lsoasWithoutCentroid: withoutCentroid, minimumCount: minimumCount)
        hexbins.lsoasFromTable = tabled
        hexbins.districtsWithoutCentroid = districtsWithout.sorted()
        return hexbins
    }

    /// Each LSOA's centroid as the mean longitude and latitude of the located police.uk
    /// crimes carrying its code (`points`: LSOA index and location, in a fixed order, so
    /// that the sums, and so the means, are the same on every run).
    public static func meanCentroids(_ points: [(lsoa: Int, location: StreetCrime.Location)]) -> [Int: StreetCrime.Location] {
        var sums: [Int: (x: Double, y: Double, n: Int)] = [:]
        for point in points {
            let sum = sums[point.lsoa] ?? (0, 0, 0)
            sums[point.lsoa] = (sum.x + point.location.longitude, sum.y + point.location.latitude, sum.n + 1)
        }
        return sums.mapValues { StreetCrime.Location(longitude: $0.x / Double($0.n), latitude: $0.y / Double($0.n)) }
    }
}
