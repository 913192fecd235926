/// One patient from a major trauma registry extract.
public struct MajorTraumaRecord: Sendable, Equatable {
    /// When the injury happened; nil when not known.
    public var incidentAt: LocalDateTime?
    public var arrivalAt: LocalDateTime
    public var age: Int?
    public var sex: RecordedSex
    public var intent: InjuryIntent
    public var mechanism: InjuryMechanism
    /// Injury Severity Score, 1 to 75.
    public var injurySeverityScore: Int
    public var outcome30Day: ThirtyDayOutcome
    /// The code of the receiving hospital site.
    public var receivingSite: String
    public var placement: RecordPlacement
    /// A fingerprint of the pseudonymous linkage key; nil when blank or absent.
    public var linkageKey: UInt64?

    public init(incidentAt: LocalDateTime?, arrivalAt: LocalDateTime, age: Int?, sex: RecordedSex,
                intent: InjuryIntent, mechanism: InjuryMechanism, injurySeverityScore: Int,
                outcome30Day: ThirtyDayOutcome, receivingSite: String, placement: RecordPlacement, linkageKey: UInt64?) {
        self.incidentAt = incidentAt
        self.arrivalAt = arrivalAt
        self.age = age
        self.sex = sex
        self.intent = intent
        self.mechanism = mechanism
        self.injurySeverityScore = injurySeverityScore
        self.outcome30Day = outcome30Day
        self.receivingSite = receivingSite
        self.placement = placement
        self.linkageKey = linkageKey
    }

    /// Major trauma is an Injury Severity Score over 15.
    public var isMajorTrauma: Bool { injurySeverityScore > 15 }
}

/// Reads a major trauma registry extract, one row per patient submission, streaming
/// each valid row into a tally.
///
/// Columns (names in any case, spaces around ignored; other columns are ignored):
///
/// | column | accepted values |
/// |---|---|
/// | `submission_id` | required, not blank; unique within the file |
/// | `incident_at` | `YYYY-MM-DDTHH:MM` (`:SS` allowed), `YYYY-MM-DD` when the time is unknown, or blank (unknown) |
/// | `arrival_at` | required, as `incident_at`; not before the incident |
/// | `age` | a whole number from 0 to 120, or blank |
/// | `sex` | `M`, `F`, `U`, or blank (unknown) |
/// | `intent` | `assault`, `self_harm`, `accident`, `unknown`, or blank (unknown) |
/// | `mechanism` | see `InjuryMechanism`: `stab`, `blow`, `shooting`, `fall`, `vehicle`, `other`, `unknown`, or blank (unknown) |
/// | `iss` | required: the Injury Severity Score, a whole number from 1 to 75 |
/// | `outcome_30_day` | `alive`, `dead`, `unknown`, or blank (unknown) |
/// | `receiving_site` | required, not blank |
/// | `incident_lsoa` | an LSOA code, or blank (counted in force totals only) |
/// | `linkage_key` | optional column; any text, or blank |
///
/// Dates must lie from 1990-01-01 to 2100-12-31. Rows are rejected and excluded as for
/// `PoliceRecordLoader`, duplicates by `submission_id`.
public enum MajorTraumaLoader {
    public static let requiredColumns = [
        "submission_id", "incident_at", "arrival_at", "age", "sex", "intent", "mechanism", "iss",
        "outcome_30_day", "receiving_site", "incident_lsoa",
    ]
    public static let optionalColumns = ["linkage_key"]

    /// Reads the file at `path`, in pieces on every core when `parallel`, each
    /// record into a partial result (see `RecordFile.load`).
    public static func load<Partial: Sendable>(
        path: String, displayPath: String, geography: Geography, forceCode: String, codeLists: LocalCodeLists = [:],
        strict: Bool, parallel: Bool, pieceSize: Int = RecordPieces.defaultSize, start: @Sendable () -> Partial,
        add: @Sendable (inout Partial, MajorTraumaRecord) -> Void, merge: (inout Partial, Partial) -> Void
    ) throws(InputError) -> (account: InputAccount, partial: Partial) {
        try RecordFile<MajorTraumaSchema>.load(path: path, displayPath: displayPath, geography: geography, forceCode: forceCode,
                                     codeLists: codeLists, strict: strict, parallel: parallel, pieceSize: pieceSize, start: start, add: add, merge: merge)
    }
}

/// How a row of a trauma registry extract becomes a `MajorTraumaRecord`.
struct MajorTraumaSchema: RecordSchema {
    static let columnNames = MajorTraumaLoader.requiredColumns + MajorTraumaLoader.optionalColumns
    private let columns: [Int]
    private let linkage: Int?
    private let force: ForceArea

    init(header: CSVHeader, geography: Geography, forceCode: String) throws(InputError) {
        columns = try header.require(MajorTraumaLoader.requiredColumns)
        linkage = header.index(of: "linkage_key")
        force = ForceArea(geography: geography, forceCode: forceCode)
    }

    func read(_ row: RecordRow, account: inout InputAccount, references: inout ReferenceLog,
              sink: (MajorTraumaRecord) -> Void) throws(RowProblem) {
        let reference = try row.referenceFingerprint(columns[0], expected: "the registry's submission identifier")
        let incident = try row.dateTime(columns[1], required: false)
        let arrival = try row.requiredDateTime(columns[2])
        let age = try row.age(columns[3])
        let sex = try row.sex(columns[4])
        let intent = try row.code(columns[5], blank: InjuryIntent.unknown, what: "an intent", expected: "assault, self_harm, accident, unknown or blank")
        let mechanism = try row.code(columns[6], blank: InjuryMechanism.unknown, what: "a mechanism", expected: "stab, blow, shooting, fall, vehicle, other, unknown or blank")
        let iss = try row.requiredInteger(columns[7], in: 1...75, what: "an Injury Severity Score")
        let outcome = try row.code(columns[8], blank: ThirtyDayOutcome.unknown, what: "an outcome", expected: "alive, dead, unknown or blank")
        let site = try row.requiredText(columns[9], expected: "the code of the receiving site")
        let lsoa = try row.lsoa(columns[10])
        if let incident, arrival.isBefore(incident) {
            throw row.problem(columns[2], "'\(row.raw(columns[2]))' is before \(row.name(columns[1])) '\(row.raw(columns[1]))' (expected an arrival at or after the incident)",
                              reason: "arrival before incident")
        }
        guard references.insert(reference) else {
            throw row.invalid(columns[0], "repeats the reference of an earlier row (expected each submission once)", reason: RecordReason.duplicateReference)
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
        sink(MajorTraumaRecord(
            incidentAt: incident, arrivalAt: arrival, age: age, sex: sex, intent: intent, mechanism: mechanism,
            injurySeverityScore: iss, outcome30Day: outcome, receivingSite: site, placement: placement,
            linkageKey: row.optionalFingerprint(linkage)))
    }
}
