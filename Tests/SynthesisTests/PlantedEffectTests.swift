import Testing
@testable import Synthesis

private let seriousCodes = Set(SchemaValues.seriousViolenceOffenceCodes)
private let injuryCodes = Set(SyntheticOffence.all.filter { $0.group == .seriousViolence || $0.group == .violenceWithInjury }.map(\.code))

/// Police rows of serious violence, or of violence with injury (serious included).
private func policeRows(_ codes: Set<String>) -> [[String]] {
    let code = Fixture.police.column("offence_code")
    return Fixture.police.rows.filter { codes.contains($0[code]) }
}

private func share(_ rows: [[String]], where condition: ([String]) -> Bool) -> Double {
    Double(rows.filter(condition).count) / Double(rows.count)
}

@Test("three quarters of serious violence victims of known age and sex are men aged 18-36 (0.75 +/- 0.05)")
func youngMen() {
    let age = Fixture.police.column("victim_age")
    let sex = Fixture.police.column("victim_sex")
    let known = policeRows(seriousCodes).filter { !$0[age].isEmpty && ($0[sex] == "M" || $0[sex] == "F") }
    #expect(known.count > 800)
    let value = share(known) { $0[sex] == "M" && (18...36).contains(Int($0[age])!) }
    #expect(abs(value - 0.75) < 0.05, "share \(value)")
    // The rest of violence with injury is not planted so: well below.
    let other = policeRows(["8N"]).filter { !$0[age].isEmpty && ($0[sex] == "M" || $0[sex] == "F") }
    #expect(share(other) { $0[sex] == "M" && (18...36).contains(Int($0[age])!) } < 0.5)
}

@Test("three quarters of violence with a known time happens between 18:00 and 06:00 (0.75 +/- 0.04)")
func nightShare() {
    let committed = Fixture.police.column("committed_at")
    let timed = policeRows(injuryCodes).compactMap { Stamp.dateTime($0[committed])?.minute }
    let night = Double(timed.filter { $0 >= 18 * 60 || $0 < 6 * 60 }.count) / Double(timed.count)
    #expect(abs(night - 0.75) < 0.04, "night share \(night)")
    let seriousTimed = policeRows(seriousCodes).compactMap { Stamp.dateTime($0[committed])?.minute }
    let seriousNight = Double(seriousTimed.filter { $0 >= 18 * 60 || $0 < 6 * 60 }.count) / Double(seriousTimed.count)
    #expect(abs(seriousNight - 0.75) < 0.05, "serious violence night share \(seriousNight)")
    let unknown = share(Fixture.police.rows) { $0[committed].utf8.count == 10 }
    #expect(abs(unknown - 0.05) < 0.01, "unknown time share \(unknown)")
}

@Test("late Friday and Saturday nights are busier than other nights")
func weekendNights() {
    let committed = Fixture.police.column("committed_at")
    var byStartWeekday = [Int](repeating: 0, count: 7)
    for row in Fixture.police.rows {
        guard let stamp = Stamp.dateTime(row[committed]), let minute = stamp.minute else { continue }
        if minute >= 18 * 60 { byStartWeekday[Stamp.weekday(stamp.day)] += 1 }
        if minute < 6 * 60 { byStartWeekday[Stamp.weekday(stamp.day - 1)] += 1 }
    }
    let weekend = Double(byStartWeekday[5] + byStartWeekday[6]) / 2
    let weekdays = Double(byStartWeekday[1] + byStartWeekday[2] + byStartWeekday[3] + byStartWeekday[4]) / 4
    #expect(weekend > 1.8 * weekdays, "Friday/Saturday nights \(weekend), Monday-Thursday nights \(weekdays)")
}

@Test("a third of incidents with a recorded flag involve alcohol (0.33 +/- 0.04), in both sources")
func alcohol() {
    let flag = Fixture.police.column("alcohol_related")
    let recorded = Fixture.police.rows.filter { !$0[flag].isEmpty }
    let value = share(recorded) { $0[flag] == "Y" }
    #expect(abs(value - 0.33) < 0.04, "police alcohol share \(value)")
    let alcohol = Fixture.emergencyDepartment.values("ALCOHOL_INVOLVED").filter { !$0.isEmpty }
    let department = Double(alcohol.filter { $0 == "Y" }.count) / Double(alcohol.count)
    #expect(abs(department - 0.33) < 0.04, "emergency department alcohol share \(department)")
}

