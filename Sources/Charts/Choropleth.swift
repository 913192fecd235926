import Foundation

/// Areas drawn from their boundaries and filled by how each compares with a benchmark,
/// in the colours of the interval charts (`IntervalDotChart.Status`: higher vermillion,
/// similar grey, lower blue, not compared white), with a key below.
///
/// Boundaries are given in kilometres east and north (the caller projects them); the map
/// keeps its shape. Each area's name, value and comparison are in its `<title>` tooltip,
/// so colour never carries the meaning alone.
public struct Choropleth: Chart, Equatable {
    public struct Point: Sendable, Equatable {
        public var x: Double
        public var y: Double
        public init(x: Double, y: Double) {
            self.x = x
            self.y = y
        }
    }

    public struct Area: Sendable, Equatable {
        public var name: String
        /// Polygons, each a list of rings (outline first, then holes).
        public var polygons: [[[Point]]]
        public var status: IntervalDotChart.Status
        /// The value as text, e.g. "12.3 per 1,000".
        public var value: String
        public init(name: String, polygons: [[[Point]]], status: IntervalDotChart.Status, value: String) {
            self.name = name
            self.polygons = polygons
            self.status = status
            self.value = value
        }
    }

    public var id: String
    public var title: String
    public var summary: String
    public var areas: [Area]
    /// What the statuses compare with, e.g. "the force": "Higher than the force".
    public var benchmark: String

    public init(id: String, title: String, summary: String, areas: [Area], benchmark: String) {
        self.id = id
        self.title = title
        self.summary = summary
        self.areas = areas
        self.benchmark = benchmark
    }

    static let maximumMapHeight = 520.0
    static let margin = 8.0

    func label(_ status: IntervalDotChart.Status) -> String {
        switch status {
        case .higher: "Higher than \(benchmark)"
        case .similar: "Similar to \(benchmark)"
        case .lower: "Lower than \(benchmark)"
        case .notCompared: "Not compared"
        }
    }

    public var fullDescription: String {
        var sentences: [String] = []
        for status in IntervalDotChart.Status.allCases {
            let names = areas.filter { $0.status == status }.map { Text.singleLine($0.name) }.sorted()
            guard !names.isEmpty else { continue }
            sentences.append("\(label(status)): \(names.joined(separator: ", ")).")
        }
        if areas.isEmpty { sentences.append("No areas.") }
        return describe(summary, sentences)
    }

    public func svg() -> String {
        let f = SVGNumber.format
        let points = areas.flatMap { $0.polygons.flatMap { $0.flatMap { $0 } } }
        let minX = points.map(\.x).min() ?? 0, maxX = points.map(\.x).max() ?? 1
        let minY = points.map(\.y).min() ?? 0, maxY = points.map(\.y).max() ?? 1
        let available = Layout.width - 2 * Self.margin
        let scale = min(available / max(maxX - minX, 0.001), Self.maximumMapHeight / max(maxY - minY, 0.001))
        let left = Self.margin + (available - (maxX - minX) * scale) / 2
        let top = Self.margin
        var body: [String] = []
        var shapes: [String] = []
        for area in areas {
            let path = area.polygons.flatMap { $0 }.map { ring in
                "M" + ring.map { "\(f(left + ($0.x - minX) * scale)),\(f(top + (maxY - $0.y) * scale))" }.joined(separator: "L") + "Z"
            }.joined()
            shapes.append(Markup.element("path", ["d": path, "fill": area.status.fill.hex, "fill-rule": "evenodd"],
                                         title: "\(Text.singleLine(area.name)): \(area.value) (\(label(area.status)))"))
        }
        body += Markup.group(["data-part": "areas", "stroke": Palette.axis.hex, "stroke-width": "0.75"], shapes)

        // Names at the middle of each area's largest outline, on a white outline (hidden
        // from assistive technology, which has the names in the tooltips) so they read
        // over any fill.
        var halos: [String] = []
        var names: [String] = []
        for area in areas {
            guard let outline = area.polygons.compactMap(\.first).max(by: { $0.count < $1.count }), !outline.isEmpty else { continue }
            let xs = outline.map(\.x), ys = outline.map(\.y)
            let shown = Text.truncate(Text.singleLine(area.name), to: 24)
            let half = Text.width(shown, size: Layout.smallFontSize) / 2
            let centreX = left + (((xs.min() ?? 0) + (xs.max() ?? 0)) / 2 - minX) * scale
            let x = min(max(centreX, Self.margin + half), Layout.width - Self.margin - half)
            let y = top + (maxY - ((ys.min() ?? 0) + (ys.max() ?? 0)) / 2) * scale + 4
            halos.append(Markup.element("text", ["x": f(x), "y": f(y)], text: shown))
            names += Text.label(area.name, limit: 24, x: x, y: y, anchor: "middle", size: Layout.smallFontSize, weight: "bold")
        }
        body += Markup.group(["data-part": "label-outlines", "aria-hidden": "true", "text-anchor": "middle",
                              "font-size": "\(Layout.smallFontSize)", "font-weight": "bold", "fill": "#ffffff",
                              "stroke": "#ffffff", "stroke-width": "3", "stroke-linejoin": "round"], halos)
        body += Markup.group(["data-part": "labels"], names)

        let keyTop = top + (maxY - minY) * scale + 16
        let heading = Text.truncate("Against \(Text.singleLine(benchmark)):", to: 30)
        var key: [String] = Text.label(heading, limit: 30, x: Self.margin, y: keyTop + 11, size: Layout.smallFontSize)
        var x = Self.margin + Text.width(heading, size: Layout.smallFontSize) + 12
        for status in IntervalDotChart.Status.allCases {
            let text = switch status {
            case .higher: "Higher"
            case .similar: "Similar"
            case .lower: "Lower"
            case .notCompared: "Not compared"
            }
            key.append(Markup.element("rect", ["x": f(x), "y": f(keyTop), "width": "14", "height": "14",
                                               "fill": status.fill.hex, "stroke": Palette.axis.hex]))
            key += Text.label(text, limit: 30, x: x + 20, y: keyTop + 11, size: Layout.smallFontSize)
            x += 20 + Text.width(text, size: Layout.smallFontSize) + 18
        }
        body += Markup.group(["data-part": "key"], key)
        return Markup.document(id: id, title: title, description: fullDescription, height: keyTop + 24, body: body)
    }
}
