import Testing
@testable import Synthesis

private func isLinkageKey(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    guard bytes.count == 14, text.hasPrefix("LK") else { return false }
    return bytes.dropFirst(2).allSatisfy { ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || ($0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "F")) }
}

private func isAge(_ text: String) -> Bool {
    text.isEmpty || (Int(text).map { (0...120).contains($0) } ?? false)
}

@Test("each file starts with its header exactly, uses LF endings, no BOM, no CR")
func headers() {
    let files = Fixture.large
    #expect(files.policeRecords.hasPrefix("crime_reference,offence_code,committed_at,recorded_on,lsoa_code,domestic_abuse,alcohol_related,weapon,victim_age,victim_sex,suspect_age,suspect_sex,linkage_key,victim_id,suspect_id\n"))
    #expect(files.emergencyDepartment.hasPrefix("REPORTING_PERIOD_START_DATE,REPORTING_PERIOD_END_DATE,SITE_CODE_OF_TREATMENT,ARRIVAL_DATE_TIME_AT_AE,ASSAULT_DATE_TIME,ASSAULT_METHOD,ASSAULT_METHOD_OTHER_DESCRIPTION,ASSAULT_LOCATION_TYPE,ASSAULT_LOCATION_DESCRIPTION,AGE_AT_ARRIVAL,SEX,ALCOHOL_INVOLVED,INCIDENT_LSOA,LINKAGE_KEY\n"))
    #expect(files.majorTrauma.hasPrefix("submission_id,incident_at,arrival_at,age,sex,intent,mechanism,iss,outcome_30_day,receiving_site,incident_lsoa,linkage_key\n"))
    for text in [files.policeRecords, files.emergencyDepartment, files.majorTrauma] {
        #expect(!contains(text, byte: 0x0D))
        #expect(text.utf8.first != 0xEF)
        #expect(text.utf8.last == 0x0A)
    }
    #expect(Fixture.police.header == SchemaValues.policeHeader)
    #expect(Fixture.emergencyDepartment.header == SchemaValues.emergencyDepartmentHeader)
    #expect(Fixture.majorTrauma.header == SchemaValues.majorTraumaHeader)
}

@Test("every police record has the header's fields, values from the documented lists, and is recorded on or after it was committed")
func policeValues() {
    let table = Fixture.police
    let codes = Set(SyntheticOffence.all.map(\.code))
    var references = Set<String>()
    var previousDay = Int.min
    var problems = Problems()
    for row in table.rows {
        problems.check(row.count == table.header.count, "field count differs from the header", row)
        guard row.count == table.header.count else { continue }
        problems.check(references.insert(row[0]).inserted, "crime reference \(row[0]) repeated", row)
        problems.check(codes.contains(row[1]), "unknown offence code", row)
        let committed = Stamp.dateTime(row[2])
        let recorded = Stamp.day(row[3])
        problems.check(committed != nil && recorded != nil && row[3].utf8.count == 10, "bad dates \(row[2]) \(row[3])", row)
        if let committed, let recorded {
            problems.check(recorded >= committed.day && recorded <= committed.day + 30, "recorded_on not 0-30 days after committed_at", row)
            problems.check(committed.day >= previousDay, "rows are in order of committed date", row)
            previousDay = committed.day
        }
        problems.check(row[4].isEmpty || Fixture.districtOfLSOA[row[4]] != nil, "unknown LSOA", row)
        problems.check(row[4].isEmpty || Fixture.districtOfLSOA[row[4]] != "E09000001", "no LSOA of another force", row)
        problems.check(SchemaValues.policeFlags.contains(row[5]) && SchemaValues.policeFlags.contains(row[6]), "flag not Y, N or empty", row)
        problems.check(SchemaValues.policeWeapons.contains(row[7]), "weapon not in the list", row)
        problems.check(isAge(row[8]) && isAge(row[10]), "age not 0-120 or empty", row)
        problems.check(SchemaValues.policeSexes.contains(row[9]) && SchemaValues.policeSexes.contains(row[11]), "sex not M, F, U or empty", row)
        problems.check(row[12].isEmpty || isLinkageKey(row[12]), "malformed linkage key", row)
    }
    #expect(problems.list.isEmpty, "\(problems.list.prefix(5))")
    #expect(table.rows.count == Fixture.large.truth.policeRecords)
}

