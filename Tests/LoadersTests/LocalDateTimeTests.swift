import Foundation
import Loaders
import Testing

@Suite("Local date-times")
struct LocalDateTimeTests {
    @Test("accepts a date-time, seconds, or a date alone")
    func parses() {
        #expect(LocalDateTime.parseDateTime("2019-07-13T23:40") == LocalDateTime(year: 2019, month: 7, day: 13, hour: 23, minute: 40))
        #expect(LocalDateTime.parseDateTime("2019-07-13T23:40:59") == LocalDateTime(year: 2019, month: 7, day: 13, hour: 23, minute: 40))
        #expect(LocalDateTime.parseDateTime("2019-07-13") == LocalDateTime(year: 2019, month: 7, day: 13))
        #expect(LocalDateTime.parseDateTime("2019-07-13T00:00")?.hour == 0)
        #expect(LocalDateTime.parseDate("2019-07-13")?.hasTime == false)
    }

    @Test("rejects text of the wrong shape or out of range", arguments: [
        "2019-7-13T23:40", "2019-07-13 23:40", "2019-07-13T24:00", "2019-07-13T23:60", "2019-07-13T23:40:60",
        "2019-07-13T23:4", "2019-07-13T23", "2019-07-13T", "2019-13-01", "2019-00-10", "2019-01-00", "2019-01-32",
        "19-07-13", "2019/07/13", "", "2019-07-13T23:40Z", "2019-07-13T23:40+01:00", "２019-07-13",
    ])
    func rejects(_ text: String) {
        #expect(LocalDateTime.parseDateTime(text) == nil)
    }

    @Test("knows leap years")
    func leapYears() {
        #expect(LocalDateTime.parseDate("2020-02-29") != nil)
        #expect(LocalDateTime.parseDate("2000-02-29") != nil)
        #expect(LocalDateTime.parseDate("2019-02-29") == nil)
        #expect(LocalDateTime.parseDate("1900-02-29") == nil)
        #expect(LocalDateTime.parseDate("2100-02-29") == nil)
        #expect(LocalDateTime.parseDate("2019-04-31") == nil)
        #expect(LocalDateTime.parseDate("2019-12-31") != nil)
        #expect(LocalDateTime(year: 2019, month: 2, day: 29) == nil)
        #expect(LocalDateTime(year: 2019, month: 2, day: 1, hour: 12, minute: nil) == nil)
    }

    @Test("gives the weekday, Monday = 1")
    func weekdays() {
        #expect(LocalDateTime.parseDate("1970-01-01")?.weekday == 4)
        #expect(LocalDateTime.parseDate("2019-07-13")?.weekday == 6)
        #expect(LocalDateTime.parseDate("2019-07-14")?.weekday == 7)
        #expect(LocalDateTime.parseDate("2019-07-15")?.weekday == 1)
        #expect(LocalDateTime.parseDate("2000-01-01")?.weekday == 6)
        #expect(LocalDateTime.parseDate("2024-02-29")?.weekday == 4)
        #expect(LocalDateTime.parseDate("1969-12-31")?.weekday == 3)
    }

    @Test("counts days across the plausible range without gaps")
    func dayArithmetic() throws {
        var date = try #require(LocalDateTime.parseDate("1990-01-01"))
        #expect(date.daysSinceEpoch == 7305)
        var weekday = date.weekday
        let last = try #require(LocalDateTime.parseDate("2100-12-31"))
        var count = 0
        while date < last {
            let next = date.adding(days: 1)
            #expect(next.daysSinceEpoch == date.daysSinceEpoch + 1)
            #expect(next.weekday == weekday % 7 + 1)
            #expect(LocalDateTime.parseDate(next.description) == next)
            weekday = next.weekday
            date = next
            count += 1
        }
        #expect(count == 40541)
    }

