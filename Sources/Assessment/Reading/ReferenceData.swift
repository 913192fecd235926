import Loaders

/// Loads and cross-checks the reference tables an assessment stands on.
enum ReferenceData {
    static func loadGeography(_ configuration: Configuration) throws -> (Geography, String) {
        let data = configuration.data
        let lsoas = try GeographyLoader.loadLSOAs(path: data.lsoaLookup.path, displayPath: data.lsoaLookup.display)
        let districts = try GeographyLoader.loadDistricts(path: data.areaLookup.path, displayPath: data.areaLookup.display)
        let geography = Geography(lsoas: lsoas, districts: districts)
        guard let forceName = geography.forceName(of: configuration.forceCode) else {
            throw AssessmentError(["\(configuration.file): error: force_code '\(configuration.forceCode)' is not a police force area in \(data.areaLookup.display)"])
        }
        let forceDistricts = Set(geography.districts(inForce: configuration.forceCode).map { geography.districts[$0].code })
        for area in configuration.areas {
            for district in area.districts where !forceDistricts.contains(district) {
                throw AssessmentError(["\(configuration.file): error: area '\(area.name)': district '\(district)' is not in force \(configuration.forceCode) (its districts are \(forceDistricts.sorted().joined(separator: ", ")))"])
            }
        }
        return (geography, forceName)
    }

    /// The optional LSOA centroids; none when `lsoa_centroids` is not configured.
    static func loadCentroids(_ configuration: Configuration) throws -> [LSOACentroid] {
        guard let file = configuration.data.lsoaCentroids else { return [] }
        return try LSOACentroidLoader.load(path: file.path, displayPath: file.display)
    }

    /// The optional district boundaries; none when `boundaries` is not configured.
    static func loadBoundaries(_ configuration: Configuration) throws -> [DistrictBoundary] {
        guard let file = configuration.data.boundaries else { return [] }
        return try BoundaryLoader.load(path: file.path, displayPath: file.display)
    }

    static func loadPopulation(_ configuration: Configuration, geography: Geography) throws -> Population {
        let folder = configuration.data.population
        let population = try PopulationLoader.load(folder: folder.path, displayFolder: folder.display)
        let missing = geography.districts(inForce: configuration.forceCode)
            .map { geography.districts[$0].code }
            .filter { population.persons[$0] == nil }
        if !missing.isEmpty {
            throw AssessmentError(["\(folder.display): error: no population for district(s) \(missing.joined(separator: ", ")) of force \(configuration.forceCode)"])
        }
        return population
    }
}
