import Analysis
import Charts
import Loaders

/// The template context of the sections on violence the police never see and the
/// forecast, from published (suppressed) findings only.
enum HealthContext {
    static func make(_ health: HealthFindings, forecasts: ViolenceForecasts, published: PublishedHealth,
                     violence: PublishedViolence?, synthetic: Bool, figures: inout Figures) -> [String: Any] {
        var context: [String: Any] = [
            "has_health": health.emergencyDepartmentAvailable || health.majorTraumaAvailable,
            "has_emergency_department": health.emergencyDepartmentAvailable,
            "has_major_trauma": health.majorTraumaAvailable,
            "has_capture_recapture": health.captureRecapture != nil,
            "health_synthetic": synthetic,
            "health_has_suppressed": published.anySuppressed,
            "capture_assumptions": CaptureRecapture.assumptions.map { ["text": $0] },
        ]
        for (key, value) in published.headline { context[key] = value }
        for table in published.tables { context["table_" + table.name.replacingOccurrences(of: "-", with: "_")] = LazyTableMarkdown(table) }
        if let linkage = health.captureRecaptureLinkage {
            context["police_key_coverage"] = linkage.policeCoverage.map { NumberFormat.percent($0) } ?? "n/a"
            context["ed_key_coverage"] = linkage.emergencyDepartmentCoverage.map { NumberFormat.percent($0) } ?? "n/a"
        }

        if health.emergencyDepartmentAvailable {
            let months = published.forceMonths
            context["figure_ed_vs_police"] = figures.add(LineChart(
                id: "emergency-department-vs-police", title: "A&E assaults and police violence with injury by month",
                summary: "Assault attendances at emergency departments beside violence with injury recorded by the police, force-wide, each month.",
                xLabels: months.map { DateText.shortMonth($0.month) }, yLabel: "Count",
                series: [.init(name: "A&E assaults", values: months.map { $0.emergencyDepartment.map(Double.init) }),
                         .init(name: "Police violence with injury", values: months.map { $0.police.map(Double.init) })]),
                source: "Source: emergency department (ISTV) and police records. Numbers: data/emergency-department-vs-police.csv.")
            var policeByHour: [Double?] = Array(repeating: nil, count: 24)
            if let table = violence?.tables.first(where: { $0.name == "violence-by-hour" }) {
                for (hour, row) in table.rows.enumerated() where hour < 24 {
                    if case .count(let value?) = row[1] { policeByHour[hour] = Double(value) }
                }
            }
            let edTotal = Double(published.emergencyDepartmentByHour.compactMap { $0 }.reduce(0, +))
            let policeTotal = policeByHour.compactMap { $0 }.reduce(0, +)
            context["figure_time_of_day"] = figures.add(LineChart(
                id: "time-of-day-by-source", title: "Share of each source's violence by hour of the day",
                summary: "The share of A&E assaults and of police serious violence in each hour of the day, where the time is known.",
                xLabels: (0..<24).map { $0 < 10 ? "0\($0)" : "\($0)" }, yLabel: "Share (%)",
                series: [.init(name: "A&E assaults", values: published.emergencyDepartmentByHour.map { value in
                            value.flatMap { edTotal > 0 ? Double($0) / edTotal * 100 : nil } }),
                         .init(name: "Police serious violence", values: policeByHour.map { value in
                            value.flatMap { policeTotal > 0 ? $0 / policeTotal * 100 : nil } })]),
                source: "Source: emergency department and police records; suppressed hours are gaps.")
        }
        if let result = forecasts.seriousViolence {
            context["figure_forecast_serious"] = forecastFigure(result, id: "forecast-serious-violence",
                                                                title: "Serious violence by quarter, with the forecast and its 80% and 95% intervals",
                                                                figures: &figures)
        }
        if let result = forecasts.violenceWithInjury {
            context["figure_forecast_vwi"] = forecastFigure(result, id: "forecast-violence-with-injury",
                                                            title: "Violence with injury by quarter, with the forecast and its 80% and 95% intervals",
                                                            figures: &figures)
        }
        context["has_forecast"] = forecasts.seriousViolence != nil || forecasts.violenceWithInjury != nil
        return context
    }

    /// Observed quarters (complete ones) then the forecast quarters.
    static func forecastFigure(_ result: ForecastResult, id: String, title: String, figures: inout Figures) -> String {
        var observed: [Quarter: Double] = [:]
        var monthsSeen: [Quarter: Int] = [:]
        for (index, month) in result.months.enumerated() where index < result.observed.count {
            observed[month.quarter, default: 0] += result.observed[index]
            monthsSeen[month.quarter, default: 0] += 1
        }
        let complete = observed.keys.filter { monthsSeen[$0] == 3 }.sorted()
        let quarters = complete + result.quarters.map(\.quarter)
        let ahead = Dictionary(uniqueKeysWithValues: result.quarters.map { ($0.quarter, $0) })
        func column(_ value: (QuarterForecast) -> Double) -> [Double?] { quarters.map { ahead[$0].map(value) } }
        return figures.add(ForecastChart(
            id: id, title: title,
            summary: "Recorded \(result.series) by quarter and the forecast of the next four quarters from the \(result.chosenModel) model.",
            xLabels: quarters.map(\.description), observed: quarters.map { ahead[$0] == nil ? observed[$0] : nil },
            forecast: column(\.forecast), lower80: column(\.lower80), upper80: column(\.upper80),
            lower95: column(\.lower95), upper95: column(\.upper95), yLabel: "Crimes per quarter"),
            source: "Source: police records. Numbers: data/forecast.csv.")
    }
}

extension HealthContext {
    /// Key findings on violence the police never see, and the forecast.
    static func summary(_ published: PublishedHealth, synthetic: Bool) -> [String] {
        let headline = published.headline.filter { $0.value != "*" && $0.value != "n/a" }
        var lines: [String] = []
        if let edYear = headline["ed_year"], let police = headline["police_vwi_year"], let ratio = headline["ed_per_police"] {
            lines.append("Emergency departments saw \(edYear) assault attendances over the year, \(ratio) for every police record of violence with injury (\(police)).")
        }
        if let unseen = headline["unseen_share"], let estimate = headline["capture_estimate"], let interval = headline["capture_interval"] {
            lines.append("Capture-recapture of linked police and A&E records estimates \(estimate) incidents of violence with injury (95% CI \(interval)): the police did not record \(unseen) of them.")
        }
        if let growth = headline["forecast_serious_growth"], let next = headline["forecast_serious_next_year"] {
            lines.append("The forecast for the next four quarters is \(next) serious violence offences, a change of \(growth) on the last twelve months.")
        }
        return synthetic ? lines.map { $0 + " (Synthetic demonstration data.)" } : lines
    }
}
