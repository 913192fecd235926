import Analysis
import Loaders

/// `findings.json`: the headline findings, machine-readable, each estimate with its
/// interval and method.
public enum FindingsJSON {
    /// Built from the sections as published, so that it holds the same suppressed
    /// numbers as the report and the CSV tables.
    static func make(_ model: ReportModel, volume: VolumeSection, where whereSection: WhereSection, drivers: DriversSection,
                     unseen: UnseenSection, forecast: ForecastSection, map: MapSection? = nil, similarForces: SimilarForcesSection? = nil,
                     offenders: OffendersSection? = nil, young: YoungPeopleSection? = nil,
                     domesticAbuseAndRape: DomesticAbuseAndRapeSection? = nil) -> JSONValue {
        let street = model.street
        var members: [(String, JSONValue)] = [
            ("title", .string(model.title)),
            ("area_name", .string(model.areaName)),
            ("force", .string(model.forceName)),
            ("period", .string(street.period.quarter.description)),
            ("assessment_year", .object([
                ("from", .string(street.period.year.lowerBound.description)),
                ("to", .string(street.period.year.upperBound.description)),
            ])),
            ("sna_version", .string(model.version)),
            ("police_uk", .object([
                ("crimes", .int(street.yearCrimes)),
                ("anti_social_behaviour", .int(street.yearAntiSocialBehaviour)),
                ("violence_and_sexual_offences", .int(street.yearViolenceAndSexualOffences)),
                ("crimes_not_placed_in_a_district", .int(street.yearUnplacedCrimes)),
                ("duplicate_crime_ids", .int(model.duplicateCrimeIDs)),
                ("population", .int(street.forcePopulation)),
                ("rates", .array(street.areaRates.filter { $0.crimeType == StreetCrimeFindings.allCrime
                    || $0.crimeType == StreetCrimeType.violenceAndSexualOffences.name }.map(rateJSON))),
                ("comparators_year_ending", .optionalString(street.comparatorYearEnding?.description)),
                ("comparators_match_assessment_year", .bool(street.comparatorMatchesYear)),
                ("police_uk_against_ons", street.policeUKAgainstONS.map { coverage in
                    .object([
                        ("year_ending", .string(coverage.yearEnding.description)),
                        ("police_uk_crimes", .int(coverage.policeUK)),
                        ("ons_recorded_crime_excluding_fraud", .int(coverage.ons)),
                        ("police_uk_shortfall", .decimal(coverage.shortfall, places: 4)),
                    ])
                } ?? .null),
                ("comparisons", .array(street.comparisons.map { row in
                    .object([
                        ("crime_type", .string(row.crimeType)),
                        ("ons_offence_groups", .array(row.offenceGroups.map(JSONValue.string))),
                        ("force_ons_rate_per_1000", .decimal(row.forceRate, places: 4)),
                        ("england_and_wales_ons_rate_per_1000", .decimal(row.englandAndWalesRate, places: 4)),
                        ("force_police_uk_rate_per_1000", estimateJSON(row.streetRate)),
                    ])
                })),
            ])),
        ]
        if let table = similarForces?.similarForcesTable, let similar = street.similarForces {
            members.append(("similar_forces", .object([
                ("source", .string("ONS police recorded crime")),
                ("ons_year_ending", .string(similar.yearEnding.description)),
                ("rows", rows(table)),
            ])))
        }
        if let map, let hexbins = street.violenceHexbins, map.context.hasMap {
            members.append(("violence_map", .object([
                ("source", .string("police.uk")),
                ("cell_size_km", .decimal(hexbins.size, places: 2)),
                ("reference_latitude", .decimal(hexbins.projection.referenceLatitude, places: 2)),
                ("located", .int(hexbins.located)),
                ("unlocated", .int(hexbins.unlocated)),
                ("cells", .int(hexbins.cells.count)),
                ("top_cells", rows(map.tables.first { $0.name == "violence-hexbins-top" })),
            ])))
        }
        if model.violence != nil {
            members.append(("serious_violence", .object([
                ("synthetic", .bool(model.policeRecordsSynthetic)),
                ("source", .string("police records")),
                ("trends", rows(volume.trendsTable)),
                ("areas", rows(whereSection.areaTable)),
                ("shares", rows(drivers.sharesTable)),
                ("unknowns", rows(drivers.unknownsTable)),
                ("hotspots", rows(whereSection.hotspotsTable)),
                ("concentration", rows(whereSection.concentrationTable)),
                ("suspects_by_age_and_sex", rows(offenders?.suspectsTable)),
                ("share_with_suspect_recorded", .optionalString(offenders?.suspectRecordedShare)),
                ("domestic_abuse_and_rape", rows(domesticAbuseAndRape?.table)),
                ("repeat_victims_and_suspects", rows(offenders?.repeatsTable)),
            ])))
            if let young, young.context.hasYoungPeople {
                members.append(("young_people", .object([
                    ("synthetic", .bool(model.policeRecordsSynthetic)),
                    ("emergency_department_synthetic", .bool(model.healthSynthetic && young.context.youngHasEmergencyDepartment)),
                    ("by_age_group", rows(young.groupsTable)),
                    ("share_with_victim_under_18", .optionalString(young.under18Share)),
                    ("share_with_victim_under_25", .optionalString(young.under25Share)),
                    ("knife_enabled_by_victim_age", rows(young.knifeTable)),
                    ("under_18_victims_by_time_of_day", rows(young.timeOfDayTable)),
                    ("by_half_year", rows(young.halfYearTable)),
                ])))
            }
        }
        if model.health != nil {
            members.append(("unseen_by_police", .object([
                ("synthetic", .bool(model.healthSynthetic)),
                ("emergency_department_vs_police_by_area", rows(unseen.byAreaTable)),
                ("capture_recapture", rows(unseen.captureRecaptureTable)),
                ("share_unseen_by_police", .optionalString(unseen.unseenShare)),
                ("major_trauma", rows(unseen.majorTraumaTable)),
            ])))
        }
        if model.forecasts != nil {
            members.append(("forecast", rows(forecast.forecastTable)))
        }
        return .object(members)
    }

