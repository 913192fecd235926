import Foundation

/// Counts in hexagonal cells drawn as a map: pointy-topped hexagons on a plane in
/// kilometres (x to the east, y to the north), coloured on a single-hue scale by the
/// logarithm of one plus the count (so that a few busy town-centre cells do not wash out
/// the rest), with place names at given points (kept inside the picture).
///
/// Each cell's count and place are in its `<title>` tooltip; a key below the map shows
/// the scale. The map keeps its shape: one kilometre is the same length across and up.
///
/// A cell whose count is suppressed by disclosure control is drawn with a hatched
/// pattern, never coloured as a count; its tooltip and the key say `suppressedLabel`
/// ("fewer than 8"), and it plays no part in the colour scale.
public struct HexMap: Chart, Equatable {
    public struct Hex: Sendable, Equatable {
        /// The centre, in kilometres.
        public var x: Double
        public var y: Double
        public var count: Int
        /// Where the cell is, for its tooltip ("near Exeter").
        public var place: String
        /// Suppressed by disclosure control: drawn hatched, its `count` never shown.
        public var suppressed: Bool
        public init(x: Double, y: Double, count: Int, place: String, suppressed: Bool = false) {
            self.x = x
            self.y = y
            self.count = suppressed ? 0 : count
            self.place = place
            self.suppressed = suppressed
        }
    }

    public struct Label: Sendable, Equatable {
        public var text: String
        public var x: Double
        public var y: Double
        public init(text: String, x: Double, y: Double) {
            self.text = text
            self.x = x
            self.y = y
        }
    }

    public var id: String
    public var title: String
    public var summary: String
    /// Kilometres from a cell's centre to a corner.
    public var size: Double
    public var hexes: [Hex]
    public var labels: [Label]
    /// What the counts are, e.g. "Crimes"; labels the key.
    public var valueLabel: String
    /// What a suppressed cell holds, e.g. "fewer than 8": its tooltip and key entry.
    public var suppressedLabel: String

    public init(id: String, title: String, summary: String, size: Double, hexes: [Hex], labels: [Label], valueLabel: String,
                suppressedLabel: String = "suppressed") {
        self.id = id
        self.title = title
        self.summary = summary
        self.size = size
        self.hexes = hexes
        self.labels = labels
        self.valueLabel = valueLabel
        self.suppressedLabel = suppressedLabel
    }

    static let maximumMapHeight = 560.0
    static let margin = 8.0
    static let keySteps = 5

    private var highest: Int { hexes.filter { !$0.suppressed }.map(\.count).max() ?? 0 }
    private var suppressedCount: Int { hexes.filter(\.suppressed).count }
    /// The id of the hatched pattern that fills suppressed cells.
    var hatchID: String { Markup.safeID(id) + "-suppressed" }

    /// The colour of a count: log(1 + count) as a share of log(1 + highest), kept off white.
    func color(for count: Int) -> RGB {
        guard highest > 0 else { return SequentialScale.color(at: 0.15) }
        return SequentialScale.color(at: 0.15 + 0.85 * log1p(Double(max(0, count))) / log1p(Double(highest)))
    }

    public var fullDescription: String {
        var sentences: [String] = []
        let shown = hexes.filter { !$0.suppressed }
        let total = shown.reduce(0) { $0 + $1.count }
        let area = DecimalText.format(hexagonArea, places: 1, grouping: true)
        if suppressedCount > 0 {
            sentences.append("\(DecimalText.format(Double(total), places: 0, grouping: true)) in the \(shown.count) cells shown, of \(hexes.count) cells of \(area) square kilometres each.")
            let one = suppressedCount == 1
            sentences.append("\(suppressedCount) \(one ? "cell is" : "cells are") hatched: \(one ? "its count is" : "their counts are") not published (\(Text.singleLine(suppressedLabel))).")
        }
        if let top = shown.max(by: { ($0.count, $1.place) < ($1.count, $0.place) }) {
            if suppressedCount == 0 {
                sentences.append("\(DecimalText.format(Double(total), places: 0, grouping: true)) in \(hexes.count) cells of \(area) square kilometres each.")
            }
            sentences.append("The busiest cell, near \(Text.singleLine(top.place)), holds \(DecimalText.format(Double(top.count), places: 0, grouping: true)).")
        } else if hexes.isEmpty {
            sentences.append("No cells.")
        }
        return describe(summary, sentences)
    }

    /// The hatching of suppressed cells: grey diagonal lines on white, unlike any colour
    /// of the scale.
    func hatchDefinition() -> [String] {
        ["<defs>",
         "<pattern" + Markup.attributes(["id": hatchID, "patternUnits": "userSpaceOnUse", "width": "6", "height": "6",
                                         "patternTransform": "rotate(45)"]) + ">",
         Markup.element("rect", ["width": "6", "height": "6", "fill": "#ffffff"]),
         Markup.element("line", ["x1": "0", "y1": "0", "x2": "0", "y2": "6", "stroke": Palette.secondaryText.hex, "stroke-width": "2.5"]),
         "</pattern>",
         "</defs>"]
    }

    /// A cell's area in square kilometres.
    var hexagonArea: Double { 3 * 3.0.squareRoot() / 2 * size * size }

