/// The one place numbers become text: fixed decimals, half away from zero, no locale.
///
/// Reports must read the same on every machine, so nothing here consults the locale:
/// thousands are separated by commas, decimals by a point, as GOV.UK style has it.
public enum NumberFormat {
    /// A whole number with thousands separators: `98924` → `98,924`.
    public static func count(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return value < 0 ? "-" + result : result
    }

    /// A number with exactly `places` decimals, rounded half away from zero: `56.7449` → `56.74`.
    /// With `grouping`, thousands are separated by commas.
    public static func decimal(_ value: Double, places: Int, grouping: Bool = false) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value < 0 ? "-inf" : "inf") }
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = (value.magnitude * scale).rounded(.toNearestOrAwayFromZero)
        let negative = value < 0 && scaled != 0
        let whole = Int(scaled / scale)
        let fraction = Int(scaled - Double(whole) * scale)
        var text = grouping ? count(whole) : String(whole)
        if places > 0 {
            let fractionDigits = String(fraction)
            text += "." + String(repeating: "0", count: places - fractionDigits.count) + fractionDigits
        }
        return negative ? "-" + text : text
    }

    /// A share (0...1) as a percentage with `places` decimals: `0.3312` → `33.1%`.
    public static func percent(_ share: Double, places: Int = 1) -> String {
        decimal(share * 100, places: places) + "%"
    }
}
