import Analysis
import Charts
import Loaders

/// "Violence the police never see": A&E assaults against police violence with injury,
/// capture-recapture of linked records, and assault-related major trauma beside police
/// knife-enabled serious violence. Template: `unseen.md.mustache`.
struct UnseenSection: ReportSection {
    struct Context: TemplateValues {
        var hasHealth = false
        var hasEmergencyDepartment = false
        var hasMajorTrauma = false
        var hasCaptureRecapture = false
        var healthSynthetic = false
        /// Whether any count from the health records (or the police counts set beside them) is suppressed.
        var healthHasSuppressed = false
        var captureAssumptions: [Assumption] = CaptureRecapture.assumptions.map(Assumption.init)
        var edYear = "n/a"
        var policeVwiYear = "n/a"
        var edPerPolice = "n/a"
        /// How many A&E attendances have no incident location, and that the districts'
        /// counts and ratios understate for that reason.
        var edWithoutLocationNote = ""
        var edNightShare = "n/a"
        var figureEdVsPolice = ""
        var figureTimeOfDay = ""
        var captureEstimate = "n/a"
        var captureInterval = "n/a"
        var unseenShare = "n/a"
        /// The population the capture-recapture estimate is of, in words.
        var capturePopulation = "n/a"
        /// The share the police did not record at all, if keys are missing at random.
        var unrecordedShare = "n/a"
        var policeKeyCoverage = "n/a"
        var edKeyCoverage = "n/a"
        var traumaYear = "n/a"
        var traumaMortality = "n/a"
    }

    struct Assumption: TemplateValues {
        var text: String
    }

    var tables: [ReportTable] = []
    var headlines: [Headline] = []
    var context = Context()
    /// For findings.json: the tables it repeats, and the share the police never recorded.
    var byAreaTable: ReportTable?
    var captureRecaptureTable: ReportTable?
    var majorTraumaTable: ReportTable?
    var unseenShare: String?

    /// `knifeByQuarter` and `seriousByHour` are the police counts the drivers and when
    /// sections published.
    init(_ health: HealthFindings?, cells: Cells?, disclosed: Disclosed, synthetic: Bool,
         knifeByQuarter: [Quarter: Int?], seriousByHour: [Int?], figures: inout Figures) {
        guard let health, let cells else { return }
        context.hasHealth = health.emergencyDepartmentAvailable || health.majorTraumaAvailable
        context.hasEmergencyDepartment = health.emergencyDepartmentAvailable
        context.hasMajorTrauma = health.majorTraumaAvailable
        context.hasCaptureRecapture = health.captureRecapture != nil
        context.healthSynthetic = synthetic
        context.healthHasSuppressed = disclosed.anySuppressed(in: cells.range)
        let byArea = Self.byAreaTable(cells, disclosed: disclosed)
        let trauma = Self.majorTraumaTable(health, cells: cells, disclosed: disclosed, knifeByQuarter: knifeByQuarter)
        byAreaTable = byArea
        majorTraumaTable = trauma
        tables = [Self.byMonthTable(health, cells: cells, disclosed: disclosed), byArea,
                  Self.breakdownTable(health, cells: cells, disclosed: disclosed)]
        if let estimate = health.captureRecapture {
            let table = Self.captureRecaptureTable(estimate, cells: cells, disclosed: disclosed)
            captureRecaptureTable = table
            tables.append(table)
        }
        tables.append(trauma)
        if health.majorTraumaAvailable { tables.append(Self.traumaByAgeTable(cells, disclosed: disclosed, ages: health.traumaByAgeAndSex)) }
        emergencyDepartmentValues(health, cells: cells, disclosed: disclosed)
        captureRecaptureValues(health)
        traumaValues(health, cells: cells, disclosed: disclosed)
        if health.emergencyDepartmentAvailable {
            addFigures(cells, disclosed: disclosed, seriousByHour: seriousByHour, figures: &figures)
        }
        headlines = summary(health, synthetic: synthetic)
    }

    // MARK: Headline values

    private mutating func emergencyDepartmentValues(_ health: HealthFindings, cells: Cells, disclosed: Disclosed) {
        if let force = cells.areas.first, let pair = cells.year[force.code] {
            let emergency = disclosed.value(pair.emergency)
            let police = disclosed.value(pair.police)
            context.edYear = disclosed.text(pair.emergency)
            context.policeVwiYear = disclosed.text(pair.police)
            if let emergency, let police, police > 0 {
                context.edPerPolice = NumberFormat.decimal(Double(emergency) / Double(police), places: 2)
            }
            context.edWithoutLocationNote = Self.withoutLocationNote(
                withoutLocation: cells.emergencyWithoutLocation.map { disclosed.value($0) } ?? nil, year: emergency,
                hidden: cells.emergencyWithoutLocation.map { disclosed.isSuppressed($0) } ?? false)
        }
        if let night = health.emergencyDepartmentNightShare { context.edNightShare = EstimateText.percentWithInterval(night) }
    }

    /// "3,240 of the 16,162 A&E attendances of the year (20.0%) have no incident location
    /// ...": the count behind the district ratios' understatement, or that it is too small
    /// to show. Empty when every attendance has a location.
    static func withoutLocationNote(withoutLocation: Int?, year: Int?, hidden: Bool) -> String {
        let consequence = "they count for the force but for no district, so every district's A&E attendances, and its ratio of A&E attendances to police records, are understated"
        if hidden {
            return "A few A&E attendances of the year (too few to show) have no incident location: \(consequence)."
        }
        guard let withoutLocation, withoutLocation > 0 else { return "" }
        let noun = withoutLocation == 1 ? "attendance has" : "attendances have"
        guard let year, year > 0 else {
            return "\(NumberFormat.count(withoutLocation)) A&E \(noun) no incident location: \(consequence)."
        }
        let share = NumberFormat.percent(Double(withoutLocation) / Double(year))
        return "\(NumberFormat.count(withoutLocation)) of the \(NumberFormat.count(year)) A&E attendances of the year (\(share)) "
            + "\(withoutLocation == 1 ? "has" : "have") no incident location: \(consequence); "
            + "were the missing locations spread evenly, by about \(share)."
    }