    public func svg() -> String {
        let f = SVGNumber.format
        let halfWidth = 3.0.squareRoot() / 2 * size
        let minX = (hexes.map(\.x).min() ?? 0) - halfWidth, maxX = (hexes.map(\.x).max() ?? 0) + halfWidth
        let minY = (hexes.map(\.y).min() ?? 0) - size, maxY = (hexes.map(\.y).max() ?? 0) + size
        let available = Layout.width - 2 * Self.margin
        let scale = min(available / max(maxX - minX, 0.001), Self.maximumMapHeight / max(maxY - minY, 0.001))
        let left = Self.margin + (available - (maxX - minX) * scale) / 2
        let top = Self.margin
        func px(_ x: Double) -> Double { left + (x - minX) * scale }
        func py(_ y: Double) -> Double { top + (maxY - y) * scale }
        let mapBottom = top + (maxY - minY) * scale
        var body: [String] = []

        // Corners of a pointy-topped hexagon, in pixels from its centre.
        let corners = (0..<6).map { index -> (Double, Double) in
            let angle = (60.0 * Double(index) - 30) * .pi / 180
            return (size * scale * cos(angle), -size * scale * sin(angle))
        }
        if suppressedCount > 0 { body += hatchDefinition() }
        var cells: [String] = []
        for hex in hexes {
            let cx = px(hex.x), cy = py(hex.y)
            let points = corners.map { "\(f(cx + $0.0)),\(f(cy + $0.1))" }.joined(separator: " ")
            let count = hex.suppressed ? Text.singleLine(suppressedLabel) : DecimalText.format(Double(hex.count), places: 0, grouping: true)
            let fill = hex.suppressed ? "url(#\(hatchID))" : color(for: hex.count).hex
            cells.append(Markup.element("polygon", ["points": points, "fill": fill],
                                        title: "\(count) near \(Text.singleLine(hex.place))"))
        }
        body += Markup.group(["data-part": "cells", "stroke": "#ffffff", "stroke-width": "0.5"], cells)

        // Names drawn twice: a white outline first (hidden from assistive technology), so
        // that they read over dark cells, then the names themselves.
        var halos: [String] = []
        var names: [String] = []
        for label in labels {
            let shown = Text.truncate(Text.singleLine(label.text), to: 24)
            let half = Text.width(shown, size: Layout.smallFontSize) / 2
            let x = min(max(px(label.x), Self.margin + half), Layout.width - Self.margin - half)
            let y = py(label.y) + 4
            halos.append(Markup.element("text", ["x": f(x), "y": f(y)], text: shown))
            names += Text.label(label.text, limit: 24, x: x, y: y, anchor: "middle", size: Layout.smallFontSize, weight: "bold")
        }
        body += Markup.group(["data-part": "label-outlines", "aria-hidden": "true", "text-anchor": "middle",
                              "font-size": "\(Layout.smallFontSize)", "font-weight": "bold", "fill": "#ffffff",
                              "stroke": "#ffffff", "stroke-width": "3", "stroke-linejoin": "round"], halos)
        body += Markup.group(["data-part": "labels"], names)

        // The key: counts at equal steps of the logarithmic scale.
        let keyTop = mapBottom + 16
        let stepWidth = 48.0
        let keyLabel = Text.truncate(valueLabel, to: 30)
        let keyLeft = max(Self.margin, 8 + Text.width(keyLabel) + 12)
        var key: [String] = Text.label(valueLabel, limit: 30, x: keyLeft - 10, y: keyTop + 12, anchor: "end")
        for step in 1...Self.keySteps {
            let share = Double(step) / Double(Self.keySteps)
            let count = max(1, Int(expm1(share * log1p(Double(highest))).rounded()))
            let x = keyLeft + Double(step - 1) * stepWidth
            key.append(Markup.element("rect", ["x": f(x), "y": f(keyTop), "width": f(stepWidth), "height": f(16),
                                               "fill": color(for: count).hex, "stroke": "#ffffff"]))
            key.append(Markup.element("text", ["x": f(x + stepWidth / 2), "y": f(keyTop + 30), "text-anchor": "middle",
                                               "font-size": "\(Layout.smallFontSize)", "fill": Palette.secondaryText.hex],
                                      text: DecimalText.format(Double(count), places: 0, grouping: true)))
        }
        if suppressedCount > 0 {
            let x = keyLeft + Double(Self.keySteps) * stepWidth + 16
            key.append(Markup.element("rect", ["x": f(x), "y": f(keyTop), "width": f(16), "height": f(16),
                                               "fill": "url(#\(hatchID))", "stroke": Palette.secondaryText.hex, "stroke-width": "0.5"]))
            key += Text.label(suppressedLabel, limit: 40, x: x + 22, y: keyTop + 12, anchor: "start")
        }
        body += Markup.group(["data-part": "key"], key)
        if hexes.isEmpty {
            body.append(Markup.element("text", ["x": f(Layout.width / 2), "y": f(top + 15), "text-anchor": "middle",
                                                "fill": Palette.secondaryText.hex], text: "No data"))
        }
        return Markup.document(id: id, title: title, description: fullDescription, height: keyTop + 42, body: body)
    }
}