    @Test("orders and compares, a date alone against another date's day")
    func ordering() throws {
        let date = try #require(LocalDateTime.parseDateTime("2019-07-13"))
        let evening = try #require(LocalDateTime.parseDateTime("2019-07-13T23:40"))
        let morning = try #require(LocalDateTime.parseDateTime("2019-07-13T08:00"))
        #expect(date < morning)
        #expect(morning < evening)
        #expect(!date.isBefore(evening))
        #expect(!evening.isBefore(date))
        #expect(morning.isBefore(evening))
        #expect(evening.date == date)
        #expect(evening.month == YearMonth(year: 2019, month: 7))
        #expect(evening.description == "2019-07-13T23:40")
        #expect(date.description == "2019-07-13")
    }
}

/// The date scanner reads `YYYY-MM-` as one word; it must accept and reject exactly what
/// reading the text character by character does.
@Suite("Date scanning, word at a time")
struct DateScanEquivalenceTests {
    static func reference(_ text: String) -> LocalDateTime? {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              [0, 1, 2, 3, 5, 6, 8, 9].allSatisfy({ bytes[$0] >= UInt8(ascii: "0") && bytes[$0] <= UInt8(ascii: "9") }),
              let year = Int(String(decoding: bytes[0..<4], as: UTF8.self)),
              let month = Int(String(decoding: bytes[5..<7], as: UTF8.self)),
              let day = Int(String(decoding: bytes[8..<10], as: UTF8.self)) else { return nil }
        return LocalDateTime(year: year, month: month, day: day)
    }

    /// Characters a date could be mistaken with.
    static let damage = Array("0123456789-/ :T./9Z\u{7F}".utf8)

    /// `text` with up to two of its first `span` bytes replaced from `damage`.
    static func damaged(_ text: String, within span: Int, random: inout SplitMix64) -> String {
        var bytes = Array(text.utf8)
        for _ in 0..<Int(random.next() % 3) {
            bytes[Int(random.next() % UInt64(span))] = damage[Int(random.next() % UInt64(damage.count))]
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `YYYY-MM-DD` with a month up to 13 and a day up to 32: near a date, not always one.
    static func nearDate(_ random: inout SplitMix64) -> String {
        let year = 1000 + Int(random.next() % 9000)
        let month = Int(random.next() % 14)
        let day = Int(random.next() % 33)
        return String(format: "%04d-%02d-%02d", year, month, day)
    }

    @Test("random near-dates are read as a character-by-character reading does")
    func randomNearDates() {
        var random = SplitMix64(seed: 0x5EED_DA7E)
        for _ in 0..<20_000 {
            let text = Self.damaged(Self.nearDate(&random), within: 10, random: &random)
            #expect(LocalDateTime.parseDate(text) == Self.reference(text), "\(text)")
        }
    }

    /// A date-time read character by character: the date as above, then `THH:MM` and
    /// optionally `:SS`.
    static func referenceDateTime(_ text: String) -> LocalDateTime? {
        let bytes = Array(text.utf8)
        if bytes.count == 10 { return reference(text) }
        func digits(_ range: Range<Int>) -> Int? {
            guard bytes[range].allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return nil }
            return Int(String(decoding: bytes[range], as: UTF8.self))
        }
        guard bytes.count == 16 || bytes.count == 19, bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"),
              let date = reference(String(decoding: bytes[0..<10], as: UTF8.self)),
              let hour = digits(11..<13), let minute = digits(14..<16) else { return nil }
        if bytes.count == 19 {
            guard bytes[16] == UInt8(ascii: ":"), let second = digits(17..<19), second <= 59 else { return nil }
        }
        return LocalDateTime(year: date.year, month: date.monthOfYear, day: date.day, hour: hour, minute: minute)
    }

    @Test("random near-date-times are read as a character-by-character reading does")
    func randomNearDateTimes() {
        var random = SplitMix64(seed: 0xDA7E_7143)
        for round in 0..<20_000 {
            let date = Self.nearDate(&random)
            let hour = Int(random.next() % 26)
            let minute = Int(random.next() % 62)
            var text = date + String(format: "T%02d:%02d", hour, minute)
            if round % 3 == 0 { text += String(format: ":%02d", Int(random.next() % 62)) }
            let changed = Self.damaged(text, within: text.utf8.count, random: &random)
            #expect(LocalDateTime.parseDateTime(changed) == Self.referenceDateTime(changed), "\(changed)")
        }
    }
}
