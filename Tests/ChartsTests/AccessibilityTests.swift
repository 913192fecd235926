import Charts
import Testing

@Suite("Accessibility and markup")
struct AccessibilityTests {
    static let names = Fixtures.all.map(\.name)

    static func chart(_ name: String) -> any Chart {
        Fixtures.all.first { $0.name == name }!.chart
    }

    @Test("the root is a responsive img labelled by its title and desc, with ids from the chart id", arguments: names)
    func root(name: String) throws {
        let chart = Self.chart(name)
        let svg = chart.svg()
        let inspection = SVGInspection(svg)
        #expect(inspection.error == nil)
        let root = try #require(inspection.root)
        #expect(root.name == "svg")
        #expect(root.attributes["xmlns"] == "http://www.w3.org/2000/svg")
        #expect(root.attributes["role"] == "img")
        #expect(root.attributes["width"] == "100%")
        #expect(root.attributes["viewBox"]?.hasPrefix("0 0 640.00 ") == true)
        #expect(root.attributes["aria-labelledby"] == "\(chart.id)-title \(chart.id)-desc")
        #expect(inspection.textByID["\(chart.id)-title"] == chart.title)
        #expect(inspection.textByID["\(chart.id)-desc"] == chart.fullDescription)
        #expect(chart.fullDescription.hasPrefix(chart.summary))
        // Title and desc come first, as assistive technology expects.
        #expect(inspection.elements.dropFirst().prefix(2).map(\.name) == ["title", "desc"])
    }

    @Test("nothing executable or external, and nothing HTML5 inlining rejects", arguments: names)
    func selfContained(name: String) {
        let svg = Self.chart(name).svg()
        for banned in ["<script", "<style", "<?xml", "<!DOCTYPE", "href", "url(", "<foreignObject", "@import"] {
            #expect(!svg.contains(banned), "found \(banned)")
        }
        for element in SVGInspection(svg).elements {
            #expect(!element.attributes.keys.contains { $0.lowercased().hasPrefix("on") || $0 == "style" })
        }
        #expect(svg.hasPrefix("<svg "))
        #expect(svg.hasSuffix("</svg>"))
    }

    @Test("font sizes are at least 11 and the font is inherited", arguments: names)
    func fonts(name: String) throws {
        let inspection = SVGInspection(Self.chart(name).svg())
        #expect(inspection.root?.attributes["font-family"] == "inherit")
        for element in inspection.elements {
            if let size = element.attributes["font-size"] {
                #expect(try #require(Double(size)) >= 11)
            }
        }
    }

