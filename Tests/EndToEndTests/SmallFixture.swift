import Foundation
import TestSupport

/// A tiny, hand-made assessment: a force of two districts and four LSOAs, twelve months of
/// police.uk files with a few rows each, small population sheets and one comparator table.
/// Its numbers are small enough to work by hand.
enum SmallFixture {
    static let header = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context"

    /// Writes the fixture into a new temporary folder and returns the configuration file.
    static func write() throws -> (folder: URL, configuration: String) {
        let folder = try TemporaryDirectory.make()
        func put(_ path: String, _ text: String) throws {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        try put("assessment.yml", """
            title: Serious Violence Strategic Needs Assessment
            area_name: Testshire
            force_code: E23000099
            data:
              police_street: police-uk
              population: population
              lsoa_lookup: geography/lsoa.csv
              area_lookup: geography/areas.csv
              comparators: comparators
            areas:
              - name: Both districts
                districts: [E06000001, E06000002]

            """)
        try put("geography/lsoa.csv", """
            LSOA11CD,LSOA11NM,LAD19CD,LAD19NM,IMD19,FID
            E01000001,North 001A,E06000001,North,100,1
            E01000002,North 001B,E06000001,North,20000,2
            E01000003,South 001A,E06000002,South,5000,3
            E01000004,South 001B,E06000002,South,30000,4
            E01000005,Elsewhere 001A,E06000003,Elsewhere,12000,5

            """)
        try put("geography/areas.csv", """
            FID,LAD19CD,LAD19NM,CSP19CD,CSP19NM,PFA19CD,PFA19NM
            1,E06000001,North,E22000001,North,E23000099,Testshire
            2,E06000002,South,E22000002,South,E23000099,Testshire
            3,E06000003,Elsewhere,E22000003,Elsewhere,E23000098,Othershire

            """)
        // North: 2,000 people (20 of each age 0 to 89, 200 aged 90+); South: 4,000.
        func sheet(_ north: Int, _ south: Int) -> String {
            let ages = (0...90).map(String.init).joined(separator: ",").replacingOccurrences(of: ",90", with: ",90+")
            func row(_ code: String, _ name: String, _ perAge: Int) -> String {
                let byAge = Array(repeating: perAge, count: 90) + [perAge * 10]
                return "\(code),\(name),Unitary Authority,\(byAge.reduce(0, +)),\(byAge.map(String.init).joined(separator: ","))"
            }
            return "Code,Name,Geography1,All ages,\(ages)\n" + row("E06000001", "North", north) + "\n"
                + row("E06000002", "South", south) + "\n"
        }
        try put("population/mid-2019-persons.csv", sheet(20, 40))
        try put("population/mid-2019-males.csv", sheet(10, 20))
        try put("population/mid-2019-females.csv", sheet(10, 20))
        try put("comparators/recorded-crime-by-pfa-year-ending-december-2020.csv", """
            area_code,area_name,offence_group,offences,rate_per_1000,population_mid_year_used
            K04000001,ENGLAND AND WALES,Total recorded crime (excluding fraud),5000000,85.0000,58000000
            K04000001,ENGLAND AND WALES,Violence against the person,1700000,29.5000,58000000
            K04000001,ENGLAND AND WALES,Sexual offences,150000,2.6000,58000000
            E23000099,Testshire,Total recorded crime (excluding fraud),250,41.0000,6000
            E23000099,Testshire,Violence against the person,100,16.0000,6000
            E23000099,Testshire,Sexual offences,10,1.5000,6000

            """)
        // Each month: North has 2 violent crimes and 1 burglary; South 1 violent crime;
        // one crime with no location; one anti-social behaviour incident in South.
        for month in 1...12 {
            let text = month < 10 ? "2020-0\(month)" : "2020-\(month)"
            var rows = [header]
            rows.append("id\(month)a,\(text),Testshire Police,Testshire Police,-1.0,50.0,On or near High Street,E01000001,North 001A,Violence and sexual offences,Under investigation,")
            rows.append("id\(month)b,\(text),Testshire Police,Testshire Police,-1.0,50.0,On or near Mill Lane,E01000002,North 001B,Violence and sexual offences,Unable to prosecute suspect,")
            rows.append("id\(month)c,\(text),Testshire Police,Testshire Police,-1.0,50.0,\"On or near Church Road, North\",E01000001,North 001A,Burglary,Under investigation,")
            rows.append("id\(month)d,\(text),Testshire Police,Testshire Police,-1.0,50.0,On or near Park,E01000003,South 001A,Violence and sexual offences,Under investigation,")
            rows.append("id\(month)e,\(text),Testshire Police,Testshire Police,,,No location,,,Public order,Under investigation,")
            rows.append(",\(text),Testshire Police,Testshire Police,-1.0,50.0,On or near Park,E01000004,South 001B,Anti-social behaviour,,")
            if month == 6 {
                // A Welsh LSOA the England-only lookup lacks, and a row whose month is broken.
                rows.append("id6w,\(text),Testshire Police,Testshire Police,-3.0,52.0,On or near Border,W01000001,Powys 001A,Robbery,Under investigation,")
                rows.append("id6x,2020-13,Testshire Police,Testshire Police,-1.0,50.0,On or near Park,E01000003,South 001A,Robbery,Under investigation,")
            }
            try put("police-uk/testshire/\(text)/\(text)-testshire-street.csv", rows.joined(separator: "\n") + "\n")
        }
        return (folder, folder.appendingPathComponent("assessment.yml").path)
    }
}
