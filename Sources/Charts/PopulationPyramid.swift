/// Age bands up the middle, male bars to the left and female bars to the right.
///
/// `bands` are given youngest first and drawn from the bottom up. Both sides share one
/// scale so they can be compared; each bar's value is in its `<title>` tooltip.
public struct PopulationPyramid: Chart, Equatable {
    public var id: String
    public var title: String
    public var summary: String
    public var bands: [String]
    public var male: [Double?]
    public var female: [Double?]
    /// What the bar lengths are, e.g. "Victims per 1,000 population"; labels the axis.
    public var valueLabel: String
    public var maleLabel: String
    public var femaleLabel: String
    /// Decimals for values in tooltips and the description; nil chooses from the data.
    public var decimals: Int?
    /// What a missing value means and how it is marked.
    public var missing: MissingValue

    public init(
        id: String, title: String, summary: String, bands: [String], male: [Double?], female: [Double?],
        valueLabel: String, maleLabel: String = "Male", femaleLabel: String = "Female", decimals: Int? = nil,
        missing: MissingValue = .noData
    ) {
        self.missing = missing
        self.id = id
        self.title = title
        self.summary = summary
        self.bands = bands
        self.male = male
        self.female = female
        self.valueLabel = valueLabel
        self.maleLabel = maleLabel
        self.femaleLabel = femaleLabel
        self.decimals = decimals
    }

    static let rowHeight = 20.0
    static let maleColor = Palette.color(0)
    static let femaleColor = Palette.color(1)

    private var places: Int { ValueDecimals.choose(decimals, for: finite(male) + finite(female)) }
    private var rowCount: Int { max(bands.count, male.count, female.count) }

    private func band(_ index: Int) -> String {
        bands.indices.contains(index) ? Text.singleLine(bands[index]) : "band \(index + 1)"
    }

    public var fullDescription: String {
        let count = rowCount
        var sentences: [String] = []
        for (name, values) in [(maleLabel, male), (femaleLabel, female)] {
            let items = (0..<count).map { Summary.Item(value: values.indices.contains($0) ? values[$0] : nil, place: band($0)) }
            sentences += Summary.range(items, noun: "\(Text.singleLine(name)) values", places: places, missing: missing)
                .map { $0.hasPrefix("There") || $0.hasPrefix("No ") ? "\(Text.singleLine(name)): \($0)" : $0 }
        }
        return describe(summary, sentences)
    }

    public func svg() -> String {
        let f = SVGNumber.format
        let count = rowCount
        let all = finite(male) + finite(female)
        let ticks = Ticks.nice(covering: 0, max(0, all.max() ?? 0), target: 4)
        let bandLimit = 14
        let gutter = max(56, ((0..<count).map { Text.width(Text.truncate(band($0), to: bandLimit)) }.max() ?? 0) + 16)
        let margin = 20.0
        let half = (Layout.width - 2 * margin - gutter) / 2
        let centre = Layout.width / 2
        let maleZero = centre - gutter / 2
        let femaleZero = centre + gutter / 2
        let length = LinearScale(domain: (0, ticks.upper), range: (0, half))

        let top = 32.0
        let bottom = top + Double(max(1, count)) * Self.rowHeight
        var body: [String] = []
        body += Text.label(maleLabel, limit: 30, x: maleZero - half / 2, y: 18, anchor: "middle", weight: "600")
        body += Text.label(femaleLabel, limit: 30, x: femaleZero + half / 2, y: 18, anchor: "middle", weight: "600")

        var grid: [String] = []
        for (value, label) in zip(ticks.values, ticks.labels) {
            for xPosition in value == 0 ? [maleZero, femaleZero] : [maleZero - length(value), femaleZero + length(value)] {
                grid.append(
                    Markup.element(
                        "line",
                        [
                            "x1": f(xPosition), "y1": f(top), "x2": f(xPosition), "y2": f(bottom + 4),
                            "stroke": value == 0 ? Palette.axis.hex : Palette.grid.hex,
                        ]))
                grid.append(
                    Markup.element(
                        "text",
                        [
                            "x": f(xPosition), "y": f(bottom + 18), "text-anchor": "middle",
                            "font-size": "\(Layout.smallFontSize)", "fill": Palette.secondaryText.hex,
                        ], text: label))
            }
        }
        grid += Text.label(valueLabel, limit: 80, x: centre, y: bottom + 38, anchor: "middle", weight: "600")
        body += Markup.group(["data-part": "axes"], grid)

        var rows: [String] = []
        for index in 0..<count {
            // Youngest band at the bottom.
            let rowTop = bottom - Double(index + 1) * Self.rowHeight
            let middle = rowTop + Self.rowHeight / 2
            rows += Text.label(band(index), limit: bandLimit, x: centre, y: middle + 4, anchor: "middle")
            for (side, values, color) in [(maleLabel, male, Self.maleColor), (femaleLabel, female, Self.femaleColor)] {
                let title = "\(Text.singleLine(side)), \(band(index)): "
                guard let value = finiteValue(values, index) else {
                    rows.append(
                        Markup.element(
                            "text",
                            [
                                "x": f(side == maleLabel ? maleZero - 4 : femaleZero + 4), "y": f(middle + 4),
                                "text-anchor": side == maleLabel ? "end" : "start", "font-size": "\(Layout.smallFontSize)",
                                "fill": Palette.secondaryText.hex,
                            ], title: title + Text.singleLine(missing.label), text: missing.mark))
                    continue
                }
                let barLength = length(max(0, value))
                let x = side == maleLabel ? maleZero - barLength : femaleZero
                rows.append(
                    Markup.element(
                        "rect",
                        [
                            "x": f(x), "y": f(rowTop + 3), "width": f(barLength), "height": f(Self.rowHeight - 6),
                            "fill": color.hex,
                        ], title: title + DecimalText.format(value, places: places, grouping: true)))
            }
        }
        body += Markup.group(["data-part": "bars"], rows)
        if all.isEmpty {
            body.append(
                Markup.element(
                    "text", ["x": f(centre), "y": f(top + 14), "text-anchor": "middle", "fill": Palette.secondaryText.hex],
                    text: "No data"))
        }
        return Markup.document(id: id, title: title, description: fullDescription, height: bottom + 50, body: body)
    }
}
