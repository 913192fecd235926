import Analysis
import Dispatch
import Foundation
import Loaders

/// Reads a folder of police.uk street files across the cores into one tally.
///
/// Each file is mapped, streamed into its own tally and hashed, then unmapped; tallies
/// merge in file-name order, so the result never depends on which core finished first.
struct StreetCrimeReader {
    struct FileResult: Sendable {
        var relativePath: String
        var size: Int
        var sha256: String
        var account: InputAccount
        var tally: StreetCrimeTally
        var crimeIDs: [UInt64]
    }

    struct Result: Sendable {
        var tally = StreetCrimeTally()
        var account: InputAccount
        var files: [FileResult]
        var duplicateCrimeIDs: Int
    }

    static func read(folder: Configuration.InputPath, geography: Geography, strict: Bool, parallel: Bool = true) throws -> Result {
        let files = try StreetCrimeLoader.files(inFolder: folder.path, displayFolder: folder.display)
        let slots = files.map { _ in Slot<FileResult>() }
        let work: @Sendable (Int) -> Void = { index in
            let relative = files[index]
            let path = folder.path + "/" + relative
            let display = folder.display + "/" + relative
            slots[index].fill {
                let file = try MappedFile(path: path, displayPath: display)
                let digest = SHA256.hex(file.bytes)
                var tally = StreetCrimeTally()
                var ids: [UInt64] = []
                let account = try StreetCrimeLoader.load(file: file, geography: geography, crimeIDs: &ids) {
                    tally.add($0, geography: geography)
                }
                return FileResult(relativePath: display, size: file.bytes.count, sha256: digest,
                                  account: account, tally: tally, crimeIDs: ids)
            }
        }
        if parallel {
            DispatchQueue.concurrentPerform(iterations: files.count, execute: work)
        } else {
            for index in files.indices { work(index) }
        }

        var result = Result(account: InputAccount(path: folder.display), files: [], duplicateCrimeIDs: 0)
        var ids: [UInt64] = []
        for slot in slots {
            guard let file = try slot.value() else { throw AssessmentError("a police.uk file was not read") }
            if strict, let problem = file.account.problems.first { throw problem }
            result.tally.merge(file.tally)
            result.account.merge(file.account)
            ids += file.crimeIDs
            var slim = file
            slim.tally = StreetCrimeTally()
            slim.crimeIDs = []
            result.files.append(slim)
        }
        // Count the IDs that appear more than once (an ID seen three times counts once).
        ids.sort()
        var duplicates = 0
        var index = 1
        while index < ids.count {
            if ids[index] == ids[index - 1], index == 1 || ids[index - 1] != ids[index - 2] { duplicates += 1 }
            index += 1
        }
        result.duplicateCrimeIDs = duplicates
        return result
    }
}
