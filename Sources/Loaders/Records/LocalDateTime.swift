/// A local (wall-clock) date, with a time of day when the source knows it.
///
/// Records give ISO 8601 local times without a zone: `2019-07-13T23:40` (seconds, as in
/// `2019-07-13T23:40:00`, are accepted and dropped), or a date alone, `2019-07-13`, when
/// the time is unknown. Only real calendar dates are accepted (leap years included:
/// `2020-02-29` is a date, `2019-02-29` is not). Parsing works on bytes, without
/// Foundation, and without making a string.
///
/// Ordering: by date, then by time; on a given day a value without a time sorts before
/// every value with one.
public struct LocalDateTime: Sendable, Hashable, Comparable, CustomStringConvertible {
    // Eight bytes in all: every record carries two or three of these, and records are
    // copied from the reader to the tallies.
    private let storedYear: Int32
    private let storedMonth: UInt8
    private let storedDay: UInt8
    /// Minutes since midnight, or -1 when the time is unknown.
    private let minuteOfDay: Int16

    public var year: Int { Int(storedYear) }
    /// 1 to 12.
    public var monthOfYear: Int { Int(storedMonth) }
    /// 1 to 31.
    public var day: Int { Int(storedDay) }

    /// A date and time; nil unless it is a real calendar date and a time from 00:00 to 23:59.
    /// Pass no hour and minute for a date alone.
    public init?(year: Int, month: Int, day: Int, hour: Int? = nil, minute: Int? = nil) {
        guard let storedYear = Int32(exactly: year), (1...12).contains(month), day >= 1,
              day <= LocalDateTime.daysIn(month: month, year: year) else { return nil }
        switch (hour, minute) {
        case (nil, nil):
            minuteOfDay = -1
        case let (hour?, minute?):
            guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
            minuteOfDay = Int16(hour * 60 + minute)
        default:
            return nil
        }
        self.storedYear = storedYear
        storedMonth = UInt8(month)
        storedDay = UInt8(day)
    }

    /// A date known to be real (a constant written in the code), with no time.
    init(knownDate year: Int, month: Int, day: Int) {
        precondition((1...12).contains(month) && day >= 1 && day <= LocalDateTime.daysIn(month: month, year: year),
                     "not a calendar date")
        self.init(year: year, monthOfYear: month, day: day, minuteOfDay: -1)
    }

    /// The calendar month, for monthly tallies.
    public var month: YearMonth { YearMonth(year: year, month: monthOfYear) }

    /// 0 to 23, or nil when the time is unknown.
    public var hour: Int? { minuteOfDay < 0 ? nil : Int(minuteOfDay) / 60 }

    /// 0 to 59, or nil when the time is unknown.
    public var minute: Int? { minuteOfDay < 0 ? nil : Int(minuteOfDay) % 60 }

    /// Whether the source gave a time of day.
    public var hasTime: Bool { minuteOfDay >= 0 }

    /// The date alone (the time dropped).
    public var date: LocalDateTime {
        LocalDateTime(year: year, monthOfYear: monthOfYear, day: day, minuteOfDay: -1)
    }

