import Foundation
import Testing

@testable import Charts

@Suite("Determinism and numbers")
struct DeterminismTests {
    @Test("rendering twice gives the same text", arguments: Fixtures.all.map(\.name))
    func twice(name: String) {
        let chart = Fixtures.all.first { $0.name == name }!.chart
        #expect(chart.svg() == chart.svg())
    }

    @Test("every coordinate is written with exactly two decimals", arguments: Fixtures.all.map(\.name))
    func twoDecimals(name: String) throws {
        let svg = Fixtures.all.first { $0.name == name }!.chart.svg()
        let inspection = SVGInspection(svg)
        let geometry = ["x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "width", "height", "d", "viewBox", "transform"]
        let number = try Regex("-?[0-9]+(\\.[0-9]+)?")
        let twoPlaces = try Regex("^-?[0-9]+\\.[0-9]{2}$")
        var checked = 0
        for element in inspection.elements.dropFirst() {
            for attribute in geometry {
                guard let value = element.attributes[attribute] else { continue }
                for match in value.matches(of: number) {
                    let text = String(value[match.range])
                    // The rotation angle in a transform is not a coordinate.
                    if attribute == "transform", text == "-90" { continue }
                    #expect(text.wholeMatch(of: twoPlaces) != nil, "\(element.name) \(attribute)=\(value)")
                    checked += 1
                }
            }
        }
        #expect(checked > 20)
    }

    @Test("two decimals, rounded half away from zero, never a signed zero")
    func svgNumber() {
        #expect(SVGNumber.format(0) == "0.00")
        #expect(SVGNumber.format(-0.0) == "0.00")
        #expect(SVGNumber.format(-0.004) == "0.00")
        #expect(SVGNumber.format(0.125) == "0.13")
        #expect(SVGNumber.format(-0.125) == "-0.13")
        #expect(SVGNumber.format(2.5) == "2.50")
        #expect(SVGNumber.format(9.999) == "10.00")
        #expect(SVGNumber.format(123456.785) == "123456.79")
        #expect(SVGNumber.format(.nan) == "0.00")
        #expect(SVGNumber.format(.infinity) == "0.00")
        #expect(DecimalText.format(1234567.891, places: 1, grouping: true) == "1,234,567.9")
        #expect(DecimalText.format(-0.5, places: 0) == "-1")
    }

    @Test("axis ticks step by 1, 2 or 5 times a power of ten")
    func niceTicks() {
        #expect(Ticks.nice(covering: 0, 12.4).values == [0, 5, 10, 15])
        #expect(Ticks.nice(covering: 0, 1.55).values == [0, 0.5, 1, 1.5, 2])
        #expect(Ticks.nice(covering: 0, 551).values == [0, 200, 400, 600])
        #expect(Ticks.nice(covering: -3.2, 7).values == [-5, 0, 5, 10])
        #expect(Ticks.nice(covering: -3.2, 1.5).values == [-4, -3, -2, -1, 0, 1, 2])
        #expect(Ticks.nice(covering: 0, 0.034).values == [0, 0.01, 0.02, 0.03, 0.04])
        #expect(Ticks.nice(covering: 0, 0.034).labels == ["0.00", "0.01", "0.02", "0.03", "0.04"])
        #expect(Ticks.nice(covering: 0, 0).values == [0, 0.2, 0.4, 0.6, 0.8, 1])
        #expect(Ticks.nice(covering: 0, 48_000).labels == ["0", "10,000", "20,000", "30,000", "40,000", "50,000"])
        #expect(Ticks.nice(covering: .nan, .infinity).values == [0, 0.2, 0.4, 0.6, 0.8, 1])
        #expect(Ticks.nice(covering: -1e308, 1e308).values.count >= 2)
    }

    @Test("decimals for values are chosen from the data")
    func valueDecimals() {
        #expect(ValueDecimals.choose(nil, for: [412, 398]) == 0)
        #expect(ValueDecimals.choose(nil, for: [3.1, 12.4]) == 1)
        #expect(ValueDecimals.choose(nil, for: [0.72, 1.55]) == 2)
        #expect(ValueDecimals.choose(nil, for: [8.61234, 1.2]) == 2)
        #expect(ValueDecimals.choose(nil, for: [123.456]) == 1)
        #expect(ValueDecimals.choose(3, for: [1]) == 3)
    }
}
