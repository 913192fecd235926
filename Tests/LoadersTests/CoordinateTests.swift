import Testing
@testable import Loaders

@Suite("police.uk coordinates")
struct CoordinateTests {
    static func parse(_ text: String) -> Double? {
        Array(text.utf8).withUnsafeBytes { Coordinate.parse($0) }
    }

    @Test("reads a coordinate exactly as Double.init does", arguments: [
        "-4.142657", "50.371389", "0", "-0.5", "+3.25", "51.5", "-5.716001", "49.912345", "123456789012345",
        "0.000001", "1.", ".5", "-.75", "1e5", "1.5E-3", " 1.5", "1.5 ", "", "-", ".", "abc", "1.2.3",
        "1234567890123456789", "0.1234567890123456789", "nan", "inf",
    ])
    func agreesWithDouble(_ text: String) {
        let expected = Double(text)
        let got = Self.parse(text)
        #expect(got == expected || (got?.isNaN == true && expected?.isNaN == true), "\(text)")
    }

    @Test("agrees with Double.init on a million seeded coordinates of six decimals")
    func randomCoordinates() {
        var random = SplitMix64(seed: 0xC00D_0001)
        for _ in 0..<1_000_000 {
            let micro = Int64(random.next() % 360_000_000) - 180_000_000
            let whole = abs(micro) / 1_000_000
            let fraction = String(abs(micro) % 1_000_000)
            let text = (micro < 0 ? "-" : "") + "\(whole)." + String(repeating: "0", count: 6 - fraction.count) + fraction
            if Self.parse(text) != Double(text) {
                Issue.record("\(text): \(String(describing: Self.parse(text))) against \(String(describing: Double(text)))")
                return
            }
        }
    }
}
