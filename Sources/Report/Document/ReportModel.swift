import Analysis
import Loaders

/// Everything the report shows, gathered by the pipeline: findings and their provenance.
public struct ReportModel: Sendable {
    /// One input file or folder, and what became of its rows.
    public struct Source: Sendable, Equatable {
        /// The configuration key of the input (`police_street`, `police_records`, ...).
        public var key: String
        public var name: String
        /// Relative to the configuration file.
        public var path: String
        public var files: Int
        public var account: InputAccount
        public var isSynthetic: Bool
        public var isPublic: Bool

        public init(key: String, name: String, path: String, files: Int, account: InputAccount, isSynthetic: Bool, isPublic: Bool) {
            self.key = key
            self.name = name
            self.path = path
            self.files = files
            self.account = account
            self.isSynthetic = isSynthetic
            self.isPublic = isPublic
        }
    }

    public var title: String
    public var areaName: String
    public var forceName: String
    public var street: StreetCrimeFindings
    public var sources: [Source]
    /// Crime IDs that appear more than once across the police.uk files.
    public var duplicateCrimeIDs: Int
    public var populationYear: Int?
    public var seriousViolenceCodes: [String]
    public var minimumCount: Int
    public var version: String
    /// Serious violence from the force's record-level data, when it was supplied.
    public var violence: ViolenceFindings?
    /// Whether the police records are synthetic demonstration data.
    public var policeRecordsSynthetic: Bool
    /// Emergency department, major trauma and capture-recapture findings, when supplied.
    public var health: HealthFindings?
    public var forecasts: ViolenceForecasts?
    /// Whether the emergency department or trauma extracts are synthetic.
    public var healthSynthetic: Bool
    /// The previous quarter's `findings.json`, when its report is in the output folder.
    public var previousFindings: String?
    /// The programme director's commentary for the quarter, when one is written.
    public var commentary: Commentary? = nil
    /// The partnership's recommendations with their history (`recommendations.yml`).
    public var recommendations: [Recommendation] = []
    /// Where the configured similar forces come from (`similar_forces_source:`), said in the report.
    public var similarForcesSource: String? = nil
    /// District boundaries for the choropleth of police.uk rates; empty when not configured.
    public var boundaries: [DistrictBoundary] = []

    public init(title: String, areaName: String, forceName: String, street: StreetCrimeFindings, sources: [Source],
                duplicateCrimeIDs: Int, populationYear: Int?, seriousViolenceCodes: [String], minimumCount: Int, version: String,
                violence: ViolenceFindings? = nil, policeRecordsSynthetic: Bool = false,
                health: HealthFindings? = nil, forecasts: ViolenceForecasts? = nil, healthSynthetic: Bool = false,
                previousFindings: String? = nil) {
        self.previousFindings = previousFindings
        self.health = health
        self.forecasts = forecasts
        self.healthSynthetic = healthSynthetic
        self.violence = violence
        self.policeRecordsSynthetic = policeRecordsSynthetic
        self.title = title
        self.areaName = areaName
        self.forceName = forceName
        self.street = street
        self.sources = sources
        self.duplicateCrimeIDs = duplicateCrimeIDs
        self.populationYear = populationYear
        self.seriousViolenceCodes = seriousViolenceCodes
        self.minimumCount = minimumCount
        self.version = version
    }
}
