/// Numbers as SVG text: exactly two decimals, rounded half away from zero, no locale.
///
/// The rule is the report's: the magnitude is scaled by 10² and rounded to the nearest
/// whole number with ties away from zero, so `0.125` → `0.13` and `-1.5` stays `-1.50`.
/// Zero is never written with a sign. Coordinates are never NaN or infinite in practice;
/// should one be, it is written as `0.00` so the markup stays valid.
public enum SVGNumber {
    public static func format(_ value: Double) -> String {
        DecimalText.format(value, places: 2)
    }
}

/// Fixed-decimal text for coordinates and for numbers read by people.
enum DecimalText {
    /// `value` with exactly `places` decimals (half away from zero); with `grouping`,
    /// thousands are separated by commas as in the report's own number formatting.
    static func format(_ value: Double, places: Int, grouping: Bool = false) -> String {
        let places = max(0, min(places, 12))
        guard value.isFinite else { return format(0, places: places) }
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = (value.magnitude * scale).rounded(.toNearestOrAwayFromZero)
        // Beyond 2^53 a double no longer holds every whole number; such values never occur
        // as coordinates, and Swift's own shortest form is still valid and deterministic.
        guard scaled < 9_007_199_254_740_992 else { return value.description }
        var digits = String(UInt64(scaled))
        if digits.count <= places {
            digits = String(repeating: "0", count: places + 1 - digits.count) + digits
        }
        let split = digits.index(digits.endIndex, offsetBy: -places)
        var whole = String(digits[..<split])
        if grouping { whole = group(whole) }
        let fraction = String(digits[split...])
        let text = places > 0 ? whole + "." + fraction : whole
        return value < 0 && scaled != 0 ? "-" + text : text
    }

    private static func group(_ digits: String) -> String {
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return result
    }
}

/// How many decimals to show for data values in descriptions and value labels.
enum ValueDecimals {
    /// `requested` when given; otherwise the fewest decimals, up to two, that write every
    /// value exactly (3.1 → 1, 0.72 → 2, 412 → 0). Values with more decimals than that get
    /// two when they are all below 10, one when below 1,000 and none above.
    static func choose(_ requested: Int?, for values: [Double]) -> Int {
        if let requested { return max(0, min(requested, 6)) }
        let finite = values.filter(\.isFinite)
        var scale = 1.0
        for places in 0...2 {
            let exact = finite.allSatisfy { value in
                let scaled = value * scale
                return (scaled - scaled.rounded()).magnitude <= 1e-9 * max(1, scaled.magnitude)
            }
            if exact { return places }
            scale *= 10
        }
        let largest = finite.map(\.magnitude).max() ?? 0
        return largest < 10 ? 2 : largest < 1000 ? 1 : 0
    }
}
