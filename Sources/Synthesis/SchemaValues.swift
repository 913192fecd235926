/// The headers and closed value lists of the three synthetic record-level files, in one
/// place so that the loaders can be reconciled with them.
///
/// Conventions shared by all three files: RFC 4180 CSV (a field is quoted when it holds
/// a comma, a double quote, CR or LF, with inner quotes doubled), LF line endings,
/// UTF-8 without a byte order mark, a header row exactly as below. Dates are
/// `YYYY-MM-DD`; date-times `YYYY-MM-DDTHH:MM` (local time); a date-time whose time is
/// unknown is written as the date alone. An empty field means not recorded.
public enum SchemaValues {
    // MARK: Police records

    /// One row per recorded crime, in order of when it was committed. `crime_reference`
    /// is `CR/YYYY/nnnnnn` (year committed, then a sequence); `recorded_on` is 0 to 30
    /// days after the committed date, so it may fall after the last month generated.
    public static let policeHeader = [
        "crime_reference", "offence_code", "committed_at", "recorded_on", "lsoa_code",
        "domestic_abuse", "alcohol_related", "weapon", "victim_age", "victim_sex",
        "suspect_age", "suspect_sex", "linkage_key", "victim_id", "suspect_id",
    ]
    /// `domestic_abuse`, `alcohol_related`: yes, no, or empty for unknown.
    public static let policeFlags = ["Y", "N", ""]
    /// `victim_sex`, `suspect_sex`: `U` is recorded as unknown, empty is not recorded.
    public static let policeSexes = ["M", "F", "U", ""]
    /// `weapon`; empty is not recorded.
    public static let policeWeapons = ["none", "knife", "firearm", "other", ""]
    /// `victim_age`, `suspect_age`: whole years, or empty.
    public static let policeAges = 0...120

    // MARK: Emergency department (ISB 1594 information sharing to tackle violence, with ECDS)

    /// One row per assault attendance, in order of arrival. The reporting period is the
    /// calendar month of arrival; arrivals are kept within the months generated.
    public static let emergencyDepartmentHeader = [
        "REPORTING_PERIOD_START_DATE", "REPORTING_PERIOD_END_DATE", "SITE_CODE_OF_TREATMENT",
        "ARRIVAL_DATE_TIME_AT_AE", "ASSAULT_DATE_TIME", "ASSAULT_METHOD",
        "ASSAULT_METHOD_OTHER_DESCRIPTION", "ASSAULT_LOCATION_TYPE", "ASSAULT_LOCATION_DESCRIPTION",
        "AGE_AT_ARRIVAL", "SEX", "ALCOHOL_INVOLVED", "INCIDENT_LSOA", "LINKAGE_KEY",
    ]
    public static let assaultMethods = ["body_part", "blunt_object", "sharp_object", "firearm", "other", "unknown"]
    public static let assaultLocationTypes = ["licensed_premises", "street", "home", "workplace", "school", "other", "unknown"]
    public static let emergencyDepartmentSexes = ["M", "F", "U"]
    /// `ALCOHOL_INVOLVED`: yes, no, or empty for not recorded.
    public static let emergencyDepartmentAlcohol = ["Y", "N", ""]

    // MARK: Major trauma (trauma registry extract)

    /// One row per patient, in order of arrival; `submission_id` is `MT` and 7 digits.
    public static let majorTraumaHeader = [
        "submission_id", "incident_at", "arrival_at", "age", "sex", "intent", "mechanism",
        "iss", "outcome_30_day", "receiving_site", "incident_lsoa", "linkage_key",
    ]
    public static let majorTraumaSexes = ["M", "F", "U"]
    public static let intents = ["assault", "self_harm", "accident", "unknown"]
    public static let mechanisms = ["stab", "blow", "shooting", "fall", "vehicle", "other"]
    /// Injury Severity Score: the sum of the squares of the three highest AIS scores in
    /// different body regions, 75 when any is 6. Registry records are mostly ISS > 8.
    public static let injurySeverityScores = 1...75
    public static let outcomes = ["alive", "dead", "unknown"]

    // MARK: Shared

    /// Pseudonymous linkage keys: `LK` and 12 upper-case hexadecimal digits.
    public static let linkageKeyPrefix = "LK"
    public static let linkageKeyHexDigits = 12

    /// The Home Office offence codes the demo counts as serious violence: murder (1/1
    /// aged 1 or over, 1/2 under 1), attempted murder (2) and assault with intent to
    /// cause serious harm (5D).
    public static let seriousViolenceOffenceCodes = ["1/1", "1/2", "2", "5D"]
}
