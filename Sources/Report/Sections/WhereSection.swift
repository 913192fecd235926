import Analysis
import Charts
import Loaders

/// "Where: rates by area" (police.uk) and "Where serious violence happens" (police
/// records): rates by district, partnership and configured area against the force,
/// deprivation, concentration and persistent hotspots.
/// Templates: `areas.md.mustache`, `violence-where.md.mustache`.
struct WhereSection: ReportSection {
    struct Context: TemplateValues {
        var areaRowsViolence: [AreaRow] = []
        var areaRowsAll: [AreaRow] = []
        /// The scale of the police.uk rates by area ("1,000", or "100,000" when they are all below 1 per 1,000).
        var areaRateUnit = "1,000"
        var figureSeriousByArea = ""
        /// Shown only when the gradient could be estimated.
        var deprivationRatio: String?
        /// Whether there are deciles to show (serious violence in LSOAs with IMD ranks).
        var hasDeprivation = false
        var figureDeprivation = ""
        var gini = "n/a"
        var concentrationSentence = ""
        var figureLorenz = ""
        /// Whether there is serious violence in the year to measure concentration on.
        var hasConcentration = false
        var hasHotspots = false
        var hotspotCount = "0"
        var hotspotQuarters = ""
        /// Why there can be no persistent hotspots: too few quarters of records.
        var hasHotspotShortfall = false
        var hotspotShortfall = ""
    }

    struct AreaRow: TemplateValues {
        var name: String
        var code: String
        var kind: String
        var count: String
        var population: String
        var rate: String
        var interval: String
        var againstForce: String
    }

    /// Serious violence by area; deprivation deciles, the most affected places and hotspots.
    struct Cells {
        var districts: [String: Suppression.Cell] = [:]
        var configured: [String: Suppression.Cell] = [:]
        var partnerships: [String: Suppression.Cell] = [:]
        var seriousYear: Suppression.Cell
        /// The year's serious violence with no LSOA, or an LSOA outside the districts: the
        /// "not known" part that makes the districts add up to the force.
        var unplaced: Suppression.Cell = 0
        var deciles: [Suppression.Cell] = []
        var topShares: [Suppression.Cell] = []
        var hotspots: [Suppression.Cell] = []

        /// Districts add up to the force's year (`seriousYear`) with the records that have no LSOA.
        init(_ findings: ViolenceFindings, seriousYear: Suppression.Cell, in problem: inout Suppression) {
            self.seriousYear = seriousYear
            let districtRows = findings.areaRates.filter { $0.kind == .district }
            for row in districtRows { districts[row.areaCode] = problem.cell(row.count) }
            let placed = districtRows.reduce(0) { $0 + $1.count }
            unplaced = problem.cell(max(0, (findings.areaRates.first { $0.kind == .force }?.count ?? 0) - placed))
            problem.sum(seriousYear, of: districtRows.compactMap { districts[$0.areaCode] } + [unplaced])
            // A configured area or a partnership is the total of its districts too, so it cannot give one away.
            for row in findings.areaRates where row.kind == .configured {
                configured[row.areaCode] = problem.total(of: row.districtCodes.compactMap { districts[$0] })
            }
            for row in findings.areaRates where row.kind == .partnership {
                partnerships[row.areaCode] = problem.total(of: row.districtCodes.compactMap { districts[$0] })
            }
            deciles = (findings.deprivation?.deciles ?? []).map { problem.cell($0.count) }
            topShares = (findings.concentration?.topShares ?? []).map { problem.cell($0.count) }
            hotspots = findings.hotspots.map { problem.cell($0.total) }
        }

        func cell(for row: ViolenceFindings.AreaRate) -> Suppression.Cell {
            switch row.kind {
            case .force: seriousYear
            case .configured: configured[row.areaCode] ?? seriousYear
            case .partnership: partnerships[row.areaCode] ?? seriousYear
            case .district: districts[row.areaCode] ?? seriousYear
            }
        }
    }

    var tables: [ReportTable]
    var headlines: [Headline] = []
    var context = Context()
    /// For findings.json.
    var areaTable: ReportTable?
    var hotspotsTable: ReportTable?
    var concentrationTable: ReportTable?

