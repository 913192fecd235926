/// A calendar month, stored as one integer so that tallies key on it cheaply.
public struct YearMonth: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// year * 12 + (month - 1).
    public let index: Int

    public init(index: Int) { self.index = index }

    public init(year: Int, month: Int) {
        precondition((1...12).contains(month), "month out of range")
        index = year * 12 + (month - 1)
    }

    public var year: Int { index / 12 }
    /// 1 to 12.
    public var month: Int { index % 12 + 1 }
    public var quarter: Quarter { Quarter(year: year, number: (month - 1) / 3 + 1) }

    public func adding(months: Int) -> YearMonth { YearMonth(index: index + months) }

    public static func < (lhs: YearMonth, rhs: YearMonth) -> Bool { lhs.index < rhs.index }

    /// `YYYY-MM`.
    public var description: String {
        let monthText = month < 10 ? "0\(month)" : "\(month)"
        return "\(year)-\(monthText)"
    }

    /// Parses `YYYY-MM` exactly (month 01 to 12), from bytes without making a string.
    @inline(__always)
    public static func parse(_ bytes: UnsafeRawBufferPointer) -> YearMonth? {
        guard bytes.count == 7, bytes[4] == ASCII.hyphen else { return nil }
        guard let year = Digits.value(bytes, 0, 4), let month = Digits.value(bytes, 5, 2),
              (1...12).contains(month) else { return nil }
        return YearMonth(year: year, month: month)
    }

    public static func parse(_ text: String) -> YearMonth? {
        var copy = text
        return copy.withUTF8 { parse(UnsafeRawBufferPointer($0)) }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = YearMonth.parse(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "'\(text)' is not a month (YYYY-MM)")
        }
        self = value
    }
}

/// A calendar quarter: Q1 is January to March.
public struct Quarter: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    /// 1 to 4.
    public let number: Int

    public init(year: Int, number: Int) {
        precondition((1...4).contains(number), "quarter out of range")
        self.year = year
        self.number = number
    }

    public var firstMonth: YearMonth { YearMonth(year: year, month: (number - 1) * 3 + 1) }
    public var lastMonth: YearMonth { firstMonth.adding(months: 2) }
    public var months: [YearMonth] { (0..<3).map { firstMonth.adding(months: $0) } }

    public func adding(quarters: Int) -> Quarter {
        let index = year * 4 + (number - 1) + quarters
        // Floored, so that a quarter before year 0 is still a quarter, never a trap.
        let (year, remainder) = (index.quotientAndRemainder(dividingBy: 4))
        return remainder < 0 ? Quarter(year: year - 1, number: remainder + 5) : Quarter(year: year, number: remainder + 1)
    }

    public static func < (lhs: Quarter, rhs: Quarter) -> Bool {
        (lhs.year, lhs.number) < (rhs.year, rhs.number)
    }

    /// `YYYY-Qn`.
    public var description: String { "\(year)-Q\(number)" }

    /// Parses `YYYY-Qn` (n from 1 to 4, `q` in either case).
    public static func parse(_ text: String) -> Quarter? {
        let parts = text.split(separator: "-")
        guard parts.count == 2, parts[0].count == 4, parts[0].allSatisfy({ $0.isASCII && $0.isNumber }), let year = Int(parts[0]),
              parts[1].count == 2, parts[1].first == "Q" || parts[1].first == "q",
              let number = Int(parts[1].dropFirst()), (1...4).contains(number) else { return nil }
        return Quarter(year: year, number: number)
    }
}

/// Reads fixed-width decimal digits from bytes.
enum Digits {
    @inline(__always)
    static func value(_ bytes: UnsafeRawBufferPointer, _ start: Int, _ count: Int) -> Int? {
        var value = 0
        for i in start..<(start + count) {
            let byte = bytes[i]
            guard byte >= ASCII.zero && byte <= ASCII.nine else { return nil }
            value = value * 10 + Int(byte - ASCII.zero)
        }
        return value
    }
}
