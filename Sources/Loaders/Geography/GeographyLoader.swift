#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Loads the LSOA-to-district lookup (with deprivation rank) and the district-to-
/// partnership-to-force lookup.
///
/// Column names carry the year of the boundaries (`LAD19CD`, `LAD21CD`), so columns are
/// found by their pattern: `LSOA11CD`/`LSOA21CD`, `LAD..CD`, `IMD..` and so on.
public enum GeographyLoader {
    public static func loadLSOAs(path: String, displayPath: String) throws(InputError) -> [LSOA] {
        var table = try ReferenceTable(path: path, displayPath: displayPath)
        let header = table.header
        let code = try column(header, "LSOA..CD", prefix: "lsoa", suffix: "cd")
        let name = try column(header, "LSOA..NM", prefix: "lsoa", suffix: "nm")
        let district = try column(header, "LAD..CD", prefix: "lad", suffix: "cd")
        let districtName = try column(header, "LAD..NM", prefix: "lad", suffix: "nm")
        let rank = header.index { $0.hasPrefix("imd") && $0.dropFirst(3).allSatisfy(\.isNumber) }
        var lsoas: [LSOA] = []
        var seen = FlatTable(capacity: 40_000)  // a national lookup: about 35,000 LSOAs
        // A lookup lists a district's LSOAs together: its code and name are made into
        // text once, not once for each of thousands of rows.
        var districts = RepeatedText()
        var districtNames = RepeatedText()
        try table.forEachRow { row throws(InputError) in
            // The code is read from the bytes; only a problem needs it as text.
            guard let areaCode = row.record.withBytes(code, { AreaCode.parse(trimmingSpaces($0)) }) else {
                let codeText = try row.required(code)
                throw row.error(code, "'\(codeText)' is not an LSOA code (expected a letter and 8 digits, like E01018936)")
            }
            guard seen.add(StreetCrimeLoader.mix(areaCode.packed)) == 1 else { throw row.error(code, "LSOA '\(row.text(code))' appears twice") }
            let deprivation = try rank.flatMap { column throws(InputError) in
                try row.optionalInteger(column, in: NumberRange.deprivationRank, what: "a deprivation rank")
            }
            let districtCode = districts.text(row, district)
            if districtCode.isEmpty { throw row.error(district, "is empty") }
            lsoas.append(LSOA(code: areaCode, name: row.text(name), districtCode: districtCode,
                              districtName: districtNames.text(row, districtName), deprivationRank: deprivation))
        }
        return lsoas
    }

    /// The text of a column, kept from the row before while the field's bytes repeat.
    struct RepeatedText {
        private var bytes: [UInt8] = []
        private var text = ""
        private var read = false

        /// `row.text(column)`: the same value, made afresh only when the bytes differ.
        mutating func text(_ row: ReferenceTable.Row, _ column: Int) -> String {
            let same = row.record.withBytes(column) { field in
                read && field.count == bytes.count
                    && (field.isEmpty || memcmp(field.baseAddress!, bytes, field.count) == 0)
            }
            if !same {
                bytes = row.record.withBytes(column) { Array($0) }
                text = row.text(column)
                read = true
            }
            return text
        }
    }

    public static func loadDistricts(path: String, displayPath: String) throws(InputError) -> [District] {
        var table = try ReferenceTable(path: path, displayPath: displayPath)
        let header = table.header
        let columns = [
            try column(header, "LAD..CD", prefix: "lad", suffix: "cd"),
            try column(header, "LAD..NM", prefix: "lad", suffix: "nm"),
            try column(header, "CSP..CD", prefix: "csp", suffix: "cd"),
            try column(header, "CSP..NM", prefix: "csp", suffix: "nm"),
            try column(header, "PFA..CD", prefix: "pfa", suffix: "cd"),
            try column(header, "PFA..NM", prefix: "pfa", suffix: "nm"),
        ]
        var districts: [District] = []
        var forceOfDistrict: [String: String] = [:]
        try table.forEachRow { row throws(InputError) in
            let values = try columns.map { column throws(InputError) in try row.required(column) }
            // A district split between two partnerships (East Suffolk, 2019) has a row for
            // each; it keeps the first partnership. Split between forces would be an error.
            if let force = forceOfDistrict[values[0]] {
                guard force == values[4] else {
                    throw row.error(columns[4], "district '\(values[0])' is in force '\(force)' on an earlier row, and in '\(values[4])' here")
                }
                return
            }
            forceOfDistrict[values[0]] = values[4]
            districts.append(District(code: values[0], name: values[1], partnershipCode: values[2],
                                      partnershipName: values[3], forceCode: values[4], forceName: values[5]))
        }
        return districts
    }

    /// Finds a column named prefix + two digits + suffix (case-insensitive).
    static func column(_ header: CSVHeader, _ description: String, prefix: String, suffix: String) throws(InputError) -> Int {
        let index = header.index { name in
            guard name.hasPrefix(prefix), name.hasSuffix(suffix), name.count == prefix.count + 2 + suffix.count else { return false }
            return name.dropFirst(prefix.count).prefix(2).allSatisfy(\.isNumber)
        }
        guard let index else { throw header.missing(description) }
        return index
    }
}
