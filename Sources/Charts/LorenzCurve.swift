/// Concentration of crime: cumulative share of places (x, 0...1) against cumulative share of
/// crime (y, 0...1), with the line of equality and the Gini coefficient.
///
/// The curve is drawn from (0, 0) even when the points do not start there. Points outside
/// 0...1 are drawn at the edge; non-finite points are skipped.
public struct LorenzCurve: Chart, Equatable {
    public var id: String
    public var title: String
    public var summary: String
    /// Cumulative shares of places, in the order the curve is drawn.
    public var x: [Double]
    /// Cumulative shares of crime, matching `x`.
    public var y: [Double]
    public var gini: Double
    public var xLabel: String
    public var yLabel: String

    public init(
        id: String, title: String, summary: String, points: [(x: Double, y: Double)], gini: Double,
        xLabel: String = "Cumulative share of places", yLabel: String = "Cumulative share of crime"
    ) {
        self.id = id
        self.title = title
        self.summary = summary
        self.x = points.map(\.x)
        self.y = points.map(\.y)
        self.gini = gini
        self.xLabel = xLabel
        self.yLabel = yLabel
    }

    /// The points as pairs, finite ones only, starting at (0, 0).
    public var points: [(x: Double, y: Double)] {
        var result = zip(x, y).filter { $0.0.isFinite && $0.1.isFinite }.map { (x: $0.0, y: $0.1) }
        if result.first.map({ $0.x != 0 || $0.y != 0 }) ?? false { result.insert((0, 0), at: 0) }
        return result
    }

    static let plotSize = 320.0

    /// The share of crime in the 10% of places with most crime, read off the curve by linear
    /// interpolation; nil with fewer than two points.
    var topDecileShare: Double? {
        let curve = points
        guard curve.count >= 2 else { return nil }
        // Places sorted from least to most crime put the curve below the diagonal; the top
        // 10% are then the last tenth. Sorted the other way, they are the first tenth.
        let below = curve.reduce(0.0) { $0 + ($1.x - $1.y) } >= 0
        func yAt(_ target: Double) -> Double? {
            for (a, b) in zip(curve, curve.dropFirst()) where a.x <= target && target <= b.x {
                guard b.x > a.x else { return a.y }
                return a.y + (b.y - a.y) * (target - a.x) / (b.x - a.x)
            }
            return nil
        }
        guard let value = below ? yAt(0.9).map({ 1 - $0 }) : yAt(0.1) else { return nil }
        return max(0, min(1, value))
    }

    public var fullDescription: String {
        var sentences: [String] = []
        if gini.isFinite {
            sentences.append("The Gini coefficient is \(DecimalText.format(gini, places: 2)).")
        }
        if let share = topDecileShare {
            sentences.append(
                "The 10% of places with the most crime account for \(DecimalText.format(share * 100, places: 0))% of it.")
        } else if points.count < 2 {
            sentences.append("There are too few points to draw a curve.")
        }
        return describe(summary, sentences)
    }

    public func svg() -> String {
        let f = SVGNumber.format
        let left = 64.0
        let top = 16.0
        let size = Self.plotSize
        let bottom = top + size
        let sx = LinearScale(domain: (0, 1), range: (left, left + size))
        let sy = LinearScale(domain: (0, 1), range: (bottom, top))
        func clamp(_ value: Double) -> Double { max(0, min(1, value)) }

        var body: [String] = []
        var grid: [String] = []
        for step in 0...5 {
            let share = Double(step) / 5
            let label = "\(step * 20)%"
            grid.append(
                Markup.element(
                    "line",
                    [
                        "x1": f(sx(share)), "y1": f(top), "x2": f(sx(share)), "y2": f(bottom + 4),
                        "stroke": step == 0 ? Palette.axis.hex : Palette.grid.hex,
                    ]))
            grid.append(
                Markup.element(
                    "line",
                    [
                        "x1": f(left - 4), "y1": f(sy(share)), "x2": f(left + size), "y2": f(sy(share)),
                        "stroke": step == 0 ? Palette.axis.hex : Palette.grid.hex,
                    ]))
            grid.append(
                Markup.element(
                    "text",
                    [
                        "x": f(sx(share)), "y": f(bottom + 18), "text-anchor": "middle",
                        "font-size": "\(Layout.smallFontSize)", "fill": Palette.secondaryText.hex,
                    ], text: label))
            grid.append(
                Markup.element(
                    "text",
                    [
                        "x": f(left - 8), "y": f(sy(share) + 4), "text-anchor": "end",
                        "font-size": "\(Layout.smallFontSize)", "fill": Palette.secondaryText.hex,
                    ], text: label))
        }
        grid += Text.label(xLabel, limit: 50, x: left + size / 2, y: bottom + 38, anchor: "middle", weight: "600")
        grid.append(
            Markup.element(
                "text",
                [
                    "transform": "translate(\(f(16)) \(f(top + size / 2))) rotate(-90)", "text-anchor": "middle",
                    "font-weight": "600",
                ], title: Text.singleLine(yLabel), text: Text.truncate(yLabel, to: 50)))
        body += Markup.group(["data-part": "axes"], grid)

        body.append(
            Markup.element(
                "line",
                [
                    "x1": f(sx(0)), "y1": f(sy(0)), "x2": f(sx(1)), "y2": f(sy(1)), "stroke": Palette.axis.hex,
                    "stroke-width": "1.5", "stroke-dasharray": "5 4",
                ], title: "Line of equality"))
        let curve = points
        if curve.count >= 2 {
            let d = "M" + curve.map { "\(f(sx(clamp($0.x)))) \(f(sy(clamp($0.y))))" }.joined(separator: " L")
            body.append(
                Markup.element(
                    "path",
                    [
                        "d": d, "fill": "none", "stroke": Palette.color(0).hex, "stroke-width": "2.5",
                        "stroke-linejoin": "round",
                    ], title: "Lorenz curve"))
        } else {
            body.append(
                Markup.element(
                    "text",
                    ["x": f(left + size / 2), "y": f(top + size / 2), "text-anchor": "middle", "fill": Palette.secondaryText.hex],
                    text: "No data"))
        }

        // Legend and the Gini coefficient in the space to the right of the square plot.
        let sideX = left + size + 32
        let legend = Legend(items: [
            Legend.Item(label: "Lorenz curve", sample: .line(color: Palette.color(0), dash: nil, width: 2.5)),
            Legend.Item(label: "Line of equality", sample: .line(color: Palette.axis, dash: "5 4", width: 1.5)),
        ])
        // A narrow width makes the legend stack one item per row.
        body += legend.render(x: sideX, y: top, width: 1)
        if gini.isFinite {
            body += Text.label(
                "Gini coefficient: \(DecimalText.format(gini, places: 2))", limit: 40, x: sideX,
                y: top + legend.height(width: 1) + 20, weight: "600")
        }
        return Markup.document(id: id, title: title, description: fullDescription, height: bottom + 50, body: body)
    }
}
