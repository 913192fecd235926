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
    }

    struct Result: Sendable {
        var tally = StreetCrimeTally()
        var account: InputAccount
        var fileCount: Int
        var duplicateCrimeIDs: Int
    }

    static func read(folder: Configuration.InputPath, geography: Geography, strict: Bool, parallel: Bool = true) throws -> Result {
        try read(folder: folder, geography: geography, strict: strict, parallel: parallel,
                 crimeIDBudget: DuplicateCounter.defaultBudget)
    }

    /// `crimeIDBudget`: how many Crime ID fingerprints to hold in memory before sorting
    /// them out to a temporary file (see `DuplicateCounter`).
    static func read(folder: Configuration.InputPath, geography: Geography, strict: Bool, parallel: Bool,
                     crimeIDBudget: Int) throws -> Result {
        let files = try StreetCrimeLoader.files(inFolder: folder.path, displayFolder: folder.display)
        let slots = files.map { _ in Slot<FileResult>() }
        let duplicates = DuplicateCounter(budget: crimeIDBudget)
        let work: @Sendable (Int) -> Void = { index in
            let relative = files[index]
            let path = folder.path + "/" + relative
            let display = folder.display + "/" + relative
            slots[index].fill {
                let file = try MappedFile(path: path, displayPath: display)
                var counter = StreetCrimeTally.Counter(districtCount: geography.districts.count)
                var ids: [UInt64] = []
                let account = try StreetCrimeLoader.load(file: file, geography: geography, crimeIDs: &ids) {
                    counter.add($0, geography: geography)
                }
                // Handed over as each file finishes, so memory holds at most the budget
                // of fingerprints, not every file's until the end.
                try duplicates.add(ids)
                return FileResult(account: account, tally: counter.tally)
            }
        }
        if parallel {
            DispatchQueue.concurrentPerform(iterations: files.count, execute: work)
        } else {
            for index in files.indices { work(index) }
        }

        var result = Result(account: InputAccount(path: folder.display), fileCount: files.count, duplicateCrimeIDs: 0)
        for slot in slots {
            guard let file = try slot.value() else { throw AssessmentError("a police.uk file was not read") }
            if strict, let problem = file.account.problems.first { throw problem }
            result.tally.merge(file.tally)
            result.account.merge(file.account)
        }
        result.duplicateCrimeIDs = try duplicates.count()
        return result
    }
}

/// Counts the Crime IDs (as 64-bit fingerprints) that appear more than once across all
/// files, exactly, in memory bounded whatever the number of rows: an ID seen three
/// times counts once.
///
/// Fingerprints collect in memory up to `budget`; beyond it they are sorted and written
/// to an anonymous temporary file (a sorted run), and the count comes from merging the
/// runs. Memory is about 8 bytes times `budget` for the buffer (plus the sort's scratch),
/// and at most the same again for the merge, which reads each run through a window of
/// `budget / runs` fingerprints (at least 512). Duplicates are not assumed to be in
/// adjacent months: police.uk republishes a crime in a later file when its outcome
/// changes, and a window of months would miss the ones republished later.
final class DuplicateCounter: @unchecked Sendable {
    // @unchecked: every mutable field is touched only while holding `lock`.

    /// 4 million fingerprints, 32 MB: every police.uk row in England and Wales for about
    /// eight months before anything goes to disk.
    static let defaultBudget = 4 << 20

    private let lock = NSLock()
    private let budget: Int
    private var buffer: [UInt64] = []
    private var runs: [SortedRun] = []
    private var failure: AssessmentError?

    init(budget: Int) {
        self.budget = max(1, budget)
    }

    deinit {
        for run in runs { fclose(run.file) }
    }

    /// Adds one file's fingerprints (from any thread).
    func add(_ ids: [UInt64]) throws {
        lock.lock()
        defer { lock.unlock() }
        if let failure { throw failure }
        if buffer.count + ids.count > budget, !buffer.isEmpty {
            do {
                try spill()
            } catch {
                failure = error
                throw error
            }
        }
        buffer += ids
    }

    /// Sorts the buffer out to a temporary file, which the system deletes once closed.
    private func spill() throws(AssessmentError) {
        RadixSort.sort(&buffer)
        guard let file = tmpfile() else {
            throw AssessmentError("cannot create a temporary file to count duplicate Crime IDs (\(String(cString: strerror(errno))))")
        }
        let written = buffer.withUnsafeBufferPointer { fwrite($0.baseAddress, 8, $0.count, file) }
        guard written == buffer.count, fflush(file) == 0 else {
            fclose(file)
            throw AssessmentError("cannot write a temporary file to count duplicate Crime IDs (\(String(cString: strerror(errno))))")
        }
        rewind(file)
        runs.append(SortedRun(file: file, remaining: buffer.count))
        buffer.removeAll(keepingCapacity: true)
    }

    /// The number of fingerprints that appear more than once; call once, after every `add`.
    func count() throws -> Int {
        lock.lock()
        defer { lock.unlock() }
        if let failure { throw failure }
        // All in memory: no sort needed.
        if runs.isEmpty { return RepeatedValues.count(in: [buffer]) }
        RadixSort.sort(&buffer)
        var counter = RunLength()
        // Merge the runs and the buffer: a min-heap of (next value, source).
        let window = max(512, budget / (runs.count + 1))
        var sources: [Source] = []
        for run in runs { sources.append(try Source(run: run, window: window)) }
        sources.append(Source(values: buffer))
        var heap = MinHeap()
        for (index, source) in sources.enumerated() {
            if let value = source.current { heap.push(value, index) }
        }
        while let (value, index) = heap.pop() {
            counter.next(value)
            try sources[index].advance()
            if let next = sources[index].current { heap.push(next, index) }
        }
        return counter.duplicates
    }

