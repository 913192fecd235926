import Charts
import Foundation
import Testing

@Suite("Edge cases")
struct EdgeCaseTests {
    static let nan = Double.nan

    static let cases: [(name: String, chart: any Chart)] = [
        ("line, no series", LineChart(id: "e1", title: "t", summary: "", xLabels: [], yLabel: "", series: [])),
        ("line, empty series", LineChart(id: "e2", title: "t", summary: "", xLabels: ["a"], yLabel: "y", series: [.init(name: "s", values: [])])),
        ("line, one point", LineChart(id: "e3", title: "t", summary: "", xLabels: ["Jan"], yLabel: "y", series: [.init(name: "s", values: [4], lower: [3], upper: [5])])),
        ("line, all zeros", LineChart(id: "e4", title: "t", summary: "", xLabels: ["a", "b", "c"], yLabel: "y", series: [.init(name: "s", values: [0, 0, 0])])),
        ("line, gaps and NaN", LineChart(id: "e5", title: "t", summary: "", xLabels: ["a", "b", "c", "d", "e"], yLabel: "y", series: [.init(name: "s", values: [1, nil, nan, 2, nil], lower: [0.5, nil, 1, nan, nil], upper: [1.5, 2, nil, 3, nil])])),
        ("line, negative, many labels", LineChart(id: "e6", title: "t", summary: "", xLabels: (0..<60).map { "Month number \($0)" }, yLabel: "change", series: (0..<9).map { s in .init(name: "Series \(s)", values: (0..<60).map { Double(($0 * 7 + s) % 11) - 5 }) })),
        ("line, infinite", LineChart(id: "e7", title: "t", summary: "", xLabels: ["a", "b"], yLabel: "y", series: [.init(name: "s", values: [.infinity, -.infinity])], references: [Reference(value: nan, label: "none")])),
        ("line, mismatched lengths", LineChart(id: "e8", title: "t", summary: "", xLabels: ["a"], yLabel: "y", series: [.init(name: "s", values: [1, 2, 3], lower: [0], upper: [2, 3, 4, 5, 6])])),
        ("interval, no rows", IntervalDotChart(id: "e9", title: "t", summary: "", valueLabel: "v", rows: [])),
        ("interval, missing parts", IntervalDotChart(id: "e10", title: "t", summary: "", valueLabel: "v", rows: [.init(label: "a", value: nil, lower: 1, upper: 2), .init(label: "b", value: 3), .init(label: "c", value: nan, lower: nan, upper: nan), .init(label: String(repeating: "Long name ", count: 20), value: -2, lower: -3, upper: -1, status: .lower)], reference: Reference(value: 0, label: "Zero"))),
        ("interval, all zeros", IntervalDotChart(id: "e11", title: "t", summary: "", valueLabel: "v", rows: [.init(label: "a", value: 0, lower: 0, upper: 0)])),
        ("heatmap, empty", Heatmap(id: "e12", title: "t", summary: "", rowLabels: [], columnLabels: [], values: [], valueLabel: "v")),
        ("heatmap, all zeros", Heatmap(id: "e13", title: "t", summary: "", rowLabels: ["a", "b"], columnLabels: ["x", "y"], values: [[0, 0], [0, 0]], valueLabel: "v")),
        ("heatmap, ragged with NaN", Heatmap(id: "e14", title: "t", summary: "", rowLabels: ["a", "b", "c"], columnLabels: ["x"], values: [[1, 2, 3], [nan], [-4, .infinity]], valueLabel: "v")),
        ("pyramid, empty", PopulationPyramid(id: "e15", title: "t", summary: "", bands: [], male: [], female: [], valueLabel: "v")),
        ("pyramid, gaps and mismatched", PopulationPyramid(id: "e16", title: "t", summary: "", bands: ["0–15", "16+"], male: [nil, nan, 3], female: [1], valueLabel: "v")),
        ("pyramid, all zeros", PopulationPyramid(id: "e17", title: "t", summary: "", bands: ["a"], male: [0], female: [0], valueLabel: "v")),
        ("bar, empty", BarChart(id: "e18", title: "t", summary: "", labels: [], values: [], yLabel: "")),
        ("bar, negative change with gaps", BarChart(id: "e19", title: "t", summary: "", labels: ["a", "b", "c", "d"], values: [-12.5, 4, nil, nan], lower: [-15, 2], upper: [-10, 6, 1], yLabel: "Change (%)", reference: Reference(value: -2, label: "Force"))),
        ("bar, one bar of zero", BarChart(id: "e20", title: "t", summary: "", labels: ["only"], values: [0], yLabel: "y")),
        ("bar, many narrow bars", BarChart(id: "e21", title: "t", summary: "", labels: (0..<200).map { "Category \($0)" }, values: (0..<200).map { Double($0) }, yLabel: "y")),
        ("forecast, empty", ForecastChart(id: "e22", title: "t", summary: "", xLabels: [], observed: [], forecast: [], lower80: [], upper80: [], lower95: [], upper95: [], yLabel: "")),
        ("forecast, no forecast", ForecastChart(id: "e23", title: "t", summary: "", xLabels: ["a", "b"], observed: [1, 2], forecast: [], lower80: [], upper80: [], lower95: [], upper95: [], yLabel: "y")),
        ("forecast, only forecast", ForecastChart(id: "e24", title: "t", summary: "", xLabels: ["a"], observed: [nil], forecast: [5], lower80: [4], upper80: [6], lower95: [3], upper95: [7], yLabel: "y")),
        ("lorenz, no points", LorenzCurve(id: "e25", title: "t", summary: "", points: [], gini: nan)),
        ("lorenz, odd points", LorenzCurve(id: "e26", title: "t", summary: "", points: [(0.5, 0.2), (nan, 0.3), (1.2, -0.1), (1, 1)], gini: 0.4)),
        ("control characters", BarChart(id: "e27", title: "a\u{0}b\u{1B}c\u{FFFF}", summary: "line\nbreak\ttab", labels: ["x\u{7}"], values: [1], yLabel: "y")),
    ]

