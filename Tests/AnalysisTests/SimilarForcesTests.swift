import Testing
@testable import Analysis
@testable import Loaders

@Suite("The force beside its similar forces")
struct SimilarForcesTests {
    // Robbery per 1,000 in five forces and England and Wales (not a force: never ranked):
    //   A 1.0, B 3.0, C 2.0, D 2.0, W (Welsh) 0.5, E&W 9.0; the force is C, its group B and D.
    // Ranks, 1 the highest: B 1, C and D tie at 2, A 4, W 5, of 5 forces.
    // Group average: (3.0 + 2.0) / 2 = 2.5, the force left out.
    static func row(_ code: String, _ group: String, _ rate: Double?) -> ComparatorRow {
        ComparatorRow(areaCode: code, areaName: "Force " + code.suffix(1), offenceGroup: group, offences: nil, ratePer1000: rate, population: nil)
    }

    static let table = ComparatorTable(yearEnding: YearMonth(year: 2019, month: 12), file: "t.csv", rows: [
        row("E23000001", "Robbery", 1.0), row("E23000002", "Robbery", 3.0), row("E23000003", "Robbery", 2.0),
        row("E23000004", "Robbery", 2.0), row("W15000001", "Robbery", 0.5), row("K04000001", "Robbery", 9.0),
        row("E23000003", "Homicide", nil),
    ])

    @Test("rates, ranks among all forces, and the group's average, worked by hand")
    func compare() throws {
        let result = SimilarForces.compare(Self.table, force: "E23000003", similar: ["E23000002", "E23000004"])
        #expect(result.yearEnding == YearMonth(year: 2019, month: 12))
        #expect(result.measures.map(\.offenceGroup) == SimilarForces.measures)
        let robbery = try #require(result.measures.first { $0.offenceGroup == "Robbery" })
        #expect(robbery.force.rate == 2.0 && robbery.force.rank == 2)
        #expect(robbery.similar.map(\.rank) == [1, 2])
        #expect(robbery.groupAverage == 2.5)
        #expect(robbery.ranked == 5)
        // No rate: no rank, and no average when a member has none.
        let homicide = try #require(result.measures.first { $0.offenceGroup == "Homicide" })
        #expect(homicide.force.rate == nil && homicide.force.rank == nil)
        #expect(homicide.groupAverage == nil && homicide.ranked == 0)
    }
}
