import Analysis
import Loaders
@testable import Report
import Testing

/// Plain words in the report: one rule for the scale of rates, names for codes, the
/// months a seasonal naive forecast copies from, and what the A&E district ratios leave out.
@Suite("Plain words")
struct PlainWordsTests {
    // MARK: Rates

    // 0.3379 per 1,000 is 33.79 per 100,000 → "33.8". A table with 0.34 beside 24.8 has
    // a rate below 1, so all of it is per 100,000 (2,480.0); 0.999 is still below 1; a
    // table of 1.0 and 2.5 stays per 1,000 with two decimals ("24.80"), and so does one
    // whose only rate below 1 is zero.
    @Test("a table, chart or sentence with any rate below 1 per 1,000 reads per 100,000, one scale for all its rates")
    func rateScale() {
        #expect(RateScale.of([0.34, 0.69, nil]) == .perHundredThousand)
        #expect(RateScale.of([0.34, 24.8]) == .perHundredThousand)
        #expect(RateScale.perHundredThousand.text(24.8) == "2,480.0")
        #expect(RateScale.of([0.999]) == .perHundredThousand)
        #expect(RateScale.of([1.0, 2.5]) == .perThousand)
        #expect(RateScale.of([0, 2.5, nil]) == .perThousand)
        #expect(RateScale.of([Double?]()) == .perThousand)
        #expect(RateScale.perHundredThousand.text(0.3379) == "33.8")
        #expect(RateScale.perThousand.text(24.8) == "24.80")
        #expect(RateScale.perHundredThousand.heading == "Rate per 100,000")
        #expect(RateScale.perThousand.heading == "Rate per 1,000")
        // 0.69 (0.56 to 0.84) per 1,000 → 69.0 (56.0 to 84.0) per 100,000.
        let torbay = Estimate(value: 0.69, lower: 0.56, upper: 0.84, confidence: 0.95, method: .byar)
        #expect(EstimateText.ratePer1000WithInterval(torbay) == "69.0 per 100,000 (95% CI 56.0 to 84.0)")
        let force = Estimate(value: 51.61, lower: 51.28, upper: 51.95, confidence: 0.95, method: .byar)
        #expect(EstimateText.ratePer1000WithInterval(force) == "51.61 per 1,000 (95% CI 51.28 to 51.95)")
        #expect(RateScale.of([force]).withInterval(force, of: "residents") == "51.61 per 1,000 residents (95% CI 51.28 to 51.95)")
    }

    @Test("a rate cell keeps four decimals per 1,000 in CSV and JSON and shows the table's scale in the report")
    func rateCell() {
        let table = ReportTable(name: "t", columns: [.init("rate_per_1000", RateScale.perHundredThousand.heading, numeric: true)],
                                rows: [[.rate(0.33791, .perHundredThousand)]])
        #expect(table.csv.rows == [["0.3379"]])
        #expect(table.markdown.contains("| Rate per 100,000 |") && table.markdown.contains("| 33.8 |"))
        #expect(FindingsJSON.cell(.rate(0.33791, .perHundredThousand)) == .decimal(0.33791, places: 4))
    }

    // MARK: Names for codes

    @Test("a named cell keeps the code for machines and shows the name in the report")
    func namedCell() {
        let table = ReportTable(name: "t", columns: [.init("measure", "Measure"), .init("group", "Group")],
                                rows: [[.named(code: "alcohol_related", name: PlainNames.measure("alcohol_related")),
                                        .named(code: "E06000026", name: PlainNames.group("E06000026", areas: ["E06000026": "Plymouth"]))]])
        #expect(table.csv.rows == [["alcohol_related", "E06000026"]])
        #expect(table.markdown.contains("| Alcohol-related | Plymouth |"))
        #expect(!table.markdown.contains("E06000026") && !table.markdown.contains("alcohol"))
        #expect(PlainNames.field("victim_age") == "Victim's age")
        #expect(PlainNames.group("night") == "Night (18:00 to 06:00)")
        #expect(PlainNames.measure("some_new_measure") == "Some new measure")
    }

    // MARK: The seasonal naive forecast and anomalous periods

