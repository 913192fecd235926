import Foundation
import Loaders
import Testing
@testable import Analysis

@Suite("Serious violence in hexagonal cells at LSOA centroids")
struct SeriousViolenceHexbinsTests {
    /// Kilometres per degree at the equator, where the reference latitude is 0.
    static let k = Hexbins.earthRadius * .pi / 180

    @Test("places' counts add up in the cells worked out by hand, zeros kept")
    func bin() {
        // Cells 1 km from centre to corner; places in kilometres east and north (as in
        // HexbinsTests): (0, 0) → (0, 0); (0.2, -0.3) → (0, 0); (1.7, 0.1) → (1, 0);
        // (0.8, 0.6) → (0, 1); (0.9, 1.4) → (0, 1); (-1.7, -0.1) → (-1, 0).
        // Counts: (-1, 0) 4; (0, 0) 3 + 2 = 5, one LSOA of Alpha and one of Beta, so the
        // tie goes to Alpha; (1, 0) 0, kept because it holds an LSOA; (0, 1) 5 + 1 = 6.
        // Mean latitude 1.7 / 6 = 0.28 km, 0.003°: the reference latitude is 0.
        let places: [(x: Double, y: Double, district: String, count: Int)] = [
            (0, 0, "Alpha", 3), (0.2, -0.3, "Beta", 2), (1.7, 0.1, "Alpha", 0),
            (0.8, 0.6, "Beta", 5), (0.9, 1.4, "Beta", 1), (-1.7, -0.1, "Alpha", 4),
        ]
        let map = SeriousViolenceHexbins.bin(
            places.map { .init(longitude: $0.x / Self.k, latitude: $0.y / Self.k, district: $0.district, count: $0.count) },
            unmapped: 7, lsoasWithoutCentroid: 2, size: 1)
        #expect(map.projection.referenceLatitude == 0)
        #expect(map.cells.map { [$0.q, $0.r, $0.count] } == [[-1, 0, 4], [0, 0, 5], [1, 0, 0], [0, 1, 6]])
        #expect(map.cells.map(\.district) == ["Alpha", "Alpha", "Alpha", "Beta"])
        #expect(map.mapped == 15 && map.unmapped == 7)
        #expect(map.lsoasPlaced == 6 && map.lsoasWithoutCentroid == 2)
        // The centre of (1, 0) is sqrt(3) km east of the origin.
        #expect(abs(map.cells[2].longitude * Self.k - 3.0.squareRoot()) < 1e-9 && map.cells[2].latitude == 0)
    }

    @Test("a grid too fine for its counts goes coarser until no more than a quarter of its cells would be small")
    func coarserWhenSmall() {
        // 21 places 1 km apart on the equator (extent 20 km), 3 crimes each. On y = 0 a
        // place falls in cell q = round(x / w), w = sqrt(3) * size.
        // 20 across: size 20 / (20 sqrt 3) = 0.577, up to 0.75; w = 1.30: one or two places
        //   a cell, 3 or 6 crimes, every cell small.
        // 14 across: size 1.0, w = 1.73: one or two places, all small.
        // 10 across: size 1.25, w = 2.17: q = 0 0 1 1 2 2 3 3 4 4 5 5 6 6 6 7 7 8 8 9 9,
        //   nine cells of 6 and one of 9: nine of ten small.
        // 7 across: 1.65, up to 1.75, w = 3.03: q = 0 0 1 1 1 2 2 2 3 3 3 4 4 4 5 5 5 6 6 6 7:
        //   cells of 6, 9, 9, 9, 9, 9, 9 and 3; two of eight small, a quarter: readable.
        let places = (0...20).map { SeriousViolenceHexbins.Place(longitude: Double($0) / Self.k, latitude: 0, district: "A", count: 3) }
        #expect(SeriousViolenceHexbins.bin(places, unmapped: 0).size == 0.75)
        let coarse = SeriousViolenceHexbins.bin(places, unmapped: 0, minimumCount: 8)
        #expect(coarse.size == 1.75)
        #expect(coarse.cells.map(\.count) == [6, 9, 9, 9, 9, 9, 9, 3])
    }

    @Test("the cell size gives about 20 cells across, in quarter kilometres")
    func size() {
        // 250 km / (20 sqrt(3)) = 7.22 km, up to 7.25; 100 km: 2.89, up to 3; 1 km: 0.25.
        #expect(SeriousViolenceHexbins.size(forExtent: 250) == 7.25)
        #expect(SeriousViolenceHexbins.size(forExtent: 100) == 3)
        #expect(SeriousViolenceHexbins.size(forExtent: 1) == 0.25)
    }

    @Test("an LSOA's centroid is the mean of its crimes' locations")
    func centroids() {
        let points: [(lsoa: Int, location: StreetCrime.Location)] = [
            (4, .init(longitude: -4, latitude: 50)), (2, .init(longitude: -3, latitude: 51)),
            (4, .init(longitude: -5, latitude: 52)), (4, .init(longitude: -3, latitude: 51)),
        ]
        let centroids = SeriousViolenceHexbins.meanCentroids(points)
        // LSOA 4: longitudes -4, -5, -3 → -4; latitudes 50, 52, 51 → 51.
        #expect(centroids[4] == .init(longitude: -4, latitude: 51))
        #expect(centroids[2] == .init(longitude: -3, latitude: 51))
        #expect(centroids.count == 2)
    }

