/// An observed series followed by a forecast with 80% and 95% prediction bands.
///
/// All arrays are indexed by `xLabels`: `observed` is nil where there is no observation
/// (the future), `forecast` and the bounds are nil where there is no forecast (the past).
/// When the forecast starts right after the last observation, its line is joined to it.
/// The 95% band is the lighter shade, the 80% band the darker one, both solid tints so they
/// print in grayscale; the forecast line is dashed and the observed line solid.
public struct ForecastChart: Chart, Equatable {
    public var id: String
    public var title: String
    public var summary: String
    public var xLabels: [String]
    public var observed: [Double?]
    public var forecast: [Double?]
    public var lower80: [Double?]
    public var upper80: [Double?]
    public var lower95: [Double?]
    public var upper95: [Double?]
    public var yLabel: String
    /// Decimals for values in the description; nil chooses from the data.
    public var decimals: Int?

    public init(
        id: String, title: String, summary: String, xLabels: [String], observed: [Double?], forecast: [Double?],
        lower80: [Double?], upper80: [Double?], lower95: [Double?], upper95: [Double?], yLabel: String,
        decimals: Int? = nil
    ) {
        self.id = id
        self.title = title
        self.summary = summary
        self.xLabels = xLabels
        self.observed = observed
        self.forecast = forecast
        self.lower80 = lower80
        self.upper80 = upper80
        self.lower95 = lower95
        self.upper95 = upper95
        self.yLabel = yLabel
        self.decimals = decimals
    }

    static let observedColor = Palette.color(0)
    static let forecastColor = Palette.color(1)
    static let band80 = Palette.color(1).mixed(with: Palette.white, share: 0.55)
    static let band95 = Palette.color(1).mixed(with: Palette.white, share: 0.8)

    private func label(_ index: Int) -> String {
        xLabels.indices.contains(index) ? Text.singleLine(xLabels[index]) : "point \(index + 1)"
    }

    public var fullDescription: String {
        let places = ValueDecimals.choose(decimals, for: finite(observed) + finite(forecast))
        func number(_ value: Double) -> String { DecimalText.format(value, places: places, grouping: true) }
        let observedItems = observed.enumerated().compactMap { index, value -> Summary.Item? in
            // Positions after the last observation are the future, not missing values.
            guard let last = observed.lastIndex(where: { $0?.isFinite == true }), index <= last else { return nil }
            return Summary.Item(value: value, place: label(index))
        }
        var sentences: [String] = []
        if observedItems.isEmpty {
            sentences.append("There are no observed values.")
        } else {
            sentences += Summary.range(observedItems, noun: "Observed values", places: places)
        }
        let forecastIndices = forecast.indices.filter { finiteValue(forecast, $0) != nil }
        if let first = forecastIndices.first, let last = forecastIndices.last, let end = finiteValue(forecast, last) {
            var sentence = first == last
                ? "The forecast for \(label(last)) is \(number(end))"
                : "The forecast runs from \(label(first)) to \(label(last)), ending at \(number(end))"
            var intervals: [String] = []
            if let low = finiteValue(lower80, last), let high = finiteValue(upper80, last) {
                intervals.append("80% prediction interval \(number(low)) to \(number(high))")
            }
            if let low = finiteValue(lower95, last), let high = finiteValue(upper95, last) {
                intervals.append("95% prediction interval \(number(low)) to \(number(high))")
            }
            if !intervals.isEmpty { sentence += " (" + intervals.joined(separator: "; ") + ")" }
            sentences.append(sentence + ".")
        } else {
            sentences.append("There is no forecast.")
        }
        return describe(summary, sentences)
    }

    public func svg() -> String {
        // The forecast line and its bands leave from the last observation when they start
        // right after it, so the picture has no gap where the forecast begins.
        var forecastLine = forecast
        var bounds = [lower80, upper80, lower95, upper95]
        if let start = forecast.firstIndex(where: { $0?.isFinite == true }), start > 0,
            let last = finiteValue(observed, start - 1)
        {
            forecastLine[start - 1] = last
            for index in bounds.indices where bounds[index].indices.contains(start - 1) && finiteValue(bounds[index], start) != nil {
                bounds[index][start - 1] = last
            }
        }
        var plot = CategoryPlot(id: id, title: title, description: fullDescription, xLabels: xLabels, yLabel: yLabel)
        plot.bands = [
            CategoryPlot.Band(lower: bounds[2], upper: bounds[3], color: Self.band95, opacity: 1),
            CategoryPlot.Band(lower: bounds[0], upper: bounds[1], color: Self.band80, opacity: 1),
        ]
        plot.lines = [
            CategoryPlot.Line(name: "Observed", values: observed, color: Self.observedColor, dash: nil),
            CategoryPlot.Line(name: "Forecast", values: forecastLine, color: Self.forecastColor, dash: Palette.dash(1)),
        ]
        plot.legend = Legend(items: [
            Legend.Item(label: "Observed", sample: .line(color: Self.observedColor, dash: nil, width: 2)),
            Legend.Item(label: "Forecast", sample: .line(color: Self.forecastColor, dash: Palette.dash(1), width: 2)),
            Legend.Item(label: "80% prediction interval", sample: .swatch(color: Self.band80, opacity: 1)),
            Legend.Item(label: "95% prediction interval", sample: .swatch(color: Self.band95, opacity: 1)),
        ])
        return plot.render()
    }
}