    init(_ model: ReportModel, cells: Cells?, disclosed: Disclosed, figures: inout Figures) {
        let street = model.street
        tables = [Self.streetCrimeByArea(street)]
        let shown = [StreetCrimeType.violenceAndSexualOffences.name, StreetCrimeFindings.allCrime]
        let scale = RateScale.of(street.areaRates.filter { shown.contains($0.crimeType) }.map(\.rate))
        context.areaRateUnit = scale.unit
        context.areaRowsViolence = Self.areaRows(street, crimeType: shown[0], scale: scale)
        context.areaRowsAll = Self.areaRows(street, crimeType: shown[1], scale: scale)
        if let highest = Self.highestDistrict(street) { headlines.append(highest) }
        guard let findings = model.violence, let cells else { return }
        let serious = Self.seriousTables(findings, cells: cells, disclosed: disclosed)
        tables += [serious.areas] + serious.others + [serious.hotspots]
        areaTable = serious.areas
        hotspotsTable = serious.hotspots
        concentrationTable = serious.others.first { $0.name == "violence-concentration" }
        seriousContext(findings, cells: cells, disclosed: disclosed, figures: &figures)
        let districts = Self.districtRates(findings, cells: cells, disclosed: disclosed)
        if let highest = districts.filter({ $0.rate != nil }).max(by: { ($0.rate?.value ?? 0, $1.name) < ($1.rate?.value ?? 0, $0.name) }),
           let rate = highest.rate {
            let against = switch highest.status.comparison {
            case .higher: "significantly higher than"
            case .lower: "significantly lower than"
            case .similar, .notCompared: "not significantly different from"
            }
            headlines.append(Headline(.seriousViolenceHighestArea,
                                      "\(highest.name) has the highest rate of serious violence: \(EstimateText.ratePer1000WithInterval(rate)), \(against) the force rate.",
                                      synthetic: model.policeRecordsSynthetic))
        }
    }

    // MARK: police.uk

    /// `data/street-crime-by-area.csv`:
    /// `area_code,area_name,crime_type,count,population,rate_per_1000,lower_95,upper_95`.
    static func streetCrimeByArea(_ street: StreetCrimeFindings) -> ReportTable {
        ReportTable(name: "street-crime-by-area", rows: street.areaRates, fields: [
            .init("area_code", nil) { .text($0.areaCode) },
            .init("area_name", "Area") { .text($0.areaName) },
            .init("crime_type", "Crime type") { .text($0.crimeType) },
            .init("count", "Crimes", numeric: true) { .count($0.count) },
            .init("population", "Population", numeric: true) { .count($0.population) },
            .init("rate_per_1000", "Rate per 1,000", numeric: true) { .number($0.rate?.value, places: 4) },
            .init("lower_95", "Lower 95%", numeric: true) { .number($0.rate?.lower, places: 4) },
            .init("upper_95", "Upper 95%", numeric: true) { .number($0.rate?.upper, places: 4) },
        ])
    }

    /// The rows of one crime type's table, on `scale` (one for the section's police.uk
    /// tables, which its text names: `areaRateUnit`).
    static func areaRows(_ street: StreetCrimeFindings, crimeType: String, scale: RateScale) -> [AreaRow] {
        let rows = street.areaRates.filter { $0.crimeType == crimeType }
        let forceRate = rows.first { $0.kind == .force }?.rate
        return rows.map { row in
            AreaRow(name: row.areaName, code: row.areaCode, kind: kindText(row.kind), count: NumberFormat.count(row.count),
                    population: NumberFormat.count(row.population), rate: row.rate.map { scale.text($0.value) } ?? "n/a",
                    interval: scale.interval(row.rate),
                    againstForce: row.kind == .force ? "" : comparison(row.rate, benchmark: forceRate?.value))
        }
    }

    static func highestDistrict(_ street: StreetCrimeFindings) -> Headline? {
        let violence = StreetCrimeType.violenceAndSexualOffences.name
        let forceViolence = street.areaRates.first { $0.kind == .force && $0.crimeType == violence }
        let districts = street.areaRates.filter { $0.kind == .district && $0.crimeType == violence && $0.rate != nil }
        guard let highest = districts.max(by: { ($0.rate?.value ?? 0, $1.areaName) < ($1.rate?.value ?? 0, $0.areaName) }) else { return nil }
        let against = comparison(highest.rate, benchmark: forceViolence?.rate?.value)
        let words = against == "Higher" ? "significantly above" : (against == "Lower" ? "significantly below" : "not significantly different from")
        return Headline(.policeUKHighestDistrict, "\(highest.areaName) has the highest rate of violence and sexual offences: "
            + "\(EstimateText.ratePer1000WithInterval(highest.rate)), \(words) the force rate.")
    }

    static func kindText(_ kind: StreetCrimeFindings.AreaKind) -> String {
        switch kind {
        case .force: "Force"
        case .configured: "Configured area"
        case .partnership: "Partnership"
        case .district: "District"
        }
    }