    /// What the capture-recapture estimate counts: "incidents of violence with injury over
    /// January 2020 to December 2020, those neither source saw included".
    static func population(_ period: AssessmentPeriod) -> String {
        "incidents of violence with injury over \(DateText.range(period.year)), those neither source saw included"
    }

    private mutating func captureRecaptureValues(_ health: HealthFindings) {
        context.capturePopulation = Self.population(health.period) + ", as the records that carry a linkage key see them"
        if let estimate = health.captureRecapture, let unseen = health.policeShareUnseen {
            let value = estimate.estimate
            context.captureEstimate = NumberFormat.count(Int(value.value.rounded()))
            context.captureInterval = "\(NumberFormat.count(Int(value.lower.rounded()))) to \(NumberFormat.count(Int(value.upper.rounded())))"
            context.unseenShare = EstimateText.percentWithInterval(unseen)
            context.unrecordedShare = health.policeShareUnrecorded.map(EstimateText.percentWithInterval) ?? "n/a"
            unseenShare = context.unseenShare
        }
        if let linkage = health.captureRecaptureLinkage {
            context.policeKeyCoverage = linkage.policeCoverage.map { NumberFormat.percent($0) } ?? "n/a"
            context.edKeyCoverage = linkage.emergencyDepartmentCoverage.map { NumberFormat.percent($0) } ?? "n/a"
        }
    }

    private mutating func traumaValues(_ health: HealthFindings, cells: Cells, disclosed: Disclosed) {
        context.traumaYear = disclosed.text(cells.traumaYear)
        if let mortality = health.traumaMortality {
            let deaths = zip(health.traumaByQuarter, cells.trauma).filter { quarter, _ in
                health.period.year.contains(quarter.quarter.lastMonth)
            }.map(\.1.deaths)
            context.traumaMortality = deaths.contains(where: disclosed.isSuppressed)
                ? disclosed.withheldShare(deaths) : EstimateText.percentWithInterval(mortality)
        }
    }

    /// Key findings on violence the police never see, from the values above.
    private func summary(_ health: HealthFindings, synthetic: Bool) -> [Headline] {
        /// A value as published: numbers and shares start with a digit; "n/a", "fewer than 8"
        /// and the unpublished ones do not.
        func shown(_ text: String) -> String? { text.first?.isNumber == true ? text : nil }
        var lines: [Headline] = []
        if let edYear = shown(context.edYear), let police = shown(context.policeVwiYear), let ratio = shown(context.edPerPolice) {
            lines.append(Headline(.emergencyDepartment, "Emergency departments saw \(edYear) assault attendances over the year, \(ratio) for every police record of violence with injury (\(police)).",
                                  synthetic: synthetic))
        }
        if let unseen = unseenShare.flatMap(shown), let estimate = shown(context.captureEstimate), let interval = shown(context.captureInterval) {
            lines.append(Headline(.captureRecapture, "Capture-recapture of police and A&E records that carry a linkage key estimates \(estimate) "
                                  + "\(Self.population(health.period)) "
                                  + "(\(EstimateText.confidenceLabel()) \(interval)); the police hold no record with a linkage key for \(unseen) of them.",
                                  synthetic: synthetic))
        }
        return lines
    }

    // MARK: Figures

    private mutating func addFigures(_ cells: Cells, disclosed: Disclosed, seriousByHour: [Int?], figures: inout Figures) {
        let months = cells.forceMonths(disclosed)
        context.figureEdVsPolice = figures.add(LineChart(
            id: "emergency-department-vs-police", title: "A&E assaults and police violence with injury by month",
            summary: "Assault attendances at emergency departments beside violence with injury recorded by the police, force-wide, each month.",
            xLabels: months.map { DateText.shortMonth($0.month) }, yLabel: "Count",
            series: [.init(name: "A&E assaults", values: months.map { $0.emergencyDepartment.map(Double.init) }),
                     .init(name: "Police violence with injury", values: months.map { $0.police.map(Double.init) })]),
            source: "Source: emergency department (ISTV) and police records. Numbers: data/emergency-department-vs-police.csv.")
        let emergencyByHour = cells.hours.map { disclosed.value($0) }
        let policeByHour = seriousByHour.prefix(24).map { $0.map(Double.init) }
        let emergencyTotal = Double(emergencyByHour.compactMap { $0 }.reduce(0, +))
        let policeTotal = policeByHour.compactMap { $0 }.reduce(0, +)
        context.figureTimeOfDay = figures.add(LineChart(
            id: "time-of-day-by-source", title: "Share of each source's violence by hour of the day",
            summary: "The share of A&E assaults and of police serious violence in each hour of the day, where the time is known.",
            xLabels: DateText.hourLabels, yLabel: "Share (%)",
            series: [.init(name: "A&E assaults", values: emergencyByHour.map { value in
                        value.flatMap { emergencyTotal > 0 ? Double($0) / emergencyTotal * 100 : nil } }),
                     .init(name: "Police serious violence", values: policeByHour.map { value in
                        value.flatMap { policeTotal > 0 ? $0 / policeTotal * 100 : nil } })]),
            source: "Source: emergency department and police records; suppressed hours are gaps. Numbers: data/violence-by-hour.csv (police; the A&E hours have no table of their own yet).")
    }
}
