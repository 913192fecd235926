import Analysis
import Foundation
import Loaders
import Report

/// Every input of an assessment, read and tallied: the steps `generate` and `check` share.
struct LoadedInputs: Sendable {
    var configuration: Configuration
    var geography: Geography
    var forceName: String
    var population: Population
    var comparators: [ComparatorTable]
    var street: StreetCrimeReader.Result
    var records: RecordReader.Result
    /// The optional `lsoa_centroids` table: where the serious violence map places an LSOA.
    var lsoaCentroids: [LSOACentroid] = []
    /// The optional `boundaries` file: district outlines for the choropleth.
    var boundaries: [DistrictBoundary] = []

    /// The reference data that needs nothing else read first: the geography lookups and
    /// the national comparators, read on other threads from the start of a run.
    struct Early: Sendable {
        var geography: Background<(Geography, String)>
        var comparators: Background<[ComparatorTable]>

        func waitQuietly() {
            geography.waitQuietly()
            comparators.waitQuietly()
        }
    }

    /// Starts reading the reference data on other threads, so that the steps before
    /// them run alongside; nil when the run is to use one core. `load` takes each
    /// outcome at its own step.
    static func startEarly(_ configuration: Configuration, parallel: Bool) -> Early? {
        guard parallel else { return nil }
        return Early(geography: Background { try ReferenceData.loadGeography(configuration) },
                     comparators: Background { try loadComparators(configuration) })
    }

    static func loadComparators(_ configuration: Configuration) throws -> [ComparatorTable] {
        guard let folder = configuration.data.comparators else { return [] }
        return try ComparatorLoader.load(folder: folder.path, displayFolder: folder.display)
    }

    /// The reading steps, in order.
    static let steps: [Step] = [.geography, .population, .comparators, .street, .records]

    /// Runs the reading steps (`steps`) through `pipeline`. `early` is what
    /// `startEarly` returned, if it was called.
    static func load(_ configuration: Configuration, strict: Bool, parallel: Bool, pipeline: inout Pipeline,
                     early: Early? = nil) throws(AssessmentError) -> LoadedInputs {
        let (geography, forceName, centroids, boundaries) = try pipeline.run(.geography) {
            let (geography, forceName) = try early?.geography.wait() ?? ReferenceData.loadGeography(configuration)
            return (geography, forceName, try ReferenceData.loadCentroids(configuration), try ReferenceData.loadBoundaries(configuration))
        }
        // The record-level files need only the geography. Reading on every core, they
        // are read from here on alongside the next steps, so that the serial parts of
        // each reading (opening files, merging and converting tallies, checking
        // references) overlap the other's parallel work. Their outcome, or their first
        // problem, is still taken at their own step; and no reading outlives this call.
        let background = parallel ? Background { try RecordReader.read(configuration, geography: geography, strict: strict, parallel: true) } : nil
        defer { background?.waitQuietly() }
        let population = try pipeline.run(.population) {
            try ReferenceData.loadPopulation(configuration, geography: geography)
        }
        let comparators = try pipeline.run(.comparators) { () throws -> [ComparatorTable] in
            let tables = try early?.comparators.wait() ?? loadComparators(configuration)
            try checkSimilarForces(configuration, comparators: tables)
            return tables
        }
        let street = try pipeline.run(.street) {
            try StreetCrimeReader.read(folder: configuration.data.policeStreet, geography: geography, strict: strict, parallel: parallel)
        }
        let records = try pipeline.run(.records) {
            if let background { return try background.wait() }
            return try RecordReader.read(configuration, geography: geography, strict: strict, parallel: parallel)
        }
        return LoadedInputs(configuration: configuration, geography: geography, forceName: forceName, population: population,
                            comparators: comparators, street: street, records: records,
                            lsoaCentroids: centroids, boundaries: boundaries)
    }

    /// Each of `similar_forces` must be a police force area of the comparator tables.
    static func checkSimilarForces(_ configuration: Configuration, comparators: [ComparatorTable]) throws(InputError) {
        let known = Set(comparators.flatMap { $0.rows.map(\.areaCode) })
        for force in configuration.similarForces where !known.contains(force.code) {
            let tables = configuration.data.comparators?.display ?? "data.comparators (not given)"
            throw InputError(path: configuration.file, line: force.line, column: force.column,
                             message: "similar_forces: '\(force.code)' is not a police force area in the comparator tables (\(tables))")
        }
    }

    /// What became of every row of each input read row by row, by kind.
    var accounts: [(kind: InputKind, path: String, files: Int, account: InputAccount)] {
        let data = configuration.data
        var accounts = [(kind: InputKind.policeStreet, path: data.policeStreet.display, files: street.fileCount, account: street.account)]
        for (kind, path, account) in records.accounts {
            accounts.append((kind, path, 1, account))
        }
        return accounts
    }

    /// The inputs as the report's data-quality appendix lists them.
    var sources: [ReportModel.Source] {
        accounts.map { input in
            ReportModel.Source(key: input.kind.key, name: input.kind.displayName, path: input.path, files: input.files,
                               account: input.account, isSynthetic: configuration.data.synthetic.contains(input.kind),
                               isPublic: input.kind.isPublic)
        }
    }

    /// Every input for `manifest.json`: the files hashed for the fingerprint, with the
    /// accounting of rows for the inputs read row by row.
    func manifestInputs(_ fingerprint: InputFingerprint) -> [Manifest.Input] {
        var byKey: [String: InputAccount] = [:]
        for input in accounts { byKey[input.kind.key] = input.account }
        let synthetic = Set(configuration.data.synthetic.map(\.key))
        return fingerprint.inputs.map { input in
            Manifest.Input(name: input.name, path: input.path, files: input.files, account: byKey[input.name],
                           synthetic: synthetic.contains(input.name))
        }
    }
}
