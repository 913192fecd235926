/// Rates by area: one row per category with a dot for the value, whiskers for its 95%
/// interval, the value written in a column on the right, and an optional vertical reference
/// line (e.g. the force or England and Wales rate).
///
/// A row's status (higher, similar, lower than the reference, or not compared) is shown by
/// marker shape as well as colour, and named in a legend and in each row's tooltip. Rows are
/// drawn in the order given. Long labels are cut with an ellipsis; the full text stays in a
/// `<title>`.
public struct IntervalDotChart: Chart, Equatable {
    public struct Row: Sendable, Equatable {
        public var label: String
        public var value: Double?
        public var lower: Double?
        public var upper: Double?
        public var status: Status?

        public init(label: String, value: Double?, lower: Double? = nil, upper: Double? = nil, status: Status? = nil) {
            self.label = label
            self.value = value
            self.lower = lower
            self.upper = upper
            self.status = status
        }
    }

    /// How a row compares with the reference.
    public enum Status: Sendable, Equatable, CaseIterable {
        case higher, similar, lower, notCompared

        /// Triangle up, circle, triangle down, hollow circle.
        public var shape: MarkerShape {
            switch self {
            case .higher: .triangleUp
            case .similar, .notCompared: .circle
            case .lower: .triangleDown
            }
        }

        /// Marker fill: vermillion, dark grey, blue, white (hollow).
        public var fill: RGB {
            switch self {
            case .higher: Palette.categorical[1]
            case .similar: Palette.axis
            case .lower: Palette.categorical[0]
            case .notCompared: Palette.white
            }
        }

        /// Marker outline: the fill darkened, or dark grey for the hollow marker.
        public var stroke: RGB {
            switch self {
            case .notCompared: Palette.axis
            default: fill.mixed(with: RGB(0, 0, 0), share: 0.3)
            }
        }
    }

    /// The words used for each status in the legend and tooltips.
    public struct StatusLabels: Sendable, Equatable {
        public var higher: String
        public var similar: String
        public var lower: String
        public var notCompared: String

        public init(
            higher: String = "Significantly higher", similar: String = "Not significantly different",
            lower: String = "Significantly lower", notCompared: String = "Not compared"
        ) {
            self.higher = higher
            self.similar = similar
            self.lower = lower
            self.notCompared = notCompared
        }

        public func label(_ status: Status) -> String {
            switch status {
            case .higher: higher
            case .similar: similar
            case .lower: lower
            case .notCompared: notCompared
            }
        }
    }

    public var id: String
    public var title: String
    public var summary: String
    public var valueLabel: String
    public var rows: [Row]
    public var reference: Reference?
    public var statusLabels: StatusLabels
    /// Decimals for values written on the chart and in the description; nil chooses from the data.
    public var decimals: Int?
    /// What a row without a value means: "no data", or a rate withheld by disclosure control.
    public var missing: MissingValue

    public init(
        id: String, title: String, summary: String, valueLabel: String, rows: [Row], reference: Reference? = nil,
        statusLabels: StatusLabels = StatusLabels(), decimals: Int? = nil, missing: MissingValue = .noData
    ) {
        self.missing = missing
        self.id = id
        self.title = title
        self.summary = summary
        self.valueLabel = valueLabel
        self.rows = rows
        self.reference = reference
        self.statusLabels = statusLabels
        self.decimals = decimals
    }

    static let rowHeight = 24.0
    static let labelLimit = 28

    private var places: Int {
        ValueDecimals.choose(decimals, for: rows.compactMap(\.value) + rows.compactMap(\.lower) + rows.compactMap(\.upper))
    }

    private func number(_ value: Double) -> String { DecimalText.format(value, places: places, grouping: true) }

    /// The value column text of a row, e.g. "12.4 (10.1–15.0)" or "-2 (-3 to -1)".
    private func valueText(_ row: Row) -> String {
        guard let value = row.value, value.isFinite else { return missing == .noData ? "no data" : "not published" }
        guard let low = row.lower, let high = row.upper, low.isFinite, high.isFinite else { return number(value) }
        // An en dash between negative numbers would read as a minus sign.
        let separator = low < 0 || high < 0 ? " to " : "–"
        return "\(number(value)) (\(number(low))\(separator)\(number(high)))"
    }

    private func tooltip(_ row: Row) -> String {
        var text = Text.singleLine(row.label) + ": "
        guard let value = row.value, value.isFinite else { return text + Text.singleLine(missing.label) }
        text += number(value)
        if let low = row.lower, let high = row.upper, low.isFinite, high.isFinite {
            text += " (95% interval \(number(low)) to \(number(high)))"
        }
        if let status = row.status { text += "; " + statusLabels.label(status).lowercased() }
        return text
    }

    public var fullDescription: String {
        let items = rows.map { Summary.Item(value: $0.value, place: $0.label) }
        var sentences = Summary.range(items, places: places, missing: missing)
        if let reference, reference.value.isFinite {
            sentences.append("The reference line \(Text.singleLine(reference.label)) is at \(Ticks.describe(reference.value)).")
        }
        var counts: [String] = []
        for status in Status.allCases {
            let count = rows.filter { $0.status == status }.count
            if count > 0 { counts.append("\(statusLabels.label(status).lowercased()): \(count)") }
        }
        if !counts.isEmpty {
            sentences.append("Number of rows by comparison: " + counts.joined(separator: ", ") + ".")
        }
        return describe(summary, sentences)
    }

