import Analysis
import Charts
import Loaders

/// The template context of the serious violence sections, from published (suppressed)
/// findings only: no number reaches a template without passing disclosure control.
enum ViolenceContext {
    static func make(_ findings: ViolenceFindings, published: PublishedViolence, synthetic: Bool,
                     figures: inout Figures) -> [String: Any] {
        var context: [String: Any] = ["has_violence": true, "violence_synthetic": synthetic]
        for (key, value) in published.headline { context[key] = value }
        for table in published.tables {
            context["table_" + table.name.replacingOccurrences(of: "-", with: "_")] = LazyTableMarkdown(table)
        }
        // The report shows serious violence by quarter; the CSV holds every category.
        if let quarterly = published.tables.first(where: { $0.name == "violence-by-quarter" }) {
            let serious = quarterly.rows.filter { $0.count > 1 && $0[1] == .text(ViolenceFindings.seriousViolence) }
            context["table_violence_by_quarter"] = ReportTable(
                name: quarterly.name,
                columns: [.init("quarter", "Quarter"), .init("category", nil), .init("count", "Serious violence", numeric: true)],
                rows: serious).markdown
            context["has_violence_by_quarter"] = !serious.isEmpty
        }
        context["violence_codes"] = findings.offenceCodes.joined(separator: ", ")
        context["violence_has_suppressed"] = published.anySuppressed

        let serious = ViolenceFindings.seriousViolence
        if let trend = findings.trends.first(where: { $0.category == serious }) {
            context["serious_trend_sentence"] = trendSentence(trend, published: published)
        }

        // Figures.
        let months = published.monthlySerious
        context["figure_serious_trend"] = figures.add(LineChart(
            id: "serious-violence-by-month", title: "Serious violence by month (police records)",
            summary: "Serious violence recorded by the police each month, \(months.first.map { DateText.month($0.month) } ?? "") to \(months.last.map { DateText.month($0.month) } ?? "").",
            xLabels: months.map { DateText.shortMonth($0.month) }, yLabel: "Crimes",
            series: [.init(name: serious, values: months.map { $0.count.map(Double.init) },
                           // Each month's count with its 95% Poisson interval (exact below 10, Byar's above).
                           lower: months.map { $0.count.map { PoissonInterval.limits(count: $0).lower } },
                           upper: months.map { $0.count.map { PoissonInterval.limits(count: $0).upper } })]),
            source: "Source: police records; the band is each month's 95% Poisson interval; suppressed months are gaps. Numbers: data/violence-by-month.csv.")
        let rows = published.areaRates.sorted { ($0.rate?.value ?? -1, $1.name) > ($1.rate?.value ?? -1, $0.name) }
        context["figure_serious_by_area"] = figures.add(IntervalDotChart(
            id: "serious-violence-by-area", title: "Serious violence per 1,000 residents by district, with 95% intervals",
            summary: "Rates of serious violence by district over the assessment year against the force rate.",
            valueLabel: "Crimes per 1,000 residents",
            rows: rows.map { row in
                IntervalDotChart.Row(label: row.name, value: row.rate?.value, lower: row.rate?.lower, upper: row.rate?.upper,
                                     status: status(row.status))
            },
            reference: published.forceRate.map { Reference(value: $0.value, label: "Force") }),
            source: "Source: police records and ONS mid-year population. Numbers: data/violence-by-area.csv.")
        if let seasonality = findings.seasonality {
            context["figure_seasonality"] = figures.add(BarChart(
                id: "serious-violence-seasonality", title: "Seasonal index of serious violence by month of the year",
                summary: "Classical multiplicative decomposition: an index above 1 means more than the trend in that month.",
                labels: DateText.monthNames.map { String($0.prefix(3)) }, values: seasonality.seasonalIndices,
                yLabel: "Seasonal index", reference: Reference(value: 1, label: "Trend")),
                source: "Source: police records. Numbers: data/violence-seasonality.csv.")
            context["seasonality_peak"] = DateText.monthNames[seasonality.peakMonth - 1]
            context["seasonality_trough"] = DateText.monthNames[seasonality.troughMonth - 1]
            context["seasonality_amplitude"] = NumberFormat.decimal(seasonality.amplitude, places: 2)
            context["has_seasonality"] = true
        }
        let weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        context["figure_weekday_hour"] = figures.add(Heatmap(
            id: "serious-violence-by-weekday-and-hour", title: "Serious violence by weekday and hour",
            summary: "Counts of serious violence by weekday and hour of the day over the assessment year; suppressed cells shown as zero-shaded.",
            rowLabels: weekdays, columnLabels: (0..<24).map { $0 < 10 ? "0\($0)" : "\($0)" },
            values: published.weekdayHour.map { $0.map { Double($0 ?? 0) } }, valueLabel: "Crimes"),
            source: "Source: police records with a known time. Numbers: data/violence-by-hour-and-weekday.csv (suppressed cells empty).")
        context["figure_victims"] = figures.add(PopulationPyramid(
            id: "serious-violence-victims", title: "Victims of serious violence per 1,000 residents, by age and sex",
            summary: "Rates of serious violence victims per 1,000 residents of each age band, males to the left and females to the right.",
            bands: published.victims.map(\.band), male: published.victims.map(\.male), female: published.victims.map(\.female),
            valueLabel: "Victims per 1,000 residents"),
            source: "Source: police records and ONS mid-year population. Numbers: data/violence-victims-by-age-and-sex.csv.")
        if let deprivation = findings.deprivation {
            context["figure_deprivation"] = figures.add(BarChart(
                id: "serious-violence-by-deprivation", title: "Serious violence per LSOA by deprivation decile",
                summary: "Mean serious violence per LSOA in each decile of the Index of Multiple Deprivation, decile 1 the most deprived.",
                labels: deprivation.deciles.map { String($0.decile) },
                values: published.tables.first { $0.name == "violence-by-deprivation-decile" }?.rows.map { row in
                    if case .number(let value, _) = row[3] { return value }
                    return nil
                } ?? [], yLabel: "Crimes per LSOA"),
                source: "Source: police records; English Index of Multiple Deprivation 2019. Numbers: data/violence-by-deprivation-decile.csv.")
            if let ratio = deprivation.mostToLeastDeprived {
                context["deprivation_ratio"] = "\(NumberFormat.decimal(ratio.estimate.value, places: 1)) (95% CI \(NumberFormat.decimal(ratio.estimate.lower, places: 1)) to \(NumberFormat.decimal(ratio.estimate.upper, places: 1)))"
            }
        }
        if let concentration = findings.concentration {
            context["figure_lorenz"] = figures.add(LorenzCurve(
                id: "serious-violence-lorenz", title: "How concentrated serious violence is across LSOAs",
                summary: "Lorenz curve: the cumulative share of serious violence against the cumulative share of LSOAs, least affected first.",
                points: concentration.lorenzCurve.map { (x: $0.places, y: $0.events) }, gini: concentration.gini),
                source: "Source: police records. Numbers: data/violence-concentration.csv.")
            context["gini"] = NumberFormat.decimal(concentration.gini, places: 2)
        }
        context["hotspot_count"] = String(findings.hotspots.count)
        context["hotspot_quarters"] = findings.hotspotQuarters.map(\.description).joined(separator: ", ")
        context["has_hotspots"] = !findings.hotspots.isEmpty
        if let table = findings.weekdayHour {
            context["peak_hours"] = table.peakHours().map { $0.hour < 10 ? "0\($0.hour):00" : "\($0.hour):00" }.joined(separator: ", ")
        }
        context["county_lines"] = findings.countyLines.map { trend in
            ["category": trend.category, "year": NumberFormat.count(trend.yearCount),
             "before": NumberFormat.count(trend.comparisonYearCount),
             "change": trend.year?.percentChange.map { NumberFormat.decimal($0, places: 1) + "%" } ?? "n/a",
             "direction": PublishedViolence.Builder.direction(trend.year)]
        }
        return context
    }

