@testable import Assessment
import Foundation
import Loaders
import Report
import Testing
import TestSupport

@Suite("Recommendations file")
struct RecommendationsLoaderTests {
    static let good = """
        - id: R1
          text: Extend A&E data sharing.
          owner: The board
          raised: 2020-Q3
          status: in progress
          history:
            - {period: 2020-Q3, status: open, note: Agreed by the board.}
            - {period: 2020-Q4, status: in progress, note: Agreement drafted.}
        - id: R2
          text: A later one.
          owner: The council
          raised: 2021-Q1
          status: open

        """

    private func load(_ yaml: String) throws -> [Recommendation] {
        let folder = try TemporaryDirectory.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("recommendations.yml")
        try Data(yaml.utf8).write(to: file)
        return try RecommendationsLoader.load(path: file.path, display: "recommendations.yml")
    }

    @Test("reads each recommendation and its history, in order")
    func reads() throws {
        let recommendations = try load(Self.good)
        #expect(recommendations.map(\.id) == ["R1", "R2"])
        let first = try #require(recommendations.first)
        #expect(first.raised == Quarter(year: 2020, number: 3))
        #expect(first.status == .inProgress)
        #expect(first.history == [
            .init(period: Quarter(year: 2020, number: 3), status: .open, note: "Agreed by the board."),
            .init(period: Quarter(year: 2020, number: 4), status: .inProgress, note: "Agreement drafted."),
        ])
    }

    @Test("a bad entry is an error at its line and column", arguments: [
        ("- id: R1\n  text: T\n  owner: O\n  raised: 2020-Q3\n  status: started\n",
         "recommendations.yml:5:11: error: recommendation R1: status 'started' is not one of 'open', 'in progress', 'done', 'dropped'"),
        ("- id: R1\n  text: T\n  owner: O\n  raised: 2020-Q5\n  status: open\n",
         "recommendations.yml:4:11: error: recommendation R1: raised '2020-Q5' is not a quarter (expected YYYY-Qn, like 2020-Q3)"),
        ("- id: R1\n  text: T\n  owner: O\n  raised: 2020-Q3\n  status: open\n- id: R1\n  text: U\n  owner: O\n  raised: 2020-Q3\n  status: open\n",
         "recommendations.yml:6:7: error: recommendation id 'R1' is used twice"),
        ("- id: R1\n  text: T\n  owner: O\n  raised: 2020-Q3\n  status: open\n  history:\n    - {period: 2020-Q4, status: finished}\n",
         "recommendations.yml:7:33: error: recommendation R1's history: status 'finished' is not one of 'open', 'in progress', 'done', 'dropped'"),
        ("- id: R1\n  text: T\n  owner: O\n  raised: 2020-Q3\n  status: open\n  history:\n    - {period: 2020-Q2, status: open}\n",
         "recommendations.yml:7:16: error: recommendation R1: history period 2020-Q2 is before it was raised (2020-Q3)"),
        ("- id: R1\n  txt: T\n", "recommendations.yml:2:3: error: unknown key 'txt' in a recommendation (expected one of: id, text, owner, raised, status, history)"),
    ])
    func errors(yaml: String, message: String) {
        #expect {
            _ = try load(yaml)
        } throws: { error in
            (error as? ConfigurationError)?.description == message
        }
    }
}
