/// Reads a small reference table (a lookup, population, comparators) row by row.
///
/// Reference tables must be whole: the first malformed row or bad value stops the load
/// with an error naming the file, line and column, since a lookup with holes would
/// silently move crimes between areas.
struct ReferenceTable {
    var file: CSVFile
    var record = CSVRecord()

    init(path: String, displayPath: String) throws(InputError) {
        file = try CSVFile(path: path, displayPath: displayPath)
    }

    var header: CSVHeader { file.header }

    /// Calls `body` for each data row; stops at the first error.
    mutating func forEachRow(_ body: (Row) throws(InputError) -> Void) throws(InputError) {
        var rows = 0
        while true {
            switch file.parser.next(into: &record) {
            case .end:
                if rows == 0 { throw InputError(path: header.path, message: "has a header but no rows") }
                return
            case .malformed(let error):
                throw error
            case .record:
                rows += 1
                guard record.count == header.names.count else {
                    throw InputError(path: header.path, line: record.line, message: "expected \(header.names.count) fields as in the header, found \(record.count)")
                }
                try body(Row(record: record, header: header))
            }
        }
    }

    /// A data row with typed access to its fields.
    struct Row {
        let record: CSVRecord
        let header: CSVHeader

        func error(_ column: Int, _ message: String) -> InputError {
            let location = record.location(ofField: column)
            return InputError(path: header.path, line: location.line, column: location.column,
                              message: "column '\(header.names[column])': \(message)")
        }

        func text(_ column: Int) -> String { record.trimmedString(column) ?? "" }

        func required(_ column: Int) throws(InputError) -> String {
            let value = text(column)
            if value.isEmpty { throw error(column, "is empty") }
            return value
        }

        /// A whole number, allowing thousands separators (ONS sheets saved as CSV carry them).
        func integer(_ column: Int) throws(InputError) -> Int {
            let value = text(column)
            guard let number = Int(value.removingAll(",")) else {
                throw error(column, "'\(value)' is not a whole number")
            }
            return number
        }

        func optionalInteger(_ column: Int) throws(InputError) -> Int? {
            text(column).isEmpty ? nil : try integer(column)
        }

        func optionalDecimal(_ column: Int) throws(InputError) -> Double? {
            let value = text(column)
            if value.isEmpty { return nil }
            guard let number = Double(value.removingAll(",")), number.isFinite else {
                throw error(column, "'\(value)' is not a number")
            }
            return number
        }
    }
}

extension String {
    /// The text without any `character` (thousands separators, say).
    func removingAll(_ character: Character) -> String {
        String(filter { $0 != character })
    }
}
