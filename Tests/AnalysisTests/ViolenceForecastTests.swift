import Loaders
import Testing
@testable import Analysis

@Suite("Violence forecasts")
struct ViolenceForecastTests {
    static let seriousCodes: Set<String> = ["1/1", "1/2", "2", "5D"]

    static func makeRecord(_ code: String, _ month: YearMonth) -> PoliceRecord? {
        guard let offence = HomeOfficeOffenceCodes.offence(code: code),
              let day = LocalDateTime(year: month.year, month: month.month, day: 10) else { return nil }
        return PoliceRecord(offence: offence, committedAt: day, recordedOn: day, placement: .noLSOA, domesticAbuse: nil,
                            alcoholRelated: nil, weapon: .unknown, victimAge: nil, victimSex: .unknown, suspectAge: nil,
                            suspectSex: .unknown, linkageKey: nil)
    }

    static func add(_ code: String, _ month: YearMonth, _ count: Int, to tally: inout PoliceRecordTally.Builder) throws {
        let record = try #require(makeRecord(code, month))
        for _ in 0..<count { tally.add(record, isSerious: seriousCodes.contains(code)) }
    }

    // 2019-01 to 2020-12 plus a stray 2021-01. Each month t (0-based) has 10 + t % 5 s18
    // woundings (5D: serious violence and in the violence-with-injury group), 1 murder
    // (serious, homicide group) and 30 + t assaults with injury (8N), except 2019-07, which
    // holds only a common assault (105A): both series must read 0 there, not skip it.
    static func tally() throws -> PoliceRecordTally {
        var tally = PoliceRecordTally.Builder()
        let first = YearMonth(year: 2019, month: 1)
        for t in 0..<25 {
            let month = first.adding(months: t)
            if month == YearMonth(year: 2019, month: 7) {
                try add("105A", month, 1, to: &tally)
                continue
            }
            try add("5D", month, 10 + t % 5, to: &tally)
            try add("1/1", month, 1, to: &tally)
            try add("8N", month, 30 + t, to: &tally)
        }
        return tally.tally
    }

    @Test("forecasts both series over complete months to the last month, empty months as zero")
    func series() throws {
        let last = YearMonth(year: 2020, month: 12)
        let forecasts = ViolenceForecasting.forecast(police: try Self.tally(), through: last)
        let months = (0..<24).map { YearMonth(year: 2019, month: 1).adding(months: $0) }
        let gap = YearMonth(year: 2019, month: 7)
        let serious = months.enumerated().map { $0.element == gap ? 0 : 10 + $0.offset % 5 + 1 }
        let injury = months.enumerated().map { $0.element == gap ? 0 : 10 + $0.offset % 5 + 30 + $0.offset }

        let seriousResult = try #require(forecasts.seriousViolence)
        #expect(seriousResult.months == months)
        #expect(seriousResult == Forecaster.forecast(series: ViolenceForecasting.seriousViolenceName, months: months, counts: serious))
        #expect(seriousResult.quarters.map(\.quarter) == (1...4).map { Quarter(year: 2021, number: $0) })

        let injuryResult = try #require(forecasts.violenceWithInjury)
        #expect(injuryResult == Forecaster.forecast(series: ViolenceForecasting.violenceWithInjuryName, months: months, counts: injury))
    }

    @Test("gives no forecast for fewer than twelve months or no records")
    func tooShort() throws {
        let short = ViolenceForecasting.forecast(police: try Self.tally(), through: YearMonth(year: 2019, month: 11))
        #expect(short.seriousViolence == nil && short.violenceWithInjury == nil)
        let empty = ViolenceForecasting.forecast(police: PoliceRecordTally(), through: YearMonth(year: 2020, month: 12))
        #expect(empty == ViolenceForecasts(seriousViolence: nil, violenceWithInjury: nil))
        let before = ViolenceForecasting.forecast(police: try Self.tally(), through: YearMonth(year: 2018, month: 12))
        #expect(before.seriousViolence == nil)
    }

    // The synthetic series grow by the planted yearly_trend of 9% (compounding smoothly),
    // with Poisson noise. With two years of data, the implied growth is in effect the
    // ratio of one year's total to the one before, whose log has standard error
    // √(1/n₁ + 1/n₂): about √(2/580) ≈ 0.042 for serious violence (about 580 police
    // records a year) and √(2/15,500) ≈ 0.011 for violence with injury. The tolerances,
    // 0.085 and 0.025, are about two standard errors each.
    @Test("implies yearly growth near the planted trend on the synthetic series")
    func syntheticGrowth() throws {
        let loaded = try #require(SyntheticInputs.loaded)
        let planted = loaded.truth.parameters.yearlyTrend
        let forecasts = ViolenceForecasting.forecast(police: loaded.police, through: SyntheticInputs.period.quarter.lastMonth)
        let serious = try #require(forecasts.seriousViolence?.impliedYearlyGrowth)
        #expect(abs(serious - planted) < 0.085, "serious violence growth \(serious) against \(planted)")
        let injury = try #require(forecasts.violenceWithInjury?.impliedYearlyGrowth)
        #expect(abs(injury - planted) < 0.025, "violence with injury growth \(injury) against \(planted)")
        #expect(forecasts.seriousViolence?.quarters.first?.quarter == Quarter(year: 2021, number: 1))
    }
}
