import Charts

/// Small, realistic chart specifications shared by the tests.
enum Fixtures {
    static let months = ["Apr 2023", "May 2023", "Jun 2023", "Jul 2023", "Aug 2023", "Sep 2023",
                         "Oct 2023", "Nov 2023", "Dec 2023", "Jan 2024", "Feb 2024", "Mar 2024"]

    static let line = LineChart(
        id: "fig-violence-trend",
        title: "Violence with injury per 1,000 residents, by month",
        summary: "Rates in Torbay stayed above the force area throughout the year.",
        xLabels: months,
        yLabel: "Offences per 1,000 residents",
        series: [
            LineChart.Series(
                name: "Torbay",
                values: [1.21, 1.34, 1.42, 1.55, 1.49, 1.30, 1.27, 1.18, 1.36, 1.10, 1.05, 1.19],
                lower: [1.05, 1.17, 1.25, 1.37, 1.31, 1.13, 1.10, 1.02, 1.19, 0.95, 0.90, 1.03],
                upper: [1.38, 1.52, 1.60, 1.74, 1.68, 1.48, 1.45, 1.35, 1.54, 1.27, 1.21, 1.36]),
            LineChart.Series(
                name: "Devon and Cornwall",
                values: [0.82, 0.88, 0.95, 1.01, 0.97, 0.86, 0.84, nil, 0.90, 0.75, 0.72, 0.80]),
        ],
        references: [Reference(value: 0.92, label: "England and Wales")])

    static let intervals = IntervalDotChart(
        id: "fig-rates-by-area",
        title: "Violence with injury per 1,000 residents by local authority, 2023/24",
        summary: "Torbay and Plymouth have significantly higher rates than the force area.",
        valueLabel: "Offences per 1,000 residents",
        rows: [
            IntervalDotChart.Row(label: "Torbay", value: 12.4, lower: 11.6, upper: 13.3, status: .higher),
            IntervalDotChart.Row(label: "Plymouth", value: 11.2, lower: 10.7, upper: 11.8, status: .higher),
            IntervalDotChart.Row(label: "Exeter", value: 8.9, lower: 8.2, upper: 9.6, status: .similar),
            IntervalDotChart.Row(label: "Cornwall and the Isles of Scilly", value: 7.1, lower: 6.8, upper: 7.4, status: .lower),
            IntervalDotChart.Row(label: "North Devon", value: 6.0, lower: 5.3, upper: 6.8, status: .lower),
            IntervalDotChart.Row(label: "Torridge", value: 3.1, lower: 2.5, upper: 3.8, status: .lower),
            IntervalDotChart.Row(label: "West Devon", value: nil, status: .notCompared),
        ],
        reference: Reference(value: 8.6, label: "Devon and Cornwall 8.6"))

    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    static let hours = (0..<24).map { $0 < 10 ? "0\($0)" : "\($0)" }

    /// Offences by weekday and hour: low overnight on weekdays, peaks late on Friday and Saturday.
    static let heatmapValues: [[Double]] = (0..<7).map { day in
        (0..<24).map { hour in
            let evening = hour >= 18 ? Double(hour - 17) * 2 : 0
            let night = hour < 4 ? Double(4 - hour) * (day >= 5 ? 6 : 1) : 0
            let daytime = hour >= 8 && hour < 18 ? 4 : 1
            let weekend = day == 4 || day == 5 ? 2.0 : 1.0
            return (Double(daytime) + evening * weekend + night).rounded()
        }
    }

    static let heatmap = Heatmap(
        id: "fig-day-hour",
        title: "Violence in the night-time economy by day and hour, 2023/24",
        summary: "Offences cluster on Friday and Saturday evenings and the early hours of the weekend.",
        rowLabels: weekdays, columnLabels: hours, values: heatmapValues, valueLabel: "Offences")

    static let pyramid = PopulationPyramid(
        id: "fig-victim-age-sex",
        title: "Victims of violence with injury per 1,000 residents by age and sex",
        summary: "Young men aged 18 to 24 are the most often victimised.",
        bands: ["0–9", "10–17", "18–24", "25–34", "35–44", "45–54", "55–64", "65+"],
        male: [0.4, 6.8, 14.2, 11.5, 8.1, 5.2, 2.4, 0.8],
        female: [0.5, 5.1, 9.7, 9.9, 7.3, 4.0, 1.6, 0.6],
        valueLabel: "Victims per 1,000 residents")

    static let bars = BarChart(
        id: "fig-seasonality",
        title: "Seasonal index of violence with injury by month",
        summary: "Violence is highest in summer and lowest in late winter.",
        labels: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
        values: [0.91, 0.86, 0.95, 0.98, 1.06, 1.10, 1.15, 1.09, 1.00, 0.97, 0.93, 1.00],
        lower: [0.85, 0.80, 0.89, 0.92, 1.00, 1.04, 1.09, 1.03, 0.94, 0.91, 0.87, 0.94],
        upper: [0.97, 0.92, 1.01, 1.04, 1.12, 1.16, 1.21, 1.15, 1.06, 1.03, 0.99, 1.06],
        yLabel: "Seasonal index (1 = average month)",
        reference: Reference(value: 1, label: "Average month"))

    static let forecast = ForecastChart(
        id: "fig-forecast",
        title: "Violence with injury per month, observed and forecast",
        summary: "The forecast expects numbers to stay close to last year's level.",
        xLabels: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
        observed: [412, 398, 431, 445, 470, 488, nil, nil, nil, nil, nil, nil],
        forecast: [nil, nil, nil, nil, nil, nil, 497, 481, 455, 440, 428, 436],
        lower80: [nil, nil, nil, nil, nil, nil, 462, 441, 411, 392, 377, 381],
        upper80: [nil, nil, nil, nil, nil, nil, 532, 521, 499, 488, 479, 491],
        lower95: [nil, nil, nil, nil, nil, nil, 443, 420, 388, 367, 350, 352],
        upper95: [nil, nil, nil, nil, nil, nil, 551, 542, 522, 513, 506, 520],
        yLabel: "Offences")

    static let lorenz = LorenzCurve(
        id: "fig-concentration",
        title: "Concentration of violence across streets",
        summary: "Violence is concentrated in a small share of streets.",
        points: [(0, 0), (0.2, 0.01), (0.4, 0.04), (0.5, 0.07), (0.6, 0.11), (0.7, 0.17),
                 (0.8, 0.27), (0.9, 0.45), (0.95, 0.62), (1, 1)],
        gini: 0.62)

    /// Every kind of chart once, with a short name for golden files.
    static let all: [(name: String, chart: any Chart)] = [
        ("line", line), ("interval-dot", intervals), ("heatmap", heatmap), ("pyramid", pyramid),
        ("bar", bars), ("forecast", forecast), ("lorenz", lorenz),
    ]
}
