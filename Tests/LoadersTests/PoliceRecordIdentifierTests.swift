import Loaders
import Testing

/// The optional `victim_id` and `suspect_id` columns: read as fingerprints when present,
/// nil when blank or absent, and a file without them loads as before.
@Suite("Police record identifiers")
struct PoliceRecordIdentifierTests {
    static let withoutColumns = [
        "crime_reference,offence_code,committed_at,recorded_on,lsoa_code,domestic_abuse,alcohol_related,weapon,victim_age,victim_sex,suspect_age,suspect_sex",
        "CR1,5D,2019-07-13T23:40,2019-07-14,E01000001,N,Y,knife,19,M,22,M",
    ].joined(separator: "\n") + "\n"

    static let withColumns = [
        "crime_reference,offence_code,committed_at,recorded_on,lsoa_code,domestic_abuse,alcohol_related,weapon,victim_age,victim_sex,suspect_age,suspect_sex,linkage_key,Victim_ID, suspect_id ",
        "CR1,5D,2019-07-13T23:40,2019-07-14,E01000001,N,Y,knife,19,M,22,M,K1,V1,S1",
        "CR2,8N,2019-07-14T23:40,2019-07-15,E01000001,N,Y,knife,19,M,22,M,,V1,",
        "CR3,8N,2019-07-15T23:40,2019-07-16,E01000001,N,Y,knife,19,M,,M,,V2,S1",
    ].joined(separator: "\n") + "\n"

    static func records(_ text: String) throws -> [PoliceRecord] {
        let folder = TemporaryFolder()
        let path = folder.write("police.csv", text)
        let loaded = try PoliceRecordLoader.load(
            path: path, displayPath: "police.csv", geography: TinyGeography.geography, forceCode: TinyGeography.force,
            strict: true, parallel: false, start: { [PoliceRecord]() }, add: { $0.append($1) }, merge: { $0 += $1 })
        return loaded.partial
    }

    @Test("a file without the identifier columns loads, with no identifiers")
    func without() throws {
        let records = try Self.records(Self.withoutColumns)
        #expect(records.count == 1)
        #expect(records[0].victimID == nil && records[0].suspectID == nil)
    }

    @Test("the identifier columns, in any case and with spaces, give one fingerprint per person; blank is nil")
    func with() throws {
        let records = try Self.records(Self.withColumns)
        #expect(records.count == 3)
        let victims = records.map(\.victimID)
        #expect(victims[0] != nil && victims[0] == victims[1] && victims[2] != victims[0])
        #expect(records[0].suspectID != nil && records[0].suspectID == records[2].suspectID)
        #expect(records[1].suspectID == nil)
    }
}
