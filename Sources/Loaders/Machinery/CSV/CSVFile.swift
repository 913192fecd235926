/// A CSV file opened for loading: mapped, checked to be UTF-8 text, header read.
///
/// Opening fails with one clear error naming the file when it is missing, unreadable,
/// empty, binary, not UTF-8, or has a header with blank or repeated column names.
public struct CSVFile {
    public let header: CSVHeader
    public var parser: CSVParser

    /// Opens `path`, calling it `displayPath` in every message.
    public init(path: String, displayPath: String) throws(InputError) {
        try self.init(file: MappedFile(path: path, displayPath: displayPath))
    }

    /// Reads the header of a file already mapped.
    public init(file: MappedFile) throws(InputError) {
        let displayPath = file.displayPath
        if let problem = TextCheck.firstProblem(in: file.bytes) {
            var locator = CSVRecord()
            locator.reset(base: file.bytes.baseAddress)
            locator.line = 1
            let location = locator.location(ofByte: problem.offset)
            throw InputError(path: displayPath, line: location.line, column: location.column, message: problem.reason)
        }
        var parser = CSVParser(file: file)
        var record = CSVRecord()
        switch parser.next(into: &record) {
        case .end:
            throw InputError(path: displayPath, message: "is empty: expected a header line and rows")
        case .malformed(let error):
            throw error
        case .record:
            var names: [String] = []
            for index in 0..<record.count {
                // TextCheck has already proved the file is UTF-8.
                let name = record.trimmedString(index) ?? ""
                if name.isEmpty {
                    let location = record.location(ofField: index)
                    throw InputError(path: displayPath, line: location.line, column: location.column, message: "column \(index + 1) of the header has no name")
                }
                if let first = names.firstIndex(where: { $0.lowercased() == name.lowercased() }) {
                    let location = record.location(ofField: index)
                    throw InputError(path: displayPath, line: location.line, column: location.column, message: "column '\(name)' appears twice in the header (columns \(first + 1) and \(index + 1))")
                }
                names.append(name)
            }
            header = CSVHeader(names: names, path: displayPath, line: record.line)
        }
        self.parser = parser
    }
}
