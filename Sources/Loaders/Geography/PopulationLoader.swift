/// Loads ONS MYE2 population sheets saved as CSV: `Code,Name,Geography1,All ages,0,...,90`
/// (the last column may be headed `90` or `90+`).
///
/// The folder holds three files whose names say `persons`, `males` and `females`;
/// the mid-year comes from `mid-YYYY` in their names.
public enum PopulationLoader {
    public static func load(folder: String, displayFolder: String) throws(InputError) -> Population {
        let files = try Folder.files(under: folder, displayPath: displayFolder, suffix: ".csv")
        func find(_ word: String) throws(InputError) -> String {
            let matches = files.filter { name in
                let lower = name.lowercased()
                // "females" contains "males": look for the word with a boundary before it.
                return lower.hasPrefix(word) || lower.contains("-" + word) || lower.contains("_" + word) || lower.contains("/" + word)
            }
            guard matches.count == 1, let match = matches.first else {
                let problem = matches.isEmpty ? "has no" : "has more than one"
                throw InputError(path: displayFolder, message: "\(problem) CSV file whose name says '\(word)' (expected persons, males and females files)")
            }
            return match
        }
        let personsFile = try find("persons")
        let malesFile = try find("males")
        let femalesFile = try find("females")
        let year = midYear(in: personsFile)
        return Population(
            year: year,
            persons: try loadSheet(path: folder + "/" + personsFile, displayPath: displayFolder + "/" + personsFile),
            males: try loadSheet(path: folder + "/" + malesFile, displayPath: displayFolder + "/" + malesFile),
            females: try loadSheet(path: folder + "/" + femalesFile, displayPath: displayFolder + "/" + femalesFile)
        )
    }

    static func midYear(in name: String) -> Int? {
        guard let range = name.lowercased().firstRange(of: "mid-") else { return nil }
        let digits = name.lowercased()[range.upperBound...].prefix(4)
        return digits.count == 4 ? Int(digits) : nil
    }

    public static func loadSheet(path: String, displayPath: String) throws(InputError) -> [String: AgeCounts] {
        var table = try ReferenceTable(path: path, displayPath: displayPath)
        let header = table.header
        let code = try header.require(["Code"])[0]
        let allAges = try header.require(["All ages"])[0]
        var ageColumns: [Int] = []
        for age in 0...90 {
            if let index = header.index(of: "\(age)") ?? (age == 90 ? header.index(of: "90+") : nil) {
                ageColumns.append(index)
            } else {
                throw header.missing(age == 90 ? "90+" : "\(age)")
            }
        }
        var result: [String: AgeCounts] = [:]
        try table.forEachRow { row throws(InputError) in
            let areaCode = try row.required(code)
            let total = try row.integer(allAges, in: NumberRange.population, what: "a population")
            let byAge = try ageColumns.map { column throws(InputError) in
                try row.integer(column, in: NumberRange.population, what: "a population")
            }
            // 91 values below 100 million cannot overflow, but the sum is checked all the same.
            var sum = 0
            for count in byAge {
                let (next, overflow) = sum.addingReportingOverflow(count)
                guard !overflow else { throw row.error(allAges, "the single years of age add up to more than a whole number can hold") }
                sum = next
            }
            guard sum == total else {
                throw row.error(allAges, "\(total) is not the sum of the single years of age (\(sum))")
            }
            guard result[areaCode] == nil else { throw row.error(code, "area '\(areaCode)' appears twice") }
            result[areaCode] = AgeCounts(allAges: total, byAge: byAge)
        }
        return result
    }
}
