import Foundation
import Loaders
import Testing

/// Every number read from a reference file has the range its meaning allows: a value
/// past it, or too large for a whole number, is an error naming the cell, never a trap.
@Suite("Number ranges in the reference inputs")
struct NumberRangeTests {
    static let ageHeader = (0...90).map { $0 == 90 ? "90+" : String($0) }.joined(separator: ",")

    func populationError(_ values: [String], total: String) throws -> String? {
        let text = "Code,Name,Geography1,All ages,\(Self.ageHeader)\nE06000001,North,Unitary Authority,\(total),\(values.joined(separator: ","))\n"
        let (folder, path) = try CSVTestFiles.write(text, name: "persons.csv")
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            _ = try PopulationLoader.loadSheet(path: path, displayPath: "persons.csv")
            return nil
        } catch {
            return error.description
        }
    }

    @Test("a population cell of Int.max, or past 100 million, or negative, is an error, not a crash")
    func population() throws {
        var values = Array(repeating: "1", count: 91)
        values[5] = "9223372036854775807"
        let overflow = try populationError(values, total: "91")
        #expect(overflow?.hasPrefix("persons.csv:2:") == true, "\(overflow ?? "")")
        #expect(overflow?.contains("column '5': 9223372036854775807 is out of range for a population (expected 0 to 99999999)") == true)
        values[5] = "-1"
        #expect(try populationError(values, total: "89")?.contains("-1 is out of range for a population") == true)
        values[5] = "1"
        #expect(try populationError(values, total: "100000000")?.contains("column 'All ages': 100000000 is out of range") == true)
        #expect(try populationError(values, total: "99999999999999999999")?.contains("is not a whole number") == true)
        #expect(try populationError(values, total: "91") == nil)
    }

    func lookupError(_ rank: String) throws -> String? {
        let text = "LSOA11CD,LSOA11NM,LAD19CD,LAD19NM,IMD19\nE01000001,A,E09000001,D,\(rank)\n"
        let (folder, path) = try CSVTestFiles.write(text, name: "lsoas.csv")
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            _ = try GeographyLoader.loadLSOAs(path: path, displayPath: "lsoas.csv")
            return nil
        } catch {
            return error.description
        }
    }

    @Test("an IMD rank outside 1 to the number of LSOAs is an error naming the cell")
    func deprivationRank() throws {
        let overflow = try lookupError("9223372036854775807")
        #expect(overflow
            == "lsoas.csv:2:25: error: column 'IMD19': 9223372036854775807 is out of range for a deprivation rank (expected 1 to 33755)")
        #expect(try lookupError("0")?.contains("0 is out of range for a deprivation rank") == true)
        #expect(try lookupError("-5")?.contains("-5 is out of range") == true)
        #expect(try lookupError("33755") == nil)
        #expect(try lookupError("") == nil)
    }

    func comparatorError(_ offences: String, _ rate: String, _ population: String) throws -> String? {
        let text = "area_code,area_name,offence_group,offences,rate_per_1000,population_mid_year_used\nE23000099,T,Violence,\(offences),\(rate),\(population)\n"
        let (folder, path) = try CSVTestFiles.write(text, name: "year-ending-december-2020.csv")
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            _ = try ComparatorLoader.loadTable(path: path, displayPath: "c.csv", yearEnding: YearMonth(year: 2020, month: 12))
            return nil
        } catch {
            return error.description
        }
    }

    @Test("comparator counts, rates and populations have ranges")
    func comparators() throws {
        #expect(try comparatorError("9223372036854775807", "1", "100")?.contains("out of range for a count of offences") == true)
        #expect(try comparatorError("1", "-3", "100")?.contains("'-3' is out of range for a rate per 1,000") == true)
        #expect(try comparatorError("1", "1e300", "100")?.contains("out of range for a rate per 1,000") == true)
        #expect(try comparatorError("1", "1", "-100")?.contains("out of range for a population") == true)
        #expect(try comparatorError("1", "1.5", "100") == nil)
    }
}
