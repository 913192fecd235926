import Charts
import Testing

@Suite("Palette")
struct PaletteTests {
    @Test("the heatmap scale darkens steadily as the value rises")
    func sequentialLightnessIsMonotone() {
        let steps = (0...200).map { SequentialScale.color(at: Double($0) / 200) }
        let luminance = steps.map { relativeLuminance($0.hex) }
        for (a, b) in zip(luminance, luminance.dropFirst()) {
            #expect(b <= a)
        }
        #expect(luminance.first! > 0.9)
        #expect(luminance.last! < 0.05)
        // The stops themselves strictly darken.
        let stops = SequentialScale.stops.map { relativeLuminance($0.hex) }
        for (a, b) in zip(stops, stops.dropFirst()) { #expect(b < a) }
    }

    @Test("the colours a heatmap uses follow its values")
    func heatmapColoursFollowValues() {
        let values = [0.0, 1, 2, 5, 10, 25]
        let map = Heatmap(
            id: "fig-h", title: "t", summary: "", rowLabels: ["a"], columnLabels: values.map { "\($0)" },
            values: [values], valueLabel: "Offences")
        let fills = SVGInspection(map.svg()).elements
            .filter { $0.name == "rect" && $0.attributes["fill"]?.hasPrefix("#") == true && $0.attributes["width"] != "24.00" }
            .compactMap { $0.attributes["fill"] }
            .filter { $0 != "#ffffff" }
        #expect(fills.count == values.count)
        let luminance = fills.map(relativeLuminance)
        for (a, b) in zip(luminance, luminance.dropFirst()) { #expect(b < a) }
    }

    @Test("text meets WCAG AA contrast on white; graphics stay visible")
    func contrastOnWhite() {
        #expect(contrast(Palette.text.hex, "#ffffff") >= 15)
        #expect(contrast(Palette.secondaryText.hex, "#ffffff") >= 7)
        #expect(contrast(Palette.axis.hex, "#ffffff") >= 4.5)
        // The first four series colours reach the 3:1 WCAG asks of graphical objects.
        for color in Palette.categorical.prefix(4) {
            #expect(contrast(color.hex, "#ffffff") >= 3, "\(color.hex)")
        }
        // Text on the zebra stripe still passes AA.
        #expect(contrast(Palette.secondaryText.hex, Palette.stripe.hex) >= 4.5)
    }

    @Test("series differ by dash pattern as well as colour")
    func dashes() {
        #expect(Palette.dash(0) == nil)
        let pairs = (0..<12).map { "\(Palette.color($0).hex) \(Palette.dash($0) ?? "solid")" }
        #expect(Set(pairs).count == 12)
        #expect(Set((0..<6).map { Palette.dash($0) ?? "solid" }).count == 6)
    }
}
