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
        ///
        /// Read from the bytes: the population sheets have 92 numbers a row and the LSOA
        /// lookup one, and going through a `String`, a filtered copy and `Int.init` cost
        /// more than the rest of loading them. Accepts what that did: spaces and tabs
        /// around, commas anywhere, then an optional sign and at least one digit.
        func integer(_ column: Int) throws(InputError) -> Int {
            guard let number = record.withBytes(column, Row.parseInteger) else {
                throw error(column, "'\(text(column))' is not a whole number")
            }
            return number
        }

        func optionalInteger(_ column: Int) throws(InputError) -> Int? {
            record.withBytes(column, Row.isBlank) ? nil : try integer(column)
        }

        /// Whether the field is empty once spaces and tabs are trimmed.
        static func isBlank(_ bytes: UnsafeRawBufferPointer) -> Bool {
            bytes.allSatisfy { $0 == ASCII.space || $0 == ASCII.tab }
        }

        static func parseInteger(_ untrimmed: UnsafeRawBufferPointer) -> Int? {
            let bytes = trimmingSpaces(untrimmed)
            let (start, end) = (0, bytes.count)
            var negative = false
            var sawSign = false
            var digits = 0
            var value = 0
            for i in start..<end {
                let byte = bytes[i]
                if byte == ASCII.comma { continue }
                if byte >= ASCII.zero && byte <= ASCII.nine {
                    // Accumulate negatively so that Int.min parses, as with Int.init.
                    let (times10, overflow1) = value.multipliedReportingOverflow(by: 10)
                    let (next, overflow2) = times10.subtractingReportingOverflow(Int(byte - ASCII.zero))
                    if overflow1 || overflow2 { return nil }
                    value = next
                    digits += 1
                } else if (byte == ASCII.plus || byte == ASCII.hyphen), !sawSign, digits == 0 {
                    sawSign = true
                    negative = byte == ASCII.hyphen
                } else {
                    return nil
                }
            }
            guard digits > 0 else { return nil }
            if negative { return value }
            let (positive, overflow) = (0).subtractingReportingOverflow(value)
            return overflow ? nil : positive
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
