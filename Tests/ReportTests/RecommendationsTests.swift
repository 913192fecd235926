@testable import Report
import Loaders
import Testing

@Suite("Recommendations as of a quarter")
struct RecommendationsTests {
    static let q3 = Quarter(year: 2020, number: 3)
    static let q4 = Quarter(year: 2020, number: 4)
    static let recommendations = [
        Recommendation(id: "R1", text: "Share data.", owner: "The board", raised: q3, status: .inProgress, history: [
            .init(period: q3, status: .open, note: "Agreed."),
            .init(period: q4, status: .inProgress, note: "Drafted."),
        ]),
        Recommendation(id: "R2", text: "Later.", owner: "The council", raised: q4, status: .open, history: []),
    ]

    @Test("the table shows each recommendation raised by the quarter with its status then; the quarter's moves are listed")
    func asOf() throws {
        let q3 = RecommendationsSection(Self.recommendations, quarter: Self.q3)
        let table = try #require(q3.tables.first)
        #expect(table.name == "recommendations")
        #expect(table.csv.text == "id,recommendation,owner,raised,status,note\nR1,Share data.,The board,2020-Q3,open,Agreed.\n")
        #expect(q3.context.recommendationChanges.isEmpty)

        let q4 = RecommendationsSection(Self.recommendations, quarter: Self.q4)
        #expect(q4.tables.first?.csv.text == """
            id,recommendation,owner,raised,status,note
            R1,Share data.,The board,2020-Q3,in progress,Drafted.
            R2,Later.,The council,2020-Q4,open,

            """)
        #expect(q4.context.recommendationChanges.map(\.text) == ["Recommendation R1 (The board) moved from open to in progress: Drafted."])
        #expect(RecommendationsSection([], quarter: Self.q4).context.hasRecommendations == false)
    }
}
