/// Counts in a grid of rows × columns (e.g. 7 weekdays × 24 hours), coloured on a single-hue
/// sequential scale that darkens as values rise, so it reads in grayscale too.
///
/// Each cell's value is in its `<title>` tooltip; a key below the grid shows the scale from
/// its lowest to its highest value. The scale starts at zero unless values are negative.
/// Missing cells (NaN, or a row shorter than the others) are drawn white with a grey
/// diagonal and `missing.label` in their tooltip and in the key (for counts withheld by
/// disclosure control, a label saying so: such a cell is never drawn as zero).
public struct Heatmap: Chart, Equatable {
    public var id: String
    public var title: String
    public var summary: String
    public var rowLabels: [String]
    public var columnLabels: [String]
    /// `values[row][column]`.
    public var values: [[Double]]
    /// What the values are, e.g. "Offences"; labels the key.
    public var valueLabel: String
    /// Decimals for values in tooltips and the description; nil chooses from the data.
    public var decimals: Int?
    /// What a missing cell means, e.g. "no data" or "not published (fewer than 8)".
    public var missing: MissingValue

    public init(
        id: String, title: String, summary: String, rowLabels: [String], columnLabels: [String], values: [[Double]],
        valueLabel: String, decimals: Int? = nil, missing: MissingValue = .noData
    ) {
        self.missing = missing
        self.id = id
        self.title = title
        self.summary = summary
        self.rowLabels = rowLabels
        self.columnLabels = columnLabels
        self.values = values
        self.valueLabel = valueLabel
        self.decimals = decimals
    }

    static let rowHeight = 22.0
    static let keySteps = 10

    private var rowCount: Int { max(rowLabels.count, values.count) }
    private var columnCount: Int { max(columnLabels.count, values.map(\.count).max() ?? 0) }
    private var places: Int { ValueDecimals.choose(decimals, for: values.flatMap { $0 }) }

    private func value(_ row: Int, _ column: Int) -> Double? {
        guard values.indices.contains(row), values[row].indices.contains(column) else { return nil }
        let value = values[row][column]
        return value.isFinite ? value : nil
    }

    private func rowLabel(_ row: Int) -> String {
        rowLabels.indices.contains(row) ? Text.singleLine(rowLabels[row]) : "row \(row + 1)"
    }

    private func columnLabel(_ column: Int) -> String {
        columnLabels.indices.contains(column) ? Text.singleLine(columnLabels[column]) : "column \(column + 1)"
    }

    /// The scale's lowest and highest values: zero (or the lowest negative value) up to the highest.
    private var extent: (Double, Double) {
        let all = values.flatMap { $0 }.filter(\.isFinite)
        return (min(0, all.min() ?? 0), max(0, all.max() ?? 0))
    }

    /// The colour for `value` on this chart's scale.
    func color(for value: Double) -> RGB {
        let (low, high) = extent
        guard high > low else { return SequentialScale.color(at: 0) }
        return SequentialScale.color(at: (value - low) / (high - low))
    }

    private var hasMissingCells: Bool {
        (0..<rowCount).contains { row in (0..<columnCount).contains { value(row, $0) == nil } }
    }

    public var fullDescription: String {
        var items: [Summary.Item] = []
        for row in 0..<rowCount {
            for column in 0..<columnCount {
                items.append(Summary.Item(value: value(row, column), place: "\(rowLabel(row)), \(columnLabel(column))"))
            }
        }
        return describe(summary, Summary.range(items, places: places, missing: missing))
    }

