@testable import Loaders
import Testing

/// Repeated references are looked for once a file is read, in buckets
/// (`RecordPieces.anyRepeat`); that must find exactly the repeats a set finds.
@Suite("Repeated references")
struct ReferenceRepeatTests {
    /// Whether a set of every value finds a repeat: the reference answer.
    static func setFindsRepeat(_ lists: [[UInt64]]) -> Bool {
        var seen = Set<UInt64>()
        for list in lists {
            for value in list where !seen.insert(value).inserted { return true }
        }
        return false
    }

    /// Distinct well-mixed values, some of them small or zero, split into `parts` lists.
    static func distinctLists(count: Int, parts: Int, seed: UInt64) -> [[UInt64]] {
        var state = seed
        var seen = Set<UInt64>()
        var values: [UInt64] = []
        while values.count < count {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            var value = state ^ (state >> 29)
            if values.isEmpty {
                value = 0
            } else if values.count % 97 == 1 {
                value >>= 50
            }
            if seen.insert(value).inserted { values.append(value) }
        }
        let size = max(1, (count + parts - 1) / parts)
        return stride(from: 0, to: max(count, 1), by: size).map { Array(values[$0..<min($0 + size, count)]) }
    }

    @Test("finds no repeat among distinct values, and every single repeat added",
          arguments: [0, 1, 2, 3, 1023, 1024, 1025, 5000, 70_001])
    func repeats(count: Int) {
        for parts in [1, 3] {
            let lists = Self.distinctLists(count: count, parts: parts, seed: UInt64(count * 31 + parts))
            #expect(RecordPieces.anyRepeat(in: lists) == false)
            #expect(Self.setFindsRepeat(lists) == false)
            guard count > 0 else { continue }
            // A repeat of the first, a middle and the last value, at the end or the start.
            let flat = lists.flatMap { $0 }
            for value in [flat[0], flat[flat.count / 2], flat[flat.count - 1]] {
                var atEnd = lists
                atEnd[atEnd.count - 1].append(value)
                #expect(RecordPieces.anyRepeat(in: atEnd), "value \(value) repeated at the end, \(count) values")
                var atStart = lists
                atStart[0].insert(value, at: 0)
                #expect(RecordPieces.anyRepeat(in: atStart) == Self.setFindsRepeat(atStart))
                #expect(RecordPieces.anyRepeat(in: atStart))
            }
        }
    }

    @Test("two zeros are a repeat; one is not")
    func zeros() {
        #expect(RecordPieces.anyRepeat(in: [[0], [1, 2]]) == false)
        #expect(RecordPieces.anyRepeat(in: [[0], [1, 0]]))
        #expect(RecordPieces.anyRepeat(in: [[], [0, 0]]))
        #expect(RecordPieces.anyRepeat(in: [[], []]) == false)
    }

    @Test("values that share their top bits, so that one bucket holds them all")
    func oneBucket() {
        let values = (1...5000).map { UInt64($0) }
        #expect(RecordPieces.anyRepeat(in: [values]) == false)
        #expect(RecordPieces.anyRepeat(in: [values, [2500]]))
    }

    @Test("counts each value seen more than once exactly once, over many buckets", arguments: [1, 2, 3] as [UInt64])
    func counts(seed: UInt64) {
        var state = seed
        var lists: [[UInt64]] = []
        var all: [UInt64] = []
        for list in 0..<7 {
            var values: [UInt64] = []
            for index in 0..<(list * 7919 % 30_000) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                // Well-mixed values from a range narrow enough to repeat, some zeros.
                let value = index % 1000 == 0 ? 0 : (state >> 47) &* 0x9E37_79B9_7F4A_7C15
                values.append(value)
            }
            lists.append(values)
            all += values
        }
        var seen: [UInt64: Int] = [:]
        for value in all { seen[value, default: 0] += 1 }
        let expected = seen.values.filter { $0 > 1 }.count
        #expect(expected > 100)
        #expect(RepeatedValues.count(in: lists) == expected)
        #expect(RecordPieces.anyRepeat(in: lists))
    }
}
