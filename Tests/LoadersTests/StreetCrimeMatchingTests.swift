@testable import Loaders
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
}
