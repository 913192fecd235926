/// One crime from a force's record-level extract.
public struct PoliceRecord: Sendable, Equatable {
    public var offence: HomeOfficeOffence
    /// When the offence was committed; without a time when the force does not know it.
    public var committedAt: LocalDateTime
    /// The day the crime was recorded (a date, no time).
    public var recordedOn: LocalDateTime
    public var placement: RecordPlacement
    /// nil when not known (a blank field).
    public var domesticAbuse: Bool?
    /// nil when not known (a blank field).
    public var alcoholRelated: Bool?
    public var weapon: PoliceWeapon
    public var victimAge: Int?
    public var victimSex: RecordedSex
    public var suspectAge: Int?
    public var suspectSex: RecordedSex
    /// A fingerprint of the pseudonymous linkage key, for matching with health records;
    /// nil when the extract has no key for the row (or no `linkage_key` column).
    public var linkageKey: UInt64?
    /// Fingerprints of the pseudonymous victim and suspect identifiers, for counting people
    /// seen in more than one record; nil when blank or the column is absent. The
    /// identifiers themselves are never kept, and nothing derived from one is written.
    public var victimID: UInt64?
    public var suspectID: UInt64?

    public init(offence: HomeOfficeOffence, committedAt: LocalDateTime, recordedOn: LocalDateTime,
                placement: RecordPlacement, domesticAbuse: Bool?, alcoholRelated: Bool?, weapon: PoliceWeapon,
                victimAge: Int?, victimSex: RecordedSex, suspectAge: Int?, suspectSex: RecordedSex, linkageKey: UInt64?,
                victimID: UInt64? = nil, suspectID: UInt64? = nil) {
        self.offence = offence
        self.committedAt = committedAt
        self.recordedOn = recordedOn
        self.placement = placement
        self.domesticAbuse = domesticAbuse
        self.alcoholRelated = alcoholRelated
        self.weapon = weapon
        self.victimAge = victimAge
        self.victimSex = victimSex
        self.suspectAge = suspectAge
        self.suspectSex = suspectSex
        self.linkageKey = linkageKey
        self.victimID = victimID
        self.suspectID = suspectID
    }
}

/// Reads a force's record-level crime extract, one row per crime.
///
/// Columns (names in any case, spaces around ignored; other columns are ignored):
///
/// | column | accepted values |
/// |---|---|
/// | `crime_reference` | required, not blank; unique within the file |
/// | `offence_code` | a Home Office code listed in `HomeOfficeOffenceCodes` (`5D`, `8N`, `1/1`) |
/// | `committed_at` | `YYYY-MM-DDTHH:MM` (`:SS` allowed), or `YYYY-MM-DD` when the time is unknown |
/// | `recorded_on` | `YYYY-MM-DD`, not before the date of `committed_at` |
/// | `lsoa_code` | an LSOA code (`E01018936`), or blank (counted in force totals only) |
/// | `domestic_abuse`, `alcohol_related` | `Y`, `N`, or blank (unknown) |
/// | `weapon` | `none`, `knife`, `firearm`, `other`, or blank (unknown) |
/// | `victim_age`, `suspect_age` | a whole number from 0 to 120, or blank |
/// | `victim_sex`, `suspect_sex` | `M`, `F`, `U`, or blank (unknown) |
/// | `linkage_key` | optional column; any text, or blank |
/// | `victim_id`, `suspect_id` | optional columns; a pseudonymous identifier of the person (any text), or blank |
///
/// Dates must lie from 1990-01-01 to 2100-12-31. A row is rejected (with its first
/// problem) when the CSV is malformed, it has the wrong number of fields, a value is
/// not as above, or its `crime_reference` repeats an earlier valid row's. A valid row
/// is excluded when its LSOA is not in the lookup, or lies outside force `forceCode`.
public enum PoliceRecordLoader {
    public static let requiredColumns = [
        "crime_reference", "offence_code", "committed_at", "recorded_on", "lsoa_code",
        "domestic_abuse", "alcohol_related", "weapon", "victim_age", "victim_sex",
        "suspect_age", "suspect_sex",
    ]
    public static let optionalColumns = ["linkage_key", "victim_id", "suspect_id"]

