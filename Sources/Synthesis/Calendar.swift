import Loaders

/// The proleptic Gregorian calendar as day numbers (days since 1970-01-01), with the
/// bank holidays of England and Wales.
enum CalendarDays {
    /// The day number of a date: the loaders' civil-day arithmetic (Hinnant's `days_from_civil`).
    static func day(year: Int, month: Int, day: Int) -> Int {
        LocalDateTime.daysFromCivil(year: year, month: month, day: day)
    }

    /// The date of a day number (Hinnant's `civil_from_days`).
    static func date(_ dayNumber: Int) -> (year: Int, month: Int, day: Int) {
        LocalDateTime.civilFromDays(dayNumber)
    }

    /// 0 = Sunday ... 6 = Saturday (1970-01-01 was a Thursday).
    static func weekday(_ dayNumber: Int) -> Int {
        let remainder = (dayNumber + 4) % 7
        return remainder < 0 ? remainder + 7 : remainder
    }

    /// The month's length, by the loaders' calendar rules.
    static func daysIn(year: Int, month: Int) -> Int {
        LocalDateTime.daysIn(month: month, year: year)
    }

    static func firstDay(of month: YearMonthValue) -> Int {
        day(year: month.year, month: month.month, day: 1)
    }

    static func lastDay(of month: YearMonthValue) -> Int {
        day(year: month.year, month: month.month, day: daysIn(year: month.year, month: month.month))
    }
}

/// The year and month the calendar functions need (kept apart from `Loaders.YearMonth`
/// so the calendar has no dependency).
struct YearMonthValue {
    let year: Int
    let month: Int
}

/// Bank holidays in England and Wales.
///
/// 2019 and 2020 come from the published table (gov.uk), including 2020's early May
/// holiday moved to Friday 8 May for the 75th anniversary of VE Day and Boxing Day's
/// substitute on Monday 28 December:
///
/// | 2019 | 2020 | Holiday |
/// |------|------|---------|
/// | Tue 1 Jan | Wed 1 Jan | New Year's Day |
/// | Fri 19 Apr | Fri 10 Apr | Good Friday |
/// | Mon 22 Apr | Mon 13 Apr | Easter Monday |
/// | Mon 6 May | Fri 8 May | Early May bank holiday |
/// | Mon 27 May | Mon 25 May | Spring bank holiday |
/// | Mon 26 Aug | Mon 31 Aug | Summer bank holiday |
/// | Wed 25 Dec | Fri 25 Dec | Christmas Day |
/// | Thu 26 Dec | Mon 28 Dec (substitute) | Boxing Day |
///
/// Other years follow the standing rules, with Easter from the Gregorian computus
/// (the anonymous algorithm of Meeus, Jones and Butcher): New Year's Day, Good Friday,
/// Easter Monday, the first and last Mondays of May, the last Monday of August,
/// Christmas Day and Boxing Day, with substitute weekdays when they fall at a weekend.
/// Known one-off changes outside 2019-2020 are applied too: 2022 (spring holiday moved
/// to Thursday 2 June, Platinum Jubilee Friday 3 June, state funeral Monday 19
/// September) and 2023 (coronation Monday 8 May). Other proclaimed one-offs are not.
enum BankHolidays {
    /// The bank holidays of `year` as day numbers, ascending.
    static func englandAndWales(year: Int) -> [Int] {
        func d(_ month: Int, _ day: Int) -> Int { CalendarDays.day(year: year, month: month, day: day) }
        switch year {
        case 2019:
            return [d(1, 1), d(4, 19), d(4, 22), d(5, 6), d(5, 27), d(8, 26), d(12, 25), d(12, 26)]
        case 2020:
            return [d(1, 1), d(4, 10), d(4, 13), d(5, 8), d(5, 25), d(8, 31), d(12, 25), d(12, 28)]
        default:
            return byRule(year: year)
        }
    }

    static func byRule(year: Int) -> [Int] {
        func d(_ month: Int, _ day: Int) -> Int { CalendarDays.day(year: year, month: month, day: day) }
        var days: [Int] = []
        // New Year's Day, or the Monday after when it falls at a weekend.
        var newYear = d(1, 1)
        while CalendarDays.weekday(newYear) == 0 || CalendarDays.weekday(newYear) == 6 { newYear += 1 }
        days.append(newYear)
        let easter = easterSunday(year: year)
        days.append(easter - 2)
        days.append(easter + 1)
        var earlyMay = firstMonday(onOrAfter: d(5, 1))
        var spring = lastMonday(onOrBefore: d(5, 31))
        if year == 2023 { days.append(d(5, 8)) }
        if year == 2022 {
            spring = d(6, 2)
            days.append(d(6, 3))
        }
        if year == 1995 { earlyMay = d(5, 8) }
        days.append(earlyMay)
        days.append(spring)
        days.append(lastMonday(onOrBefore: d(8, 31)))
        if year == 2022 { days.append(d(9, 19)) }
        // Christmas and Boxing Day: a weekend day moves to the next free weekday.
        var christmas = d(12, 25)
        var boxing = d(12, 26)
        switch CalendarDays.weekday(christmas) {
        case 5: boxing = christmas + 3 // Friday: Boxing Day (Saturday) moves to Monday.
        case 6: christmas += 2; boxing = christmas + 1 // Saturday: Monday and Tuesday.
        case 0: christmas += 2; boxing = christmas - 1 // Sunday: Tuesday, with Boxing Day Monday.
        default: break
        }
        days.append(christmas)
        days.append(boxing)
        return days.sorted()
    }

    /// The day number of Easter Sunday (Meeus/Jones/Butcher Gregorian algorithm).
    static func easterSunday(year: Int) -> Int {
        let a = year % 19
        let b = year / 100
        let c = year % 100
        let d = b / 4
        let e = b % 4
        let f = (b + 8) / 25
        let g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4
        let k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CalendarDays.day(year: year, month: month, day: day)
    }

    static func firstMonday(onOrAfter day: Int) -> Int {
        day + (8 - CalendarDays.weekday(day)) % 7
    }

    static func lastMonday(onOrBefore day: Int) -> Int {
        day - (CalendarDays.weekday(day) + 6) % 7
    }
}