    @Test("the generated description gives the range of the data")
    func rangeSentence() {
        #expect(
            Fixtures.intervals.fullDescription
                == "Torbay and Plymouth have significantly higher rates than the force area."
                + " Values range from 3.1 in Torridge to 12.4 in Torbay. 1 of 7 values is missing."
                + " The reference line Devon and Cornwall 8.6 is at 8.6."
                + " Number of rows by comparison: significantly higher: 2, not significantly different: 1,"
                + " significantly lower: 3, not compared: 1.")
        #expect(Fixtures.lorenz.fullDescription.contains("The Gini coefficient is 0.62."))
        #expect(Fixtures.lorenz.fullDescription.contains("The 10% of places with the most crime account for 55% of it."))
        #expect(
            Fixtures.forecast.fullDescription.hasSuffix(
                "Observed values range from 398 in Feb to 488 in Jun. The forecast runs from Jul to Dec, ending at 436"
                    + " (80% prediction interval 381 to 491; 95% prediction interval 352 to 520)."))
        #expect(Fixtures.line.fullDescription.contains("Values range from 0.72 in Feb 2024 (Devon and Cornwall) to 1.55 in Jul 2023 (Torbay)."))
    }

    @Test("text from the caller is escaped everywhere it appears")
    func escaping() {
        let nasty = "<b>&\"x\"'"
        let escaped = "&lt;b&gt;&amp;&quot;x&quot;&apos;"
        let charts: [any Chart] = [
            LineChart(
                id: "fig-x", title: nasty, summary: nasty, xLabels: [nasty, "b"], yLabel: nasty,
                series: [.init(name: nasty, values: [1, 2]), .init(name: "b", values: [2, 1])],
                references: [Reference(value: 1, label: nasty)]),
            IntervalDotChart(
                id: "fig-x", title: nasty, summary: nasty, valueLabel: nasty,
                rows: [.init(label: nasty, value: 1, lower: 0.5, upper: 1.5, status: .higher)],
                reference: Reference(value: 1, label: nasty)),
            Heatmap(
                id: "fig-x", title: nasty, summary: nasty, rowLabels: [nasty], columnLabels: [nasty], values: [[1]],
                valueLabel: nasty),
            PopulationPyramid(
                id: "fig-x", title: nasty, summary: nasty, bands: [nasty], male: [1], female: [2], valueLabel: nasty,
                maleLabel: nasty),
            BarChart(
                id: "fig-x", title: nasty, summary: nasty, labels: [nasty], values: [1], yLabel: nasty,
                reference: Reference(value: 1, label: nasty)),
            ForecastChart(
                id: "fig-x", title: nasty, summary: nasty, xLabels: [nasty, "b"], observed: [1, nil], forecast: [nil, 2],
                lower80: [nil, 1], upper80: [nil, 3], lower95: [nil, 0], upper95: [nil, 4], yLabel: nasty),
            LorenzCurve(
                id: "fig-x", title: nasty, summary: nasty, points: [(0, 0), (1, 1)], gini: 0, xLabel: nasty,
                yLabel: nasty),
        ]
        for chart in charts {
            let svg = chart.svg()
            #expect(SVGInspection(svg).error == nil)
            #expect(svg.contains(escaped))
            #expect(!svg.contains("<b>"))
            #expect(!svg.contains("\"x\""))
        }
    }

    @Test("ids are made safe and stay the same for the same chart id")
    func ids() throws {
        var chart = Fixtures.bars
        chart.id = "3 fig/odd id"
        let root = try #require(SVGInspection(chart.svg()).root)
        #expect(root.attributes["id"] == "chart-3-fig-odd-id")
        #expect(root.attributes["aria-labelledby"] == "chart-3-fig-odd-id-title chart-3-fig-odd-id-desc")
    }

    @Test("a long category label is cut with an ellipsis and kept whole in a title")
    func longLabels() {
        let long = "Cornwall and the Isles of Scilly Unitary Authority"
        var chart = Fixtures.intervals
        chart.rows[0].label = long
        let svg = chart.svg()
        #expect(svg.contains("<g>\n<title>\(long)</title>\n<text"))
        #expect(svg.contains(">Cornwall and the Isles of S…</text>"))

        let bars = BarChart(
            id: "fig-deciles", title: "By decile", summary: "", labels: (1...10).map { "Decile \($0) (most deprived)" },
            values: (1...10).map { Double($0) }, yLabel: "Rate")
        let barSVG = bars.svg()
        #expect(barSVG.contains("<title>Decile 1 (most deprived)</title>"))
        #expect(barSVG.contains("…</text>"))
    }

    @Test("interval rows differ by marker shape as well as colour")
    func statusShapes() {
        let shapes = IntervalDotChart.Status.allCases.map(\.shape)
        #expect(Set(shapes.map { "\($0)" }).count == 3)
        // The two that share a circle differ by fill: solid grey against hollow white.
        #expect(IntervalDotChart.Status.similar.fill != IntervalDotChart.Status.notCompared.fill)
        let svg = Fixtures.intervals.svg()
        #expect(svg.contains("Significantly higher"))
        #expect(svg.contains("<title>Torbay: 12.4 (95% interval 11.6 to 13.3); significantly higher</title>"))
    }
}
