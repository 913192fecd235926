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

    /// Runs the reading steps (five of them) through `pipeline`.
    static func load(_ configuration: Configuration, strict: Bool, parallel: Bool, pipeline: inout Pipeline) throws(AssessmentError) -> LoadedInputs {
        let (geography, forceName) = try pipeline.step("load the geography lookups") { try ReferenceData.loadGeography(configuration) }
        let population = try pipeline.step("load the population estimates") {
            try ReferenceData.loadPopulation(configuration, geography: geography)
        }
        let comparators = try pipeline.step("load the national comparators") { () throws -> [ComparatorTable] in
            guard let folder = configuration.data.comparators else { return [] }
            return try ComparatorLoader.load(folder: folder.path, displayFolder: folder.display)
        }
        let street = try pipeline.step("read the police.uk street files") {
            try StreetCrimeReader.read(folder: configuration.data.policeStreet, geography: geography, strict: strict, parallel: parallel)
        }
        let records = try pipeline.step("read the record-level police, health and trauma files") {
            try RecordReader.read(configuration, geography: geography, strict: strict, parallel: parallel)
        }
        return LoadedInputs(configuration: configuration, geography: geography, forceName: forceName, population: population,
                            comparators: comparators, street: street, records: records)
    }

    /// The inputs as the report's data-quality appendix lists them.
    var sources: [ReportModel.Source] {
        let data = configuration.data
        var sources = [ReportModel.Source(key: "police_street", name: "police.uk street-level crime", path: data.policeStreet.display,
                                          files: street.files.count, account: street.account, isSynthetic: false, isPublic: true)]
        func add(_ name: String, _ key: String, _ file: Manifest.File?, _ account: InputAccount?) {
            guard let file, let account else { return }
            sources.append(ReportModel.Source(key: key, name: name, path: file.path, files: 1, account: account,
                                              isSynthetic: data.synthetic.contains(key), isPublic: false))
        }
        add("Police recorded crime (record level)", "police_records", records.police?.file, records.police?.account)
        add("Emergency department assaults (ISTV)", "emergency_department", records.emergencyDepartment?.file, records.emergencyDepartment?.account)
        add("Major trauma registry", "major_trauma", records.majorTrauma?.file, records.majorTrauma?.account)
        return sources
    }

    /// Every input for `manifest.json`: path, size and SHA-256 of each file, and the
    /// accounting of rows for the files read row by row.
    func manifestInputs() throws -> [Manifest.Input] {
        func fingerprint(_ input: Configuration.InputPath) throws -> [Manifest.File] {
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: input.path, isDirectory: &isFolder)
            let relatives = isFolder.boolValue ? try Folder.files(under: input.path, displayPath: input.display) : [""]
            return try relatives.map { relative in
                let path = relative.isEmpty ? input.path : input.path + "/" + relative
                let display = relative.isEmpty ? input.display : input.display + "/" + relative
                let file = try MappedFile(path: path, displayPath: display)
                return Manifest.File(path: display, size: file.bytes.count, sha256: SHA256.hex(file.bytes))
            }
        }
        let data = configuration.data
        let configurationFile = (configuration.file as NSString).lastPathComponent
        var inputs = [
            Manifest.Input(name: "configuration", path: configurationFile,
                           files: try fingerprint(.init(path: configuration.file, display: configurationFile)), account: nil),
            Manifest.Input(name: "police_street", path: data.policeStreet.display,
                           files: street.files.map { Manifest.File(path: $0.relativePath, size: $0.size, sha256: $0.sha256) },
                           account: street.account),
        ]
        let recordInputs: [(String, Manifest.File, InputAccount)?] = [
            records.police.map { ($0.name, $0.file, $0.account) },
            records.emergencyDepartment.map { ($0.name, $0.file, $0.account) },
            records.majorTrauma.map { ($0.name, $0.file, $0.account) },
        ]
        for case let (name, file, account)? in recordInputs {
            inputs.append(Manifest.Input(name: name, path: file.path, files: [file], account: account,
                                         synthetic: data.synthetic.contains(name)))
        }
        let references: [(String, Configuration.InputPath?)] = [
            ("population", data.population), ("lsoa_lookup", data.lsoaLookup), ("area_lookup", data.areaLookup),
            ("comparators", data.comparators),
        ]
        for case let (name, input?) in references {
            inputs.append(Manifest.Input(name: name, path: input.display, files: try fingerprint(input), account: nil))
        }
        return inputs
    }
}
