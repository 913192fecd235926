@testable import Assessment
import Testing

/// The duplicate Crime ID count must be exact whether or not fingerprints go to disk.
@Suite("Duplicate Crime IDs")
struct DuplicateCounterTests {
    /// The count the reader used to make: sort everything, count values seen twice or more.
    private func reference(_ ids: [UInt64]) -> Int {
        let sorted = ids.sorted()
        var duplicates = 0
        var index = 1
        while index < sorted.count {
            if sorted[index] == sorted[index - 1], index == 1 || sorted[index - 1] != sorted[index - 2] { duplicates += 1 }
            index += 1
        }
        return duplicates
    }

    private func batches(seed: UInt64) -> [[UInt64]] {
        // A small deterministic generator: values from a narrow range so many repeat,
        // some three or more times, spread over files of different sizes.
        var state = seed
        func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state >> 33
        }
        return (0..<40).map { file in (0..<(file * 37 % 300)).map { _ in next() % 5000 } }
    }

    @Test("in memory, and spilled to sorted runs with budgets from 1 to more than everything")
    func exact() throws {
        for seed in [1, 2, 3] as [UInt64] {
            let files = batches(seed: seed)
            let expected = reference(files.flatMap { $0 })
            #expect(expected > 0)
            for budget in [1, 7, 100, 1000, 100_000] {
                let counter = DuplicateCounter(budget: budget)
                for ids in files { try counter.add(ids) }
                #expect(try counter.count() == expected, "seed \(seed), budget \(budget)")
            }
        }
    }

    @Test("no IDs, one ID, and an ID seen many times counts once")
    func edges() throws {
        let empty = DuplicateCounter(budget: 4)
        #expect(try empty.count() == 0)
        let once = DuplicateCounter(budget: 4)
        try once.add([42])
        #expect(try once.count() == 0)
        let many = DuplicateCounter(budget: 2)
        for _ in 0..<10 { try many.add([7, 7, 8]) }
        try many.add([9])
        #expect(try many.count() == 2)
    }
}