    /// Reads the file at `path`, in pieces on every core when `parallel`, each
    /// record into a partial result (see `RecordFile.load`).
    public static func load<Partial: Sendable>(
        path: String, displayPath: String, geography: Geography, forceCode: String, codeLists: LocalCodeLists = [:],
        strict: Bool, parallel: Bool, pieceSize: Int = RecordPieces.defaultSize, start: @Sendable () -> Partial,
        add: @Sendable (inout Partial, PoliceRecord) -> Void, merge: (inout Partial, Partial) -> Void
    ) throws(InputError) -> (account: InputAccount, partial: Partial) {
        try RecordFile<PoliceRecordSchema>.load(path: path, displayPath: displayPath, geography: geography, forceCode: forceCode,
                                     codeLists: codeLists, strict: strict, parallel: parallel, pieceSize: pieceSize, start: start, add: add, merge: merge)
    }
}

/// How a row of a police extract becomes a `PoliceRecord` (see `PoliceRecordLoader`).
struct PoliceRecordSchema: RecordSchema {
    static let columnNames = PoliceRecordLoader.requiredColumns + PoliceRecordLoader.optionalColumns
    private let columns: [Int]
    private let linkage: Int?
    private let victimID: Int?
    private let suspectID: Int?
    private let force: ForceArea

    init(header: CSVHeader, geography: Geography, forceCode: String) throws(InputError) {
        columns = try header.require(PoliceRecordLoader.requiredColumns)
        linkage = header.index(of: "linkage_key")
        victimID = header.index(of: "victim_id")
        suspectID = header.index(of: "suspect_id")
        force = ForceArea(geography: geography, forceCode: forceCode)
    }

    func read(_ row: RecordRow, account: inout InputAccount, references: inout ReferenceLog,
              sink: (PoliceRecord) -> Void) throws(RowProblem) {
        let reference = try row.referenceFingerprint(columns[0], expected: "the force's crime reference")
        let codeBytes = row.stored(columns[1])
        if codeBytes.isEmpty {
            throw row.problem(columns[1], "is blank (expected a Home Office offence code, like 5D or 8N)", reason: "unknown offence_code")
        }
        guard let offence = HomeOfficeOffenceCodes.offence(bytes: codeBytes) else {
            throw row.invalid(columns[1], "is not a Home Office offence code (expected a code like 5D, 8N or 1/1)", reason: "unknown offence_code")
        }
        let committed = try row.requiredDateTime(columns[2])
        let recorded = try row.requiredDate(columns[3])
        let lsoa = try row.lsoa(columns[4])
        let domestic = try row.flag(columns[5])
        let alcohol = try row.flag(columns[6])
        let weapon = try row.code(columns[7], blank: PoliceWeapon.unknown, what: "a weapon", expected: "none, knife, firearm, other or blank")
        let victimAge = try row.age(columns[8])
        let victimSex = try row.sex(columns[9])
        let suspectAge = try row.age(columns[10])
        let suspectSex = try row.sex(columns[11])
        if recorded < committed.date {
            throw row.problem(columns[3], "'\(row.raw(columns[3]))' is before \(row.name(columns[2])) '\(row.raw(columns[2]))' (expected a date on or after the offence)",
                              reason: "recorded before committed")
        }
        guard references.insert(reference) else {
            throw row.invalid(columns[0], "repeats the reference of an earlier row (expected each crime once)", reason: RecordReason.duplicateReference)
        }
        let placement: RecordPlacement
        switch force.place(lsoa) {
        case .excluded(let reason):
            account.exclude(reason: reason)
            return
        case .placed(let placed): placement = placed
        }
        if placement == .noLSOA { account.note(RecordReason.noLSOA) }
        account.loaded += 1
        sink(PoliceRecord(
            offence: offence, committedAt: committed, recordedOn: recorded, placement: placement,
            domesticAbuse: domestic, alcoholRelated: alcohol, weapon: weapon,
            victimAge: victimAge, victimSex: victimSex, suspectAge: suspectAge, suspectSex: suspectSex,
            linkageKey: row.optionalFingerprint(linkage), victimID: row.optionalFingerprint(victimID),
            suspectID: row.optionalFingerprint(suspectID)))
    }
}
