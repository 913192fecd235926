/// One or more series over ordered x labels (e.g. months), each with an optional interval
/// band, and optional labelled horizontal reference lines.
///
/// Missing values (nil or NaN) leave gaps; a point with no neighbour is drawn as a dot.
/// Series differ by colour and dash pattern; with more than one series, or any band, a
/// legend is drawn above the plot. The y axis always includes zero.
public struct LineChart: Chart, Equatable {
    public struct Series: Sendable, Equatable {
        public var name: String
        public var values: [Double?]
        public var lower: [Double?]?
        public var upper: [Double?]?

        public init(name: String, values: [Double?], lower: [Double?]? = nil, upper: [Double?]? = nil) {
            self.name = name
            self.values = values
            self.lower = lower
            self.upper = upper
        }
    }

    public var id: String
    public var title: String
    public var summary: String
    public var xLabels: [String]
    public var yLabel: String
    public var series: [Series]
    public var references: [Reference]
    /// Legend text for the shaded bands.
    public var bandLabel: String
    /// Decimals for values in the description; nil chooses from the data.
    public var decimals: Int?

    public init(
        id: String, title: String, summary: String, xLabels: [String], yLabel: String, series: [Series],
        references: [Reference] = [], bandLabel: String = "95% confidence interval", decimals: Int? = nil
    ) {
        self.id = id
        self.title = title
        self.summary = summary
        self.xLabels = xLabels
        self.yLabel = yLabel
        self.series = series
        self.references = references
        self.bandLabel = bandLabel
        self.decimals = decimals
    }

    public var fullDescription: String {
        let all = series.flatMap { finite($0.values) }
        let places = ValueDecimals.choose(decimals, for: all)
        var items: [Summary.Item] = []
        for entry in series {
            for (index, value) in entry.values.enumerated() {
                let label = xLabels.indices.contains(index) ? Text.singleLine(xLabels[index]) : "point \(index + 1)"
                items.append(Summary.Item(value: value, place: series.count > 1 ? "\(label) (\(entry.name))" : label))
            }
        }
        var sentences = Summary.range(items, places: places)
        for reference in references where reference.value.isFinite {
            sentences.append("The reference line \(Text.singleLine(reference.label)) is at \(Ticks.describe(reference.value)).")
        }
        return describe(summary, sentences)
    }

    public func svg() -> String {
        var plot = CategoryPlot(
            id: id, title: title, description: fullDescription, xLabels: xLabels, yLabel: yLabel)
        plot.references = references
        var items: [Legend.Item] = []
        for (index, entry) in series.enumerated() {
            let color = Palette.color(index)
            if let lower = entry.lower, let upper = entry.upper {
                plot.bands.append(CategoryPlot.Band(lower: lower, upper: upper, color: color, opacity: 0.2))
            }
            plot.lines.append(
                CategoryPlot.Line(name: entry.name, values: entry.values, color: color, dash: Palette.dash(index)))
            items.append(Legend.Item(label: entry.name, sample: .line(color: color, dash: Palette.dash(index), width: 2)))
        }
        if !plot.bands.isEmpty {
            let color = plot.bands.count == 1 ? plot.bands[0].color : Palette.axis
            items.append(Legend.Item(label: bandLabel, sample: .swatch(color: color, opacity: 0.2)))
        }
        if series.count > 1 || !plot.bands.isEmpty { plot.legend = Legend(items: items) }
        return plot.render()
    }
}
