/// A table for `data/*.csv`: a header and rows of already-formatted cells.
///
/// Written as RFC 4180 with LF line endings: a cell holding a comma, quote or line break
/// is quoted, with quotes doubled. An empty cell stands for a missing or suppressed value.
public struct CSVTable: Sendable, Equatable {
    public var name: String
    public var columns: [String]
    public var rows: [[String]]

    public init(name: String, columns: [String], rows: [[String]] = []) {
        self.name = name
        self.columns = columns
        self.rows = rows
    }

    public var text: String {
        var output = ""
        func write(_ cells: [String]) {
            output += cells.map(Self.quoted).joined(separator: ",")
            output += "\n"
        }
        write(columns)
        for row in rows { write(row) }
        return output
    }

    static func quoted(_ cell: String) -> String {
        guard cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return cell }
        var result = "\""
        for character in cell {
            if character == "\"" { result += "\"\"" } else { result.append(character) }
        }
        return result + "\""
    }
}
