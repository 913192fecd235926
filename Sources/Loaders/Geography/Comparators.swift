/// One row of an ONS police force area table: offences and rate per 1,000 for an offence group.
public struct ComparatorRow: Sendable, Equatable {
    public let areaCode: String
    public let areaName: String
    public let offenceGroup: String
    public let offences: Int?
    public let ratePer1000: Double?
    public let population: Int?
}

/// ONS recorded crime for police force areas over twelve months ending in `yearEnding`.
public struct ComparatorTable: Sendable, Equatable {
    /// The last month of the twelve the table covers.
    public let yearEnding: YearMonth
    public let file: String
    public let rows: [ComparatorRow]

    public func row(area: String, group: String) -> ComparatorRow? {
        rows.first { $0.areaCode == area && $0.offenceGroup.lowercased() == group.lowercased() }
    }
}

/// Loads the comparators folder: ONS tables in long form,
/// `area_code,area_name,offence_group,offences,rate_per_1000,population_mid_year_used`,
/// one file per year, named `...year-ending-<month>-<YYYY>.csv`.
public enum ComparatorLoader {
    public static let englandAndWales = "K04000001"

    public static func load(folder: String, displayFolder: String) throws(InputError) -> [ComparatorTable] {
        let files = try Folder.files(under: folder, displayPath: displayFolder, suffix: ".csv")
        var tables: [ComparatorTable] = []
        for file in files {
            let display = displayFolder + "/" + file
            guard let yearEnding = yearEnding(in: file) else {
                throw InputError(path: display, message: "the file name does not say the year it covers (expected '...year-ending-<month>-<YYYY>.csv', like year-ending-march-2019)")
            }
            tables.append(try loadTable(path: folder + "/" + file, displayPath: display, yearEnding: yearEnding))
        }
        return tables.sorted { $0.yearEnding < $1.yearEnding }
    }

    static func yearEnding(in name: String) -> YearMonth? {
        let lower = name.lowercased()
        guard let range = lower.firstRange(of: "year-ending-") else { return nil }
        let rest = lower[range.upperBound...].split(separator: "-")
        guard rest.count >= 2 else { return nil }
        let months = ["january", "february", "march", "april", "may", "june", "july", "august",
                      "september", "october", "november", "december"]
        guard let month = months.firstIndex(of: String(rest[0])) else { return nil }
        let yearText = rest[1].prefix(4)
        guard yearText.count == 4, let year = Int(yearText) else { return nil }
        return YearMonth(year: year, month: month + 1)
    }

    public static func loadTable(path: String, displayPath: String, yearEnding: YearMonth) throws(InputError) -> ComparatorTable {
        var table = try ReferenceTable(path: path, displayPath: displayPath)
        let columns = try table.header.require(["area_code", "area_name", "offence_group", "offences", "rate_per_1000", "population_mid_year_used"])
        var rows: [ComparatorRow] = []
        try table.forEachRow { row throws(InputError) in
            rows.append(ComparatorRow(
                areaCode: try row.required(columns[0]),
                areaName: row.text(columns[1]),
                offenceGroup: try row.required(columns[2]),
                offences: try row.optionalInteger(columns[3], in: NumberRange.population, what: "a count of offences"),
                ratePer1000: try row.optionalDecimal(columns[4], in: NumberRange.ratePerThousand, what: "a rate per 1,000"),
                population: try row.optionalInteger(columns[5], in: NumberRange.population, what: "a population")
            ))
        }
        return ComparatorTable(yearEnding: yearEnding, file: displayPath, rows: rows)
    }
}
