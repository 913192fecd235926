import Charts
import Dispatch
import Loaders

/// The report's figures. Their captions are numbered by `Numbering`, in the order the
/// report places them, not the order they were added.
///
/// In Markdown a figure is an image of `charts/<id>.svg` under its caption; in the HTML
/// page the same image is replaced by the SVG itself, so the page stays one file.
public struct Figures: Sendable {
    public struct Figure: Sendable {
        public var chart: any Chart
        /// The chart drawn once: the chart file and the page both use it.
        public var svg: String
    }

    public private(set) var figures: [Figure] = []

    public init() {}

    /// Adds a chart and returns the Markdown that places it: a caption, the
    /// image, and a pointer to the table or CSV that holds its numbers.
    @discardableResult
    public mutating func add(_ chart: any Chart, source: String) -> String {
        let markdown = "**Figure: \(MarkdownEscaping.escape(chart.title))**\n\n"
            + "![\(MarkdownEscaping.escape(chart.summary))](charts/\(chart.id).svg)\n\n"
            + "*\(ReportTable.linkingData(MarkdownEscaping.escape(source)))*\n"
        // Drawn later, all at once (`draw`), on every core.
        figures.append(Figure(chart: chart, svg: ""))
        return markdown
    }

    /// Draws every chart added (each once: the chart file and the page both use it),
    /// the charts spread over the cores. Drawing is deterministic, so the order in which
    /// they are drawn changes nothing.
    public mutating func draw() {
        let charts = figures.map(\.chart)
        let drawn = ParallelSlots<String>(count: charts.count)
        DispatchQueue.concurrentPerform(iterations: charts.count) { index in
            drawn.set(index, charts[index].svg())
        }
        for index in figures.indices { figures[index].svg = drawn.get(index) ?? "" }
    }

    /// The chart files for the Markdown report: `charts/<id>.svg`.
    public var files: [(path: String, contents: String)] {
        figures.map { ("charts/\($0.chart.id).svg", $0.svg + "\n") }
    }

    /// Replaces each chart's image in the converted HTML with the SVG itself, inside a
    /// figure, so the page needs no other file.
    public func inline(into html: String) -> String {
        // On the UTF-8 bytes: the page is hundreds of kilobytes, and searching a String
        // for text goes through slower, Unicode-aware comparisons.
        var result = Array(html.utf8)
        let close = Array("</p>".utf8)
        for figure in figures {
            let id = figure.chart.id
            let image = Array("<p><img src=\"charts/\(id).svg\"".utf8)
            guard let start = ByteSearch.firstIndex(of: image, in: result, from: 0),
                  let end = ByteSearch.firstIndex(of: close, in: result, from: start + image.count) else { continue }
            result.replaceSubrange(start..<(end + close.count),
                                   with: "<figure id=\"figure-\(id)\" class=\"chart\">\(figure.svg)</figure>".utf8)
        }
        return String(decoding: result, as: UTF8.self)
    }
}
