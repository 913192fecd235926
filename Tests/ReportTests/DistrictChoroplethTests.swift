import Analysis
import Charts
import Foundation
@testable import Loaders
@testable import Report
import Testing

/// The district choropleth of police.uk rates, from two square districts.
@Suite("District choropleth")
struct DistrictChoroplethTests {
    static let geography = Geography(
        lsoas: (1...2).map { index in
            LSOA(code: AreaCode.parse("E0100000\(index)")!, name: "L\(index)", districtCode: "E0700000\(index)",
                 districtName: "D\(index)", deprivationRank: nil)
        },
        districts: (1...2).map { index in
            District(code: "E0700000\(index)", name: "D\(index)", partnershipCode: "P1", partnershipName: "North",
                     forceCode: "F1", forceName: "Testshire")
        })

    /// police.uk violence and sexual offences in 2020: D1 100, D2 10, each district 1,000
    /// residents. The force: 110 per 2,000 = 55 per 1,000. D1: 100 per 1,000, its 95%
    /// interval (Byar, about 81 to 122) above 55: higher. D2: 10 per 1,000, its exact
    /// interval (about 4.8 to 18.4) below 55: lower.
    static var street: StreetCrimeFindings {
        var counter = StreetCrimeTally.Counter(districtCount: 2)
        for (lsoa, count) in [(0, 100), (1, 10)] {
            for _ in 0..<count {
                counter.add(StreetCrime(month: YearMonth(year: 2020, month: 6), crimeType: .violenceAndSexualOffences, placement: .lsoa(lsoa)),
                            geography: geography)
            }
        }
        return StreetCrimeAnalysis.analyse(.init(
            tally: counter.tally, geography: geography, population: ["E07000001": 1000, "E07000002": 1000], forceCode: "F1",
            forceName: "Testshire", areas: [], period: AssessmentPeriod(quarter: Quarter(year: 2020, number: 4)), comparators: []))
    }

    /// D1 the square (0, 0) to (1, 1) in degrees, D2 the square (1, 0) to (2, 1).
    static let squares = [
        DistrictBoundary(code: "E07000001", polygons: [[[(0, 0), (1, 0), (1, 1), (0, 1), (0, 0)].map { .init(longitude: $0.0, latitude: $0.1) }]]),
        DistrictBoundary(code: "E07000002", polygons: [[[(1, 0), (2, 0), (2, 1), (1, 1), (1, 0)].map { .init(longitude: $0.0, latitude: $0.1) }]]),
    ]

    @Test("each district is filled by its rate against the force's, with its rate in its tooltip")
    func twoSquares() throws {
        let choropleth = MapSection.choropleth(Self.street, boundaries: Self.squares)
        let chart = try #require(choropleth.chart)
        #expect(choropleth.missing.isEmpty)
        #expect(chart.areas.map(\.name) == ["D1", "D2"])
        #expect(chart.areas.map(\.status) == [.higher, .lower])
        #expect(chart.areas[0].value.hasPrefix("100.00 per 1,000 (95% CI "))
        #expect(chart.areas[1].value.hasPrefix("10.00 per 1,000 (95% CI "))
        // The reference latitude is the mean of the ten points' latitudes (each ring's
        // first point is repeated at its end): 4 / 10 = 0.4. D1's corner (1, 1) projects to
        // (R π/180 cos 0.4°, R π/180) km.
        let k = Hexbins.earthRadius * .pi / 180
        let corner = chart.areas[0].polygons[0][0][2]
        #expect(abs(corner.x - k * cos(0.4 * .pi / 180)) < 1e-9 && abs(corner.y - k) < 1e-9)
        let svg = chart.svg()
        #expect(svg.contains("<title>D1: 100.00 per 1,000"))
        #expect(svg.contains("(Higher than the force)</title>"))
        #expect(svg.contains("(Lower than the force)</title>"))
        #expect(svg.contains("fill=\"\(IntervalDotChart.Status.higher.fill.hex)\""))
        #expect(svg.contains("fill=\"\(IntervalDotChart.Status.lower.fill.hex)\""))
        #expect(chart.fullDescription.hasSuffix("Higher than the force: D1. Lower than the force: D2."))
    }

    @Test("a district without a boundary is left off and named; no boundaries, no map")
    func missing() {
        let choropleth = MapSection.choropleth(Self.street, boundaries: [Self.squares[0]])
        #expect(choropleth.chart?.areas.map(\.name) == ["D1"])
        #expect(choropleth.missing == ["D2"])
        #expect(MapSection.choropleth(Self.street, boundaries: []).chart == nil)
    }
}
