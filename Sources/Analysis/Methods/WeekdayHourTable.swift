/// Events by day of the week and hour of the day, with the timing measures an
/// assessment quotes: the night-time share, the peak hours and the weekend-night
/// share.
///
/// Definitions (hours are clock hours, hour h covering h:00–h:59):
/// - Night: 18:00–05:59 on any day, i.e. hours 18–23 and 0–5 of every weekday
///   (84 of the 168 week-hours). Early hours sit in the row of the calendar day
///   they fall on: 02:00 on Sunday night is Monday, hour 2.
/// - Weekend nights: Friday 18:00 to Saturday 05:59 plus Saturday 18:00 to Sunday
///   05:59, i.e. Friday 18–23, Saturday 0–5, Saturday 18–23 and Sunday 0–5 (24
///   week-hours, 1/7 of the week). Saturday daytime is left out on purpose: it is a
///   weekend day but not a night, and including it would blur the night-time
///   economy signal this measure is for.
/// - Peak hours: the hours of the day with the most events summed over all seven
///   days, most first, ties broken by the earlier hour.
/// Shares carry Wilson score intervals (`Proportions.wilson`), treating each event
/// as an independent draw; clustered events (one incident, several offences) make
/// the true uncertainty somewhat wider.
/// Reference: Wilson EB (1927). JASA 22(158):209–212; Newcombe RG (1998). Stat Med
/// 17(8):857–872.
public struct WeekdayHourTable: Sendable, Equatable {
    /// Events in one hour of the day, summed over the week.
    public struct HourCount: Sendable, Equatable {
        /// 0...23.
        public var hour: Int
        public var count: Int

        public init(hour: Int, count: Int) {
            self.hour = hour
            self.count = count
        }
    }

    /// Days of the week are numbered 1 = Monday ... 7 = Sunday (ISO 8601).
    public static let friday = 5
    public static let saturday = 6
    public static let sunday = 7

    /// Hours of the day counted as night: 18–23 and 0–5.
    public static let nightHours: Set<Int> = Set(18...23).union(0...5)

    /// counts[weekday − 1][hour]: 7 rows (Monday first) of 24 hours.
    public let counts: [[Int]]

    /// A table from 7 rows (Monday first) of 24 non-negative counts (hour 0 first);
    /// nil for any other shape or a negative count.
    public init?(counts: [[Int]]) {
        guard counts.count == 7,
              counts.allSatisfy({ $0.count == 24 && $0.allSatisfy { $0 >= 0 } }) else { return nil }
        self.counts = counts
    }

    /// Events at a weekday (1 = Monday ... 7 = Sunday) and hour (0...23); 0 outside.
    public func count(weekday: Int, hour: Int) -> Int {
        guard (1...7).contains(weekday), (0...23).contains(hour) else { return 0 }
        return counts[weekday - 1][hour]
    }

    /// All events in the table.
    public var total: Int { counts.reduce(0) { $0 + $1.reduce(0, +) } }

    /// Events in each hour of the day (0...23), summed over the seven days.
    public var hourTotals: [Int] {
        (0..<24).map { hour in counts.reduce(0) { $0 + $1[hour] } }
    }

    /// Events between 18:00 and 05:59 on any day.
    public var nightCount: Int {
        counts.reduce(0) { sum, row in sum + Self.nightHours.reduce(0) { $0 + row[$1] } }
    }

    /// Events from Friday 18:00 to Saturday 05:59 and Saturday 18:00 to Sunday 05:59.
    public var weekendNightCount: Int {
        let evenings = (18...23).reduce(0) {
            $0 + count(weekday: Self.friday, hour: $1) + count(weekday: Self.saturday, hour: $1)
        }
        let earlyHours = (0...5).reduce(0) {
            $0 + count(weekday: Self.saturday, hour: $1) + count(weekday: Self.sunday, hour: $1)
        }
        return evenings + earlyHours
    }

    /// Share of events at night (18:00–05:59) with its Wilson interval; nil when the
    /// table is empty.
    public func nightShare(confidence: Double = 0.95) -> Estimate? {
        Proportions.wilson(successes: nightCount, trials: total, confidence: confidence)
    }

    /// Share of events on Friday and Saturday nights with its Wilson interval; nil
    /// when the table is empty.
    public func weekendNightShare(confidence: Double = 0.95) -> Estimate? {
        Proportions.wilson(successes: weekendNightCount, trials: total, confidence: confidence)
    }

    /// The `top` hours of the day with the most events (default 3), most first,
    /// ties by the earlier hour. Hours with no events are never peaks, so a sparse
    /// table can give fewer than `top` and an empty one none.
    public func peakHours(top: Int = 3) -> [HourCount] {
        hourTotals.enumerated()
            .filter { $0.element > 0 }
            .map { HourCount(hour: $0.offset, count: $0.element) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.hour < $1.hour }
            .prefix(max(0, top))
            .map { $0 }
    }
}

/// Counts by weekday and hour gathered from a tally's time keys: the loop the police,
/// violence and emergency department analyses share.
public struct WeekdayHourCounts: Sendable {
    /// counts[weekday − 1][hour].
    public private(set) var counts = Array(repeating: Array(repeating: 0, count: 24), count: 7)
    /// Events whose time (or day) is not known.
    public private(set) var unknownTime = 0

    public init() {}

    /// Adds `count` events at `weekday` (1 = Monday ... 7 = Sunday) and `hour` (0...23);
    /// any other hour or weekday (-1: not known) counts under `unknownTime`.
    public mutating func add<Number: BinaryInteger>(weekday: Number, hour: Number, _ count: Int) {
        if hour >= 0, hour < 24, weekday >= 1, weekday <= 7 {
            counts[Int(weekday) - 1][Int(hour)] += count
        } else {
            unknownTime += count
        }
    }

    /// Events in each hour of the day (0...23), summed over the seven days.
    public var hourTotals: [Int] {
        (0..<24).map { hour in counts.reduce(0) { $0 + $1[hour] } }
    }

    public var table: WeekdayHourTable? { WeekdayHourTable(counts: counts) }
}
