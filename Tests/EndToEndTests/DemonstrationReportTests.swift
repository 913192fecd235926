import Assessment
import Foundation
import Testing
import TestSupport

/// Runs `sna generate` on the demonstration inputs. Serialized: each run reads 270,000 rows.
@Suite("The demonstration report", .serialized)
struct DemonstrationReportTests {
    private func generate(period: String?, parallel: Bool = true) throws -> (folder: URL, summary: GenerateSummary) {
        let folder = try TemporaryDirectory.make()
        let options = GenerateOptions(configurationFile: Repository.configuration, period: period, output: folder.path,
                                      parallel: parallel)
        let summary = try Generator.run(options) { _ in }
        return (folder, summary)
    }

    @Test("agrees with the published facts for 2019/20: 98,924 crimes, 44,878 violence and sexual offences")
    func publishedFacts() throws {
        let (folder, summary) = try generate(period: "2020-Q1")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(summary.period == "2020-Q1")
        let rows = try Repository.csvRows(summary.folder + "/data/street-crime-by-area.csv")
        #expect(rows.first == ["area_code", "area_name", "crime_type", "count", "population", "rate_per_1000", "lower_95", "upper_95"])
        let force = rows.filter { $0[0] == "E23000035" }
        #expect(force.first { $0[2] == "All crime" }?[3] == "98924")
        #expect(force.first { $0[2] == "Violence and sexual offences" }?[3] == "44878")
        #expect(force.first { $0[2] == "Anti-social behaviour" }?[3] == "34551")
        // ONS's mid-2019 population of the force's twelve districts.
        #expect(force.first?[4] == "1772541")

        let monthly = try Repository.csvRows(summary.folder + "/data/street-crime-by-month.csv")
        #expect(monthly.first == ["month", "crime_type", "count"])
        // Every month of the data, every crime type: 24 x 14 rows.
        #expect(monthly.count - 1 == 24 * 14)
        let yearCrimes = monthly.dropFirst()
            .filter { $0[0] >= "2019-04" && $0[0] <= "2020-03" && $0[1] != "Anti-social behaviour" }
            .reduce(0) { $0 + (Int($1[2]) ?? 0) }
        #expect(yearCrimes == 98924)
        let allRows = monthly.dropFirst().reduce(0) { $0 + (Int($1[2]) ?? 0) }
        #expect(allRows == 269_489)

        let markdown = try String(contentsOfFile: summary.folder + "/assessment.md", encoding: .utf8)
        #expect(markdown.contains("Contains public sector information licensed under the Open Government Licence v3.0."))
        // Measured on the year both hold: police.uk's 2019 crimes (100,475, the sum of the
        // monthly table above) against ONS's 102,827 for the year ending December 2019.
        #expect(markdown.contains("Over January 2019 to December 2019 it held 100,475 crimes for the force against 102,827 in ONS's recorded crime (excluding fraud) for the same twelve months: 2.3% fewer"))
        #expect(markdown.contains("police.uk holds 98,924 crimes for April 2019 to March 2020"))
    }

    @Test("the committed Output/ is what the inputs give today, byte for byte, read in parallel or not")
    func committedOutputIsCurrent() throws {
        // Every draft period in Output/, oldest first, as scripts/report writes them, then
        // again reading one file at a time: the same bytes both ways. A published quarter
        // is the paper as circulated, never regenerated: it is copied as it stands (the
        // next quarter's "what changed" reads it), and its marker must name its manifest.
        let periods = ((try? FileManager.default.contentsOfDirectory(atPath: Repository.output)) ?? [])
            .filter { $0.count == 7 && $0.contains("-Q") }.sorted()
        #expect(!periods.isEmpty)
        let published = periods.filter { Publication.read(folder: Repository.output + "/" + $0) != nil }
        for period in published {
            let folder = Repository.output + "/" + period
            let publication = Publication.read(folder: folder)
            #expect(publication?.period == period)
            #expect(publication?.fingerprint == Self.fingerprint(folder + "/manifest.json"),
                    "Output/\(period)/published.json does not name the report's fingerprint")
        }
        var runs: [URL] = []
        defer { for folder in runs { try? FileManager.default.removeItem(at: folder) } }
        for parallel in [true, false] {
            let folder = try TemporaryDirectory.make()
            runs.append(folder)
            for period in published {
                try FileManager.default.copyItem(atPath: Repository.output + "/" + period,
                                                 toPath: folder.appendingPathComponent(period).path)
            }
            for period in periods where !published.contains(period) {
                let options = GenerateOptions(configurationFile: Repository.configuration, period: period, output: folder.path,
                                              parallel: parallel)
                _ = try Generator.run(options) { _ in }
            }
        }
        let expectedFiles = Repository.files(under: runs[0].path)
        #expect(Repository.files(under: runs[1].path) == expectedFiles)
        let committedFiles = Repository.files(under: Repository.output)
        #expect(committedFiles == expectedFiles, "Output/ is stale: run scripts/report and commit Output/")
        for file in expectedFiles {
            let fresh = try Data(contentsOf: runs[0].appendingPathComponent(file))
            let again = try Data(contentsOf: runs[1].appendingPathComponent(file))
            #expect(fresh == again, "\(file) differs between two runs")
            let stored = try? Data(contentsOf: URL(fileURLWithPath: Repository.output + "/" + file))
            #expect(stored == fresh, "Output/\(file) is stale: run scripts/report and commit Output/")
        }
    }

    /// The fingerprint a report's manifest.json records.
    static func fingerprint(_ manifest: String) -> String? {
        guard let data = FileManager.default.contents(atPath: manifest),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return nil }
        return object["fingerprint"] as? String
    }
}