    /// Compared with a benchmark value, as Public Health England's Fingertips does: higher
    /// or lower when the interval lies wholly above or below it, similar otherwise.
    static func comparison(_ rate: Estimate?, benchmark: Double?) -> String {
        let status = RAGStatus.rate(rate, benchmark: benchmark)
        return status.comparison == .notCompared ? "n/a" : status.label
    }

    // MARK: Serious violence

    /// A district's published rate: nil when its count is suppressed.
    struct DistrictRate {
        var name: String
        var rate: Estimate?
        var status: RAGStatus
    }

    static func districtRates(_ findings: ViolenceFindings, cells: Cells, disclosed: Disclosed) -> [DistrictRate] {
        findings.areaRates.filter { $0.kind == .district }.map { row in
            DistrictRate(name: row.areaName,
                         rate: cells.districts[row.areaCode].flatMap { disclosed.isSuppressed($0) ? nil : row.rate }, status: row.status)
        }
    }

    static func seriousTables(_ findings: ViolenceFindings, cells: Cells, disclosed: Disclosed)
        -> (areas: ReportTable, others: [ReportTable], hotspots: ReportTable) {
        var tables: [ReportTable] = []
        if let deprivation = findings.deprivation {
            let rows = zip(deprivation.deciles, cells.deciles).map { Published(finding: $0, count: disclosed.value($1), hidden: disclosed.isSuppressed($1)) }
            tables.append(ReportTable(name: "violence-by-deprivation-decile", rows: rows, fields: [
                .init("decile", "Decile (1 = most deprived)") { .text(String($0.finding.decile)) },
                .init("lsoas", "LSOAs", numeric: true) { .count($0.finding.areas) },
                .init("count", "Crimes", numeric: true) { .count($0.count) },
                .init("mean_per_lsoa", "Per LSOA", numeric: true) { $0.hidden ? .withheld : .number($0.finding.meanPerArea, places: 3) },
            ]))
        }
        if let concentration = findings.concentration {
            tables.append(concentrationTable(concentration, cells: cells, disclosed: disclosed))
        }
        let spots = zip(findings.hotspots, cells.hotspots).map { Published(finding: $0, count: disclosed.value($1), hidden: disclosed.isSuppressed($1)) }
        let hotspots = ReportTable(name: "violence-hotspots", rows: spots, fields: [
            .init("lsoa_code", nil) { .text($0.finding.lsoaCode) },
            .init("lsoa_name", "Name") { .text($0.finding.lsoaName) },
            .init("district", "District") { .text($0.finding.districtName) },
            .init("quarters_in_top_20", "Quarters in the top 20", numeric: true) { .count($0.finding.quartersInTop) },
            .init("count", "Crimes", numeric: true) { .count($0.count) },
        ])
        return (areas(findings, cells: cells, disclosed: disclosed), tables, hotspots)
    }

    /// A row of the concentration table: a top share, or the Gini coefficient.
    struct ConcentrationRow {
        var measure: String
        var percent: Int?
        var places: Int
        var count: ReportTable.Cell
        var observed: ReportTable.Cell
        var expected: ReportTable.Cell
        var upper: ReportTable.Cell
        var beyondChance: String
    }

    /// `data/violence-concentration.csv`: each top share and the Gini coefficient, beside
    /// what equal risk in every LSOA would give. The Gini row leaves its count empty: the
    /// offences placed in an LSOA, taken from the year's total, would give away the
    /// records with no location.
    static func concentrationTable(_ concentration: Concentration.Result, cells: Cells, disclosed: Disclosed) -> ReportTable {
        let chance = concentration.equalRisk
        func verdict(_ observed: Double, _ range: Concentration.ChanceRange?) -> String {
            guard let range else { return "n/a" }
            return range.isExceeded(by: observed) ? "yes" : "no"
        }
        var rows = concentration.topShares.enumerated().map { index, share in
            let cell = cells.topShares.indices.contains(index) ? cells.topShares[index] : nil
            let hidden = cell.map(disclosed.isSuppressed) ?? true
            let range = chance.flatMap { $0.topShares.indices.contains(index) ? $0.topShares[index] : nil }
            return ConcentrationRow(
                measure: "Top \(share.percent)% of LSOAs", percent: share.percent, places: share.places,
                count: .count(cell.flatMap(disclosed.value)), observed: hidden ? .withheld : .share(share.share),
                expected: .share(range?.mean), upper: .share(range?.upper),
                beyondChance: hidden ? "n/a" : verdict(share.share, range))
        }
        rows.append(ConcentrationRow(
            measure: "Gini coefficient", percent: nil, places: concentration.places, count: .text(""),
            observed: .number(concentration.gini, places: 4), expected: .number(chance?.gini.mean, places: 4),
            upper: .number(chance?.gini.upper, places: 4), beyondChance: verdict(concentration.gini, chance?.gini)))
        return ReportTable(name: "violence-concentration", rows: rows, fields: [
            .init("measure", "Measure") { .text($0.measure) },
            .init("top_percent_of_lsoas", nil) { .text($0.percent.map(String.init) ?? "") },
            .init("lsoas", "LSOAs", numeric: true) { .count($0.places) },
            .init("count", "Crimes", numeric: true) { $0.count },
            .init("share", "Observed", numeric: true) { $0.observed },
            .init("expected_share_if_equal_risk", "If every LSOA had equal risk", numeric: true) { $0.expected },
            .init("equal_risk_upper_95", "Equal risk, upper 95%", numeric: true) { $0.upper },
            .init("beyond_chance", "Beyond chance") { .text($0.beyondChance) },
        ])
    }

