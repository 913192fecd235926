/// Vertical bars over categories (seasonal indices by month, deprivation deciles), with
/// optional interval whiskers and an optional labelled reference line.
///
/// Negative values draw below the zero line; a missing value shows `missing.mark` ("n/a",
/// or "*" for a count withheld by disclosure control) so it is never
/// mistaken for zero.
public struct BarChart: Chart, Equatable {
    public var id: String
    public var title: String
    public var summary: String
    public var labels: [String]
    public var values: [Double?]
    public var lower: [Double?]?
    public var upper: [Double?]?
    public var yLabel: String
    public var reference: Reference?
    /// Decimals for values in the description and tooltips; nil chooses from the data.
    public var decimals: Int?
    /// What a missing value means and how it is marked.
    public var missing: MissingValue

    public init(
        id: String, title: String, summary: String, labels: [String], values: [Double?], lower: [Double?]? = nil,
        upper: [Double?]? = nil, yLabel: String, reference: Reference? = nil, decimals: Int? = nil, missing: MissingValue = .noData
    ) {
        self.missing = missing
        self.id = id
        self.title = title
        self.summary = summary
        self.labels = labels
        self.values = values
        self.lower = lower
        self.upper = upper
        self.yLabel = yLabel
        self.reference = reference
        self.decimals = decimals
    }

    private var places: Int { ValueDecimals.choose(decimals, for: finite(values)) }

    private func label(_ index: Int) -> String {
        labels.indices.contains(index) ? Text.singleLine(labels[index]) : "bar \(index + 1)"
    }

    public var fullDescription: String {
        let items = values.enumerated().map { Summary.Item(value: $0.element, place: label($0.offset)) }
        var sentences = Summary.range(items, places: places, missing: missing)
        if let reference, reference.value.isFinite {
            sentences.append("The reference line \(Text.singleLine(reference.label)) is at \(Ticks.describe(reference.value)).")
        }
        return describe(summary, sentences)
    }

    public func svg() -> String {
        let titles = values.indices.map { index -> String in
            guard let value = finiteValue(values, index) else { return "\(label(index)): \(Text.singleLine(missing.label))" }
            var text = "\(label(index)): \(DecimalText.format(value, places: places, grouping: true))"
            if let low = finiteValue(lower, index), let high = finiteValue(upper, index) {
                text += " (interval \(DecimalText.format(low, places: places, grouping: true)) to "
                    + "\(DecimalText.format(high, places: places, grouping: true)))"
            }
            return text
        }
        var plot = CategoryPlot(id: id, title: title, description: fullDescription, xLabels: labels, yLabel: yLabel)
        plot.bars = CategoryPlot.Bars(values: values, lower: lower, upper: upper, color: Palette.color(0), titles: titles,
                                      missingMark: missing.mark)
        if let reference { plot.references = [reference] }
        return plot.render()
    }
}
