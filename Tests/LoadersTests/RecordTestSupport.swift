import Foundation
import Loaders
import Testing

/// A unique temporary folder for one test's files, removed when the test ends.
final class TemporaryFolder {
    let path: String

    init() {
        path = NSTemporaryDirectory() + "sna-loaders-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// Writes `text` (UTF-8) to `name` in the folder; returns its path.
    @discardableResult
    func write(_ name: String, _ text: String) -> String {
        write(name, bytes: Array(text.utf8))
    }

    @discardableResult
    func write(_ name: String, bytes: [UInt8]) -> String {
        let file = path + "/" + name
        let written = FileManager.default.createFile(atPath: file, contents: Data(bytes))
        precondition(written, "cannot write \(file)")
        return file
    }
}

/// A tiny geography: force E23000001 holds districts E06000001 and E06000002; force
/// E23000002 holds E06000003. LSOAs E01000001 (E06000001), E01000002 (E06000002),
/// E01000003 (E06000003, the other force), E01000004 (a district missing from the lookup).
enum TinyGeography {
    static let force = "E23000001"

    static let geography: Geography = {
        func lsoa(_ code: String, _ district: String) -> LSOA {
            LSOA(code: AreaCode.parse(code)!, name: code, districtCode: district, districtName: district, deprivationRank: 1)
        }
        func district(_ code: String, _ force: String) -> District {
            District(code: code, name: code, partnershipCode: "P" + code, partnershipName: "Partnership " + code,
                     forceCode: force, forceName: "Force " + force)
        }
        return Geography(
            lsoas: [lsoa("E01000001", "E06000001"), lsoa("E01000002", "E06000002"),
                    lsoa("E01000003", "E06000003"), lsoa("E01000004", "E06000099")],
            districts: [district("E06000001", "E23000001"), district("E06000002", "E23000001"),
                        district("E06000003", "E23000002")])
    }()
}

/// Which loader a test runs, so whole-file tests can run against each.
enum RecordKind: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case police, emergencyDepartment, majorTrauma

    var testDescription: String { rawValue }

    var header: String {
        switch self {
        case .police: PoliceFixtures.header
        case .emergencyDepartment: EDFixtures.header
        case .majorTrauma: TraumaFixtures.header
        }
    }

    var goodRow: String {
        switch self {
        case .police: PoliceFixtures.good
        case .emergencyDepartment: EDFixtures.good
        case .majorTrauma: TraumaFixtures.good
        }
    }

    var fileName: String {
        switch self {
        case .police: "police.csv"
        case .emergencyDepartment: "ed.csv"
        case .majorTrauma: "trauma.csv"
        }
    }

    /// Loads `path` (shown as its file name); returns the account and how many records reached the sink.
    func load(_ path: String, strict: Bool = false) throws(InputError) -> (account: InputAccount, sunk: Int) {
        let loaded: (account: InputAccount, partial: Int)
        let geography = TinyGeography.geography
        switch self {
        case .police:
            loaded = try PoliceRecordLoader.load(path: path, displayPath: fileName, geography: geography,
                                                  forceCode: TinyGeography.force, strict: strict, parallel: false,
                start: { 0 }, add: { count, _ in count += 1 }, merge: { $0 += $1 })
        case .emergencyDepartment:
            loaded = try EmergencyDepartmentLoader.load(path: path, displayPath: fileName, geography: geography,
                                                         forceCode: TinyGeography.force, strict: strict, parallel: false,
                start: { 0 }, add: { count, _ in count += 1 }, merge: { $0 += $1 })
        case .majorTrauma:
            loaded = try MajorTraumaLoader.load(path: path, displayPath: fileName, geography: geography,
                                                 forceCode: TinyGeography.force, strict: strict, parallel: false,
                start: { 0 }, add: { count, _ in count += 1 }, merge: { $0 += $1 })
        }
        return (loaded.account, loaded.partial)
    }
}

/// The error a throwing call threw, or nil when it returned.
func thrownError<T>(_ body: () throws(InputError) -> T) -> InputError? {
    do {
        _ = try body()
        return nil
    } catch {
        return error
    }
}

/// Checks an account's invariants: balanced, records sunk = loaded, problems capped.
func expectSound(_ account: InputAccount, sunk: Int, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(account.isBalanced, "read \(account.read) != loaded \(account.loaded) + excluded \(account.excludedCount) + rejected \(account.rejectedCount)", sourceLocation: sourceLocation)
    #expect(account.loaded == sunk, sourceLocation: sourceLocation)
    #expect(account.problems.count <= InputAccount.problemLimit, sourceLocation: sourceLocation)
    #expect(account.problems.count == min(account.rejectedCount, InputAccount.problemLimit), sourceLocation: sourceLocation)
}

enum PoliceFixtures {
    static let header = "crime_reference,offence_code,committed_at,recorded_on,lsoa_code,domestic_abuse,alcohol_related,weapon,victim_age,victim_sex,suspect_age,suspect_sex,linkage_key"
    // Field columns: reference 1, offence 5, committed 8, recorded 25, LSOA 36, domestic 46,
    // alcohol 48, weapon 50, victim age 56, victim sex 59, suspect age 61, suspect sex 64.
    static let good = "CR1,5D,2019-07-13T23:40,2019-07-14,E01000001,N,Y,knife,19,M,22,M,K1"
}

enum EDFixtures {
    static let header = "REPORTING_PERIOD_START_DATE,REPORTING_PERIOD_END_DATE,SITE_CODE_OF_TREATMENT,ARRIVAL_DATE_TIME_AT_AE,ASSAULT_DATE_TIME,ASSAULT_METHOD,ASSAULT_METHOD_OTHER_DESCRIPTION,ASSAULT_LOCATION_TYPE,ASSAULT_LOCATION_DESCRIPTION,AGE_AT_ARRIVAL,SEX,ALCOHOL_INVOLVED,INCIDENT_LSOA,LINKAGE_KEY"
    // Field columns: start 1, end 12, site 23, arrival 29, assault 46, method 63, other 69,
    // location type 70, location description 77, age 97, sex 100, alcohol 102, LSOA 104.
    static let good = "2019-07-01,2019-07-31,RXX01,2019-07-14T00:30,2019-07-13T23:40,knife,,street,outside the station,19,M,Y,E01000001,K1"
}

enum TraumaFixtures {
    static let header = "submission_id,incident_at,arrival_at,age,sex,intent,mechanism,iss,outcome_30_day,receiving_site,incident_lsoa,linkage_key"
    // Field columns: id 1, incident 4, arrival 21, age 38, sex 41, intent 43, mechanism 51,
    // iss 56, outcome 59, site 65, LSOA 71.
    static let good = "S1,2019-07-13T23:40,2019-07-14T00:30,19,M,assault,stab,25,alive,RXX01,E01000001,K1"
}

/// A file of one good row then one bad row (line 3), for a bad-value test.
struct BadRowCase: Sendable, CustomTestStringConvertible {
    var name: String
    var row: String
    var message: String
    var reason: String

    var testDescription: String { name }
}