    static func result(_ series: String, model: String) -> ForecastResult {
        // Observed January 2019 to December 2020; forecast the four quarters of 2021.
        let months = (0..<24).map { YearMonth(index: YearMonth(year: 2019, month: 1).index + $0) }
        let quarters = (1...4).map {
            QuarterForecast(quarter: Quarter(year: 2021, number: $0), forecast: 30, lower80: 25, upper80: 35, lower95: 20, upper95: 40)
        }
        return ForecastResult(series: series, chosenModel: model, accuracy: [], quarters: quarters, impliedYearlyGrowth: 0,
                              monthlyFitted: Array(repeating: nil, count: 24), months: months, observed: Array(repeating: 30, count: 24))
    }

    // Worked by hand: the last observed month is December 2020, so April 2021 is 4 months
    // ahead and copies April 2020 (4 − 12 months), May and June likewise: the 2021-Q2
    // forecast is built from April to June 2020, all of it in the lockdown. A period of
    // May 2020 alone is part of that quarter's source. November 2019 is in no source.
    @Test("names the forecast quarters that the seasonal naive model copies from an anomalous period")
    func anomalySources() {
        let lockdown = AnomalousPeriod(from: YearMonth(year: 2020, month: 4), to: YearMonth(year: 2020, month: 6),
                                       reason: "first national lockdown")
        let naive = Self.result("serious violence", model: SeasonalNaiveDrift().name)
        #expect(ForecastSection.seasonalNaiveSources(naive, quarter: Quarter(year: 2021, number: 2))
            == [4, 5, 6].map { YearMonth(year: 2020, month: $0) })
        #expect(ForecastSection.anomalySourceSentences([lockdown], results: [naive])
            == "The forecast of serious violence for April to June 2021 is built from April to June 2020, a period the configuration "
            + "names as anomalous (first national lockdown), so it carries that period's level forward.")
        let both = ForecastSection.anomalySourceSentences([lockdown], results: [naive, Self.result("violence with injury", model: SeasonalNaiveDrift().name)])
        #expect(both.hasPrefix("The forecast of serious violence and of violence with injury for April to June 2021 is built from April to June 2020"))
        let may = AnomalousPeriod(from: YearMonth(year: 2020, month: 5), to: YearMonth(year: 2020, month: 5), reason: "an outage")
        #expect(ForecastSection.anomalySourceSentences([may], results: [naive])
            == "The forecast of serious violence for April to June 2021 is built from April to June 2020, which includes May 2020, "
            + "a period the configuration names as anomalous (an outage), so it carries that period's level forward.")
        let earlier = AnomalousPeriod(from: YearMonth(year: 2019, month: 11), to: YearMonth(year: 2019, month: 11), reason: "old")
        #expect(ForecastSection.anomalySourceSentences([earlier], results: [naive]).isEmpty)
        // Another model does not copy last year's quarters.
        #expect(ForecastSection.anomalySourceSentences([lockdown], results: [Self.result("serious violence", model: "Holt-Winters")]).isEmpty)
    }

    // MARK: A&E attendances without a location

    // Worked by hand: 40 of 200 attendances without a location is 20.0%.
    @Test("the district A&E ratios say how many attendances have no location and that they understate")
    func withoutLocation() {
        let note = UnseenSection.withoutLocationNote(withoutLocation: 40, year: 200, hidden: false)
        #expect(note == "40 of the 200 A&E attendances of the year (20.0%) have no incident location: they count for the force but "
            + "for no district, so every district's A&E attendances, and its ratio of A&E attendances to police records, are "
            + "understated; were the missing locations spread evenly, by about 20.0%.")
        #expect(UnseenSection.withoutLocationNote(withoutLocation: 1, year: 200, hidden: false).hasPrefix("1 of the 200 A&E attendances of the year (0.5%) has no"))
        #expect(UnseenSection.withoutLocationNote(withoutLocation: 0, year: 200, hidden: false).isEmpty)
        #expect(UnseenSection.withoutLocationNote(withoutLocation: nil, year: 200, hidden: true).hasPrefix("A few A&E attendances"))
    }
}
