import Foundation
import TestSupport

/// The small hand-made assessment (`SmallFixture`) with record-level police, A&E and trauma
/// files of any span ending in December 2020, any serious violence definition, any
/// `minimum_count`, any optional input left out, and optionally a force of one district.
/// A few records a month, so a whole report takes well under a second.
struct MatrixFixture: CustomStringConvertible {
    /// The optional inputs, as the configuration names them.
    enum Input: String, CaseIterable, Sendable {
        case policeRecords = "police_records"
        case emergencyDepartment = "emergency_department"
        case majorTrauma = "major_trauma"
        case comparators
    }

    var offenceCodes: [String] = ["1/1", "1/2", "2", "5D"]
    /// Months of record-level data, the last of them December of `lastYear`.
    var months = 24
    var lastYear = 2020
    var minimumCount = 8
    var absent: Set<Input> = []
    var oneDistrict = false
    /// The text of an `lsoa_centroids` file, when there is to be one.
    var centroids: String? = nil
    /// The text of a `boundaries` GeoJSON file, when there is to be one.
    var boundaries: String? = nil

    var description: String {
        var parts = ["codes \(offenceCodes.joined(separator: ","))", "\(months) months", "minimum_count \(minimumCount)"]
        parts += absent.map { "no \($0.rawValue)" }.sorted()
        if oneDistrict { parts.append("one district") }
        if lastYear != 2020 { parts.append("records to December \(lastYear)") }
        return parts.joined(separator: ", ")
    }