    public func svg() -> String {
        let f = SVGNumber.format
        var domain: [Double] = [0]
        for row in rows {
            domain += [row.value, row.lower, row.upper].compactMap { $0 }.filter(\.isFinite)
        }
        if let reference, reference.value.isFinite { domain.append(reference.value) }
        let ticks = Ticks.nice(covering: domain.min() ?? 0, domain.max() ?? 1)

        let shownLabels = rows.map { Text.truncate($0.label, to: Self.labelLimit) }
        let labelWidth = shownLabels.map { Text.width($0) }.max() ?? 0
        let left = max(60, (labelWidth + 20).rounded(.up))
        let valueTexts = rows.map(valueText)
        let valueWidth = valueTexts.map { Text.width($0, size: Layout.smallFontSize) }.max() ?? 0
        let valueRight = Layout.width - 8
        let right = valueRight - valueWidth - 16
        let plotWidth = right - left

        var items: [Legend.Item] = []
        for status in Status.allCases where rows.contains(where: { $0.status == status }) {
            items.append(
                Legend.Item(
                    label: statusLabels.label(status),
                    sample: .marker(shape: status.shape, fill: status.fill, stroke: status.stroke)))
        }
        let legend = Legend(items: items)
        var top = 8.0
        let legendTop = top
        top += legend.height(width: Layout.width - 16)
        let referenceLabelBaseline = top + 12
        if reference != nil { top += 20 }
        top += 4
        let bottom = top + Double(max(1, rows.count)) * Self.rowHeight
        let x = LinearScale(domain: (ticks.lower, ticks.upper), range: (left, right))

        var body: [String] = legend.render(x: 8, y: legendTop, width: Layout.width - 16)

        var stripes: [String] = []
        for index in rows.indices where index % 2 == 0 {
            stripes.append(
                Markup.element(
                    "rect",
                    [
                        "x": f(8), "y": f(top + Double(index) * Self.rowHeight), "width": f(Layout.width - 16),
                        "height": f(Self.rowHeight), "fill": Palette.stripe.hex,
                    ]))
        }
        body += Markup.group(["data-part": "stripes"], stripes)

        var grid: [String] = []
        for (value, label) in zip(ticks.values, ticks.labels) {
            grid.append(
                Markup.element(
                    "line",
                    [
                        "x1": f(x(value)), "y1": f(top), "x2": f(x(value)), "y2": f(bottom + 4),
                        "stroke": value == 0 ? Palette.axis.hex : Palette.grid.hex,
                    ]))
            grid.append(
                Markup.element(
                    "text",
                    [
                        "x": f(x(value)), "y": f(bottom + 18), "text-anchor": "middle",
                        "font-size": "\(Layout.smallFontSize)", "fill": Palette.secondaryText.hex,
                    ], text: label))
        }
        grid += Text.label(valueLabel, limit: 80, x: left + plotWidth / 2, y: bottom + 38, anchor: "middle", weight: "600")
        body += Markup.group(["data-part": "x-axis"], grid)

        if let reference, reference.value.isFinite {
            let position = x(reference.value)
            var lines = [
                Markup.element(
                    "line",
                    [
                        "x1": f(position), "y1": f(top - 4), "x2": f(position), "y2": f(bottom),
                        "stroke": Palette.axis.hex, "stroke-width": "1.5", "stroke-dasharray": "5 4",
                    ], title: "\(Text.singleLine(reference.label)): \(Ticks.describe(reference.value))")
            ]
            // Centred on the line, but kept inside the chart.
            let limit = 48
            let half = Text.width(Text.truncate(reference.label, to: limit)) / 2
            let centre = min(max(position, 8 + half), Layout.width - 8 - half)
            lines += Text.label(reference.label, limit: limit, x: centre, y: referenceLabelBaseline, anchor: "middle")
            body += Markup.group(["data-part": "reference"], lines)
        }

        var marks: [String] = []
        for (index, row) in rows.enumerated() {
            let middle = top + (Double(index) + 0.5) * Self.rowHeight
            var parts: [String] = []
            parts += Text.label(row.label, limit: Self.labelLimit, x: left - 12, y: middle + 4, anchor: "end")
            if let low = row.lower, let high = row.upper, low.isFinite, high.isFinite {
                let d = "M\(f(x(low))) \(f(middle)) L\(f(x(high))) \(f(middle))"
                    + " M\(f(x(low))) \(f(middle - 5)) L\(f(x(low))) \(f(middle + 5))"
                    + " M\(f(x(high))) \(f(middle - 5)) L\(f(x(high))) \(f(middle + 5))"
                parts.append(
                    Markup.element("path", ["d": d, "fill": "none", "stroke": Palette.axis.hex, "stroke-width": "1.5"]))
            }
            if let value = row.value, value.isFinite {
                let status = row.status
                let fill = status?.fill ?? Palette.color(0)
                let stroke = status?.stroke ?? Palette.color(0).mixed(with: RGB(0, 0, 0), share: 0.3)
                parts.append((status?.shape ?? .circle).element(x: x(value), y: middle, r: 5, fill: fill.hex, stroke: stroke.hex))
            }
            parts.append(
                Markup.element(
                    "text",
                    [
                        "x": f(valueRight), "y": f(middle + 4), "text-anchor": "end", "font-size": "\(Layout.smallFontSize)",
                        "fill": row.value?.isFinite == true ? Palette.text.hex : Palette.secondaryText.hex,
                    ], text: valueTexts[index]))
            marks += Markup.group(["data-part": "row"], title: tooltip(row), parts)
        }
        body += marks
        if rows.isEmpty {
            body.append(
                Markup.element(
                    "text", ["x": f(Layout.width / 2), "y": f(top + 16), "text-anchor": "middle", "fill": Palette.secondaryText.hex],
                    text: "No data"))
        }
        let height = bottom + 50
        return Markup.document(id: id, title: title, description: fullDescription, height: height, body: body)
    }
}
