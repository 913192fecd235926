/// A CSV header: column names matched case-insensitively, surrounding spaces ignored.
public struct CSVHeader: Sendable {
    /// The names as written, trimmed.
    public let names: [String]
    private let folded: [String]
    public let path: String
    public let line: Int

    public init(names: [String], path: String, line: Int) {
        self.names = names
        self.folded = names.map { $0.lowercased() }
        self.path = path
        self.line = line
    }

    /// The index of the column named `name` (case-insensitive), if there is one.
    public func index(of name: String) -> Int? {
        folded.firstIndex(of: name.lowercased())
    }

    /// The index of the first column whose name matches `predicate` on its lowercased form.
    public func index(where predicate: (String) -> Bool) -> Int? {
        folded.firstIndex(where: predicate)
    }

    /// The indexes of `required` columns, in order, or an error naming the first missing one.
    public func require(_ required: [String]) throws(InputError) -> [Int] {
        var indexes: [Int] = []
        indexes.reserveCapacity(required.count)
        for name in required {
            guard let index = index(of: name) else { throw missing(name) }
            indexes.append(index)
        }
        return indexes
    }

    /// The error for a required column that the header lacks.
    public func missing(_ description: String) -> InputError {
        // A header of thousands of columns, or of one huge one, is summed up, not echoed.
        let shown = names.prefix(40).map { DisplayText.cut($0, limit: 40) }
        let more = names.count > shown.count ? ", and \(names.count - shown.count) more" : ""
        return InputError(path: path, line: line, message: "missing required column '\(description)' (the header has: \(shown.joined(separator: ", "))\(more))")
    }
}