    /// A published table as an array of objects, keyed by its CSV columns; suppressed
    /// values say so.
    static func rows(_ table: ReportTable?) -> JSONValue {
        guard let table else { return .null }
        return .array(table.rows.map { row in .object(zip(table.columns, row).map { ($0.key, cell($1)) }) })
    }

    static func cell(_ cell: ReportTable.Cell) -> JSONValue {
        switch cell {
        case .text(let text): .string(text)
        case .count(let value): value.map(JSONValue.int) ?? .string("suppressed")
        case .number(let value, let places): .decimal(value, places: places)
        case .share(let value): .decimal(value, places: 4)
        case .withheld: .string("suppressed")
        case .named(let code, _): .string(code)
        case .rate(let value, _): .decimal(value, places: 4)
        }
    }

    static func rateJSON(_ row: StreetCrimeFindings.AreaRate) -> JSONValue {
        .object([
            ("area_code", .string(row.areaCode)),
            ("area_name", .string(row.areaName)),
            ("kind", .string(row.kind.rawValue)),
            ("crime_type", .string(row.crimeType)),
            ("count", .int(row.count)),
            ("population", .int(row.population)),
            ("rate_per_1000", estimateJSON(row.rate)),
        ])
    }

    /// An estimate as PHEindicatormethods gives it: value, limits, confidence, method.
    public static func estimateJSON(_ estimate: Estimate?) -> JSONValue {
        guard let estimate else { return .null }
        return .object([
            ("value", .decimal(estimate.value, places: 4)),
            ("lower", .decimal(estimate.lower, places: 4)),
            ("upper", .decimal(estimate.upper, places: 4)),
            ("confidence", .decimal(estimate.confidence, places: 2)),
            ("method", .string(estimate.method.rawValue)),
        ])
    }
}
