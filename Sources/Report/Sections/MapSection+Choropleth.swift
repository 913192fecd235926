import Analysis
import Charts
import Loaders

/// The district choropleth of police.uk violence and sexual offences: each district with a
/// boundary in the optional `boundaries` file, filled by how its rate per 1,000 compares
/// with the force's (higher, similar or lower, by whether the force rate lies outside the
/// district's 95% interval; `RAGStatus`).
extension MapSection {
    /// What the section says and draws about district rates on a map.
    struct Choropleth {
        var chart: Charts.Choropleth?
        /// The force's districts with no boundary in the file.
        var missing: [String] = []
    }

    static func choropleth(_ street: StreetCrimeFindings, boundaries: [DistrictBoundary]) -> Choropleth {
        guard !boundaries.isEmpty else { return Choropleth() }
        let violence = StreetCrimeType.violenceAndSexualOffences.name
        let rows = street.areaRates.filter { $0.crimeType == violence && $0.kind == .district }.sorted { $0.areaName < $1.areaName }
        let force = street.areaRates.first { $0.crimeType == violence && $0.kind == .force }?.rate?.value
        var byCode: [String: DistrictBoundary] = [:]
        for boundary in boundaries where byCode[boundary.code] == nil { byCode[boundary.code] = boundary }
        let drawn = rows.compactMap { row in byCode[row.areaCode].map { (row, $0) } }
        let missing = rows.filter { byCode[$0.areaCode] == nil }.map(\.areaName)
        guard !drawn.isEmpty else { return Choropleth(chart: nil, missing: missing) }

        // The same projection as the hex map's: equirectangular, scaled by the cosine of
        // the mean latitude of the points drawn, to 0.01 degrees.
        let latitudes = drawn.flatMap { $0.1.polygons.flatMap { $0.flatMap { $0.map(\.latitude) } } }
        let mean = latitudes.reduce(0, +) / Double(max(1, latitudes.count))
        let projection = Hexbins.Projection(referenceLatitude: (mean * 100).rounded() / 100 + 0)
        let areas = drawn.map { row, boundary in
            Charts.Choropleth.Area(
                name: row.areaName,
                polygons: boundary.polygons.map { $0.map { $0.map { point in
                    let xy = projection.project(longitude: point.longitude, latitude: point.latitude)
                    return Charts.Choropleth.Point(x: xy.x, y: xy.y)
                } } },
                status: WhereSection.chartStatus(RAGStatus.rate(row.rate, benchmark: force)),
                value: EstimateText.ratePer1000WithInterval(row.rate))
        }
        let chart = Charts.Choropleth(
            id: "violence-rate-by-district-map",
            title: "Violence and sexual offences per 1,000 residents by district, against the force (police.uk)",
            summary: "A map of the force's districts, each filled by whether its rate of police.uk violence and sexual offences per 1,000 "
                + "residents over the assessment year is significantly higher than the force's, similar, or lower (by its 95% interval).",
            areas: areas, benchmark: "the force")
        return Choropleth(chart: chart, missing: missing)
    }
}
