/// The shared renderer for charts over ordered categories on the x axis (months, deciles):
/// lines with gaps, shaded bands, bars with whiskers, and horizontal reference lines.
///
/// Category `i` sits at the centre of the `i`-th of `count` equal slots, so lines and bars
/// line up and the first and last labels never fall off the edges.
struct CategoryPlot {
    struct Line {
        var name: String
        var values: [Double?]
        var color: RGB
        var dash: String?
        var width = 2.0
    }

    struct Band {
        var lower: [Double?]
        var upper: [Double?]
        var color: RGB
        var opacity: Double
    }

    struct Bars {
        var values: [Double?]
        var lower: [Double?]?
        var upper: [Double?]?
        var color: RGB
        /// Tooltip of bar `i`.
        var titles: [String]
        /// Drawn in place of a missing bar.
        var missingMark = "n/a"
    }

    var id: String
    var title: String
    var description: String
    var xLabels: [String]
    var yLabel: String
    var lines: [Line] = []
    var bands: [Band] = []
    var bars: Bars? = nil
    var references: [Reference] = []
    var legend: Legend = Legend(items: [])

    static let plotHeight = 260.0

    /// Number of category slots.
    var count: Int {
        var counts = [xLabels.count] + lines.map(\.values.count)
        counts += bands.map { max($0.lower.count, $0.upper.count) }
        if let bars { counts.append(bars.values.count) }
        return counts.max() ?? 0
    }

    /// Every finite value the y axis must show, always including zero.
    var domainValues: [Double] {
        var values: [Double] = [0]
        for line in lines { values += finite(line.values) }
        for band in bands { values += finite(band.lower) + finite(band.upper) }
        if let bars { values += finite(bars.values) + finite(bars.lower ?? []) + finite(bars.upper ?? []) }
        values += references.map(\.value).filter(\.isFinite)
        return values
    }

    /// Whether any line, band or bar has a value to draw.
    var hasData: Bool {
        lines.contains { !finite($0.values).isEmpty }
            || bands.contains { !finite($0.lower).isEmpty || !finite($0.upper).isEmpty }
            || !(finite(bars?.values ?? []).isEmpty)
    }

    func render() -> String {
        let f = SVGNumber.format
        let values = domainValues
        let ticks = Ticks.nice(covering: values.min() ?? 0, values.max() ?? 1)
        let tickLabels = ticks.labels
        let tickWidth = tickLabels.map { Text.width($0, size: Layout.smallFontSize) }.max() ?? 0
        let left = max(44, (tickWidth + 14).rounded(.up))
        let right = Layout.width - Layout.rightMargin
        let plotWidth = right - left

        var top = 8.0
        let legendHeight = legend.height(width: plotWidth)
        let legendTop = top
        top += legendHeight
        let yLabelBaseline = top + 12
        if !yLabel.isEmpty { top += 20 }
        top += 8
        let bottom = top + Self.plotHeight
        let height = bottom + 34

        let y = LinearScale(domain: (ticks.lower, ticks.upper), range: (bottom, top))
        let n = count
        let slot = n > 0 ? plotWidth / Double(n) : plotWidth
        func x(_ index: Int) -> Double { left + (Double(index) + 0.5) * slot }

        var body: [String] = []
        body += legend.render(x: left, y: legendTop, width: plotWidth)
        if !yLabel.isEmpty {
            body += Text.label(yLabel, limit: 80, x: 8, y: yLabelBaseline, weight: "600")
        }

        // Grid and y axis labels.
        var grid: [String] = []
        for (value, label) in zip(ticks.values, tickLabels) {
            let position = y(value)
            grid.append(
                Markup.element(
                    "line",
                    [
                        "x1": f(left), "y1": f(position), "x2": f(right), "y2": f(position),
                        "stroke": value == 0 ? Palette.axis.hex : Palette.grid.hex, "stroke-width": "1",
                    ]))
            grid.append(
                Markup.element(
                    "text",
                    [
                        "x": f(left - 8), "y": f(position + 4), "text-anchor": "end",
                        "font-size": "\(Layout.smallFontSize)", "fill": Palette.secondaryText.hex,
                    ], text: label))
        }
        body += Markup.group(["data-part": "y-axis"], grid)

        // X axis labels, thinned so they do not overlap.
        var axis: [String] = []
        let labelLimit = 16
        let shown = xLabels.map { Text.truncate($0, to: labelLimit) }
        let widest = shown.map { Text.width($0, size: Layout.smallFontSize) }.max() ?? 0
        let every = slot > 0 ? max(1, Int(((widest + 8) / slot).rounded(.up))) : 1
        for (index, label) in xLabels.enumerated() where index % every == 0 {
            axis.append(
                Markup.element(
                    "line",
                    [
                        "x1": f(x(index)), "y1": f(bottom), "x2": f(x(index)), "y2": f(bottom + 4),
                        "stroke": Palette.axis.hex,
                    ]))
            axis += Text.label(
                label, limit: labelLimit, x: x(index), y: bottom + 18, anchor: "middle", size: Layout.smallFontSize,
                fill: Palette.secondaryText.hex)
        }
        axis.append(
            Markup.element(
                "line",
                ["x1": f(left), "y1": f(bottom), "x2": f(right), "y2": f(bottom), "stroke": Palette.axis.hex]))
        body += Markup.group(["data-part": "x-axis"], axis)

        for band in bands { body += renderBand(band, x: x, y: y) }
        if let bars { body += renderBars(bars, x: x, y: y, slot: slot) }
        for line in lines { body += renderLine(line, x: x, y: y) }
        body += renderReferences(left: left, right: right, y: y)

        if !hasData {
            body.append(
                Markup.element(
                    "text",
                    [
                        "x": f(left + plotWidth / 2), "y": f(top + Self.plotHeight / 2), "text-anchor": "middle",
                        "fill": Palette.secondaryText.hex,
                    ], text: "No data"))
        }
        return Markup.document(id: id, title: title, description: description, height: height, body: body)
    }

