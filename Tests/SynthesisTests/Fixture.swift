@testable import Loaders
import Synthesis

/// A small made-up force in code: four districts (one of them Torbay's code, planted as
/// the highest rate), 220 LSOAs with deprivation ranks spread across the national
/// range, and a fifth district in another force that must be left out.
enum Fixture {
    static let forceCode = "E23000099"
    static let districtSpecs: [(code: String, name: String, lsoas: Int, population: Int)] = [
        ("E06000026", "Plymouth", 60, 262_000),
        ("E06000027", "Torbay", 30, 136_000),
        ("E07000041", "Exeter", 30, 131_000),
        ("E06000052", "Cornwall", 100, 570_000),
    ]

    static let geography: Geography = {
        var districts: [District] = []
        var lsoas: [LSOA] = []
        for (k, spec) in districtSpecs.enumerated() {
            districts.append(District(code: spec.code, name: spec.name, partnershipCode: "E2200010\(k)",
                                      partnershipName: spec.name, forceCode: forceCode, forceName: "Test Force"))
            for i in 0..<spec.lsoas {
                let rank = (i * 7919 + k * 1237) % 32844 + 1
                lsoas.append(LSOA(code: AreaCode.parse(lsoaCode(k, i))!, name: "\(spec.name) \(i)", districtCode: spec.code,
                                  districtName: spec.name, deprivationRank: rank))
            }
        }
        districts.append(District(code: "E09000001", name: "Elsewhere", partnershipCode: "E22000999", partnershipName: "Elsewhere",
                                  forceCode: "E23000001", forceName: "Other Force"))
        for i in 0..<5 {
            lsoas.append(LSOA(code: AreaCode.parse(lsoaCode(9, i))!, name: "Elsewhere \(i)", districtCode: "E09000001",
                              districtName: "Elsewhere", deprivationRank: 32844 - i))
        }
        return Geography(lsoas: lsoas, districts: districts)
    }()

    static func lsoaCode(_ district: Int, _ index: Int) -> String {
        let number = String(district * 1000 + index)
        return "E01" + String(repeating: "0", count: 6 - number.count) + number
    }

    static let population: Population = {
        var persons: [String: AgeCounts] = [:]
        var males: [String: AgeCounts] = [:]
        var females: [String: AgeCounts] = [:]
        let specs = districtSpecs.map { ($0.code, $0.population) } + [("E09000001", 10_000)]
        for (code, total) in specs {
            func shape(_ age: Int) -> Double { age < 65 ? 1.0 : max(0.1, 1.0 - Double(age - 65) * 0.04) }
            var sum = 0.0
            for age in 0...90 { sum += shape(age) }
            let male = (0...90).map { Int(Double(total) / 2 / sum * shape($0) * 0.98) }
            let female = (0...90).map { Int(Double(total) / 2 / sum * shape($0) * 1.02) }
            let both = zip(male, female).map { $0 + $1 }
            males[code] = AgeCounts(allAges: male.reduce(0, +), byAge: male)
            females[code] = AgeCounts(allAges: female.reduce(0, +), byAge: female)
            persons[code] = AgeCounts(allAges: both.reduce(0, +), byAge: both)
        }
        return Population(year: 2019, persons: persons, males: males, females: females)
    }()

    static let twoYears = YearMonth(year: 2019, month: 1)...YearMonth(year: 2020, month: 12)

    static func request(seed: UInt64, months: ClosedRange<YearMonth> = twoYears,
                        _ adjust: (inout SynthesisParameters) -> Void = { _ in }) -> SynthesisRequest {
        var parameters = SynthesisParameters()
        adjust(&parameters)
        return SynthesisRequest(parameters: parameters, seed: seed, forceCode: forceCode, months: months)
    }

    /// A small, quick run for the determinism tests.
    static func small(seed: UInt64) throws -> SyntheticFiles {
        try Synthesizer.generate(request(seed: seed, months: YearMonth(year: 2019, month: 11)...YearMonth(year: 2020, month: 2)) {
            $0.violenceWithInjuryPerYear = 3000
            $0.seriousViolencePerYear = 300
            $0.violenceWithoutInjuryPerYear = 2000
            $0.otherMajorTraumaPerYear = 200
        }, geography: geography, population: population)
    }

    /// The two-year run with the default parameters, generated once and shared.
    static let large: SyntheticFiles = try! Synthesizer.generate(request(seed: 20201117), geography: geography, population: population)
    static let police = CSVTable(large.policeRecords)
    static let emergencyDepartment = CSVTable(large.emergencyDepartment)
    static let majorTrauma = CSVTable(large.majorTrauma)