    /// Writes the assessment into a new temporary folder and returns the configuration file.
    func write() throws -> (folder: URL, configuration: String) {
        let (folder, configuration) = try SmallFixture.write()
        func put(_ path: String, _ text: String) throws {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        var data = ["police_street: police-uk", "population: population", "lsoa_lookup: geography/lsoa.csv",
                    "area_lookup: geography/areas.csv"]
        if !absent.contains(.comparators) { data.append("comparators: comparators") }
        if !absent.contains(.policeRecords) { data.append("police_records: police/records.csv") }
        if !absent.contains(.emergencyDepartment) { data.append("emergency_department: health/ae.csv") }
        if !absent.contains(.majorTrauma) { data.append("major_trauma: trauma/trauma.csv") }
        if let centroids {
            data.append("lsoa_centroids: geography/centroids.csv")
            try put("geography/centroids.csv", centroids)
        }
        if let boundaries {
            data.append("boundaries: geography/districts.geojson")
            try put("geography/districts.geojson", boundaries)
        }
        let districts = oneDistrict ? "[E06000001]" : "[E06000001, E06000002]"
        try put("assessment.yml", """
            title: Serious Violence Strategic Needs Assessment
            area_name: Testshire
            force_code: E23000099
            data:
            \(data.map { "  " + $0 }.joined(separator: "\n"))
            serious_violence:
              offence_codes: [\(offenceCodes.map { "\"\($0)\"" }.joined(separator: ", "))]
            areas:
              - name: The districts
                districts: \(districts)
            disclosure:
              minimum_count: \(minimumCount)

            """)
        if oneDistrict {
            // South moves to the neighbouring force: Testshire is North alone.
            try put("geography/areas.csv", """
                FID,LAD19CD,LAD19NM,CSP19CD,CSP19NM,PFA19CD,PFA19NM
                1,E06000001,North,E22000001,North,E23000099,Testshire
                2,E06000002,South,E22000002,South,E23000098,Othershire
                3,E06000003,Elsewhere,E22000003,Elsewhere,E23000098,Othershire

                """)
        }
        let span = Self.months(months, endingDecember: lastYear)
        try put("police/records.csv", Self.policeRecords(span))
        try put("health/ae.csv", Self.emergencyDepartment(span))
        try put("trauma/trauma.csv", Self.majorTrauma(span))
        return (folder, configuration)
    }

    /// (year, month) for `count` months ending with December of `year`.
    static func months(_ count: Int, endingDecember year: Int) -> [(year: Int, month: Int)] {
        let last = year * 12 + 11
        return ((last - count + 1)...last).map { ($0 / 12, $0 % 12 + 1) }
    }

    static func text(_ year: Int, _ month: Int, _ day: Int? = nil) -> String {
        let ym = String(format: "%04d-%02d", year, month)
        return day.map { ym + String(format: "-%02d", $0) } ?? ym
    }

    static func lastDay(_ year: Int, _ month: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Each month: wounding with intent (5D) in North, more in summer; assault with injury
    /// (8N) in North and South, one without a time; robbery (34B) in South; code 1/2
    /// every third month, attempted murder (2) every fourth, a murder (1/1) once a year.
    /// Some records carry a linkage key that A&E shares.
    static func policeRecords(_ span: [(year: Int, month: Int)]) -> String {
        var rows = ["crime_reference,offence_code,committed_at,recorded_on,lsoa_code,domestic_abuse,alcohol_related,weapon,victim_age,victim_sex,suspect_age,suspect_sex,linkage_key"]
        var number = 0
        func add(_ code: String, _ year: Int, _ month: Int, day: Int, time: String?, lsoa: String, domestic: String = "N",
                 alcohol: String = "N", weapon: String = "none", age: Int = 24, sex: String = "M", key: String = "") {
            number += 1
            let at = text(year, month, day) + (time.map { "T" + $0 } ?? "")
            rows.append("CR/\(number),\(code),\(at),\(text(year, month, day)),\(lsoa),\(domestic),\(alcohol),\(weapon),\(age),\(sex),30,M,\(key)")
        }
        for (year, month) in span {
            let woundings = (6...8).contains(month) ? 5 : 3
            for i in 0..<woundings {
                add("5D", year, month, day: 1 + i * 6, time: "23:\(10 + i)", lsoa: "E01000001", alcohol: i % 2 == 0 ? "Y" : "N",
                    weapon: i == 0 ? "knife" : "none", age: 18 + i * 5, sex: i == 2 ? "F" : "M", key: "LK\(year)\(month)W\(i)")
            }
            add("8N", year, month, day: 3, time: "14:30", lsoa: "E01000002", domestic: "Y", age: 40, sex: "F", key: "LK\(year)\(month)A")
            add("8N", year, month, day: 9, time: nil, lsoa: "E01000003", age: 15)
            add("34B", year, month, day: 12, time: "20:05", lsoa: "E01000004", weapon: "knife", age: 17)
            if month % 3 == 0 { add("1/2", year, month, day: 20, time: "02:00", lsoa: "E01000003", weapon: "knife", age: 29) }
            if month % 4 == 0 { add("2", year, month, day: 21, time: "01:15", lsoa: "E01000001", age: 33) }
            if month == 7 { add("1/1", year, month, day: 22, time: "00:45", lsoa: "E01000002", weapon: "knife", age: 19) }
        }
        return rows.joined(separator: "\n") + "\n"
    }

    /// Each month: three assaults, two of them linked to police records of the same month.
    static func emergencyDepartment(_ span: [(year: Int, month: Int)]) -> String {
        var rows = ["REPORTING_PERIOD_START_DATE,REPORTING_PERIOD_END_DATE,SITE_CODE_OF_TREATMENT,ARRIVAL_DATE_TIME_AT_AE,ASSAULT_DATE_TIME,ASSAULT_METHOD,ASSAULT_METHOD_OTHER_DESCRIPTION,ASSAULT_LOCATION_TYPE,ASSAULT_LOCATION_DESCRIPTION,AGE_AT_ARRIVAL,SEX,ALCOHOL_INVOLVED,INCIDENT_LSOA,LINKAGE_KEY"]
        for (year, month) in span {
            let start = text(year, month, 1)
            let end = text(year, month, lastDay(year, month))
            rows.append("\(start),\(end),RK950,\(text(year, month, 1))T23:50,\(text(year, month, 1))T23:10,sharp_object,,street,,18,M,Y,E01000001,LK\(year)\(month)W0")
            rows.append("\(start),\(end),RK950,\(text(year, month, 3))T16:00,\(text(year, month, 3))T14:30,body_part,,home,,40,F,N,E01000002,LK\(year)\(month)A")
            rows.append("\(start),\(end),RK950,\(text(year, month, 15))T02:30,\(text(year, month, 15)),body_part,,licensed_premises,,22,M,Y,E01000003,")
        }
        return rows.joined(separator: "\n") + "\n"
    }

    /// Each month: one assault with major trauma, and one fall.
    static func majorTrauma(_ span: [(year: Int, month: Int)]) -> String {
        var rows = ["submission_id,incident_at,arrival_at,age,sex,intent,mechanism,iss,outcome_30_day,receiving_site,incident_lsoa,linkage_key"]
        for (index, (year, month)) in span.enumerated() {
            rows.append("MT\(index)a,\(text(year, month, 1))T23:10,\(text(year, month, 1))T23:55,18,M,assault,stab,25,alive,Central (Major Trauma Centre),E01000001,LK\(year)\(month)W0")
            rows.append("MT\(index)b,\(text(year, month, 5))T10:00,\(text(year, month, 5))T11:00,80,F,accident,fall,17,alive,Central (Major Trauma Centre),E01000002,")
        }
        return rows.joined(separator: "\n") + "\n"
    }
}
