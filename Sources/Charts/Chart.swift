/// A chart specification: pure data in, one self-contained SVG string out.
///
/// Every chart renders to an `<svg>` element that can be inlined in an HTML5 page as it is:
/// no XML declaration, no DOCTYPE, no script, no external references, presentation attributes
/// only. The root carries `role="img"` and `aria-labelledby` pointing at its `<title>` and
/// `<desc>`, whose ids derive from ``id`` (`<id>-title`, `<id>-desc`), so rendering the same
/// spec twice gives the same bytes and two charts on one page never clash as long as their
/// ids differ.
///
/// The title is not drawn inside the picture: the report shows it in the figure caption, and
/// the SVG carries it for assistive technology.
public protocol Chart: Sendable {
    /// Stable identifier, e.g. `fig-violence-trend`; used to derive element ids.
    var id: String { get }
    /// The chart title, written to `<title>`.
    var title: String { get }
    /// A plain-language summary from the caller; the start of `<desc>`.
    var summary: String { get }
    /// The full text of `<desc>`: ``summary`` followed by generated sentences on the data.
    var fullDescription: String { get }
    /// The chart as an `<svg>` element.
    func svg() -> String
}

/// A labelled reference value drawn as a line across a chart, e.g. the England and Wales rate.
///
/// Only `label` is drawn next to the line; include the value in it when readers need it.
public struct Reference: Sendable, Equatable {
    public var value: Double
    public var label: String

    public init(value: Double, label: String) {
        self.value = value
        self.label = label
    }
}

/// What a chart shows for a value it does not have: the mark drawn in the value's place,
/// and the words in its tooltip and in the chart's description.
public struct MissingValue: Sendable, Equatable {
    /// Drawn where the value would be, e.g. "n/a".
    public var mark: String
    /// Says what the gap is, e.g. "no data".
    public var label: String

    public init(mark: String, label: String) {
        self.mark = mark
        self.label = label
    }

    /// A value that does not exist.
    public static let noData = MissingValue(mark: "n/a", label: "no data")

    /// A count withheld by disclosure control: never drawn as zero or as "no data".
    public static func withheld(minimumCount: Int) -> MissingValue {
        MissingValue(mark: "*", label: "not published (fewer than \(DecimalText.format(Double(minimumCount), places: 0, grouping: true)), or protecting one)")
    }
}

/// Joins the caller's summary and generated sentences into one description.
func describe(_ summary: String, _ generated: [String]) -> String {
    let parts = ([Text.singleLine(summary)] + generated).filter { !$0.isEmpty }
    return parts.joined(separator: " ")
}
