@testable import Loaders
import Testing

/// The one hash table of the fast machinery behaves as a `Dictionary` of counts would,
/// including key 0 (kept aside) and through growth from the smallest size.
@Suite("Flat table")
struct FlatTableTests {
    @Test("adds, sets and reads as a Dictionary does", arguments: [0, 1, 2, 15, 100, 10_000])
    func likeDictionary(count: Int) {
        var random: UInt64 = 0x5EED &+ UInt64(count)
        func next() -> UInt64 {
            random = random &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return random >> 50  // small keys, so many repeat; 0 among them
        }
        var table = FlatTable()
        var expected: [UInt64: Int] = [:]
        for step in 0..<count {
            let key = next()
            if step % 7 == 0 {
                table.set(key, step)
                expected[key] = step
            } else {
                let amount = step % 3 + 1
                let total = table.add(key, amount)
                expected[key, default: 0] += amount
                #expect(total == expected[key])
            }
        }
        #expect(table.count == expected.count)
        var seen: [UInt64: Int] = [:]
        table.forEach { seen[$0] = $1 }
        #expect(seen == expected)
        for key in 0..<UInt64(64) { #expect(table.value(for: key) == expected[key]) }
        table.removeAll()
        #expect(table.count == 0 && table.value(for: 0) == nil)
    }

    @Test("add returns 1 for a new key, as a set's insert says new")
    func asSet() {
        var table = FlatTable(capacity: 4)
        #expect(table.add(0) == 1)
        #expect(table.add(0) == 2)
        #expect(table.add(42) == 1)
        #expect(table.add(42) == 2)
        var merged = FlatTable()
        merged.merge(table)
        merged.merge(table)
        #expect(merged.value(for: 42) == 4 && merged.value(for: 0) == 4)
    }
}