    /// What the Gini and the top 10% say, beside what equal risk would give.
    static func concentrationSentence(_ concentration: Concentration.Result, topTenHidden: Bool) -> String {
        let gini = NumberFormat.decimal(concentration.gini, places: 2)
        let lsoas = NumberFormat.count(concentration.places)
        guard let chance = concentration.equalRisk else {
            return "The Gini coefficient across the force's \(lsoas) LSOAs is \(gini) (0 would mean every LSOA had the same count; 1, that one had it all)."
        }
        let expected = NumberFormat.decimal(chance.gini.mean, places: 2)
        let range = "\(NumberFormat.decimal(chance.gini.lower, places: 2)) and \(NumberFormat.decimal(chance.gini.upper, places: 2))"
        var text = chance.gini.isExceeded(by: concentration.gini)
            ? "Serious violence is more concentrated than chance alone would make it. "
            : "Serious violence is no more concentrated than chance alone would make it. "
        text += "The Gini coefficient across the force's \(lsoas) LSOAs is \(gini) (0 would mean every LSOA had the same count; 1, that one had it all). "
            + "If every LSOA had the same risk, the same number of offences would still give a Gini of about \(expected) "
            + "(95% of \(NumberFormat.count(chance.simulations)) simulations between \(range)), because a count of a few offences per LSOA is uneven by chance."
        if !topTenHidden, let index = concentration.topShares.firstIndex(where: { $0.percent == 10 }), chance.topShares.indices.contains(index) {
            let share = concentration.topShares[index]
            text += " The \(NumberFormat.count(share.places)) LSOAs with the most serious violence (the top 10%) hold \(NumberFormat.percent(share.share)) of it, "
                + "against \(NumberFormat.percent(chance.topShares[index].mean)) under equal risk."
        }
        return text
    }

    /// `data/violence-by-area.csv`: the force, configured areas, partnerships and districts,
    /// then "Location not known" (area type `Not known`, no code or population), so that
    /// the districts add up to the force.
    static func areas(_ findings: ViolenceFindings, cells: Cells, disclosed: Disclosed) -> ReportTable {
        var rows = findings.areaRates.map { row in
            let cell = cells.cell(for: row)
            return Published(finding: row, count: disclosed.value(cell), hidden: disclosed.isSuppressed(cell))
        }
        if findings.areaRates.contains(where: { $0.kind == .district }) {
            let notKnown = ViolenceFindings.AreaRate(areaCode: "", areaName: "Location not known", kind: .district, count: 0, population: 0,
                                                     rate: nil, status: RAGStatus(comparison: .notCompared))
            rows.append(Published(finding: notKnown, count: disclosed.value(cells.unplaced), hidden: false))
        }
        let scale = RateScale.of(rows.map { $0.hidden ? nil : $0.finding.rate?.value })
        return ReportTable(name: "violence-by-area", rows: rows, fields: [
            .init("area_code", nil) { .text($0.finding.areaCode) },
            .init("area_name", "Area") { .text($0.finding.areaName) },
            .init("area_type", "Type") { .text($0.finding.areaCode.isEmpty ? "Not known" : kindText($0.finding.kind)) },
            .init("count", "Crimes", numeric: true) { .count($0.count) },
            .init("population", "Population", numeric: true) { $0.finding.areaCode.isEmpty ? .text("") : .count($0.finding.population) },
            .init("rate_per_1000", scale.heading, numeric: true) { $0.hidden ? .withheld : .rate($0.finding.rate?.value, scale) },
            .init("lower_95", "Lower 95%", numeric: true) { $0.hidden ? .withheld : .rate($0.finding.rate?.lower, scale) },
            .init("upper_95", "Upper 95%", numeric: true) { $0.hidden ? .withheld : .rate($0.finding.rate?.upper, scale) },
            .init("against_force", "Against the force") { row in
                row.hidden ? .withheld : .text(row.finding.status.comparison == .notCompared ? "" : row.finding.status.label)
            },
        ])
    }