    private func renderBand(_ band: Band, x: (Int) -> Double, y: LinearScale) -> [String] {
        let f = SVGNumber.format
        let n = max(band.lower.count, band.upper.count)
        var runs: [[Int]] = []
        var run: [Int] = []
        for index in 0..<n {
            if finiteValue(band.lower, index) != nil, finiteValue(band.upper, index) != nil {
                run.append(index)
            } else if !run.isEmpty {
                runs.append(run)
                run = []
            }
        }
        if !run.isEmpty { runs.append(run) }
        var shapes: [String] = []
        for run in runs {
            if run.count == 1 {
                let index = run[0]
                let low = finiteValue(band.lower, index) ?? 0
                let high = finiteValue(band.upper, index) ?? 0
                shapes.append(
                    Markup.element(
                        "rect",
                        [
                            "x": f(x(index) - 3), "y": f(min(y(low), y(high))), "width": f(6),
                            "height": f(abs(y(low) - y(high))),
                        ]))
                continue
            }
            let upper = run.map { "\(f(x($0))) \(f(y(finiteValue(band.upper, $0) ?? 0)))" }
            let lower = run.reversed().map { "\(f(x($0))) \(f(y(finiteValue(band.lower, $0) ?? 0)))" }
            shapes.append(Markup.element("path", ["d": "M" + (upper + lower).joined(separator: " L") + " Z"]))
        }
        guard !shapes.isEmpty else { return [] }
        var pairs: [(String, String)] = [("data-part", "band"), ("fill", band.color.hex)]
        if band.opacity < 1 { pairs.append(("fill-opacity", f(band.opacity))) }
        return ["<g" + pairs.map { " \($0.0)=\"\(Markup.escape($0.1))\"" }.joined() + ">"] + shapes + ["</g>"]
    }

    private func renderLine(_ line: Line, x: (Int) -> Double, y: LinearScale) -> [String] {
        let f = SVGNumber.format
        var runs: [[(Int, Double)]] = []
        var run: [(Int, Double)] = []
        for (index, value) in line.values.enumerated() {
            if let value, value.isFinite {
                run.append((index, value))
            } else if !run.isEmpty {
                runs.append(run)
                run = []
            }
        }
        if !run.isEmpty { runs.append(run) }
        var shapes: [String] = []
        for run in runs {
            if run.count == 1 {
                // An isolated point has no neighbour to join: mark it.
                shapes.append(
                    Markup.element(
                        "circle",
                        ["cx": f(x(run[0].0)), "cy": f(y(run[0].1)), "r": f(3), "fill": line.color.hex, "stroke": "none"]))
            } else {
                let d = "M" + run.map { "\(f(x($0.0))) \(f(y($0.1)))" }.joined(separator: " L")
                shapes.append(Markup.element("path", ["d": d]))
            }
        }
        guard !shapes.isEmpty else { return [] }
        var pairs: [(String, String)] = [
            ("data-part", "series"), ("fill", "none"), ("stroke", line.color.hex), ("stroke-width", f(line.width)),
            ("stroke-linejoin", "round"), ("stroke-linecap", "round"),
        ]
        if let dash = line.dash { pairs.append(("stroke-dasharray", dash)) }
        return ["<g" + pairs.map { " \($0.0)=\"\(Markup.escape($0.1))\"" }.joined() + ">",
            "<title>\(Markup.escape(Text.singleLine(line.name)))</title>"] + shapes + ["</g>"]
    }