    /// Each fixture LSOA's district code.
    static let districtOfLSOA: [String: String] = {
        var result: [String: String] = [:]
        for lsoa in geography.lsoas { result[lsoa.code.description] = lsoa.districtCode }
        return result
    }()
    static let rankOfLSOA: [String: Int] = {
        var result: [String: Int] = [:]
        for lsoa in geography.lsoas { result[lsoa.code.description] = lsoa.deprivationRank }
        return result
    }()
}

/// A parsed CSV text (RFC 4180), with columns found by header name.
struct CSVTable {
    let header: [String]
    let rows: [[String]]
    /// Whether any field was quoted.
    let sawQuotes: Bool

    init(_ text: String) {
        var records: [[String]] = []
        var record: [String] = []
        var field: [UInt8] = []
        var quoted = false
        var sawQuotes = false
        var afterQuote = false
        let bytes = Array(text.utf8)
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            if quoted {
                if byte == UInt8(ascii: "\"") {
                    if i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "\"") {
                        field.append(byte)
                        i += 1
                    } else {
                        quoted = false
                        afterQuote = true
                    }
                } else {
                    field.append(byte)
                }
            } else if byte == UInt8(ascii: "\"") && field.isEmpty && !afterQuote {
                quoted = true
                sawQuotes = true
            } else if byte == UInt8(ascii: ",") {
                record.append(String(decoding: field, as: UTF8.self))
                field.removeAll(keepingCapacity: true)
                afterQuote = false
            } else if byte == 0x0A {
                record.append(String(decoding: field, as: UTF8.self))
                records.append(record)
                record.removeAll(keepingCapacity: true)
                field.removeAll(keepingCapacity: true)
                afterQuote = false
            } else {
                field.append(byte)
            }
            i += 1
        }
        if !record.isEmpty || !field.isEmpty {
            record.append(String(decoding: field, as: UTF8.self))
            records.append(record)
        }
        header = records.first ?? []
        rows = Array(records.dropFirst())
        self.sawQuotes = sawQuotes
    }

    func column(_ name: String) -> Int { header.firstIndex(of: name)! }

    func values(_ name: String) -> [String] {
        let index = column(name)
        return rows.map { $0[index] }
    }
}

/// Dates and times as the files write them.
enum Stamp {
    /// Days since 1970-01-01 of `YYYY-MM-DD`, if a real date.
    static func day(_ text: String) -> Int? {
        guard let parsed = dateTime(text), parsed.minute == nil else { return nil }
        return parsed.day
    }

    /// `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`: the day, and the minute of the day when given.
    static func dateTime(_ text: String) -> (day: Int, minute: Int?)? {
        var copy = text
        return copy.withUTF8 { bytes -> (day: Int, minute: Int?)? in
            guard bytes.count == 10 || bytes.count == 16, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
                  let year = number(bytes, 0, 4), let month = number(bytes, 5, 2), let day = number(bytes, 8, 2),
                  (1...12).contains(month) else { return nil }
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
            let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
            guard (1...lengths[month - 1]).contains(day) else { return nil }
            let y = month <= 2 ? year - 1 : year
            let era = y / 400
            let yoe = y - era * 400
            let doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
            let dayNumber = era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719_468
            if bytes.count == 10 { return (dayNumber, nil) }
            guard bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"),
                  let hour = number(bytes, 11, 2), let minute = number(bytes, 14, 2),
                  hour < 24, minute < 60 else { return nil }
            return (dayNumber, hour * 60 + minute)
        }
    }

    private static func number(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ count: Int) -> Int? {
        var value = 0
        for index in start..<(start + count) {
            let byte = bytes[index]
            guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    /// 0 = Sunday ... 6 = Saturday.
    static func weekday(_ day: Int) -> Int { ((day + 4) % 7 + 7) % 7 }
}

/// Whether the text holds the byte anywhere.
func contains(_ text: String, byte: UInt8) -> Bool {
    var copy = text
    return copy.withUTF8 { bytes in
        var index = 0
        while index < bytes.count {
            if bytes[index] == byte { return true }
            index += 1
        }
        return false
    }
}

/// Problems found while checking many rows, kept to a few so a failure stays readable
/// and a pass stays quick (one expectation per test, not one per row).
struct Problems {
    private(set) var list: [String] = []

    mutating func check(_ condition: Bool, _ message: @autoclosure () -> String, _ row: [String]) {
        if !condition && list.count < 20 { list.append(message() + " in " + row.joined(separator: ",")) }
    }
}
