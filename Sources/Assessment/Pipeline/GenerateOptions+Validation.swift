import Loaders

extension GenerateOptions {
    /// Checks what the command line gave before anything is read: a mistake here is a
    /// usage error (exit status 64).
    public func validate() throws(AssessmentError) {
        if let text = period {
            guard let quarter = Quarter.parse(text) else {
                throw .usage("--period '\(text)' is not a quarter (expected YYYY-Qn, like 2020-Q3)")
            }
            guard Self.years.contains(quarter.year) else {
                throw .usage("--period '\(text)' is outside the years sna reads (\(Self.years.lowerBound) to \(Self.years.upperBound))")
            }
        }
        if let asOf, !Self.isDate(asOf) {
            throw .usage("--as-of '\(asOf)' is not a date (expected YYYY-MM-DD, a day that exists)")
        }
        if output.isEmpty {
            throw .usage("--output must name a folder (it is empty)")
        }
        if configurationFile.isEmpty {
            throw .usage("--config must name a file (it is empty)")
        }
    }

    /// The years a period may be in: those of the dates the record-level inputs accept.
    static let years = 1990...2100

    /// Whether `text` is a `YYYY-MM-DD` day of the Gregorian calendar (2021-02-29 is not).
    static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month) else { return false }
        return (1...LocalDateTime.daysIn(month: month, year: year)).contains(day)
    }
}
