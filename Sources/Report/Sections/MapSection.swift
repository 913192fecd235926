import Analysis
import Charts
import Loaders

/// "Map: violence and sexual offences": the year's police.uk violence and sexual
/// offences in hexagonal cells, with the busiest cells in a table beside the map.
/// police.uk data are public, so nothing here goes through disclosure control.
/// Template: `map.md.mustache`.
struct MapSection: ReportSection {
    struct Context: TemplateValues {
        var hasMap = false
        var mapLocated = "n/a"
        var mapUnlocated = "n/a"
        var mapCellCount = "n/a"
        var mapCellArea = "n/a"
        var mapCellWidth = "n/a"
        var mapReferenceLatitude = "n/a"
        var mapTopCellCount = "n/a"
        var mapScaleError = "n/a"
        var mapTopCellsShare = "n/a"
        var figureViolenceMap = ""
        /// Whether the district boundaries drew a choropleth of rates.
        var hasChoropleth = false
        var figureDistrictChoropleth = ""
        /// Districts the boundaries file lacks, as a sentence (empty when none).
        var choroplethMissing = ""
    }

    /// One cell as published: the assessment year and the cell.
    struct Row {
        var year: String
        var rank: Int
        var cell: Hexbins.Cell
    }

    /// How many of the busiest cells the report lists.
    static let topCells = 10

    var tables: [ReportTable] = []
    var headlines: [Headline] = []
    var context = Context()
    /// Every cell, as `data/violence-hexbins.csv` holds them (for `findings.json`).
    var hexbinsTable: ReportTable?

    init(_ street: StreetCrimeFindings, boundaries: [DistrictBoundary] = [], figures: inout Figures) {
        guard let map = street.violenceHexbins, !map.cells.isEmpty else { return }
        defer { addChoropleth(street, boundaries: boundaries, figures: &figures) }
        let year = "\(street.period.year.lowerBound) to \(street.period.year.upperBound)"
        let ranked = map.cells.sorted { ($1.count, $0.r, $0.q) < ($0.count, $1.r, $1.q) }
        let rows = map.cells.map { cell in Row(year: year, rank: (ranked.firstIndex(of: cell) ?? 0) + 1, cell: cell) }
        let top = Array(ranked.prefix(Self.topCells).enumerated().map { Row(year: year, rank: $0.offset + 1, cell: $0.element) })

        let all = Self.hexbinsTable(rows)
        hexbinsTable = all
        tables = [all, ReportTable(name: "violence-hexbins-top", rows: top, fields: [
            .init("rank", "Rank", numeric: true) { .count($0.rank) },
            .init("near", "Mostly in") { .text($0.cell.district) },
            .init("q", "q", numeric: true) { .count($0.cell.q) },
            .init("r", "r", numeric: true) { .count($0.cell.r) },
            .init("longitude", "Longitude", numeric: true) { .number($0.cell.longitude, places: 5) },
            .init("latitude", "Latitude", numeric: true) { .number($0.cell.latitude, places: 5) },
            .init("count", "Crimes", numeric: true) { .count($0.cell.count) },
            .init("share", "Share of mapped", numeric: true) { .share(map.located > 0 ? Double($0.cell.count) / Double(map.located) : nil) },
        ])]

        let topTotal = top.reduce(0) { $0 + $1.cell.count }
        let area = 3 * 3.0.squareRoot() / 2 * map.size * map.size
        context = Context(
            hasMap: true,
            mapLocated: NumberFormat.count(map.located),
            mapUnlocated: NumberFormat.count(map.unlocated),
            mapCellCount: NumberFormat.count(map.cells.count),
            mapCellArea: NumberFormat.decimal(area, places: 1),
            mapCellWidth: NumberFormat.decimal(3.0.squareRoot() * map.size, places: 2),
            mapReferenceLatitude: NumberFormat.decimal(map.projection.referenceLatitude, places: 2),
            mapTopCellCount: NumberFormat.count(top.count),
            mapScaleError: NumberFormat.percent(map.maximumScaleError),
            mapTopCellsShare: map.located > 0 ? NumberFormat.percent(Double(topTotal) / Double(map.located)) : "n/a")

        let projection = map.projection
        func xy(_ longitude: Double, _ latitude: Double) -> (x: Double, y: Double) {
            projection.project(longitude: longitude, latitude: latitude)
        }
        let hexes = map.cells.map { cell in
            let centre = Hexbins.centre(q: cell.q, r: cell.r, size: map.size)
            return HexMap.Hex(x: centre.x, y: centre.y, count: cell.count, place: cell.district)
        }
        let labels = map.districts.map { district in
            let point = xy(district.longitude, district.latitude)
            return HexMap.Label(text: district.name, x: point.x, y: point.y)
        }
        context.figureViolenceMap = figures.add(HexMap(
            id: "violence-hexbin-map", title: "Violence and sexual offences by hexagonal cell, \(year) (police.uk)",
            summary: "A map of police.uk violence and sexual offences over the assessment year counted in hexagonal cells of equal area; "
                + "darker cells hold more crimes; district names stand at the centre of their crimes.",
            size: map.size, hexes: hexes, labels: labels, valueLabel: "Crimes"),
            source: "Source: police.uk street-level crime (approximate locations). Numbers: data/violence-hexbins.csv.")
    }

    mutating func addChoropleth(_ street: StreetCrimeFindings, boundaries: [DistrictBoundary], figures: inout Figures) {
        let choropleth = Self.choropleth(street, boundaries: boundaries)
        if !choropleth.missing.isEmpty {
            context.choroplethMissing = "The boundaries file has no boundary for \(choropleth.missing.joined(separator: ", ")), left off the map."
        }
        guard let chart = choropleth.chart else { return }
        context.hasChoropleth = true
        context.figureDistrictChoropleth = figures.add(chart, source: "Source: police.uk street-level crime; ONS mid-year population; "
            + "district boundaries from the configured file. Numbers: data/street-crime-by-area.csv.")
    }

    /// `data/violence-hexbins.csv`: every cell holding at least one crime.
    static func hexbinsTable(_ rows: [Row]) -> ReportTable {
        ReportTable(name: "violence-hexbins", rows: rows, fields: [
            .init("year", nil) { .text($0.year) },
            .init("q", "q", numeric: true) { .count($0.cell.q) },
            .init("r", "r", numeric: true) { .count($0.cell.r) },
            .init("longitude", "Longitude", numeric: true) { .number($0.cell.longitude, places: 5) },
            .init("latitude", "Latitude", numeric: true) { .number($0.cell.latitude, places: 5) },
            .init("count", "Crimes", numeric: true) { .count($0.cell.count) },
        ])
    }
}
