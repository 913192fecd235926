import Foundation
import Testing
import Loaders
@testable import Synthesis

@Test("the generator is xoshiro256** seeded by SplitMix64, matching the reference algorithms")
func referenceGenerator() {
    var splitMix = SplitMix64(state: 0)
    #expect(splitMix.next() == 0xE220_A839_7B1D_CDAF)
    var random = SeededGenerator(seed: 1)
    #expect(random.next() == 0xB3F2_AF6D_0FC7_10C5)
    #expect(random.next() == 0x853B_5596_4736_4CEA)
    #expect(random.next() == 0x92F8_9756_082A_4514)
    var stream = SeededGenerator(seed: 20201117, stream: 5)
    #expect(stream.next() == 0x00A5_7103_98BF_4394)
}

@Test("bounded integers are uniform and in range, uniforms in [0, 1)")
func boundedDraws() {
    var random = SeededGenerator(seed: 9)
    var counts = [Int](repeating: 0, count: 6)
    for _ in 0..<60_000 {
        let value = random.integer(below: 6)
        counts[value] += 1
        let u = random.uniform()
        #expect(u >= 0 && u < 1)
    }
    #expect(counts.allSatisfy { abs($0 - 10_000) < 400 }, "counts \(counts)")
    var sum = 0.0
    var squares = 0.0
    for _ in 0..<20_000 {
        let z = random.normal()
        sum += z
        squares += z * z
    }
    #expect(abs(sum / 20_000) < 0.03 && abs(squares / 20_000 - 1) < 0.05)
}

@Test("the deterministic exponential and logarithm agree with the platform's to 1e-14")
func deterministicMath() {
    for x in stride(from: -20.0, through: 20.0, by: 0.37) {
        #expect(abs(DeterministicMath.exp(x) / Foundation.exp(x) - 1) < 1e-14)
    }
    for x in [1e-300, 1e-9, 0.001, 0.5, 0.7071, 1, 1.0000001, 1.5, 2, 10, 12345.678, 1e200] {
        #expect(abs(DeterministicMath.log(x) - Foundation.log(x)) <= 1e-14 * max(1, abs(Foundation.log(x))))
    }
    #expect(DeterministicMath.log(1) == 0)
    #expect(abs(DeterministicMath.pow(1.09, 2) - 1.1881) < 1e-14)
}

@Test("day numbers round-trip through dates and weekdays are right")
func calendarDays() {
    #expect(CalendarDays.day(year: 1970, month: 1, day: 1) == 0)
    #expect(CalendarDays.weekday(CalendarDays.day(year: 2020, month: 11, day: 17)) == 2) // a Tuesday
    for day in stride(from: -1000, through: 40_000, by: 13) {
        let date = CalendarDays.date(day)
        #expect(CalendarDays.day(year: date.year, month: date.month, day: date.day) == day)
    }
    #expect(CalendarDays.daysIn(year: 2020, month: 2) == 29 && CalendarDays.daysIn(year: 2100, month: 2) == 28)
}

@Test("Easter comes from the computus and the rules reproduce the published bank holidays")
func bankHolidays() {
    func day(_ y: Int, _ m: Int, _ d: Int) -> Int { CalendarDays.day(year: y, month: m, day: d) }
    #expect(BankHolidays.easterSunday(year: 2019) == day(2019, 4, 21))
    #expect(BankHolidays.easterSunday(year: 2020) == day(2020, 4, 12))
    #expect(BankHolidays.easterSunday(year: 2024) == day(2024, 3, 31))
    #expect(BankHolidays.easterSunday(year: 2038) == day(2038, 4, 25))
    // 2019 had no one-off changes, so the rules give the table.
    #expect(BankHolidays.byRule(year: 2019) == BankHolidays.englandAndWales(year: 2019))
    // 2020's table differs from the rules only by VE Day (8 May, not 4 May).
    let rules2020 = BankHolidays.byRule(year: 2020)
    #expect(rules2020.contains(day(2020, 5, 4)) && !rules2020.contains(day(2020, 5, 8)))
    #expect(BankHolidays.englandAndWales(year: 2020).contains(day(2020, 12, 28)))
    #expect(BankHolidays.englandAndWales(year: 2021) == [
        day(2021, 1, 1), day(2021, 4, 2), day(2021, 4, 5), day(2021, 5, 3), day(2021, 5, 31), day(2021, 8, 30),
        day(2021, 12, 27), day(2021, 12, 28),
    ])
    #expect(BankHolidays.englandAndWales(year: 2022).contains(day(2022, 1, 3)))
    #expect(BankHolidays.englandAndWales(year: 2022).contains(day(2022, 6, 3)))
}

@Test("CSV fields are quoted only when needed, with inner quotes doubled")
func quoting() {
    var csv = CSVBuilder(header: ["a", "b", "c", "d"])
    csv.field("plain")
    csv.field("with, comma")
    csv.field("say \"hi\"")
    csv.dateTime(minute: CalendarDays.day(year: 2020, month: 2, day: 29) * 1440 + 23 * 60 + 5)
    csv.endRow()
    #expect(csv.finish() == "a,b,c,d\nplain,\"with, comma\",\"say \"\"hi\"\"\",2020-02-29T23:05\n")
}
