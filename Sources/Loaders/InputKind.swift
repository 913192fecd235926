/// The kinds of input an assessment reads, listed once.
///
/// The configuration's `data:` keys, the names in `manifest.json`, the rows of
/// `sna check`, the inputs fingerprinted, the inputs `data.synthetic` may list and the
/// sources in the report's data-quality appendix all come from this list. Adding an
/// input kind starts here (see `docs/extending-inputs.md`).
public enum InputKind: String, CaseIterable, Sendable, Hashable {
    case policeStreet = "police_street"
    case policeRecords = "police_records"
    case emergencyDepartment = "emergency_department"
    case majorTrauma = "major_trauma"
    case population
    case lsoaLookup = "lsoa_lookup"
    case areaLookup = "area_lookup"
    case comparators
    case lsoaCentroids = "lsoa_centroids"
    case boundaries

    /// The key under `data:` in the configuration, and the input's name in
    /// `manifest.json` and in `sna check`.
    public var key: String { rawValue }

    /// The kind with configuration key `key`, if any.
    public init?(key: String) { self.init(rawValue: key) }

    /// How the report's data-quality appendix names the input.
    public var displayName: String {
        switch self {
        case .policeStreet: "police.uk street-level crime"
        case .policeRecords: "Police recorded crime (record level)"
        case .emergencyDepartment: "Emergency department assaults (ISTV)"
        case .majorTrauma: "Major trauma registry"
        case .population: "ONS mid-year population estimates"
        case .lsoaLookup: "LSOA to district lookup"
        case .areaLookup: "District to partnership and force lookup"
        case .comparators: "National comparators"
        case .lsoaCentroids: "LSOA centroids"
        case .boundaries: "District boundaries (GeoJSON)"
        }
    }

    /// Whether the data are already public (police.uk, ONS). Counts from confidential
    /// inputs are suppressed below the minimum count before anything is written.
    public var isPublic: Bool {
        switch self {
        case .policeRecords, .emergencyDepartment, .majorTrauma: false
        case .policeStreet, .population, .lsoaLookup, .areaLookup, .comparators, .lsoaCentroids, .boundaries: true
        }
    }

    /// Whether an assessment can be made without it.
    public var isOptional: Bool {
        switch self {
        case .policeRecords, .emergencyDepartment, .majorTrauma, .comparators, .lsoaCentroids, .boundaries: true
        case .policeStreet, .population, .lsoaLookup, .areaLookup: false
        }
    }

    /// Whether it is read row by row into a tally, with every row accounted for (rows
    /// read, loaded, excluded, rejected) in `sna check`, the manifest and the report.
    public var isAccounted: Bool { self == .policeStreet || isRecordLevel }

    /// A record-level extract (one row per crime, attendance or patient): the inputs
    /// that `data.synthetic` may list and `sna synthesize` may write.
    public var isRecordLevel: Bool {
        switch self {
        case .policeRecords, .emergencyDepartment, .majorTrauma: true
        case .policeStreet, .population, .lsoaLookup, .areaLookup, .comparators, .lsoaCentroids, .boundaries: false
        }
    }

    /// The kinds that `data.synthetic` may list.
    public static var recordLevel: [InputKind] { allCases.filter(\.isRecordLevel) }

    /// How the name of each of its files ends, when the input is a folder: only such files
    /// are read and listed in the manifest.
    public var fileSuffix: String {
        switch self {
        case .policeStreet: StreetCrimeLoader.fileSuffix
        case .boundaries: ".geojson"
        default: ".csv"
        }
    }
}
