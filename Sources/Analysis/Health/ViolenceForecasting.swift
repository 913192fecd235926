import Loaders

/// Forecasts police serious violence and violence with injury from a record tally.
///
/// Method: each series runs, month by month, from the first month in which the extract
/// holds any record (of any offence) to `lastMonth`, months without a record of the
/// series counting as 0 (the extract covered them; nothing of that kind was
/// recorded). Months after `lastMonth` are left out: they belong to a later, possibly
/// incomplete, quarter, and a part-month or part-quarter would read as a fall. The
/// model is chosen and the quarters forecast by `Forecaster` (four quarters ahead).
/// Assumption: the extract is complete from its first month; a first month that is
/// only partly covered depresses the start of the series and so overstates growth.
public enum ViolenceForecasting {
    public static let seriousViolenceName = "serious violence"
    public static let violenceWithInjuryName = "violence with injury"

    /// `anomalies`: periods left out of the back-test and the drift (see `Forecaster`).
    public static func forecast(police: PoliceRecordTally, through lastMonth: YearMonth, quarters: Int = 4,
                                anomalies: [AnomalousPeriod] = []) -> ViolenceForecasts {
        guard let firstMonth = police.byGroup.values.keys.map(\.month).min(), firstMonth <= lastMonth else {
            return ViolenceForecasts(seriousViolence: nil, violenceWithInjury: nil)
        }
        let months = (firstMonth.index...lastMonth.index).map { YearMonth(index: $0) }
        var serious: [YearMonth: Int] = [:]
        var injury: [YearMonth: Int] = [:]
        for (key, count) in police.byGroup.values where key.month <= lastMonth {
            if key.seriousViolence { serious[key.month, default: 0] += count }
            if key.group == .violenceWithInjury { injury[key.month, default: 0] += count }
        }
        let anomalous = Set(anomalies.flatMap(\.months))
        var result = ViolenceForecasts(
            seriousViolence: Forecaster.forecast(
                series: seriousViolenceName, months: months, counts: months.map { serious[$0] ?? 0 }, quarters: quarters,
                anomalies: anomalous),
            violenceWithInjury: Forecaster.forecast(
                series: violenceWithInjuryName, months: months, counts: months.map { injury[$0] ?? 0 }, quarters: quarters,
                anomalies: anomalous))
        result.anomalies = anomalies
        return result
    }
}
