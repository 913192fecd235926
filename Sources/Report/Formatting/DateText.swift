import Loaders

/// Months and quarters as words, in English, without consulting the locale.
public enum DateText {
    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August",
                             "September", "October", "November", "December"]

    /// `2020-03` → `March 2020`.
    public static func month(_ month: YearMonth) -> String {
        "\(monthNames[month.month - 1]) \(month.year)"
    }

    /// `2020-03` → `Mar 2020`.
    public static func shortMonth(_ month: YearMonth) -> String {
        "\(monthNames[month.month - 1].prefix(3)) \(month.year)"
    }

    /// `2019-04...2020-03` → `April 2019 to March 2020`.
    public static func range(_ months: ClosedRange<YearMonth>) -> String {
        "\(month(months.lowerBound)) to \(month(months.upperBound))"
    }

    /// Monday first, as weekday 1 is Monday in the tables.
    static let weekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    /// `Mon` ... `Sun`, for chart labels.
    static var shortWeekdayNames: [String] { weekdayNames.map { String($0.prefix(3)) } }

    /// `Jan` ... `Dec`, for chart labels.
    static var shortMonthNames: [String] { monthNames.map { String($0.prefix(3)) } }

    /// The hours of the day as chart labels: `00` ... `23`.
    static var hourLabels: [String] { (0..<24).map(hour) }

    /// `7` → `07`.
    static func hour(_ hour: Int) -> String {
        hour < 10 ? "0\(hour)" : "\(hour)"
    }

    /// `7` → `07:00`.
    static func clock(_ hour: Int) -> String {
        self.hour(hour) + ":00"
    }

    /// `2020-Q1` → `January to March 2020`.
    public static func quarter(_ quarter: Quarter) -> String {
        "\(monthNames[quarter.firstMonth.month - 1]) to \(month(quarter.lastMonth))"
    }
}
