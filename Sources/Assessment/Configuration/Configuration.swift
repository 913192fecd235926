import Analysis
import Loaders
import Yams

/// The assessment's configuration (`assessment.yml`), with every path resolved.
///
/// Paths in the file are relative to the file. Each path is kept twice: `path`, to open
/// it, and `display`, relative to the configuration file, which is what outputs and
/// messages show, so that outputs never depend on where the folders are.
public struct Configuration: Sendable {
    public struct InputPath: Sendable, Equatable {
        /// Where to open it (the configuration's folder joined with `display`).
        public var path: String
        /// As written in the configuration: relative to the configuration file.
        public var display: String
    }

    public struct DataPaths: Sendable {
        public var policeStreet: InputPath
        public var policeRecords: InputPath?
        public var emergencyDepartment: InputPath?
        public var majorTrauma: InputPath?
        public var population: InputPath
        public var lsoaLookup: InputPath
        public var areaLookup: InputPath
        public var comparators: InputPath?
        /// Optional LSOA centroids for the serious violence map (otherwise derived from police.uk).
        public var lsoaCentroids: InputPath? = nil
        /// Optional district boundaries (GeoJSON) for the choropleth of police.uk rates.
        public var boundaries: InputPath? = nil
        /// The record-level inputs that are synthetic demonstration data (`data.synthetic`).
        /// The report says so wherever their figures appear, and only these may
        /// `sna synthesize` write.
        public var synthetic: [InputKind]

        /// The path configured for an input of this kind; nil when an optional input is
        /// not configured.
        public subscript(kind: InputKind) -> InputPath? {
            switch kind {
            case .policeStreet: policeStreet
            case .policeRecords: policeRecords
            case .emergencyDepartment: emergencyDepartment
            case .majorTrauma: majorTrauma
            case .population: population
            case .lsoaLookup: lsoaLookup
            case .areaLookup: areaLookup
            case .comparators: comparators
            case .lsoaCentroids: lsoaCentroids
            case .boundaries: boundaries
            }
        }

        /// Every configured input, in the order of `InputKind.allCases`.
        public var configured: [(kind: InputKind, path: InputPath)] {
            InputKind.allCases.compactMap { kind in self[kind].map { (kind, $0) } }
        }
    }

    /// A configured grouping of districts, reported beside districts and the force.
    public struct Area: Sendable, Equatable {
        public var name: String
        public var districts: [String]

        public init(name: String, districts: [String]) {
            self.name = name
            self.districts = districts
        }
    }

    public var title: String
    public var areaName: String
    public var forceCode: String
    public var data: DataPaths
    public var seriousViolenceCodes: [String]
    public var areas: [Area]
    /// Counts from 1 to `minimumCount - 1` from confidential data are suppressed; 0 turns it off.
    public var minimumCount: Int
    /// Periods named as anomalous (`anomalies:`): named in the report, left out of the
    /// forecast's back-test and drift.
    public var anomalies: [AnomalousPeriod] = []
    /// The partnership's own templates (`templates:`), a folder; nil uses sna's built-in ones.
    public var templates: InputPath? = nil
    /// The programme director's commentary (`commentary:`), a folder of `<period>.md` files.
    public var commentary: InputPath? = nil
    /// The partnership's recommendations with their history (`recommendations:`), a YAML file.
    public var recommendations: InputPath? = nil
    /// The partnership's own values of coded fields mapped to sna's codes
    /// (`code_lists:`), by input; empty when none are configured.
    public var codeLists: [InputKind: LocalCodeLists] = [:]
    /// The `synthesis:` section as YAML text, decoded by the synthesizer.
    public var synthesisYAML: String?
    /// The configuration file as the user named it.
    public var file: String
    /// The folder holding the configuration file (the base of every relative path).
    public var folder: String
    /// The force's most similar group (`similar_forces:`), ONS police force area codes in
    /// the order given, each with where it stands in the file (for errors).
    public var similarForces: [SimilarForce] = []
    /// Where the group comes from (`similar_forces_source:`), said in the report.
    public var similarForcesSource: String? = nil

    public struct SimilarForce: Sendable, Equatable {
        public var code: String
        public var line: Int?
        public var column: Int?
    }
}