    private func renderBars(_ bars: Bars, x: (Int) -> Double, y: LinearScale, slot: Double) -> [String] {
        let f = SVGNumber.format
        let barWidth = max(1, slot * 0.7)
        let zero = y(0)
        var shapes: [String] = []
        for (index, value) in bars.values.enumerated() {
            let title = bars.titles.indices.contains(index) ? bars.titles[index] : nil
            guard let value, value.isFinite else {
                shapes.append(
                    Markup.element(
                        "text",
                        [
                            "x": f(x(index)), "y": f(zero - 5), "text-anchor": "middle",
                            "font-size": "\(Layout.smallFontSize)", "fill": Palette.secondaryText.hex,
                        ], title: title, text: bars.missingMark))
                continue
            }
            var parts: [String] = []
            let top = min(y(value), zero)
            parts.append(
                Markup.element(
                    "rect",
                    [
                        "x": f(x(index) - barWidth / 2), "y": f(top), "width": f(barWidth),
                        "height": f(abs(y(value) - zero)), "fill": bars.color.hex,
                    ]))
            if let low = finiteValue(bars.lower, index), let high = finiteValue(bars.upper, index) {
                let cap = min(8, barWidth / 2)
                let centre = x(index)
                let d = "M\(f(centre)) \(f(y(low))) L\(f(centre)) \(f(y(high)))"
                    + " M\(f(centre - cap / 2)) \(f(y(low))) L\(f(centre + cap / 2)) \(f(y(low)))"
                    + " M\(f(centre - cap / 2)) \(f(y(high))) L\(f(centre + cap / 2)) \(f(y(high)))"
                parts.append(
                    Markup.element("path", ["d": d, "fill": "none", "stroke": Palette.text.hex, "stroke-width": "1.5"]))
            }
            shapes += Markup.group(title: title, parts)
        }
        return Markup.group(["data-part": "bars"], shapes)
    }

    private func renderReferences(left: Double, right: Double, y: LinearScale) -> [String] {
        let f = SVGNumber.format
        var lines: [String] = []
        var usedLabelPositions: [Double] = []
        for reference in references where reference.value.isFinite {
            let position = y(reference.value)
            lines.append(
                Markup.element(
                    "line",
                    [
                        "x1": f(left), "y1": f(position), "x2": f(right), "y2": f(position),
                        "stroke": Palette.axis.hex, "stroke-width": "1.5", "stroke-dasharray": "5 4",
                    ], title: "\(Text.singleLine(reference.label)): \(Ticks.describe(reference.value))"))
            // Above the line, unless that clashes with an earlier label; then below it.
            var baseline = position - 5
            if usedLabelPositions.contains(where: { abs($0 - baseline) < 13 }) { baseline = position + 14 }
            usedLabelPositions.append(baseline)
            lines += Text.label(
                reference.label, limit: 48, x: right - 4, y: baseline, anchor: "end", fill: Palette.text.hex
            ).map(Self.halo)
        }
        return lines.isEmpty ? [] : Markup.group(["data-part": "references"], lines)
    }

    /// Gives a `<text>` line a white outline so it stays legible over data: a white-stroked
    /// copy drawn first, then the text. (`paint-order` would do it in one element, but HTML
    /// validators in use still reject that attribute.)
    static func halo(_ line: String) -> String {
        guard line.hasPrefix("<text ") else { return line }
        let outline = "<text stroke=\"#ffffff\" stroke-width=\"3\" stroke-linejoin=\"round\" aria-hidden=\"true\" "
            + line.dropFirst("<text ".count)
        return outline + line
    }
}

extension Ticks {
    /// A value written for a tooltip: up to three decimals, trailing zeros dropped.
    static func describe(_ value: Double) -> String {
        var text = DecimalText.format(value, places: 3, grouping: true)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text == "-0" ? "0" : text
    }
}