    private mutating func seriousContext(_ findings: ViolenceFindings, cells: Cells, disclosed: Disclosed, figures: inout Figures) {
        let force = findings.areaRates.first { $0.kind == .force }.flatMap { disclosed.isSuppressed(cells.seriousYear) ? nil : $0.rate }
        let rows = Self.districtRates(findings, cells: cells, disclosed: disclosed)
            .sorted { ($0.rate?.value ?? -1, $1.name) > ($1.rate?.value ?? -1, $0.name) }
        let scale = RateScale.of(rows.map(\.rate) + [force])
        let factor = scale.factor
        context.figureSeriousByArea = figures.add(IntervalDotChart(
            id: "serious-violence-by-area", title: "Serious violence per \(scale.unit) residents by district, with 95% intervals",
            summary: "Rates of serious violence by district over the assessment year against the force rate.",
            valueLabel: "Crimes per \(scale.unit) residents",
            rows: rows.map { row in
                IntervalDotChart.Row(label: row.name, value: row.rate.map { $0.value * factor }, lower: row.rate.map { $0.lower * factor },
                                     upper: row.rate.map { $0.upper * factor }, status: Self.chartStatus(row.status))
            },
            reference: force.map { Reference(value: $0.value * factor, label: "Force") }, missing: .withheld(minimumCount: disclosed.minimumCount)),
            source: "Source: police records and ONS mid-year population. Numbers: data/violence-by-area.csv.")
        context.hasDeprivation = findings.deprivation != nil
        context.hasConcentration = findings.concentration != nil
        if let deprivation = findings.deprivation {
            context.figureDeprivation = figures.add(BarChart(
                id: "serious-violence-by-deprivation", title: "Serious violence per LSOA by deprivation decile",
                summary: "Mean serious violence per LSOA in each decile of the Index of Multiple Deprivation, decile 1 the most deprived.",
                labels: deprivation.deciles.map { String($0.decile) },
                values: zip(deprivation.deciles, cells.deciles).map { disclosed.isSuppressed($1) ? nil : $0.meanPerArea },
                yLabel: "Crimes per LSOA", missing: .withheld(minimumCount: disclosed.minimumCount)),
                source: "Source: police records; English Index of Multiple Deprivation 2019. Numbers: data/violence-by-deprivation-decile.csv.")
            context.deprivationRatio = deprivation.mostToLeastDeprived.map { EstimateText.decimalWithInterval($0.estimate, places: 1) }
        }
        if let concentration = findings.concentration {
            context.figureLorenz = figures.add(LorenzCurve(
                id: "serious-violence-lorenz", title: "How concentrated serious violence is across LSOAs",
                summary: "Lorenz curve: the cumulative share of serious violence against the cumulative share of LSOAs, least affected first.",
                points: concentration.lorenzCurve.map { (x: $0.places, y: $0.events) }, gini: concentration.gini),
                source: "Source: police records. Numbers: data/violence-concentration.csv.")
            context.gini = NumberFormat.decimal(concentration.gini, places: 2)
            let topTen = concentration.topShares.firstIndex { $0.percent == 10 }
            let topTenHidden = topTen.map { cells.topShares.indices.contains($0) ? disclosed.isSuppressed(cells.topShares[$0]) : true } ?? true
            context.concentrationSentence = Self.concentrationSentence(concentration, topTenHidden: topTenHidden)
        }
        context.hotspotCount = String(findings.hotspots.count)
        context.hotspotQuarters = findings.hotspotQuarters.map(\.description).joined(separator: ", ")
        context.hasHotspots = !findings.hotspots.isEmpty
        let dataMonths = Set(findings.monthly.map(\.month))
        let covered = findings.hotspotQuarters.filter { $0.months.allSatisfy(dataMonths.contains) }.count
        if covered < 3 {
            context.hasHotspotShortfall = true
            context.hotspotShortfall = "Persistent hotspots need records for at least three of the quarters \(context.hotspotQuarters); the records cover \(covered) of them in full."
        }
    }

    static func chartStatus(_ status: RAGStatus) -> IntervalDotChart.Status {
        switch status.comparison {
        case .higher: .higher
        case .lower: .lower
        case .similar: .similar
        case .notCompared: .notCompared
        }
    }
}
