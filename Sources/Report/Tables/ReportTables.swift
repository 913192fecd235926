import Analysis
import Loaders

/// The report's tables as CSV, columns exactly as the architecture documents them.
public enum ReportTables {
    public static func make(_ model: ReportModel) -> [CSVTable] {
        [streetCrimeByMonth(model.street), streetCrimeByArea(model.street), comparators(model.street)]
    }

    /// `data/street-crime-by-month.csv`: `month,crime_type,count`, every month in the data.
    public static func streetCrimeByMonth(_ street: StreetCrimeFindings) -> CSVTable {
        CSVTable(name: "street-crime-by-month", columns: ["month", "crime_type", "count"],
                 rows: street.monthly.map { [$0.month.description, $0.crimeType.name, String($0.count)] })
    }

    /// `data/street-crime-by-area.csv`:
    /// `area_code,area_name,crime_type,count,population,rate_per_1000,lower_95,upper_95`.
    public static func streetCrimeByArea(_ street: StreetCrimeFindings) -> CSVTable {
        CSVTable(
            name: "street-crime-by-area",
            columns: ["area_code", "area_name", "crime_type", "count", "population", "rate_per_1000", "lower_95", "upper_95"],
            rows: street.areaRates.map { row in
                [row.areaCode, row.areaName, row.crimeType, String(row.count), String(row.population),
                 EstimateText.csv(row.rate?.value), EstimateText.csv(row.rate?.lower), EstimateText.csv(row.rate?.upper)]
            }
        )
    }

    /// `data/street-crime-comparators.csv`: the force's police.uk rate beside ONS's rates
    /// for the force and for England and Wales.
    public static func comparators(_ street: StreetCrimeFindings) -> CSVTable {
        CSVTable(
            name: "street-crime-comparators",
            columns: ["crime_type", "ons_offence_groups", "ons_year_ending", "force_police_uk_rate_per_1000", "lower_95", "upper_95",
                      "force_ons_rate_per_1000", "england_and_wales_ons_rate_per_1000"],
            rows: street.comparisons.map { row in
                [row.crimeType, row.offenceGroups.joined(separator: "; "), street.comparatorYearEnding?.description ?? "",
                 EstimateText.csv(row.streetRate?.value), EstimateText.csv(row.streetRate?.lower), EstimateText.csv(row.streetRate?.upper),
                 EstimateText.csv(row.forceRate), EstimateText.csv(row.englandAndWalesRate)]
            }
        )
    }
}
