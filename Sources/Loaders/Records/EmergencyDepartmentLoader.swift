/// One emergency department attendance after an assault.
public struct EmergencyDepartmentAttendance: Sendable, Equatable {
    /// The first and last days of the extract's reporting period.
    public var reportingPeriodStart: LocalDateTime
    public var reportingPeriodEnd: LocalDateTime
    /// The ODS code of the site of treatment.
    public var siteCode: String
    public var arrivalAt: LocalDateTime
    /// When the assault happened; nil when not known.
    public var assaultAt: LocalDateTime?
    public var method: AssaultMethod
    public var locationType: AssaultLocationType
    public var age: Int?
    public var sex: RecordedSex
    /// nil when not known (a blank field).
    public var alcoholInvolved: Bool?
    public var placement: RecordPlacement
    /// A fingerprint of the pseudonymous linkage key; nil when blank or absent.
    public var linkageKey: UInt64?

    public init(reportingPeriodStart: LocalDateTime, reportingPeriodEnd: LocalDateTime, siteCode: String,
                arrivalAt: LocalDateTime, assaultAt: LocalDateTime?, method: AssaultMethod,
                locationType: AssaultLocationType, age: Int?, sex: RecordedSex, alcoholInvolved: Bool?,
                placement: RecordPlacement, linkageKey: UInt64?) {
        self.reportingPeriodStart = reportingPeriodStart
        self.reportingPeriodEnd = reportingPeriodEnd
        self.siteCode = siteCode
        self.arrivalAt = arrivalAt
        self.assaultAt = assaultAt
        self.method = method
        self.locationType = locationType
        self.age = age
        self.sex = sex
        self.alcoholInvolved = alcoholInvolved
        self.placement = placement
        self.linkageKey = linkageKey
    }
}

/// Reads an emergency department assault extract: the ISB 1594 Information Sharing to
/// Tackle Violence minimum data set with Emergency Care Data Set fields, one row per
/// attendance, streaming each valid row into a tally.
///
/// Columns (names in any case, spaces around ignored; other columns are ignored):
///
/// | column | accepted values |
/// |---|---|
/// | `REPORTING_PERIOD_START_DATE`, `REPORTING_PERIOD_END_DATE` | `YYYY-MM-DD`; the end not before the start |
/// | `SITE_CODE_OF_TREATMENT` | required, not blank (an ODS site code) |
/// | `ARRIVAL_DATE_TIME_AT_AE` | required: `YYYY-MM-DDTHH:MM` (`:SS` allowed), or `YYYY-MM-DD` when the time is unknown |
/// | `ASSAULT_DATE_TIME` | as arrival, or blank (unknown); the arrival must not be before it |
/// | `ASSAULT_METHOD` | see `AssaultMethod`: `body_part`, `knife`, `sharp_object`, `blunt_object`, `firearm`, `other`, `unknown`, or blank (unknown) |
/// | `ASSAULT_LOCATION_TYPE` | see `AssaultLocationType`: `licensed_premises`, `street`, `home`, `workplace`, `school`, `other`, `unknown`, or blank (unknown) |
/// | `AGE_AT_ARRIVAL` | a whole number from 0 to 120, or blank |
/// | `SEX` | `M`, `F`, `U`, the NHS person gender codes `1`, `2`, `9`, `Male`, `Female`, or blank (unknown) |
/// | `ALCOHOL_INVOLVED` | `Y`, `N`, `Yes`, `No`, `1`, `0`, or blank (unknown) |
/// | `INCIDENT_LSOA` | an LSOA code, or blank (counted in force totals only) |
/// | `ASSAULT_METHOD_OTHER_DESCRIPTION`, `ASSAULT_LOCATION_DESCRIPTION`, `LINKAGE_KEY` | optional columns, free text; the descriptions are not kept |
///
/// Coded fields also accept the ISB 1594 labels (`Body part`, `Licensed premises`; see
/// `CodeLabels.swift`) and the configuration's `code_lists:`; any other value is read as
/// unknown and listed as unmapped (`InputAccount.unmapped`), not rejected.
///
/// Dates must lie from 1990-01-01 to 2100-12-31. Rows are rejected and excluded as
/// for `PoliceRecordLoader`; there is no reference column, so no duplicate check.
public enum EmergencyDepartmentLoader {
    public static let requiredColumns = [
        "REPORTING_PERIOD_START_DATE", "REPORTING_PERIOD_END_DATE", "SITE_CODE_OF_TREATMENT",
        "ARRIVAL_DATE_TIME_AT_AE", "ASSAULT_DATE_TIME", "ASSAULT_METHOD", "ASSAULT_LOCATION_TYPE",
        "AGE_AT_ARRIVAL", "SEX", "ALCOHOL_INVOLVED", "INCIDENT_LSOA",
    ]
    public static let optionalColumns = ["ASSAULT_METHOD_OTHER_DESCRIPTION", "ASSAULT_LOCATION_DESCRIPTION", "LINKAGE_KEY"]