    @Test("awkward data still renders well-formed SVG", arguments: cases.map(\.name))
    func wellFormed(name: String) throws {
        let chart = try #require(Self.cases.first { $0.name == name }?.chart)
        let svg = chart.svg()
        let inspection = SVGInspection(svg)
        #expect(inspection.error == nil, "\(String(describing: inspection.error))")
        #expect(inspection.root?.attributes["role"] == "img")
        #expect(!svg.contains("nan"))
        #expect(!svg.contains("inf"))
        #expect(svg == chart.svg())
    }

    @Test("empty charts say so, in the picture and in the description")
    func emptyDescriptions() {
        let line = LineChart(id: "e", title: "t", summary: "Nothing yet.", xLabels: [], yLabel: "", series: [])
        #expect(line.fullDescription == "Nothing yet. There are no data.")
        #expect(line.svg().contains(">No data</text>"))
        let gappy = BarChart(id: "e", title: "t", summary: "", labels: ["a", "b"], values: [nil, nil], yLabel: "")
        #expect(gappy.fullDescription == "No values are available.")
        #expect(gappy.svg().contains(">n/a</text>"))
    }

    @Test("a gap splits a line and a lone point is still drawn")
    func gaps() {
        let chart = LineChart(
            id: "g", title: "t", summary: "", xLabels: ["a", "b", "c", "d"], yLabel: "",
            series: [.init(name: "s", values: [1, 2, nil, 3])])
        let svg = chart.svg()
        #expect(svg.components(separatedBy: "<path d=").count - 1 == 1)
        #expect(svg.contains("<circle"))
        #expect(chart.fullDescription == "Values range from 1 in a to 3 in d. 1 of 4 values is missing.")
    }

    @Test("the forecast line and its bands leave from the last observation")
    func forecastJoins() throws {
        let svg = Fixtures.forecast.svg()
        func path(after marker: String) throws -> [Substring] {
            let start = try #require(svg.range(of: marker))
            let rest = svg[start.upperBound...]
            let open = try #require(rest.range(of: "<path d=\""))
            let close = try #require(rest[open.upperBound...].firstIndex(of: "\""))
            return rest[open.upperBound..<close].split(separator: "L")
        }
        let observed = try path(after: "<title>Observed</title>")
        let forecast = try path(after: "<title>Forecast</title>")
        #expect(observed.count == 6)
        #expect(forecast.count == 7)
        #expect(observed.last!.trimmingCharacters(in: .whitespaces) == forecast.first!.dropFirst().trimmingCharacters(in: .whitespaces))
        #expect(!svg.contains("<circle"))
    }
}

@Suite("Suppressed cells in a heat map")
struct HeatmapSuppressedCellTests {
    @Test("a withheld cell is drawn crossed through and labelled as withheld, in its tooltip and in the key, never as zero")
    func withheldCell() {
        let map = Heatmap(id: "h1", title: "t", summary: "s", rowLabels: ["Mon"], columnLabels: ["00", "01"],
                          values: [[.nan, 12]], valueLabel: "Crimes", missing: .withheld(minimumCount: 8))
        let svg = map.svg()
        #expect(svg.contains("<title>Mon, 00: not published (fewer than 8, or protecting one)</title>"))
        #expect(svg.contains(">not published (fewer than 8, or protecting one)</text>"))
        #expect(map.fullDescription.contains("1 of 2 values is not published (fewer than 8, or protecting one)."))
        #expect(!svg.contains("Mon, 00: 0<"))
        // Without a missing cell, the key has no such entry.
        let full = Heatmap(id: "h2", title: "t", summary: "s", rowLabels: ["Mon"], columnLabels: ["00"], values: [[3]],
                           valueLabel: "Crimes", missing: .withheld(minimumCount: 8))
        #expect(!full.svg().contains("not published"))
    }
}
