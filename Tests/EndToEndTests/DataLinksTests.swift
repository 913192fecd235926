import Assessment
import Foundation
import Testing
import TestSupport

/// The numbers travel with the page: each table and chart links to its CSV under `data/`.
@Suite("Data linked from the page")
struct DataLinksTests {
    @Test("every table and chart in the page links to the file that holds its numbers, and that file is written")
    func everyCaptionLinks() throws {
        let (folder, configuration) = try SmallFixture.write()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("Output").path
        _ = try Generator.run(GenerateOptions(configurationFile: configuration, output: output)) { _ in }
        let html = try String(contentsOfFile: output + "/2020-Q4/assessment.html", encoding: .utf8)
        #expect(html.contains("they are in the <code>data/</code> folder beside this page"))

        // From each caption to the next caption or heading.
        let pieces = html.components(separatedBy: "<strong>").dropFirst()
            .filter { $0.range(of: #"^(Table|Figure) [0-9]+\. "#, options: .regularExpression) != nil }
        #expect(pieces.count >= 4)
        for piece in pieces {
            let caption = piece.prefix { $0 != "<" }
            let until = piece.range(of: "<h2")?.lowerBound ?? piece.endIndex
            let links = piece[..<until].components(separatedBy: "<a href=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
                .filter { $0.hasPrefix("data/") || $0 == "manifest.json" }
            #expect(!links.isEmpty, "\(caption) links to no data file")
            for link in links {
                #expect(FileManager.default.fileExists(atPath: output + "/2020-Q4/" + link), "\(caption) links to \(link), which is not written")
            }
        }
    }
}