    static func status(_ status: RAGStatus) -> IntervalDotChart.Status {
        switch status.comparison {
        case .higher: .higher
        case .lower: .lower
        case .similar: .similar
        case .notCompared: .notCompared
        }
    }

    static func trendSentence(_ trend: ViolenceFindings.Trend, published: PublishedViolence) -> String {
        guard let table = published.tables.first(where: { $0.name == "violence-trends" }),
              let row = table.rows.first(where: { $0.first == .text(trend.category) }) else { return "" }
        guard case .count(let year?) = row[1], case .count(let before?) = row[2] else {
            return "Counts for the two years are suppressed."
        }
        var sentence = "\(NumberFormat.count(year)) serious violence offences were recorded over the assessment year, against \(NumberFormat.count(before)) in the twelve months before"
        if let comparison = trend.year, let change = comparison.percentChange, let ratio = comparison.rateRatio {
            let word = comparison.significant ? (ratio.estimate.value > 1 ? "a significant rise" : "a significant fall") : "no significant change"
            sentence += ": \(NumberFormat.decimal(change, places: 1))% (rate ratio \(NumberFormat.decimal(ratio.estimate.value, places: 2)), 95% CI \(NumberFormat.decimal(ratio.estimate.lower, places: 2)) to \(NumberFormat.decimal(ratio.estimate.upper, places: 2))), \(word)"
        }
        return sentence + "."
    }
}

