import Analysis
import Charts
import Loaders
@testable import Report
import Testing

/// The serious violence map of a small model, worked by hand with a minimum count of 8.
@Suite("The serious violence map: cells, their suppression and their drawing")
struct SeriousViolenceMapTests {
    static let geography = Geography(
        lsoas: (1...3).map { index in
            LSOA(code: AreaCode.parse("E0100000\(index)")!, name: "L\(index)", districtCode: "E0700000\(index)",
                 districtName: "D\(index)", deprivationRank: nil)
        },
        districts: (1...3).map { index in
            District(code: "E0700000\(index)", name: "D\(index)", partnershipCode: "P1", partnershipName: "North",
                     forceCode: "F1", forceName: "Testshire")
        })

    static let population: Population = {
        let half = AgeCounts(allAges: 450, byAge: Array(repeating: 5, count: 90) + [0])
        let persons = AgeCounts(allAges: 900, byAge: Array(repeating: 10, count: 90) + [0])
        let codes = ["E07000001", "E07000002", "E07000003"]
        return Population(year: 2019, persons: Dictionary(uniqueKeysWithValues: codes.map { ($0, persons) }),
                          males: Dictionary(uniqueKeysWithValues: codes.map { ($0, half) }),
                          females: Dictionary(uniqueKeysWithValues: codes.map { ($0, half) }))
    }()

    static let period = AssessmentPeriod(quarter: Quarter(year: 2020, number: 4))
    static let k = Hexbins.earthRadius * .pi / 180

    /// Serious violence in 2020: L1 (D1) 3 in May, L2 (D2) 20 in May, L3 (D3) 32 in
    /// December, and 3 in June with no LSOA: 58 in the year. L1 at (0, 0) km and L2 at
    /// (0.05, 0.05) km share cell (0, 0); L3 at (5, 0) km is in cell (12, 0) (worked in
    /// SeriousViolenceHexbinsTests.make, with cells 0.25 km).
    static func document(minimumCount: Int) -> ReportDocument {
        document(geography: geography, minimumCount: minimumCount, records: [
            (.lsoa(0, district: 0), "2020-05-15", 3), (.lsoa(1, district: 1), "2020-05-15", 20),
            (.lsoa(2, district: 2), "2020-12-15", 32), (.noLSOA, "2020-06-01", 3),
        ], centroids: [
            0: .init(longitude: 0, latitude: 0), 1: .init(longitude: 0.05 / k, latitude: 0.05 / k), 2: .init(longitude: 5 / k, latitude: 0),
        ])
    }

    static func document(geography: Geography, minimumCount: Int, records: [(RecordPlacement, String, Int)],
                         centroids: [Int: StreetCrime.Location]) -> ReportDocument {
        var builder = PoliceRecordTally.Builder()
        for (placement, date, count) in records {
            for _ in 0..<count {
                let committed = LocalDateTime.parseDate(date)!
                builder.add(PoliceRecord(
                    offence: HomeOfficeOffenceCodes.offence(code: "5D")!, committedAt: committed, recordedOn: committed.date,
                    placement: placement, domesticAbuse: false, alcoholRelated: false, weapon: .none,
                    victimAge: 30, victimSex: .male, suspectAge: nil, suspectSex: .unknown, linkageKey: nil), isSerious: true)
            }
        }
        var findings = ViolenceAnalysis.analyse(.init(
            police: builder.tally, street: StreetCrimeTally(), geography: geography, population: population, forceCode: "F1",
            forceName: "Testshire", areas: [], period: period, offenceCodes: ["5D"]))
        findings.seriousHexbins = SeriousViolenceHexbins.make(builder.tally, geography: geography, forceCode: "F1",
                                                              year: period.year, centroids: centroids)
        let street = StreetCrimeAnalysis.analyse(.init(
            tally: StreetCrimeTally(), geography: geography, population: [:], forceCode: "F1", forceName: "Testshire",
            areas: [], period: period, comparators: []))
        let model = ReportModel(title: "Test", areaName: "Testshire", forceName: "Testshire", street: street, sources: [],
                                duplicateCrimeIDs: 0, populationYear: 2019, seriousViolenceCodes: ["5D"], minimumCount: minimumCount,
                                version: "test", violence: findings, policeRecordsSynthetic: true)
        return ReportDocument.make(model)
    }

    static func section(_ document: ReportDocument) throws -> SeriousViolenceMapSection {
        try #require(document.sections.compactMap { $0 as? SeriousViolenceMapSection }.first)
    }

    static func counts(_ section: SeriousViolenceMapSection) throws -> [[ReportTable.Cell]] {
        let table = try #require(section.tables.first { $0.name == "serious-violence-hexbins" })
        #expect(table.columns.map(\.key) == ["year", "q", "r", "longitude", "latitude", "count"])
        return table.rows.map { [$0[1], $0[2], $0[5]] }
    }

