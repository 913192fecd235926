import Analysis
import Charts
import Loaders

/// "Map of serious violence": the year's serious violence from the police records in
/// hexagonal cells, each record at its LSOA's centroid, with the busiest cells in a table
/// beside the map. The counts are confidential: every cell is in the report's disclosure
/// control, adding up with the unmapped records to the year's serious violence, and a
/// suppressed cell is drawn hatched. Template: `violence-map.md.mustache`.
struct SeriousViolenceMapSection: ReportSection {
    struct Context: TemplateValues {
        var hasSeriousMap = false
        var seriousMapMapped = "n/a"
        var seriousMapUnmapped = "n/a"
        /// How many crimes the map places and how many it cannot, as a sentence.
        var seriousMapPlaced = ""
        var seriousMapCellCount = "n/a"
        var seriousMapCellArea = "n/a"
        var seriousMapCellWidth = "n/a"
        var seriousMapCentroids = ""
        var seriousMapSuppressed = ""
        var seriousMapTopCellCount = "n/a"
        var figureSeriousViolenceMap = ""
    }

    /// The cells, the records placed on the map, and those that are not: cells add up to
    /// the mapped total, which with the unmapped makes the year's serious violence
    /// (`VolumeSection.Cells.seriousYear`), so no suppressed cell can be worked out.
    /// A district (published by the where section, `districts`) whose LSOAs all have
    /// centroids and lie in cells holding no other district's is the sum of those cells:
    /// that sum is declared too, so that the district's count cannot give a cell away.
    struct Cells {
        var hexes: [Suppression.Cell] = []
        var mapped: Suppression.Cell
        var unmapped: Suppression.Cell

        init(_ map: SeriousViolenceHexbins, seriousYear: Suppression.Cell, districts: [String: Suppression.Cell],
             in problem: inout Suppression) {
            hexes = map.cells.map { problem.cell($0.count) }
            mapped = problem.total(of: hexes)
            unmapped = problem.cell(map.unmapped)
            problem.sum(seriousYear, of: [mapped, unmapped])
            let without = Set(map.districtsWithoutCentroid)
            for (code, district) in districts.sorted(by: { $0.key < $1.key }) where !without.contains(code) {
                let holding = map.cellDistrictCodes.indices.filter { map.cellDistrictCodes[$0].contains(code) }
                guard !holding.isEmpty, holding.allSatisfy({ map.cellDistrictCodes[$0] == [code] }) else { continue }
                problem.sum(district, of: holding.map { hexes[$0] })
            }
        }
    }

    /// One cell as published.
    struct Row {
        var year: String
        var rank: Int
        var cell: Hexbins.Cell
        var count: Int?
    }

    /// How many of the busiest cells the report lists.
    static let topCells = 10

    var tables: [ReportTable] = []
    var context = Context()

    init(_ findings: ViolenceFindings?, cells: Cells?, disclosed: Disclosed, synthetic: Bool, figures: inout Figures) {
        guard let findings, let map = findings.seriousHexbins, let cells, !map.cells.isEmpty else { return }
        let period = findings.period
        let year = "\(period.year.lowerBound) to \(period.year.upperBound)"
        let rows = zip(map.cells, cells.hexes).map { cell, handle in
            Row(year: year, rank: 0, cell: cell, count: disclosed.value(handle))
        }
        // The busiest cells as published: a suppressed cell is never ranked.
        let ranked = rows.filter { $0.count != nil }
            .sorted { ($1.count ?? 0, $0.cell.r, $0.cell.q) < ($0.count ?? 0, $1.cell.r, $1.cell.q) }
        let top = ranked.prefix(Self.topCells).enumerated().map { offset, row in
            var row = row
            row.rank = offset + 1
            return row
        }.filter { ($0.count ?? 0) > 0 }
        tables = [Self.hexbinsTable(rows), Self.topTable(top)]

        let fewer = "fewer than \(disclosed.minimumCount)"
        let suppressed = cells.hexes.filter(disclosed.isSuppressed).count
        let area = 3 * 3.0.squareRoot() / 2 * map.size * map.size
        context = Context(
            hasSeriousMap: true,
            seriousMapMapped: disclosed.value(cells.mapped).map(NumberFormat.count) ?? "*",
            seriousMapUnmapped: disclosed.value(cells.unmapped).map(NumberFormat.count) ?? "*",
            seriousMapCellCount: map.cells.count == 1 ? "1 cell" : "\(NumberFormat.count(map.cells.count)) cells",
            seriousMapCellArea: NumberFormat.decimal(area, places: 1),
            seriousMapCellWidth: NumberFormat.decimal(3.0.squareRoot() * map.size, places: 2),
            seriousMapCentroids: Self.centroidText(map),
            seriousMapSuppressed: Self.suppressedText(suppressed, fewer: fewer),
            seriousMapTopCellCount: NumberFormat.count(top.count))
        context.seriousMapPlaced = Self.placedText(mapped: disclosed.value(cells.mapped), unmapped: disclosed.value(cells.unmapped))

        let labels = map.districts.map { district in
            let point = map.projection.project(longitude: district.longitude, latitude: district.latitude)
            return HexMap.Label(text: district.name, x: point.x, y: point.y)
        }
        let hexes = rows.map { row in
            let centre = Hexbins.centre(q: row.cell.q, r: row.cell.r, size: map.size)
            return HexMap.Hex(x: centre.x, y: centre.y, count: row.count ?? 0, place: row.cell.district, suppressed: row.count == nil)
        }
        context.figureSeriousViolenceMap = figures.add(HexMap(
            id: "serious-violence-hexbin-map", title: "Serious violence by hexagonal cell, \(year) (police records)",
            summary: "A map of serious violence recorded by the police over the assessment year, each crime placed at the centre of its LSOA "
                + "and counted in hexagonal cells of equal area; darker cells hold more crimes; hatched cells have suppressed counts; "
                + "district names stand at the centre of their LSOAs"
                + (synthetic ? "; synthetic demonstration data" : "") + ".",
            size: map.size, hexes: hexes, labels: labels, valueLabel: "Crimes", suppressedLabel: "fewer than \(disclosed.minimumCount), or protecting one"),
            source: "Source: police records with an LSOA\(synthetic ? " (synthetic)" : ""), at LSOA centroids. "
                + "Numbers: data/serious-violence-hexbins.csv (suppressed cells empty).")
    }