extension ViolenceContext {
    /// Key findings about serious violence, each with its figure, from published values.
    static func summary(_ findings: ViolenceFindings, published: PublishedViolence, synthetic: Bool) -> [String] {
        var lines: [String] = []
        if let trend = findings.trends.first(where: { $0.category == ViolenceFindings.seriousViolence }) {
            let sentence = trendSentence(trend, published: published)
            if !sentence.isEmpty { lines.append(sentence) }
        }
        // A suppressed share is left out of the summary; its table shows the mark.
        let headline = published.headline.filter { $0.value != "*" && $0.value != "n/a" }
        if let share = headline["share_male_18_to_36"] {
            lines.append("Male victims aged 18 to 36 are \(share) of serious violence victims of known age and sex.")
        }
        if let female = headline["share_domestic_abuse_female"], let male = headline["share_domestic_abuse_male"] {
            lines.append("Domestic abuse is \(female) of serious violence against women, and \(male) against men.")
        }
        if let alcohol = headline["share_alcohol_related"] {
            lines.append("Alcohol is recorded as a factor in \(alcohol) of serious violence where it is known.")
        }
        if let night = headline["share_night_18_to_06"] {
            lines.append("\(night) of serious violence with a known time happens between 18:00 and 06:00.")
        }
        if let seasonality = findings.seasonality {
            lines.append("Serious violence peaks in \(DateText.monthNames[seasonality.peakMonth - 1]) and is lowest in \(DateText.monthNames[seasonality.troughMonth - 1]) (seasonal indices).")
        }
        let ranked = published.areaRates.filter { $0.rate != nil }.max { ($0.rate?.value ?? 0, $1.name) < ($1.rate?.value ?? 0, $0.name) }
        if let highest = ranked, let rate = highest.rate {
            let against = switch highest.status.comparison {
            case .higher: "significantly higher than"
            case .lower: "significantly lower than"
            case .similar, .notCompared: "not significantly different from"
            }
            lines.append("\(highest.name) has the highest rate of serious violence: \(EstimateText.ratePer1000WithInterval(rate)), \(against) the force rate.")
        }
        // Every figure drawn from synthetic records says so where it stands.
        return synthetic ? lines.map { $0 + " (Synthetic demonstration data.)" } : lines
    }
}
