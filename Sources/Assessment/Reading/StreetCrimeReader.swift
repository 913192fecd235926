import Analysis
import Dispatch
import Foundation
import Loaders

/// Reads a folder of police.uk street files across the cores into one tally.
///
/// Each file is mapped, streamed into its own tally, then unmapped; tallies merge in
/// file-name order, so the result never depends on which core finished first. (The
/// files are hashed once, for the manifest's fingerprint, before reading starts.)
struct StreetCrimeReader {
    struct FileResult: Sendable {
        var account: InputAccount
        var tally: StreetCrimeTally
        /// The file's Crime IDs, as fingerprints, for the count of repeated ones.
        var crimeIDs: [UInt64]
        var violence: [LocatedCrime]
    }

    /// A violence and sexual offences record: its month, district (or
    /// `StreetCrimeTally.unplaced`), LSOA (an index into `Geography.lsoas`, or -1) and
    /// police.uk location, for the maps (the LSOA's centroid is derived from them).
    struct LocatedCrime: Sendable {
        var month: YearMonth
        var district: Int32
        var lsoa: Int32 = -1
        var location: StreetCrime.Location?
    }

    struct Result: Sendable {
        var tally = StreetCrimeTally()
        var account: InputAccount
        var fileCount: Int
        var duplicateCrimeIDs: Int
        /// Violence and sexual offences in file order, for the map.
        var violence: [LocatedCrime] = []
    }

    /// Crime IDs that appear more than once across all files are counted exactly (an ID
    /// seen three times counts once): police.uk republishes a crime in a later file when
    /// its outcome changes, so repeats need not be in adjacent months. The fingerprints
    /// are kept in memory, 8 bytes a row.
    static func read(folder: Configuration.InputPath, geography: Geography, strict: Bool, parallel: Bool = true) throws -> Result {
        let files = try StreetCrimeLoader.files(inFolder: folder.path, displayFolder: folder.display)
        let slots = files.map { _ in Slot<FileResult>() }
        let work: @Sendable (Int) -> Void = { index in
            let relative = files[index]
            let path = folder.path + "/" + relative
            let display = folder.display + "/" + relative
            slots[index].fill {
                let file = try MappedFile(path: path, displayPath: display)
                var counter = StreetCrimeTally.Counter(districtCount: geography.districts.count)
                var ids: [UInt64] = []
                var violence: [LocatedCrime] = []
                let account = try StreetCrimeLoader.load(file: file, geography: geography, crimeIDs: &ids,
                                                         locating: .violenceAndSexualOffences) { crime in
                    counter.add(crime, geography: geography)
                    if crime.crimeType == .violenceAndSexualOffences {
                        let district: Int32
                        var lsoa: Int32 = -1
                        switch crime.placement {
                        case .lsoa(let index):
                            district = geography.districtOfLSOA[index]
                            lsoa = Int32(index)
                        case .noLocation, .notInLookup: district = StreetCrimeTally.unplaced
                        }
                        violence.append(LocatedCrime(month: crime.month, district: district, lsoa: lsoa, location: crime.location))
                    }
                }
                return FileResult(account: account, tally: counter.tally, crimeIDs: ids, violence: violence)
            }
        }
        if parallel {
            DispatchQueue.concurrentPerform(iterations: files.count, execute: work)
        } else {
            for index in files.indices { work(index) }
        }

        var result = Result(account: InputAccount(path: folder.display), fileCount: files.count, duplicateCrimeIDs: 0)
        var crimeIDs: [[UInt64]] = []
        for slot in slots {
            guard let file = try slot.value() else { throw AssessmentError("a police.uk file was not read") }
            if strict, let problem = file.account.problems.first { throw problem }
            result.tally.merge(file.tally)
            result.account.merge(file.account)
            crimeIDs.append(file.crimeIDs)
            result.violence += file.violence
        }
        result.duplicateCrimeIDs = RepeatedValues.count(in: crimeIDs)
        return result
    }
}