    /// Counts values seen more than once in a sorted sequence.
    private struct RunLength {
        var previous: UInt64?
        var counted = false
        var duplicates = 0

        mutating func next(_ value: UInt64) {
            if value == previous {
                if !counted {
                    duplicates += 1
                    counted = true
                }
            } else {
                previous = value
                counted = false
            }
        }
    }

    private struct SortedRun {
        let file: UnsafeMutablePointer<FILE>
        let remaining: Int
    }

    /// A sorted sequence being merged: a run read through a window, or the buffer.
    private struct Source {
        var file: UnsafeMutablePointer<FILE>?
        var remaining: Int
        var values: [UInt64]
        var position = 0
        let window: Int

        init(run: SortedRun, window: Int) throws {
            file = run.file
            remaining = run.remaining
            values = []
            self.window = window
            try refill()
        }

        init(values: [UInt64]) {
            file = nil
            remaining = 0
            self.values = values
            window = 0
        }

        var current: UInt64? { position < values.count ? values[position] : nil }

        mutating func advance() throws {
            position += 1
            if position == values.count, remaining > 0 { try refill() }
        }

        private mutating func refill() throws {
            guard let file else { return }
            let wanted = min(window, remaining)
            values = [UInt64](repeating: 0, count: wanted)
            let read = values.withUnsafeMutableBufferPointer { fread($0.baseAddress, 8, wanted, file) }
            guard read == wanted else {
                throw AssessmentError("cannot read back a temporary file while counting duplicate Crime IDs")
            }
            remaining -= wanted
            position = 0
        }
    }

    /// A binary min-heap of (value, source index); ties go to the lower index.
    private struct MinHeap {
        private var items: [(value: UInt64, source: Int)] = []

        private static func less(_ a: (value: UInt64, source: Int), _ b: (value: UInt64, source: Int)) -> Bool {
            a.value != b.value ? a.value < b.value : a.source < b.source
        }

        mutating func push(_ value: UInt64, _ source: Int) {
            items.append((value, source))
            var child = items.count - 1
            while child > 0 {
                let parent = (child - 1) / 2
                guard MinHeap.less(items[child], items[parent]) else { break }
                items.swapAt(child, parent)
                child = parent
            }
        }

        mutating func pop() -> (UInt64, Int)? {
            guard let top = items.first else { return nil }
            let last = items.removeLast()
            if !items.isEmpty {
                items[0] = last
                var parent = 0
                while true {
                    let left = 2 * parent + 1, right = left + 1
                    var smallest = parent
                    if left < items.count, MinHeap.less(items[left], items[smallest]) { smallest = left }
                    if right < items.count, MinHeap.less(items[right], items[smallest]) { smallest = right }
                    if smallest == parent { break }
                    items.swapAt(parent, smallest)
                    parent = smallest
                }
            }
            return (top.value, top.source)
        }
    }
}

/// Sorts 64-bit values by their bytes, least significant first (LSD radix sort): eight
/// counting passes, no comparisons. For the million or more Crime ID fingerprints of a
/// national run this is several times faster than a comparison sort.
enum RadixSort {
    static func sort(_ values: inout [UInt64]) {
        let count = values.count
        guard count > 256 else {
            values.sort()
            return
        }
        var scratch = [UInt64](repeating: 0, count: count)
        // Every byte's histogram in one read of the values.
        var histograms = [Int](repeating: 0, count: 8 * 256)
        values.withUnsafeBufferPointer { source in
            histograms.withUnsafeMutableBufferPointer { counts in
                for value in source {
                    for byte in 0..<8 {
                        counts[byte &* 256 &+ Int(truncatingIfNeeded: (value >> UInt64(byte &* 8)) & 0xFF)] &+= 1
                    }
                }
            }
        }
        var inScratch = false
        for byte in 0..<8 {
            let shift = UInt64(byte * 8)
            // A byte that is the same in every value leaves the order as it is.
            if histograms[(byte * 256)..<(byte * 256 + 256)].contains(count) { continue }
            var offsets = [Int](repeating: 0, count: 256)
            var total = 0
            for digit in 0..<256 {
                offsets[digit] = total
                total += histograms[byte * 256 + digit]
            }
            if inScratch {
                scatter(from: scratch, to: &values, shift: shift, offsets: &offsets)
            } else {
                scatter(from: values, to: &scratch, shift: shift, offsets: &offsets)
            }
            inScratch.toggle()
        }
        if inScratch { values = scratch }
    }

    private static func scatter(from source: [UInt64], to target: inout [UInt64], shift: UInt64, offsets: inout [Int]) {
        source.withUnsafeBufferPointer { source in
            target.withUnsafeMutableBufferPointer { target in
                offsets.withUnsafeMutableBufferPointer { offsets in
                    for value in source {
                        let digit = Int(truncatingIfNeeded: (value >> shift) & 0xFF)
                        target[offsets[digit]] = value
                        offsets[digit] &+= 1
                    }
                }
            }
        }
    }
}
