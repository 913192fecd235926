import Foundation
import Mustache

/// A table of the report, after disclosure control: the one source of its Markdown
/// table in the report and of its `data/*.csv` file.
///
/// A suppressed count is `nil`: an empty cell in CSV, `*` in the report with a footnote.
public struct ReportTable: Sendable, Equatable {
    public enum Cell: Sendable, Equatable {
        case text(String)
        /// A count; nil when suppressed.
        case count(Int?)
        /// A decimal with a fixed number of places in CSV (at most two in the report); nil
        /// when not available.
        case number(Double?, places: Int)
        /// A share from 0 to 1: four decimals in CSV, a percentage in the report.
        case share(Double?)
        /// A value withheld by disclosure control (a suppressed count's rate or share).
        case withheld
        /// A code for machines (CSV and JSON) that the report shows by its name: a
        /// measure (`alcohol_related` → "alcohol-related") or an area (`E06000026` →
        /// "Plymouth").
        case named(code: String, name: String)
        /// A rate per 1,000: four decimals per 1,000 in CSV (as its column says), and in
        /// the report on the table's scale (`RateScale`), which its heading names.
        case rate(Double?, RateScale)
    }

    public struct Column: Sendable, Equatable {
        /// The CSV column name.
        public var key: String
        /// The heading in the report; nil leaves the column out of the report's table.
        public var heading: String?
        public var numeric: Bool

        public init(_ key: String, _ heading: String?, numeric: Bool = false) {
            self.key = key
            self.heading = heading
            self.numeric = numeric
        }
    }

    /// The CSV file's name without `.csv`.
    public var name: String
    public var columns: [Column]
    public var rows: [[Cell]]

    public init(name: String, columns: [Column], rows: [[Cell]] = []) {
        self.name = name
        self.columns = columns
        self.rows = rows
    }

    /// A column and how a row fills it.
    public struct Field<Row> {
        public var column: Column
        public var cell: (Row) -> Cell

        /// `key` is the CSV column and JSON name; `heading` the report's, or nil to leave
        /// the column out of the report's table.
        public init(_ key: String, _ heading: String?, numeric: Bool = false, _ cell: @escaping (Row) -> Cell) {
            column = Column(key, heading, numeric: numeric)
            self.cell = cell
        }
    }

    /// A table from typed rows and one list of fields: each field gives a column's CSV
    /// name, its heading in the report and its value in every row, side by side, so the
    /// CSV, the Markdown and the JSON cannot disagree about what a column holds.
    public init<Row>(name: String, rows: [Row], fields: [Field<Row>]) {
        self.init(name: name, columns: fields.map(\.column), rows: rows.map { row in fields.map { $0.cell(row) } })
    }

    /// The table as `data/<name>.csv`: every column, suppressed cells empty.
    public var csv: CSVTable {
        CSVTable(name: name, columns: columns.map(\.key), rows: rows.map { $0.map(ReportTable.csvText) })
    }

    /// The table in GitHub-flavoured Markdown: the columns that have a heading, values
    /// escaped, numbers right-aligned and grouped, suppressed counts as `*`.
    public var markdown: String {
        let shown = columns.indices.filter { columns[$0].heading != nil }
        var lines: [String] = []
        lines.append("| " + shown.map { MarkdownEscaping.escape(columns[$0].heading ?? "") }.joined(separator: " | ") + " |")
        lines.append("|" + shown.map { columns[$0].numeric ? "--:|" : "---|" }.joined())
        for row in rows {
            lines.append("| " + shown.map { MarkdownEscaping.escape(ReportTable.reportText(row[$0])) }.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The line under the table in the report that links to its CSV file, so the numbers
    /// travel with the page (`data/<name>.csv` beside it).
    public var dataLink: String {
        "*Numbers: [data/\(name).csv](data/\(name).csv).*"
    }

    /// Each mention of `data/<name>.csv` in `text` (Markdown) as a link to the file.
    public static func linkingData(_ text: String) -> String {
        text.replacingOccurrences(of: #"data/([A-Za-z0-9-]+)\.csv"#, with: "[data/$1.csv](data/$1.csv)", options: .regularExpression)
    }

    static func csvText(_ cell: Cell) -> String {
        switch cell {
        case .text(let text): text
        case .count(let value): value.map(String.init) ?? ""
        case .number(let value, let places): value.map { NumberFormat.decimal($0, places: places) } ?? ""
        case .share(let value): value.map { NumberFormat.decimal($0, places: 4) } ?? ""
        case .withheld: ""
        case .named(let code, _): code
        case .rate(let value, _): value.map { NumberFormat.decimal($0, places: 4) } ?? ""
        }
    }

    static func reportText(_ cell: Cell) -> String {
        switch cell {
        case .text(let text): text
        case .count(let value): value.map(NumberFormat.count) ?? "*"
        case .number(let value, let places): value.map { NumberFormat.decimal($0, places: min(places, 2), grouping: true) } ?? "n/a"
        case .share(let value): value.map { NumberFormat.percent($0) } ?? "n/a"
        case .withheld: "*"
        case .named(_, let name): name
        case .rate(let value, let scale): value.map(scale.text) ?? "n/a"
        }
    }
}

/// A table's Markdown in the template context, made only when a template shows it: the
/// context offers every table, and the standard templates show only a few of the long
/// ones (a national extract's tables by month run to thousands of rows). Used on the
/// one thread that renders the templates.
final class LazyTableMarkdown: MustacheCustomRenderable {
    private let table: ReportTable
    private var made: String?

    init(_ table: ReportTable) { self.table = table }

    var renderText: String {
        if let made { return made }
        let text = table.markdown + "\n" + table.dataLink + "\n"
        made = text
        return text
    }

    var isNull: Bool { false }
}
