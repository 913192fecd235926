import Assessment
import Foundation
import Testing

/// The serious violence map from configuration to report: centroids derived from police.uk,
/// or read from `lsoa_centroids`.
@Suite("Serious violence map, end to end")
struct SeriousViolenceMapEndToEndTests {
    static func run(_ fixture: MatrixFixture) throws -> (markdown: String, hexbins: String) {
        let (folder, configuration) = try fixture.write()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("Output").path
        let summary = try Generator.run(GenerateOptions(configurationFile: configuration, output: output)) { _ in }
        return (try String(contentsOfFile: summary.folder + "/assessment.md", encoding: .utf8),
                try String(contentsOfFile: summary.folder + "/data/serious-violence-hexbins.csv", encoding: .utf8))
    }

    @Test("without a centroid file, LSOAs with police.uk violence are placed and the others are not")
    func derived() throws {
        // police.uk violence is at (-1, 50) in the LSOAs that have any: one cell. One LSOA
        // of the force has none, so no centroid (and no serious violence to leave unmapped).
        let (markdown, hexbins) = try Self.run(MatrixFixture())
        #expect(markdown.contains("### Map of serious violence"))
        #expect(markdown.contains("the mean location of the police.uk violence and sexual offences carrying its code, since no LSOA centroid file is configured; 1 of the force's LSOAs has no centroid"))
        #expect(markdown.contains("The map shows every cell that holds an LSOA of the force, 1 cell, zeros included. It places 50 crimes; 0 had no LSOA"))
        #expect(hexbins.hasPrefix("year,q,r,longitude,latitude,count\n2020-01 to 2020-12,"))
        #expect(hexbins.split(separator: "\n").count == 2)
    }

    @Test("a centroid file places the LSOAs it lists; the rest keep their police.uk centroids")
    func fromFile() throws {
        let fixture = MatrixFixture(centroids: "lsoa_code,longitude,latitude\nE01000003,-1.2,50.1\nE01000004,-1.1,50.2\n")
        let (markdown, hexbins) = try Self.run(fixture)
        #expect(markdown.contains("from the configured LSOA centroid file for 2 LSOAs, and for the other 2 the mean location of the police.uk violence and sexual offences carrying their code"))
        #expect(!markdown.contains("have no centroid"))
        #expect(hexbins.split(separator: "\n").count > 2)
    }

    @Test("a bad centroid file stops the run at its line and column")
    func badFile() throws {
        let fixture = MatrixFixture(centroids: "lsoa_code,longitude,latitude\nE01000003,-1.2,150\n")
        let (folder, configuration) = try fixture.write()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("Output").path
        #expect {
            _ = try Generator.run(GenerateOptions(configurationFile: configuration, output: output)) { _ in }
        } throws: { error in
            String(describing: error).contains("geography/centroids.csv:2:16: error: column 'latitude': '150' is not a latitude in degrees (-90 to 90)")
        }
    }

    @Test("district boundaries add a choropleth of police.uk rates; without them the section says what they would add")
    func boundaries() throws {
        let without = try Self.run(MatrixFixture()).markdown
        #expect(without.contains("A district boundaries file (`boundaries:` under `data:` in the configuration: ONS district boundaries as GeoJSON) would add a map"))
        // Two squares, North (E06000001) and South (E06000002).
        let geojson = """
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "properties": {"LAD19CD": "E06000001"},
               "geometry": {"type": "Polygon", "coordinates": [[[-1.1, 50], [-1, 50], [-1, 50.1], [-1.1, 50.1], [-1.1, 50]]]}},
              {"type": "Feature", "properties": {"LAD19CD": "E06000002"},
               "geometry": {"type": "Polygon", "coordinates": [[[-1, 50], [-0.9, 50], [-0.9, 50.1], [-1, 50.1], [-1, 50]]]}}
            ]}
            """
        let with = try Self.run(MatrixFixture(boundaries: geojson)).markdown
        #expect(with.contains("Each district's rate of violence and sexual offences per 1,000 residents against the force's, on a map"))
        #expect(with.contains("charts/violence-rate-by-district-map.svg"))
        #expect(!with.contains("would add a map"))
        #expect(!with.contains("has no boundary for"))
    }
}
