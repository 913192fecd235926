import Analysis
import Loaders

/// Builds the template context: every value a string formatted here, so that templates
/// only place text and no number is formatted twice.
public enum ReportContext {
    public static let attribution = "Contains public sector information licensed under the Open Government Licence v3.0."

    public static func make(_ model: ReportModel) -> [String: Any] {
        let street = model.street
        let period = street.period
        let violence = StreetCrimeType.violenceAndSexualOffences.name
        let force = street.areaRates.filter { $0.kind == .force }
        let forceAll = force.first { $0.crimeType == StreetCrimeFindings.allCrime }
        let forceViolence = force.first { $0.crimeType == violence }

        var context: [String: Any] = [
            "title": model.title,
            "area_name": model.areaName,
            "force_name": model.forceName,
            "period": period.quarter.description,
            "period_words": DateText.quarter(period.quarter),
            "year_words": DateText.range(period.year),
            "months_covered": street.months.first.flatMap { first in street.months.last.map { DateText.range(first...$0) } } ?? "",
            "crimes_year": NumberFormat.count(street.yearCrimes),
            "asb_year": NumberFormat.count(street.yearAntiSocialBehaviour),
            "violence_year": NumberFormat.count(street.yearViolenceAndSexualOffences),
            "violence_share": street.yearCrimes > 0
                ? NumberFormat.percent(Double(street.yearViolenceAndSexualOffences) / Double(street.yearCrimes)) : "n/a",
            "crime_rate": EstimateText.ratePer1000WithInterval(forceAll?.rate),
            "violence_rate": EstimateText.ratePer1000WithInterval(forceViolence?.rate),
            "force_population": NumberFormat.count(street.forcePopulation),
            "population_year": model.populationYear.map(String.init) ?? "latest",
            "unplaced_crimes": NumberFormat.count(street.yearUnplacedCrimes),
            "duplicate_crime_ids": NumberFormat.count(model.duplicateCrimeIDs),
            "has_duplicate_crime_ids": model.duplicateCrimeIDs > 0,
            "attribution": attribution,
            "version": model.version,
            "serious_violence_codes": model.seriousViolenceCodes.joined(separator: ", "),
            "minimum_count": String(model.minimumCount),
            "minimum_count_less_one": String(max(0, model.minimumCount - 1)),
        ]
        context["summary"] = numbered(summary(model))
        // Sections that show only with record-level data or a previous quarter: false until
        // their builders say otherwise, so that every name a template uses has a value.
        for flag in ["has_previous", "has_changes", "has_violence", "violence_synthetic", "violence_has_suppressed",
                     "has_health", "health_synthetic", "health_has_suppressed", "has_forecast"] {
            context[flag] = false
        }
        context["monthly_rows"] = monthlyRows(street)
        context["area_rows_violence"] = areaRows(street, crimeType: violence)
        context["area_rows_all"] = areaRows(street, crimeType: StreetCrimeFindings.allCrime)
        context["has_comparators"] = !street.comparisons.isEmpty
        context["comparator_year_words"] = street.comparatorYearEnding.map { "the year ending \(DateText.month($0))" } ?? ""
        context["comparison_rows"] = street.comparisons.map { row in
            [
                "crime_type": row.crimeType,
                "groups": row.offenceGroups.joined(separator: " + "),
                "street_rate": EstimateText.rateWithInterval(row.streetRate),
                "force_rate": row.forceRate.map { NumberFormat.decimal($0, places: 2) } ?? "n/a",
                "england_and_wales_rate": row.englandAndWalesRate.map { NumberFormat.decimal($0, places: 2) } ?? "n/a",
            ]
        }
        context["sources"] = model.sources.map(sourceContext)
        return context
    }

    static func numbered(_ findings: [String]) -> [[String: Any]] {
        findings.enumerated().map { ["number": String($0.offset + 1), "text": $0.element] }
    }

    static func monthlyRows(_ street: StreetCrimeFindings) -> [[String: Any]] {
        var rows: [[String: Any]] = []
        for month in street.months where street.period.year.contains(month) {
            let counts = street.monthly.filter { $0.month == month }
            let crimes = counts.filter { $0.crimeType.isCrime }.reduce(0) { $0 + $1.count }
            let violence = counts.first { $0.crimeType == .violenceAndSexualOffences }?.count ?? 0
            let antiSocial = counts.first { $0.crimeType == .antiSocialBehaviour }?.count ?? 0
            rows.append([
                "month": DateText.month(month),
                "all_crime": NumberFormat.count(crimes),
                "violence": NumberFormat.count(violence),
                "anti_social_behaviour": NumberFormat.count(antiSocial),
            ])
        }
        return rows
    }