    /// Four LSOAs of the force; the fourth has no centroid.
    static let geography = Geography(
        lsoas: (1...4).map { index in
            LSOA(code: AreaCode.parse("E0100000\(index)")!, name: "L\(index)", districtCode: "E0700000\(min(index, 3))",
                 districtName: "D\(min(index, 3))", deprivationRank: nil)
        },
        districts: (1...3).map { index in
            District(code: "E0700000\(index)", name: "D\(index)", partnershipCode: "P1", partnershipName: "North",
                     forceCode: "F1", forceName: "Testshire")
        })

    /// Serious violence in 2020: L1 3, L2 20, L3 32, L4 1, and 2 with no LSOA (58); one in
    /// 2019 at L1, outside the year.
    static var tally: PoliceRecordTally {
        var builder = PoliceRecordTally.Builder()
        let records: [(RecordPlacement, String, Int)] = [
            (.lsoa(0, district: 0), "2020-05-15", 3), (.lsoa(1, district: 1), "2020-05-15", 20),
            (.lsoa(2, district: 2), "2020-12-15", 32), (.lsoa(3, district: 2), "2020-07-01", 1),
            (.noLSOA, "2020-06-01", 2), (.lsoa(0, district: 0), "2019-06-01", 1),
        ]
        for (placement, date, count) in records {
            for _ in 0..<count {
                let committed = LocalDateTime.parseDate(date)!
                builder.add(PoliceRecord(
                    offence: HomeOfficeOffenceCodes.offence(code: "5D")!, committedAt: committed, recordedOn: committed.date,
                    placement: placement, domesticAbuse: false, alcoholRelated: false, weapon: .none,
                    victimAge: 30, victimSex: .male, suspectAge: nil, suspectSex: .unknown, linkageKey: nil), isSerious: true)
            }
        }
        return builder.tally
    }

    /// L1 (0, 0) km, L2 (0.05, 0.05) km, L3 (5, 0) km; L4 none.
    static let centroids: [Int: StreetCrime.Location] = [
        0: .init(longitude: 0, latitude: 0), 1: .init(longitude: 0.05 / k, latitude: 0.05 / k), 2: .init(longitude: 5 / k, latitude: 0),
    ]

    @Test("the year's records are placed at their LSOAs' centroids; the rest are unmapped")
    func make() {
        // Extent 5 km: size 5 / (20 sqrt(3)) = 0.144, up to 0.25 km. L1 → (0, 0). L2:
        // q = (0.577 × 0.05 − 0.05 / 3) / 0.25 = 0.049, r = (2/3 × 0.05) / 0.25 = 0.133
        // → (0, 0). L3: q = 0.577 × 5 / 0.25 = 11.55, r = 0 → (12, 0) (centre 5.196 km,
        // 0.196 km away; (11, 0) is 0.237 km away). (0, 0): 3 + 20 = 23, L1 of D1 and L2
        // of D2 tie, so D1; (12, 0): 32. Unmapped: L4's 1 (no centroid) and 2 without an
        // LSOA; the 2019 record is outside the year.
        let year = AssessmentPeriod(quarter: Quarter(year: 2020, number: 4)).year
        let map = SeriousViolenceHexbins.make(Self.tally, geography: Self.geography, forceCode: "F1", year: year,
                                              centroids: Self.centroids, fromTable: [2])
        #expect(map.size == 0.25)
        #expect(map.cells.map { [$0.q, $0.r, $0.count] } == [[0, 0, 23], [12, 0, 32]])
        #expect(map.cells.map(\.district) == ["D1", "D3"])
        #expect(map.mapped == 55 && map.unmapped == 3)
        #expect(map.lsoasPlaced == 3 && map.lsoasWithoutCentroid == 1 && map.lsoasFromTable == 1)
        // (0, 0) holds L1 of D1 and L2 of D2; (12, 0) L3 of D3; L4, of D3, has no centroid.
        #expect(map.cellDistrictCodes == [["E07000001", "E07000002"], ["E07000003"]])
        #expect(map.districtsWithoutCentroid == ["E07000003"])
    }
}

extension SeriousViolenceHexbinsTests {
    @Test("districts are labelled at the mean of their LSOAs' centroids")
    func districtLabels() {
        // Alpha: (0, 0) and (2, 0) km → (1, 0); Beta: (0, 3) → (0, 3).
        let map = SeriousViolenceHexbins.bin([
            .init(longitude: 0, latitude: 0, district: "Alpha", count: 9),
            .init(longitude: 0, latitude: 3 / Self.k, district: "Beta", count: 0),
            .init(longitude: 2 / Self.k, latitude: 0, district: "Alpha", count: 1),
        ], unmapped: 0, size: 1)
        #expect(map.districts.map(\.name) == ["Alpha", "Beta"])
        #expect(map.districts.map(\.count) == [2, 1])
        #expect(abs(map.districts[0].longitude * Self.k - 1) < 1e-9 && map.districts[0].latitude == 0)
        #expect(abs(map.districts[1].latitude * Self.k - 3) < 1e-9)
    }
}
