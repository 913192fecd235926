import Foundation
import Testing
@testable import Analysis

@Suite("Hexagonal bins for the map")
struct HexbinsTests {
    // Worked by hand with cells 1 km from centre to corner (pointy-topped; a cell's centre
    // is at x = sqrt(3) (q + r/2), y = 1.5 r), points given in kilometres east and north:
    //   A ( 0.0,  0.0) → (0, 0)
    //   B ( 0.2, -0.3) → (0, 0)   fractional q 0.216, r -0.200
    //   C ( 1.7,  0.1) → (1, 0)   nearest centre (1.732, 0)
    //   D ( 0.8,  0.6) → (0, 1)   fractional q 0.262, r 0.400, s -0.662: rounding each gives
    //                              (0, 0, -1), which does not sum to 0; r is furthest from
    //                              its rounding, so r = -q - s = 1. (0.866, 1.5) is 0.90 km
    //                              away, (0, 0) 1.00 km: the nearest centre wins.
    //   E ( 0.9,  1.4) → (0, 1)
    //   F (-1.7, -0.1) → (-1, 0)
    //   G ( 0.9, -1.4) → (1, -1)  centre (0.866, -1.5)
    //   H (-0.9, -1.5) → (0, -1)  centre (-0.866, -1.5)
    static let points: [(x: Double, y: Double, district: String)] = [
        (0, 0, "Alpha"), (0.2, -0.3, "Alpha"), (1.7, 0.1, "Alpha"), (0.8, 0.6, "Beta"),
        (0.9, 1.4, "Beta"), (-1.7, -0.1, "Alpha"), (0.9, -1.4, "Beta"), (-0.9, -1.5, "Alpha"),
    ]
    static let expected: [(q: Int, r: Int)] = [(0, 0), (0, 0), (1, 0), (0, 1), (0, 1), (-1, 0), (1, -1), (0, -1)]

    @Test("points fall in the cells worked out by hand")
    func axial() {
        for (point, cell) in zip(Self.points, Self.expected) {
            let found = Hexbins.axial(x: point.x, y: point.y, size: 1)
            #expect(found.q == cell.q && found.r == cell.r, "(\(point.x), \(point.y))")
        }
        let centre = Hexbins.centre(q: 0, r: 1, size: 1)
        #expect(abs(centre.x - 3.0.squareRoot() / 2) < 1e-12 && centre.y == 1.5)
    }

    @Test("binning longitudes and latitudes counts each cell, centres and districts")
    func bin() {
        // On the equator the reference latitude is 0 (the mean, -0.0013°, to 0.01°), so a
        // degree is R π / 180 km both ways.
        let k = Hexbins.earthRadius * .pi / 180
        let points = Self.points.map { Hexbins.Point(longitude: $0.x / k, latitude: $0.y / k, district: $0.district) }
        let bins = Hexbins.bin(points, unlocated: 3, size: 1)
        #expect(bins.projection.referenceLatitude == 0)
        #expect(bins.cells.map { [$0.q, $0.r, $0.count] } == [[0, -1, 1], [1, -1, 1], [-1, 0, 1], [0, 0, 2], [1, 0, 1], [0, 1, 2]])
        #expect(bins.cells.map(\.district) == ["Alpha", "Beta", "Alpha", "Alpha", "Alpha", "Beta"])
        let cell = bins.cells[4]
        #expect(abs(cell.longitude - 3.0.squareRoot() / k) < 1e-12 && cell.latitude == 0)
        #expect(bins.located == 8 && bins.unlocated == 3)
        #expect(bins.districts.map(\.name) == ["Alpha", "Beta"])
        #expect(bins.districts.map(\.count) == [5, 3])
        // Beta's crimes: (0.8, 0.6), (0.9, 1.4), (0.9, -1.4): centroid (0.8667, 0.2) km.
        #expect(abs(bins.districts[1].longitude * k - 2.6 / 3) < 1e-9)
        #expect(abs(bins.districts[1].latitude * k - 0.2) < 1e-9)
    }

    @Test("the cell size keeps about 100 cells across, in quarter kilometres")
    func size() {
        #expect(Hexbins.size(forExtent: 250) == 2.5)
        #expect(Hexbins.size(forExtent: 101) == 1.25)
        #expect(Hexbins.size(forExtent: 1) == 0.25)
    }

    @Test("longitudes are scaled by the cosine of the reference latitude")
    func projection() {
        let projection = Hexbins.Projection(referenceLatitude: 60)
        let k = Hexbins.earthRadius * .pi / 180
        let xy = projection.project(longitude: 2, latitude: 60)
        #expect(abs(xy.x - k) < 1e-9 && abs(xy.y - 60 * k) < 1e-9)
        let back = projection.unproject(x: xy.x, y: xy.y)
        #expect(abs(back.longitude - 2) < 1e-12 && abs(back.latitude - 60) < 1e-12)
    }
}
