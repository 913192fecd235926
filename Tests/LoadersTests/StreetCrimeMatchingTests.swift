@testable import Loaders
import Foundation
import Testing

@Suite("Street crime matching")
struct StreetCrimeMatchingTests {
    @Test("every police.uk crime type matches itself and nothing else matches")
    func crimeTypes() {
        for type in StreetCrimeType.allCases {
            #expect(Array(type.name.utf8).withUnsafeBytes(StreetCrimeType.match) == type)
        }
        let misses = ["", "Drug", "drugs", "Drugs ", "Other crimes", "Other thief", "Other Crime", "Burglarx",
                      "Anti-social behavior", "Violence and sexual offence", "Possession of weaponz", "Shopliftinh"]
        for miss in misses {
            #expect(Array(miss.utf8).withUnsafeBytes(StreetCrimeType.match) == nil, "\(miss)")
        }
    }

    @Test("the LSOA table finds every code, misses others, and keeps the last of two equal codes")
    func areaCodeTable() throws {
        let codes = (0..<5000).compactMap { AreaCode.parse("E0\(String(1_000_000 + $0 * 7))") }
        #expect(codes.count == 5000)
        let table = AreaCodeTable(codes + [codes[3]])
        for (index, code) in codes.enumerated() where index != 3 {
            #expect(table.index(of: code) == index)
        }
        #expect(table.index(of: codes[3]) == 5000)
        #expect(table.index(of: try #require(AreaCode.parse("W01000001"))) == nil)
        #expect(AreaCodeTable([]).index(of: codes[0]) == nil)
    }

    @Test("the LSOA table gives each code's district with its index, over every letter and the widest digits")
    func areaCodeTableDistricts() throws {
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        let codes = try (0..<3000).map { number -> AreaCode in
            let digits = number % 2 == 0 ? 99_999_999 - number : number
            return try #require(AreaCode.parse("\(letters[number % 26])\(String(format: "%08d", digits))"))
        }
        let districts = (0..<3000).map { Int32($0 % 7 == 0 ? -1 : $0 % 4000) }
        let table = AreaCodeTable(codes, districts: districts)
        for (index, code) in codes.enumerated() {
            #expect(table.index(of: code) == index)
            let found = table.indexAndDistrict(of: code)
            #expect(found?.index == index && found?.district == Int(districts[index]), "\(code)")
        }
        #expect(table.indexAndDistrict(of: try #require(AreaCode.parse("W01000001"))) == nil)
        #expect(AreaCodeTable(codes).indexAndDistrict(of: codes[5])?.district == -1)
    }
}