    static func kindText(_ kind: StreetCrimeFindings.AreaKind) -> String {
        switch kind {
        case .force: "Force"
        case .configured: "Configured area"
        case .partnership: "Partnership"
        case .district: "District"
        }
    }

    static func areaRows(_ street: StreetCrimeFindings, crimeType: String) -> [[String: Any]] {
        let rows = street.areaRates.filter { $0.crimeType == crimeType }
        let forceRate = rows.first { $0.kind == .force }?.rate
        return rows.map { row in
            [
                "name": row.areaName,
                "code": row.areaCode,
                "kind": kindText(row.kind),
                "count": NumberFormat.count(row.count),
                "population": NumberFormat.count(row.population),
                "rate": EstimateText.rate(row.rate),
                "interval": EstimateText.interval(row.rate),
                "against_force": row.kind == .force ? "" : comparison(row.rate, benchmark: forceRate?.value),
            ]
        }
    }

    /// Compared with a benchmark value, as Public Health England's Fingertips does: higher
    /// or lower when the interval lies wholly above or below it, similar otherwise.
    static func comparison(_ rate: Estimate?, benchmark: Double?) -> String {
        let status = RAGStatus.rate(rate, benchmark: benchmark)
        return status.comparison == .notCompared ? "n/a" : status.label
    }

    static func sourceContext(_ source: ReportModel.Source) -> [String: Any] {
        let account = source.account
        return [
            "name": source.name,
            "path": source.path,
            "files": NumberFormat.count(source.files),
            "read": NumberFormat.count(account.read),
            "loaded": NumberFormat.count(account.loaded),
            "excluded": NumberFormat.count(account.excludedCount),
            "rejected": NumberFormat.count(account.rejectedCount),
            "synthetic": source.isSynthetic,
            "reasons": (account.excluded.map { ("Excluded", $0.key, $0.value) } + account.rejected.map { ("Rejected", $0.key, $0.value) }
                        + account.notes.map { ("Loaded", $0.key, $0.value) })
                .sorted { ($0.0, $0.1) < ($1.0, $1.1) }
                .map { ["outcome": $0.0, "reason": $0.1, "count": NumberFormat.count($0.2)] },
            "problems": account.problems.map { ["text": $0.description] },
            "has_problems": !account.problems.isEmpty,
        ]
    }

    /// The key findings, numbered in the report, each with its figure.
    static func summary(_ model: ReportModel) -> [String] {
        let street = model.street
        let violence = StreetCrimeType.violenceAndSexualOffences.name
        var findings: [String] = []
        let forceAll = street.areaRates.first { $0.kind == .force && $0.crimeType == StreetCrimeFindings.allCrime }
        findings.append("police.uk holds \(NumberFormat.count(street.yearCrimes)) crimes for \(DateText.range(street.period.year)): "
            + "\(EstimateText.rate(forceAll?.rate)) per 1,000 residents (95% CI \(EstimateText.interval(forceAll?.rate))).")
        let forceViolence = street.areaRates.first { $0.kind == .force && $0.crimeType == violence }
        if let forceViolence, street.yearCrimes > 0 {
            findings.append("Violence and sexual offences were \(NumberFormat.count(forceViolence.count)) of them "
                + "(\(NumberFormat.percent(Double(forceViolence.count) / Double(street.yearCrimes)))), "
                + "\(EstimateText.rate(forceViolence.rate)) per 1,000 (95% CI \(EstimateText.interval(forceViolence.rate))).")
        }
        let districts = street.areaRates.filter { $0.kind == .district && $0.crimeType == violence && $0.rate != nil }
        if let highest = districts.max(by: { ($0.rate?.value ?? 0, $1.areaName) < ($1.rate?.value ?? 0, $0.areaName) }) {
            let against = comparison(highest.rate, benchmark: forceViolence?.rate?.value)
            let words = against == "Higher" ? "significantly above" : (against == "Lower" ? "significantly below" : "not significantly different from")
            findings.append("\(highest.areaName) has the highest rate of violence and sexual offences: "
                + "\(EstimateText.ratePer1000WithInterval(highest.rate)), \(words) the force rate.")
        }
        if let row = street.comparisons.first(where: { $0.crimeType == violence }), let force = row.forceRate,
           let national = row.englandAndWalesRate, let yearEnding = street.comparatorYearEnding {
            let direction = force < national ? "below" : (force > national ? "above" : "level with")
            findings.append("In ONS's recorded crime for the year ending \(DateText.month(yearEnding)), the force's rate of violence "
                + "against the person and sexual offences (\(NumberFormat.decimal(force, places: 1)) per 1,000) was \(direction) "
                + "England and Wales (\(NumberFormat.decimal(national, places: 1))).")
        }
        return findings
    }
}