    /// A whole number that orders dates as the calendar does (not a count of days).
    @inline(__always)
    static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        year &* 512 &+ month &* 32 &+ day
    }

    /// Days since 1970-01-01 (negative before it), in the proleptic Gregorian calendar.
    public var daysSinceEpoch: Int { LocalDateTime.daysFromCivil(year: year, month: monthOfYear, day: day) }

    /// The day of the week: 1 = Monday to 7 = Sunday (ISO 8601).
    public var weekday: Int {
        // 1970-01-01 was a Thursday (4).
        let days = daysSinceEpoch
        let offset = (days + 3) % 7
        return (offset < 0 ? offset + 7 : offset) + 1
    }

    /// The date `days` days later (or earlier, when negative), without a time.
    public func adding(days: Int) -> LocalDateTime {
        let civil = LocalDateTime.civilFromDays(daysSinceEpoch + days)
        return LocalDateTime(year: civil.year, monthOfYear: civil.month, day: civil.day, minuteOfDay: -1)
    }

    /// Whether `self` is earlier than `other`, comparing times only when both have one.
    ///
    /// `2019-07-13` is not before `2019-07-13T10:00`, nor after it: a date alone is
    /// compared with the other value's date.
    public func isBefore(_ other: LocalDateTime) -> Bool {
        if hasTime && other.hasTime { return self < other }
        return date < other.date
    }

    public static func < (lhs: LocalDateTime, rhs: LocalDateTime) -> Bool {
        (lhs.year, lhs.monthOfYear, lhs.day, lhs.minuteOfDay) < (rhs.year, rhs.monthOfYear, rhs.day, rhs.minuteOfDay)
    }

    /// `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM` when the time is known.
    public var description: String {
        var text = LocalDateTime.pad(year, 4) + "-" + LocalDateTime.pad(monthOfYear, 2) + "-" + LocalDateTime.pad(day, 2)
        if let hour, let minute { text += "T" + LocalDateTime.pad(hour, 2) + ":" + LocalDateTime.pad(minute, 2) }
        return text
    }

    // MARK: Parsing

    /// Parses a date, `YYYY-MM-DD`, exactly.
    public static func parseDate(_ bytes: UnsafeRawBufferPointer) -> LocalDateTime? {
        if case .value(let value) = scanDate(bytes) { return value }
        return nil
    }

    /// Parses `YYYY-MM-DDTHH:MM`, `YYYY-MM-DDTHH:MM:SS`, or a date alone (time unknown).
    public static func parseDateTime(_ bytes: UnsafeRawBufferPointer) -> LocalDateTime? {
        if case .value(let value) = scanDateTime(bytes) { return value }
        return nil
    }

    public static func parseDate(_ text: String) -> LocalDateTime? {
        var copy = text
        return copy.withUTF8 { parseDate(UnsafeRawBufferPointer($0)) }
    }

    public static func parseDateTime(_ text: String) -> LocalDateTime? {
        var copy = text
        return copy.withUTF8 { parseDateTime(UnsafeRawBufferPointer($0)) }
    }

    /// What a scan found: a value, text of the wrong shape, or a well-formed date that is
    /// not on the calendar (with a reason a person can act on).
    ///
    /// A plain value (no string inside), so that returning one costs no reference
    /// counting: every date of every record row is scanned.
    enum Scan {
        case value(LocalDateTime)
        case malformed
        /// The day is past the month's `length`.
        case notOnCalendar(month: Int, year: Int, length: Int)

        /// Why a well-formed date is not on the calendar, for a person.
        static func reason(month: Int, year: Int, length: Int) -> String {
            "\(monthNames[month - 1]) \(year) has \(length) days"
        }
    }

    @inline(__always)
    static func scanDate(_ bytes: UnsafeRawBufferPointer) -> Scan {
        guard bytes.count == 10, let base = bytes.baseAddress else { return .malformed }
        // `YYYY-MM-` as one word: the hyphens in place and the six digits checked at
        // once (every date of every record row goes through here).
        let word = UInt64(littleEndian: base.loadUnaligned(as: UInt64.self))
        let digitBytes: UInt64 = 0x00FF_FF00_FFFF_FFFF
        let hyphens: UInt64 = 0x2D00_002D_0000_0000
        let highs: UInt64 = 0x8080_8080_8080_8080
        // Only the digit bytes take part in the arithmetic (the hyphens are masked to 0),
        // so no borrow or carry runs from a hyphen into a digit. A byte below '0' borrows
        // and one above '9' carries into its own high bit; either fails the check.
        let candidate = word & digitBytes
        let zeros = 0x3030_3030_3030_3030 & digitBytes
        guard word & ~digitBytes == hyphens,
              (candidate | (candidate &+ (0x4646_4646_4646_4646 & digitBytes)) | (candidate &- zeros)) & highs & digitBytes == 0
        else { return .malformed }
        let dayTens = base.load(fromByteOffset: 8, as: UInt8.self) &- ASCII.zero
        let dayOnes = base.load(fromByteOffset: 9, as: UInt8.self) &- ASCII.zero
        guard dayTens < 10, dayOnes < 10 else { return .malformed }
        let day = Int(dayTens) &* 10 &+ Int(dayOnes)
        let digits = candidate &- zeros
        @inline(__always) func digit(_ index: UInt64) -> Int { Int(truncatingIfNeeded: (digits >> (8 * index)) & 0xFF) }
        let year = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3)
        let month = digit(5) * 10 + digit(6)
        guard month >= 1, month <= 12, day >= 1, day <= 31 else { return .malformed }
        // Every month has 28 days; only a later day needs the month's length.
        if day > 28 {
            let length = daysIn(month: month, year: year)
            guard day <= length else { return .notOnCalendar(month: month, year: year, length: length) }
        }
        return .value(LocalDateTime(year: year, monthOfYear: month, day: day, minuteOfDay: -1))
    }

    @inline(__always)
    static func scanDateTime(_ bytes: UnsafeRawBufferPointer) -> Scan {
        if bytes.count == 10 { return scanDate(bytes) }
        guard bytes.count == 16 || bytes.count == 19, let base = bytes.baseAddress,
              base.load(fromByteOffset: 10, as: UInt8.self) == UInt8(ascii: "T"),
              base.load(fromByteOffset: 13, as: UInt8.self) == UInt8(ascii: ":"),
              let hour = twoDigits(base, 11), let minute = twoDigits(base, 14),
              hour <= 23, minute <= 59 else { return .malformed }
        if bytes.count == 19 {
            guard base.load(fromByteOffset: 16, as: UInt8.self) == UInt8(ascii: ":"),
                  let second = twoDigits(base, 17), second <= 59 else { return .malformed }
        }
        switch scanDate(UnsafeRawBufferPointer(rebasing: bytes[0..<10])) {
        case .value(let date):
            return .value(LocalDateTime(year: date.year, monthOfYear: date.monthOfYear, day: date.day, minuteOfDay: Int16(hour * 60 + minute)))
        case let other:
            return other
        }
    }

    /// The two ASCII digits at `offset` as a number; nil unless both are digits.
    @inline(__always)
    private static func twoDigits(_ base: UnsafeRawPointer, _ offset: Int) -> Int? {
        let tens = base.load(fromByteOffset: offset, as: UInt8.self) &- ASCII.zero
        let ones = base.load(fromByteOffset: offset &+ 1, as: UInt8.self) &- ASCII.zero
        guard tens < 10, ones < 10 else { return nil }
        return Int(tens) &* 10 &+ Int(ones)
    }

    // MARK: Calendar arithmetic

    private init(year: Int, monthOfYear: Int, day: Int, minuteOfDay: Int16) {
        storedYear = Int32(truncatingIfNeeded: year)
        storedMonth = UInt8(truncatingIfNeeded: monthOfYear)
        storedDay = UInt8(truncatingIfNeeded: day)
        self.minuteOfDay = minuteOfDay
    }

    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    @inline(__always)
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
    public static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let shiftedMonth = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The proleptic Gregorian date `days` days after 1970-01-01 (H. Hinnant's civil_from_days).
    public static func civilFromDays(_ days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    private static let monthNames = ["January", "February", "March", "April", "May", "June", "July",
                                     "August", "September", "October", "November", "December"]

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