    public func svg() -> String {
        let f = SVGNumber.format
        let rows = rowCount
        let columns = columnCount
        let labelLimit = 16
        let labelWidth = rowLabels.map { Text.width(Text.truncate($0, to: labelLimit)) }.max() ?? 0
        let left = max(40, (labelWidth + 16).rounded(.up))
        let right = Layout.width - Layout.rightMargin
        let top = 8.0
        let cellWidth = columns > 0 ? (right - left) / Double(columns) : right - left
        let bottom = top + Double(max(1, rows)) * Self.rowHeight
        var body: [String] = []

        var cells: [String] = []
        for row in 0..<rows {
            for column in 0..<columns {
                let x = left + Double(column) * cellWidth
                let y = top + Double(row) * Self.rowHeight
                let place = "\(rowLabel(row)), \(columnLabel(column))"
                if let value = value(row, column) {
                    cells.append(
                        Markup.element(
                            "rect",
                            [
                                "x": f(x), "y": f(y), "width": f(cellWidth), "height": f(Self.rowHeight),
                                "fill": color(for: value).hex,
                            ], title: "\(place): \(DecimalText.format(value, places: places, grouping: true))"))
                } else {
                    cells += Markup.group(
                        title: "\(place): \(Text.singleLine(missing.label))",
                        [
                            Markup.element(
                                "rect",
                                ["x": f(x), "y": f(y), "width": f(cellWidth), "height": f(Self.rowHeight), "fill": "#ffffff"]),
                            Markup.element(
                                "line",
                                [
                                    "x1": f(x + 3), "y1": f(y + Self.rowHeight - 3), "x2": f(x + cellWidth - 3),
                                    "y2": f(y + 3), "stroke": Palette.axis.hex,
                                ]),
                        ])
                }
            }
        }
        body += Markup.group(["data-part": "cells", "stroke": "#ffffff", "stroke-width": "1"], cells)
        body.append(
            Markup.element(
                "rect",
                [
                    "x": f(left), "y": f(top), "width": f(right - left), "height": f(bottom - top), "fill": "none",
                    "stroke": "#bdbdbd",
                ]))

        var labels: [String] = []
        for row in 0..<rows {
            labels += Text.label(
                rowLabel(row), limit: labelLimit, x: left - 8, y: top + (Double(row) + 0.5) * Self.rowHeight + 4,
                anchor: "end")
        }
        let columnLimit = 8
        let widest = (0..<columns).map { Text.width(Text.truncate(columnLabel($0), to: columnLimit), size: Layout.smallFontSize) }.max() ?? 0
        let every = cellWidth > 0 ? max(1, Int(((widest + 4) / cellWidth).rounded(.up))) : 1
        for column in 0..<columns where column % every == 0 {
            labels += Text.label(
                columnLabel(column), limit: columnLimit, x: left + (Double(column) + 0.5) * cellWidth, y: bottom + 16,
                anchor: "middle", size: Layout.smallFontSize, fill: Palette.secondaryText.hex)
        }
        body += Markup.group(["data-part": "axes"], labels)

        // The key: the scale in equal steps from its lowest to its highest value.
        let (low, high) = extent
        let keyTop = bottom + 30
        let stepWidth = 24.0
        let keyLabel = Text.truncate(valueLabel, to: 30)
        let keyLeft = max(left, 8 + Text.width(keyLabel) + 12)
        var key: [String] = Text.label(valueLabel, limit: 30, x: keyLeft - 10, y: keyTop + 12, anchor: "end")
        for step in 0..<Self.keySteps {
            let share = (Double(step) + 0.5) / Double(Self.keySteps)
            key.append(
                Markup.element(
                    "rect",
                    [
                        "x": f(keyLeft + Double(step) * stepWidth), "y": f(keyTop), "width": f(stepWidth), "height": f(16),
                        "fill": SequentialScale.color(at: share).hex,
                    ]))
        }
        key.append(
            Markup.element(
                "rect",
                [
                    "x": f(keyLeft), "y": f(keyTop), "width": f(stepWidth * Double(Self.keySteps)), "height": f(16),
                    "fill": "none", "stroke": "#bdbdbd",
                ]))
        let keyPlaces = high > low ? places : 0
        key.append(
            Markup.element(
                "text",
                [
                    "x": f(keyLeft), "y": f(keyTop + 30), "text-anchor": "start", "font-size": "\(Layout.smallFontSize)",
                    "fill": Palette.secondaryText.hex,
                ], text: DecimalText.format(low, places: keyPlaces, grouping: true)))
        key.append(
            Markup.element(
                "text",
                [
                    "x": f(keyLeft + stepWidth * Double(Self.keySteps)), "y": f(keyTop + 30), "text-anchor": "end",
                    "font-size": "\(Layout.smallFontSize)", "fill": Palette.secondaryText.hex,
                ], text: DecimalText.format(high, places: keyPlaces, grouping: true)))
        if hasMissingCells {
            // The missing cells' swatch and label, beside the scale.
            let x = keyLeft + stepWidth * Double(Self.keySteps) + 24
            key.append(Markup.element("rect", ["x": f(x), "y": f(keyTop), "width": f(stepWidth), "height": f(16), "fill": "#ffffff",
                                               "stroke": "#bdbdbd"]))
            key.append(Markup.element("line", ["x1": f(x + 3), "y1": f(keyTop + 13), "x2": f(x + stepWidth - 3), "y2": f(keyTop + 3),
                                               "stroke": Palette.axis.hex]))
            key += Text.label(missing.label, limit: 48, x: x + stepWidth + 6, y: keyTop + 12, anchor: "start",
                              size: Layout.smallFontSize, fill: Palette.secondaryText.hex)
        }
        body += Markup.group(["data-part": "key"], key)

        if !values.joined().contains(where: \.isFinite) {
            body.append(
                Markup.element(
                    "text",
                    ["x": f((left + right) / 2), "y": f(top + 15), "text-anchor": "middle", "fill": Palette.secondaryText.hex],
                    text: "No data"))
        }
        return Markup.document(id: id, title: title, description: fullDescription, height: keyTop + 42, body: body)
    }
}