@Test("every emergency department record has the header's fields, values from the documented lists, and arrives after the assault in its reporting month")
func emergencyDepartmentValues() {
    let table = Fixture.emergencyDepartment
    let sites = Set(SyntheticSite.devonAndCornwall.map(\.site.code))
    var problems = Problems()
    for row in table.rows {
        problems.check(row.count == table.header.count, "field count differs from the header", row)
        guard row.count == table.header.count else { continue }
        let start = Stamp.day(row[0])
        let end = Stamp.day(row[1])
        let arrival = Stamp.dateTime(row[3])
        let assault = Stamp.dateTime(row[4])
        problems.check(start != nil && end != nil && arrival?.minute != nil && assault != nil, "bad dates", row)
        if let start, let end, let arrival, let assault {
            problems.check(row[0].hasSuffix("-01") && row[0].prefix(7) == row[1].prefix(7) && row[3].prefix(7) == row[0].prefix(7), "reporting period is not the month of arrival", row)
            let monthLength = (28...31).last { Stamp.day(String(row[0].prefix(8)) + String($0)) != nil }!
            problems.check(end == start + monthLength - 1, "the reporting period ends on the month's last day", row)
            problems.check(arrival.day >= assault.day, "arrival before the assault", row)
            if let assaultMinute = assault.minute, let arrivalMinute = arrival.minute {
                problems.check(arrival.day * 1440 + arrivalMinute >= assault.day * 1440 + assaultMinute, "arrival before the assault", row)
            }
        }
        problems.check(sites.contains(row[2]), "unknown site code", row)
        problems.check(SchemaValues.assaultMethods.contains(row[5]), "method not in the list", row)
        problems.check(row[6].isEmpty || row[5] == "other", "other description without method other", row)
        problems.check(SchemaValues.assaultLocationTypes.contains(row[7]), "location type not in the list", row)
        problems.check(row[8].isEmpty || row[7] != "unknown", "location description with unknown type", row)
        problems.check(isAge(row[9]), "age not 0-120 or empty", row)
        problems.check(SchemaValues.emergencyDepartmentSexes.contains(row[10]), "sex not M, F or U", row)
        problems.check(SchemaValues.emergencyDepartmentAlcohol.contains(row[11]), "alcohol not Y, N or empty", row)
        problems.check(row[12].isEmpty || Fixture.districtOfLSOA[row[12]] != nil, "unknown LSOA", row)
        problems.check(row[13].isEmpty || isLinkageKey(row[13]), "malformed linkage key", row)
    }
    #expect(problems.list.isEmpty, "\(problems.list.prefix(5))")
    #expect(table.sawQuotes, "free-text descriptions with commas and quotes are quoted")
    #expect(table.values("ASSAULT_LOCATION_DESCRIPTION").contains("Outside nightclub, town centre"))
    #expect(table.values("ASSAULT_METHOD_OTHER_DESCRIPTION").contains("Chemical \"spray\""))
}

@Test("every major trauma record has the header's fields, values from the documented lists and an achievable ISS")
func majorTraumaValues() {
    let table = Fixture.majorTrauma
    // ISS values: sums of up to three squares of 1-5, or 75.
    var achievable: Set<Int> = [75]
    for a in 0...5 { for b in 0...5 { for c in 0...5 where a + b + c > 0 { achievable.insert(a * a + b * b + c * c) } } }
    var ids = Set<String>()
    var problems = Problems()
    for row in table.rows {
        problems.check(row.count == table.header.count, "field count differs from the header", row)
        guard row.count == table.header.count else { continue }
        problems.check(ids.insert(row[0]).inserted, "submission id repeated", row)
        let incident = Stamp.dateTime(row[1])
        let arrival = Stamp.dateTime(row[2])
        problems.check(incident != nil && arrival?.minute != nil, "bad dates", row)
        if let incident, let arrival { problems.check(arrival.day >= incident.day, "arrival before the incident", row) }
        problems.check(isAge(row[3]) && !row[3].isEmpty, "age missing or not 0-120", row)
        problems.check(SchemaValues.majorTraumaSexes.contains(row[4]), "sex not M, F or U", row)
        problems.check(SchemaValues.intents.contains(row[5]), "intent not in the list", row)
        problems.check(SchemaValues.mechanisms.contains(row[6]), "mechanism not in the list", row)
        problems.check(Int(row[7]).map { achievable.contains($0) && $0 >= 9 } ?? false, "ISS \(row[7])", row)
        problems.check(SchemaValues.outcomes.contains(row[8]), "outcome not in the list", row)
        problems.check(!row[9].isEmpty, "no receiving site", row)
        problems.check(row[10].isEmpty || Fixture.districtOfLSOA[row[10]] != nil, "unknown LSOA", row)
        problems.check(row[11].isEmpty || isLinkageKey(row[11]), "malformed linkage key", row)
    }
    #expect(problems.list.isEmpty, "\(problems.list.prefix(5))")
    #expect(table.rows.count == Fixture.large.truth.majorTraumaRecords)
}

@Test("offence codes appear in realistic proportions, 8N and 105A commonest")
func offenceProportions() {
    var counts: [String: Int] = [:]
    for code in Fixture.police.values("offence_code") { counts[code, default: 0] += 1 }
    let total = Double(Fixture.police.rows.count)
    #expect(Double(counts["8N", default: 0]) / total > 0.4)
    #expect(Double(counts["105A", default: 0]) / total > 0.2)
    #expect(counts["5D", default: 0] > 10 * counts["2", default: 0])
    #expect(counts["1/1", default: 0] > 0 && counts["1/1", default: 0] < counts["2", default: 0])
    #expect(Set(counts.keys).isSubset(of: Set(SyntheticOffence.all.map(\.code))))
}
