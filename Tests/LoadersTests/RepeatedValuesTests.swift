import Loaders
import Testing

/// The duplicate Crime ID count must be exact, however the IDs are spread over files.
@Suite("Duplicate Crime IDs")
struct RepeatedValuesTests {
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

    @Test("exact against a sort, for IDs spread over files of many sizes")
    func exact() {
        for seed in [1, 2, 3] as [UInt64] {
            let files = batches(seed: seed)
            let expected = reference(files.flatMap { $0 })
            #expect(expected > 0)
            #expect(RepeatedValues.count(in: files) == expected, "seed \(seed)")
            #expect(RepeatedValues.count(in: files, stopAtFirst: true) == 1, "seed \(seed)")
        }
    }

    @Test("no IDs, one ID, and an ID seen many times counts once")
    func edges() {
        #expect(RepeatedValues.count(in: []) == 0)
        #expect(RepeatedValues.count(in: [[42]]) == 0)
        #expect(RepeatedValues.count(in: Array(repeating: [7, 7, 8, 0], count: 10) + [[9]]) == 3)
    }
}