    /// Where the LSOAs' centroids came from, and how many of the force's LSOAs have none.
    static func centroidText(_ map: SeriousViolenceHexbins) -> String {
        let derived = map.lsoasPlaced - map.lsoasFromTable
        var text: String
        if map.lsoasFromTable == 0 {
            text = "the mean location of the police.uk violence and sexual offences carrying its code, since no LSOA centroid file is configured"
        } else if derived == 0 {
            text = "from the configured LSOA centroid file"
        } else {
            text = "from the configured LSOA centroid file for \(NumberFormat.count(map.lsoasFromTable)) LSOAs, and for the other "
                + "\(NumberFormat.count(derived)) the mean location of the police.uk violence and sexual offences carrying their code"
        }
        if map.lsoasWithoutCentroid > 0 {
            let one = map.lsoasWithoutCentroid == 1
            text += "; \(NumberFormat.count(map.lsoasWithoutCentroid)) of the force's LSOAs \(one ? "has" : "have") no centroid"
        }
        return text
    }

    static func placedText(mapped: Int?, unmapped: Int?) -> String {
        let reasons = "no LSOA, an LSOA outside the force, or one without a centroid"
        guard let mapped, let unmapped else {
            return "How many crimes it places, and how many had \(reasons) and are not mapped, is suppressed, "
                + "so that no small count can be worked out from the year's total."
        }
        return "It places \(NumberFormat.count(mapped)) crimes; \(NumberFormat.count(unmapped)) had \(reasons), and are not mapped."
    }

    static func suppressedText(_ count: Int, fewer: String) -> String {
        switch count {
        case 0: "No cell's count is suppressed."
        case 1: "One cell is hatched: its count is suppressed (\(fewer), or hidden so that no small count can be worked out from a total)."
        default: "\(NumberFormat.count(count)) cells are hatched: their counts are suppressed (\(fewer), or hidden so that no small count can be worked out from a total)."
        }
    }

    /// `data/serious-violence-hexbins.csv`: every cell holding an LSOA of the force, zeros
    /// included; the count is empty when suppressed.
    static func hexbinsTable(_ rows: [Row]) -> ReportTable {
        ReportTable(name: "serious-violence-hexbins", rows: rows, fields: [
            .init("year", nil) { .text($0.year) },
            .init("q", "q", numeric: true) { .count($0.cell.q) },
            .init("r", "r", numeric: true) { .count($0.cell.r) },
            .init("longitude", "Longitude", numeric: true) { .number($0.cell.longitude, places: 5) },
            .init("latitude", "Latitude", numeric: true) { .number($0.cell.latitude, places: 5) },
            .init("count", "Crimes", numeric: true) { .count($0.count) },
        ])
    }

    static func topTable(_ rows: [Row]) -> ReportTable {
        ReportTable(name: "serious-violence-hexbins-top", rows: rows, fields: [
            .init("rank", "Rank", numeric: true) { .count($0.rank) },
            .init("near", "Mostly in") { .text($0.cell.district) },
            .init("q", "q", numeric: true) { .count($0.cell.q) },
            .init("r", "r", numeric: true) { .count($0.cell.r) },
            .init("longitude", "Longitude", numeric: true) { .number($0.cell.longitude, places: 5) },
            .init("latitude", "Latitude", numeric: true) { .number($0.cell.latitude, places: 5) },
            .init("count", "Crimes", numeric: true) { .count($0.count) },
        ])
    }
}