@Test("domestic abuse is half of serious violence against women (+/- 0.08) and 11% against men (+/- 0.05); 60% and 15% of the other violence (+/- 0.03)")
func domesticBySex() {
    let flag = Fixture.police.column("domestic_abuse")
    let sex = Fixture.police.column("victim_sex")
    func shares(_ rows: [[String]]) -> (women: Double, men: Double) {
        let recorded = rows.filter { !$0[flag].isEmpty }
        return (share(recorded.filter { $0[sex] == "F" }) { $0[flag] == "Y" }, share(recorded.filter { $0[sex] == "M" }) { $0[flag] == "Y" })
    }
    let serious = shares(policeRows(seriousCodes))
    #expect(abs(serious.women - 0.5) < 0.08, "women \(serious.women)")
    #expect(abs(serious.men - 0.11) < 0.05, "men \(serious.men)")
    let otherCodes = Set(SyntheticOffence.all.filter { $0.group == .violenceWithInjury || $0.group == .violenceWithoutInjury }.map(\.code))
    let other = shares(policeRows(otherCodes))
    #expect(abs(other.women - 0.6) < 0.03, "other violence, women \(other.women)")
    #expect(abs(other.men - 0.15) < 0.03, "other violence, men \(other.men)")
}

@Test("rape is 1,400 police records a year, mostly 19C, each victim's sex and age as its code says, 40% domestic (+/- 0.04)")
func rape() {
    let code = Fixture.police.column("offence_code")
    let age = Fixture.police.column("victim_age")
    let sex = Fixture.police.column("victim_sex")
    let flag = Fixture.police.column("domestic_abuse")
    let rapeCodes = Set(SyntheticOffence.all.filter { $0.group == .rape }.map(\.code))
    let rows = policeRows(rapeCodes)
    // Police-only, like violence without injury: every incident is recorded, 1,400 a year for two years.
    #expect(rows.count == 2800)
    #expect(Fixture.large.truth.policeRapeRecords == 2800)
    let female16 = share(rows) { $0[code] == "19C" }
    #expect(abs(female16 - 0.65) < 0.03, "19C share \(female16)")
    for suffix in ["D", "E", "F", "G", "H"] { #expect(rows.contains { $0[code] == "19" + suffix }, "no 19\(suffix)") }
    let ages: [String: ClosedRange<Int>] = ["19C": 16...120, "19D": 13...15, "19E": 0...12, "19F": 16...120, "19G": 13...15, "19H": 0...12]
    for row in rows {
        if let victimAge = Int(row[age]) { #expect(ages[row[code]]!.contains(victimAge), "\(row[code]) victim aged \(victimAge)") }
        if row[sex] == "M" || row[sex] == "F" { #expect((row[sex] == "M") == ["19F", "19G", "19H"].contains(row[code])) }
    }
    let domestic = share(rows.filter { !$0[flag].isEmpty }) { $0[flag] == "Y" }
    #expect(abs(domestic - 0.4) < 0.04, "domestic share of rape \(domestic)")
    // Every police record is violence with injury seen by the police, violence without injury or rape.
    let truth = Fixture.large.truth
    #expect(truth.policeRecords == truth.violenceWithInjury.seenByPolice + truth.policeViolenceWithoutInjuryRecords + truth.policeRapeRecords)
}

@Test("July and August are well above the monthly mean, January and February below")
func summerPeak() {
    let committed = Fixture.police.column("committed_at")
    var byMonth = [Int](repeating: 0, count: 13)
    for row in policeRows(injuryCodes) { byMonth[Int(row[committed].dropFirst(5).prefix(2))!] += 1 }
    let mean = Double(byMonth.reduce(0, +)) / 12
    let summer = Double(byMonth[7] + byMonth[8]) / 2 / mean
    let winter = Double(byMonth[1] + byMonth[2]) / 2 / mean
    #expect(summer > 1.15 && summer < 1.35, "July/August at \(summer) of the mean")
    #expect(winter < 0.85, "January/February at \(winter) of the mean")
}

@Test("yearly police totals meet the targets: 577 serious violence (+/- 10%), 15700 violence with injury (+/- 3%), rising about 9% a year")
func yearlyTotals() {
    let committed = Fixture.police.column("committed_at")
    let serious = Double(policeRows(seriousCodes).count) / 2
    let injury = policeRows(injuryCodes)
    #expect(abs(serious - 577) < 58, "serious violence a year \(serious)")
    #expect(abs(Double(injury.count) / 2 - 15700) < 471, "violence with injury a year \(Double(injury.count) / 2)")
    let first = injury.filter { $0[committed].hasPrefix("2019") }.count
    let second = injury.filter { $0[committed].hasPrefix("2020") }.count
    let growth = Double(second) / Double(first)
    #expect(growth > 1.05 && growth < 1.13, "growth \(growth)")
    let rapeCodes = Set(SyntheticOffence.all.filter { $0.group == .rape }.map(\.code))
    let withoutInjury = Fixture.police.rows.count - injury.count - policeRows(rapeCodes).count
    #expect(abs(Double(withoutInjury) / 2 - 14000) < 1, "violence without injury is exact: \(withoutInjury)")
}

@Test("Torbay has the highest rate per 1,000 residents of violence with injury, in the police data and in the truth")
func torbayHighest() {
    let lsoa = Fixture.police.column("lsoa_code")
    var counts: [String: Int] = [:]
    for row in policeRows(injuryCodes) where !row[lsoa].isEmpty { counts[Fixture.districtOfLSOA[row[lsoa]]!, default: 0] += 1 }
    let rates = Fixture.districtSpecs.map { (code: $0.code, rate: Double(counts[$0.code, default: 0]) / Double($0.population) * 1000) }
    let highest = rates.max { $0.rate < $1.rate }!
    #expect(highest.code == "E06000027", "rates \(rates)")
    #expect(Fixture.large.truth.highestRateDistrictApplied == "E06000027")
    let truthRates = Fixture.large.truth.incidentsByDistrict.map { ($0.districtCode, Double($0.violenceWithInjury) / Double($0.population)) }
    #expect(truthRates.max { $0.1 < $1.1 }?.0 == "E06000027")
    #expect(Fixture.large.truth.incidentsByDistrict.map(\.districtCode) == Fixture.districtSpecs.map(\.code).sorted())
}

@Test("the most deprived tenth of LSOAs sees more violence per LSOA than the least deprived tenth")
func deprivationGradient() {
    let lsoa = Fixture.police.column("lsoa_code")
    var perLSOA: [String: Int] = [:]
    for row in Fixture.police.rows where !row[lsoa].isEmpty { perLSOA[row[lsoa], default: 0] += 1 }
    // Within Cornwall (100 LSOAs), so district rates do not enter.
    let cornwall = Fixture.geography.lsoas.filter { $0.districtCode == "E06000052" }
    func mean(_ deciles: ClosedRange<Int>) -> Double {
        let chosen = cornwall.filter { deciles.contains(($0.deprivationRank! - 1) * 10 / Fixture.geography.deprivationRankCount + 1) }
        return Double(chosen.map { perLSOA[$0.code.description, default: 0] }.reduce(0, +)) / Double(chosen.count)
    }
    #expect(mean(1...3) > 1.2 * mean(8...10), "most deprived \(mean(1...3)), least \(mean(8...10))")
}

@Test("major trauma from assault is mostly ISS over 15, with 30-day mortality of a few per cent")
func majorTrauma() {
    let truth = Fixture.large.truth.majorTrauma
    #expect(truth.assaultRecords > 100)
    #expect(Double(truth.assaultISSOver15) / Double(truth.assaultRecords) > 0.6)
    let mortality = Double(truth.assaultDeaths) / Double(truth.assaultRecords)
    #expect(mortality > 0.01 && mortality < 0.1, "mortality \(mortality)")
    #expect(truth.otherRecords == 1800)
    let expected = Double(Fixture.large.truth.seriousViolence.incidents) * 0.08
    #expect(abs(Double(truth.fromSeriousViolence) - expected) < 4 * expected.squareRoot() + 1)
    let intent = Fixture.majorTrauma.values("intent")
    #expect(intent.filter { $0 == "assault" }.count <= truth.assaultRecords)
    #expect(intent.filter { $0 == "accident" || $0 == "self_harm" }.count <= truth.otherRecords)
}

@Test("victims' sex and age are sometimes unknown, at the documented shares")
func unknownVictims() {
    let age = Fixture.police.values("victim_age")
    let sex = Fixture.police.values("victim_sex")
    let unknownAge = Double(age.filter(\.isEmpty).count) / Double(age.count)
    let unknownSex = Double(sex.filter { $0 == "U" || $0.isEmpty }.count) / Double(sex.count)
    #expect(abs(unknownAge - 0.03) < 0.006, "unknown age \(unknownAge)")
    #expect(abs(unknownSex - 0.02) < 0.005, "unknown sex \(unknownSex)")
    let suspects = Fixture.police.values("suspect_sex").filter { $0 == "M" || $0 == "F" }
    #expect(Double(suspects.filter { $0 == "M" }.count) / Double(suspects.count) > 0.75, "suspects are mostly male")
}

@Test("every record has a victim identifier and every identified suspect one; some people recur within the year")
func repeatPeople() {
    let victim = Fixture.police.column("victim_id")
    let suspect = Fixture.police.column("suspect_id")
    let suspectAge = Fixture.police.column("suspect_age")
    let committed = Fixture.police.column("committed_at")
    #expect(Fixture.police.rows.allSatisfy { $0[victim].hasPrefix("V") })
    #expect(Fixture.police.rows.allSatisfy { $0[suspectAge].isEmpty || $0[suspect].hasPrefix("S") })
    // With repeat_victim_share 0.15, a person recurs within 20,000 records (about eight
    // months); the share of 2020's serious violence whose victim has another 2020 record
    // is then well above 0.15 (both records of a pair count) and well below a half.
    let year = Fixture.police.rows.filter { $0[committed].hasPrefix("2020") }
    var seen: [String: Int] = [:]
    for row in year { seen[row[victim], default: 0] += 1 }
    let serious = policeRows(seriousCodes).filter { $0[committed].hasPrefix("2020") }
    let repeated = share(serious) { (seen[$0[victim]] ?? 0) >= 2 }
    #expect(repeated > 0.15 && repeated < 0.5, "repeat victim share \(repeated)")
}
