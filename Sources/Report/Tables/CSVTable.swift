import Loaders

/// A table for `data/*.csv`: a header and rows of already-formatted cells.
///
/// Written as RFC 4180 with LF line endings: a cell holding a comma, quote or line break
/// is quoted, with quotes doubled. An empty cell stands for a missing or suppressed value.
/// Text that a spreadsheet would read as a formula is neutralised (`neutralised`).
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

    /// A cell a spreadsheet could run as a formula gets a `'` in front, as OWASP advises
    /// against CSV injection: text that begins with `=`, `+`, `-`, `@`, a tab or a
    /// carriage return (a district named `=HYPERLINK(...)`, say). Numbers such as `-3.2`
    /// and `+5` are left as they are. Control characters are shown as pictures.
    static func neutralised(_ cell: String) -> String {
        let cell = DisplayText.visible(cell)
        guard let first = cell.utf8.first,
              first == UInt8(ascii: "=") || first == UInt8(ascii: "+") || first == UInt8(ascii: "-")
                || first == UInt8(ascii: "@") || first == 0x09 || first == 0x0D else { return cell }
        if first != UInt8(ascii: "="), first != UInt8(ascii: "@"), isNumber(cell) { return cell }
        return "'" + cell
    }

    /// Whether the cell is a plain decimal number: a sign, digits, at most one point.
    static func isNumber(_ cell: String) -> Bool {
        var digits = 0
        var points = 0
        for (index, byte) in cell.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
            case UInt8(ascii: "."): points += 1
            case UInt8(ascii: "-"), UInt8(ascii: "+"): if index != 0 { return false }
            default: return false
            }
        }
        return digits > 0 && points <= 1
    }

    static func quoted(_ raw: String) -> String {
        let cell = neutralised(raw)
        guard cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return cell }
        var result = "\""
        for character in cell {
            if character == "\"" { result += "\"\"" } else { result.append(character) }
        }
        return result + "\""
    }
}