    @Test("without suppression every cell's count is published, and they add up with the unmapped to the year")
    func unsuppressed() throws {
        // (0, 0): 3 + 20 = 23; (12, 0): 32; unmapped 3; 23 + 32 + 3 = 58.
        let section = try Self.section(Self.document(minimumCount: 0))
        #expect(try Self.counts(section) == [[.count(0), .count(0), .count(23)], [.count(12), .count(0), .count(32)]])
        #expect(section.context.seriousMapMapped == "55" && section.context.seriousMapUnmapped == "3")
        #expect(section.context.seriousMapSuppressed == "No cell's count is suppressed.")
        #expect(section.context.seriousMapPlaced
            == "It places 55 crimes; 3 had no LSOA, an LSOA outside the force, or one without a centroid, and are not mapped.")
        let top = try #require(section.tables.first { $0.name == "serious-violence-hexbins-top" })
        #expect(top.rows.map { [$0[0], $0[1], $0[6]] } == [[.count(1), .text("D3"), .count(32)], [.count(2), .text("D1"), .count(23)]])
    }

    @Test("a small remainder is suppressed with the mapped total and the smaller cell, which is hatched")
    func suppressed() throws {
        // Minimum count 8: the 3 unmapped are suppressed. The year's 58 (published in the
        // volume section) = mapped + unmapped, so mapped (55) is suppressed too; mapped =
        // 23 + 32, so the smaller cell, 23, is suppressed with it. 32 stays.
        let document = Self.document(minimumCount: 8)
        let section = try Self.section(document)
        #expect(try Self.counts(section) == [[.count(0), .count(0), .count(nil)], [.count(12), .count(0), .count(32)]])
        #expect(section.context.seriousMapMapped == "*" && section.context.seriousMapUnmapped == "*")
        #expect(section.context.seriousMapPlaced.hasPrefix("How many crimes it places, and how many had no LSOA"))
        #expect(section.context.seriousMapSuppressed.hasPrefix("One cell is hatched: its count is suppressed (fewer than 8"))
        let top = try #require(section.tables.first { $0.name == "serious-violence-hexbins-top" })
        #expect(top.rows.map { [$0[0], $0[1], $0[6]] } == [[.count(1), .text("D3"), .count(32)]])

        let figure = try #require(document.figures.figures.first { $0.chart.id == "serious-violence-hexbin-map" })
        let svg = figure.svg
        #expect(svg.contains("<pattern id=\"serious-violence-hexbin-map-suppressed\""))
        #expect(svg.contains("fill=\"url(#serious-violence-hexbin-map-suppressed)\"><title>fewer than 8, or protecting one near D1</title>"))
        #expect(svg.contains("<title>32 near D3</title>"))
        #expect(svg.contains(">fewer than 8, or protecting one</text>"))
        #expect(!svg.contains("<title>0 near D1</title>") && !svg.contains("<title>23 near D1</title>"))
        #expect(svg.contains("1 cell is hatched: its count is not published (fewer than 8, or protecting one)."))
        #expect(svg.contains("synthetic demonstration data"))
    }

    @Test("a district lying wholly in cells of its own is their sum, so its published count cannot give a cell away")
    func districtInCellsOfItsOwn() throws {
        // D1 is L1 alone; D2 is L2 and L3. L1 at (0, 0), L2 at (2, 0), L3 at (4, 0) km:
        // extent 4 km, cells 0.25 km (4 / (20 sqrt 3) = 0.115, up), so each LSOA is alone
        // in its cell: (0, 0) 20 (D1), (5, 0) 3, (9, 0) 30 (both D2). The 3 is suppressed.
        // Hiding L1's 20 with it would not do: D1 = its cell, so D1 (20) would go too, and
        // D2 = 3 + 30 would then have one unknown and take the 30 (70 hidden in all).
        // Hiding L3's 30 protects the 3 alone: D2 (33) and the cells' sum (53) each have two
        // unknowns, which they fix only as L2 + L3 = 33. So the 30 goes, and D1 and L1 stay.
        let geography = Geography(
            lsoas: (1...3).map { index in
                LSOA(code: AreaCode.parse("E0100000\(index)")!, name: "L\(index)", districtCode: index == 1 ? "E07000001" : "E07000002",
                     districtName: index == 1 ? "D1" : "D2", deprivationRank: nil)
            },
            districts: (1...2).map { index in
                District(code: "E0700000\(index)", name: "D\(index)", partnershipCode: "P1", partnershipName: "North",
                         forceCode: "F1", forceName: "Testshire")
            })
        let document = Self.document(geography: geography, minimumCount: 8, records: [
            (.lsoa(0, district: 0), "2020-05-15", 20), (.lsoa(1, district: 1), "2020-05-15", 3), (.lsoa(2, district: 1), "2020-12-15", 30),
        ], centroids: [
            0: .init(longitude: 0, latitude: 0), 1: .init(longitude: 2 / Self.k, latitude: 0), 2: .init(longitude: 4 / Self.k, latitude: 0),
        ])
        let section = try Self.section(document)
        #expect(try Self.counts(section).map(\.last) == [.count(20), .count(nil), .count(nil)])
        let areas = try #require(document.sections.flatMap(\.tables).first { $0.name == "violence-by-area" })
        let d1 = try #require(areas.rows.first { $0[0] == .text("E07000001") })
        let d2 = try #require(areas.rows.first { $0[0] == .text("E07000002") })
        #expect(d1[3] == .count(20))
        #expect(d2[3] == .count(33))
    }
}
