import Analysis
import Loaders
import Report
import Testing

/// Three districts in two partnerships, and serious violence placed so that one district
/// and one month are small: worked by hand with a minimum count of 8.
@Suite("Published serious violence: partnerships and quarters")
struct PublishedViolenceTests {
    static let geography = Geography(
        lsoas: (1...3).map { index in
            LSOA(code: AreaCode.parse("E0100000\(index)")!, name: "L\(index)", districtCode: "E0700000\(index)",
                 districtName: "D\(index)", deprivationRank: index * 1000)
        },
        districts: [
            District(code: "E07000001", name: "D1", partnershipCode: "P1", partnershipName: "North", forceCode: "F1", forceName: "Testshire"),
            District(code: "E07000002", name: "D2", partnershipCode: "P1", partnershipName: "North", forceCode: "F1", forceName: "Testshire"),
            District(code: "E07000003", name: "D3", partnershipCode: "P2", partnershipName: "East", forceCode: "F1", forceName: "Testshire"),
        ])

    static let population: Population = {
        let half = AgeCounts(allAges: 450, byAge: Array(repeating: 5, count: 90) + [0])
        let persons = AgeCounts(allAges: 900, byAge: Array(repeating: 10, count: 90) + [0])
        let codes = ["E07000001", "E07000002", "E07000003"]
        return Population(year: 2019, persons: Dictionary(uniqueKeysWithValues: codes.map { ($0, persons) }),
                          males: Dictionary(uniqueKeysWithValues: codes.map { ($0, half) }),
                          females: Dictionary(uniqueKeysWithValues: codes.map { ($0, half) }))
    }()

    static var findings: ViolenceFindings {
        var tally = PoliceRecordTally.Builder()
        // (LSOA and district index, month, how many): D1 3, D2 20, D3 32; January 10,
        // February 2, May 23, December 20.
        let placed: [(Int, String, Int)] = [(2, "2020-01-15", 10), (2, "2020-02-15", 2), (0, "2020-05-15", 3),
                                            (1, "2020-05-15", 20), (2, "2020-12-15", 20)]
        for (place, date, count) in placed {
            for _ in 0..<count {
                let committed = LocalDateTime.parseDate(date)!
                tally.add(PoliceRecord(
                    offence: HomeOfficeOffenceCodes.offence(code: "5D")!, committedAt: committed, recordedOn: committed.date,
                    placement: .lsoa(place, district: place), domesticAbuse: false, alcoholRelated: false, weapon: .none,
                    victimAge: 30, victimSex: .male, suspectAge: nil, suspectSex: .unknown, linkageKey: nil), isSerious: true)
            }
        }
        return ViolenceAnalysis.analyse(.init(
            police: tally.tally, street: StreetCrimeTally(), geography: geography, population: population, forceCode: "F1",
            forceName: "Testshire", areas: [], period: period, offenceCodes: ["5D"]))
    }

    static let period = AssessmentPeriod(quarter: Quarter(year: 2020, number: 4))

    /// The whole document for the small model: police.uk is empty, the police records are above.
    static var document: ReportDocument {
        let street = StreetCrimeAnalysis.analyse(.init(
            tally: StreetCrimeTally(), geography: geography, population: [:], forceCode: "F1", forceName: "Testshire",
            areas: [], period: period, comparators: []))
        let model = ReportModel(title: "Test", areaName: "Testshire", forceName: "Testshire", street: street, sources: [],
                                duplicateCrimeIDs: 0, populationYear: 2019, seriousViolenceCodes: ["5D"], minimumCount: 8,
                                version: "test", violence: findings)
        return ReportDocument.make(model, drawFigures: false)
    }

    static var published: [ReportTable] { document.sections.flatMap(\.tables) }

    static func table(_ published: [ReportTable], _ name: String) -> ReportTable? {
        published.first { $0.name == name }
    }

    @Test("a partnership is the total of its districts, published while the small district and its partner are withheld")
    func partnerships() throws {
        let table = try #require(Self.table(Self.published, "violence-by-area"))
        #expect(table.columns.map(\.key) == ["area_code", "area_name", "area_type", "count", "population", "rate_per_1000",
                                             "lower_95", "upper_95", "against_force"])
        let rows = Dictionary(uniqueKeysWithValues: table.rows.map { row -> (String, [ReportTable.Cell]) in
            guard case .text(let code) = row[0] else { return ("", row) }
            return (code, row)
        })
        #expect(table.rows.map { $0[2] } == [.text("Force"), .text("Partnership"), .text("Partnership"),
                                             .text("District"), .text("District"), .text("District"), .text("Not known")])
        // Sorted by name: East before North.
        #expect(table.rows[1][0] == .text("P2"))
        #expect(rows["F1"]?[3] == .count(55))
        // D1 (3) is small; D2 goes with it so that neither is 23 less the other.
        #expect(rows["E07000001"]?[3] == .count(nil))
        #expect(rows["E07000002"]?[3] == .count(nil))
        #expect(rows["E07000003"]?[3] == .count(32))
        #expect(rows["P1"]?[3] == .count(23))
        #expect(rows["P1"]?[4] == .count(1800))
        #expect(rows["P2"]?[3] == .count(32))
    }

    @Test("a quarter is the sum of its months; a small month takes another with it, and the quarter is shown")
    func quarters() throws {
        let published = Self.published
        let table = try #require(Self.table(published, "violence-by-quarter"))
        #expect(table.columns.map(\.key) == ["quarter", "category", "count"])
        let serious = table.rows.filter { $0[1] == .text(ViolenceFindings.seriousViolence) }
        #expect(serious.map { $0[0] } == ["2020-Q1", "2020-Q2", "2020-Q3", "2020-Q4"].map { .text($0) })
        #expect(serious.map { $0[2] } == [.count(12), .count(23), .count(0), .count(20)])
        // Every offence group has its quarters too.
        #expect(table.rows.count == 4 * (1 + OffenceGroup.allCases.count))
        let months = try #require(Self.table(published, "violence-by-month"))
        let seriousMonths = months.rows.filter { $0[1] == .text(ViolenceFindings.seriousViolence) }
        #expect(seriousMonths.prefix(3).map { $0[2] } == [.count(nil), .count(nil), .count(0)])
    }
}