    static let methods = "body_part, knife, sharp_object, blunt_object, firearm, other, unknown or blank"
    static let locationTypes = "licensed_premises, street, home, workplace, school, other, unknown or blank"

    /// Reads the file at `path`, in pieces on every core when `parallel`, each
    /// record into a partial result (see `RecordFile.load`).
    public static func load<Partial: Sendable>(
        path: String, displayPath: String, geography: Geography, forceCode: String, codeLists: LocalCodeLists = [:],
        strict: Bool, parallel: Bool, pieceSize: Int = RecordPieces.defaultSize, start: @Sendable () -> Partial,
        add: @Sendable (inout Partial, EmergencyDepartmentAttendance) -> Void, merge: (inout Partial, Partial) -> Void
    ) throws(InputError) -> (account: InputAccount, partial: Partial) {
        try RecordFile<EmergencyDepartmentSchema>.load(path: path, displayPath: displayPath, geography: geography, forceCode: forceCode,
                                     codeLists: codeLists, strict: strict, parallel: parallel, pieceSize: pieceSize, start: start, add: add, merge: merge)
    }
}

/// How a row of an A&E extract becomes an `EmergencyDepartmentAttendance`.
struct EmergencyDepartmentSchema: RecordSchema {
    static let columnNames = EmergencyDepartmentLoader.requiredColumns + EmergencyDepartmentLoader.optionalColumns
    private let columns: [Int]
    private let linkage: Int?
    private let force: ForceArea

    init(header: CSVHeader, geography: Geography, forceCode: String) throws(InputError) {
        columns = try header.require(EmergencyDepartmentLoader.requiredColumns)
        linkage = header.index(of: "LINKAGE_KEY")
        force = ForceArea(geography: geography, forceCode: forceCode)
    }

    func read(_ row: RecordRow, account: inout InputAccount, references: inout ReferenceLog,
              sink: (EmergencyDepartmentAttendance) -> Void) throws(RowProblem) {
        let methods = EmergencyDepartmentLoader.methods
        let locationTypes = EmergencyDepartmentLoader.locationTypes
        let start = try row.requiredDate(columns[0])
        let end = try row.requiredDate(columns[1])
        let site = try row.requiredText(columns[2], expected: "the ODS code of the site")
        let arrival = try row.requiredDateTime(columns[3])
        let assault = try row.dateTime(columns[4], required: false)
        let method = try row.code(columns[5], blank: AssaultMethod.unknown, what: "an assault method", expected: methods)
        let locationType = try row.code(columns[6], blank: AssaultLocationType.unknown, what: "a location type", expected: locationTypes)
        let age = try row.age(columns[7])
        let sex = try row.sex(columns[8])
        let alcohol = try row.flag(columns[9])
        let lsoa = try row.lsoa(columns[10])
        if end < start {
            throw row.problem(columns[1], "'\(row.raw(columns[1]))' is before \(row.name(columns[0])) '\(row.raw(columns[0]))' (expected the end of the period on or after its start)",
                              reason: "reporting period ends before it starts")
        }
        // An attendance belongs to the return it is reported in: an arrival outside the
        // reporting period (in 2099, say) is a keying error, not a future assault.
        if arrival.date < start.date || end.date < arrival.date {
            throw row.problem(columns[3], "'\(row.raw(columns[3]))' is outside the reporting period \(row.raw(columns[0])) to \(row.raw(columns[1])) (expected an arrival within it)",
                              reason: "arrival outside the reporting period")
        }
        if let assault, arrival.isBefore(assault) {
            throw row.problem(columns[3], "'\(row.raw(columns[3]))' is before \(row.name(columns[4])) '\(row.raw(columns[4]))' (expected an arrival at or after the assault)",
                              reason: "arrival before assault")
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
        sink(EmergencyDepartmentAttendance(
            reportingPeriodStart: start, reportingPeriodEnd: end, siteCode: site, arrivalAt: arrival,
            assaultAt: assault, method: method, locationType: locationType, age: age, sex: sex,
            alcoholInvolved: alcohol, placement: placement, linkageKey: row.optionalFingerprint(linkage)))
    }
}
