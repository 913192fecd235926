import Loaders

/// Turns the police record tally (and police.uk's) into serious violence findings: pure,
/// given the tallies and the reference data.
public enum ViolenceAnalysis {
    public struct Inputs: Sendable {
        public var police: PoliceRecordTally
        public var street: StreetCrimeTally
        public var geography: Geography
        public var population: Population
        public var forceCode: String
        public var forceName: String
        public var areas: [StreetCrimeAnalysis.AreaGroup]
        public var period: AssessmentPeriod
        public var offenceCodes: [String]

        public init(police: PoliceRecordTally, street: StreetCrimeTally, geography: Geography, population: Population,
                    forceCode: String, forceName: String, areas: [StreetCrimeAnalysis.AreaGroup], period: AssessmentPeriod,
                    offenceCodes: [String]) {
            self.police = police
            self.street = street
            self.geography = geography
            self.population = population
            self.forceCode = forceCode
            self.forceName = forceName
            self.areas = areas
            self.period = period
            self.offenceCodes = offenceCodes
        }
    }

    /// Victims' age bands: 18 to 36 is two whole bands, so the panel's "male, 18 to 36" adds up.
    public static let ageBands: [(label: String, ages: ClosedRange<Int>)] = [
        ("0-17", 0...17), ("18-24", 18...24), ("25-36", 25...36), ("37-49", 37...49), ("50-64", 50...64), ("65+", 65...120),
    ]

    public static func analyse(_ inputs: Inputs) -> ViolenceFindings {
        let tally = inputs.police
        let period = inputs.period
        let year = period.year
        let forceDistricts = inputs.geography.districts(inForce: inputs.forceCode)

        return ViolenceFindings(
            period: period,
            offenceCodes: inputs.offenceCodes,
            monthly: monthly(tally),
            trends: trends(tally, period: period),
            areaRates: areaRates(inputs, forceDistricts: forceDistricts),
            seasonality: seasonality(months: tally.byGroup.values.keys.map(\.month)) { month in
                tally.byGroup.total { $0.month == month && $0.seriousViolence }
            }.flatMap { $0.hasTwoRatiosEveryMonth ? $0 : nil },
            streetSeasonality: seasonality(months: inputs.street.months) { month in
                inputs.street.counts.reduce(0) { $1.key.month == month && $1.key.crimeType == .violenceAndSexualOffences ? $0 + $1.value : $0 }
            },
            weekdayHour: weekdayHour(tally, year: year),
            unknownTime: tally.seriousByTime.total { year.contains($0.month) && $0.hour < 0 },
            shares: shares(tally, inputs: inputs, forceDistricts: forceDistricts),
            unknowns: unknowns(tally, year: year),
            victims: victims(tally, inputs: inputs, forceDistricts: forceDistricts),
            deprivation: deprivation(tally, inputs: inputs, forceDistricts: forceDistricts),
            concentration: concentration(tally, inputs: inputs, forceDistricts: forceDistricts),
            hotspots: hotspots(tally, inputs: inputs).0,
            hotspotQuarters: hotspots(tally, inputs: inputs).1,
            knifeByQuarter: knife(tally),
            drugsAndWeapons: drugsAndWeapons(inputs.street, period: period),
            suspects: suspects(tally, inputs: inputs, forceDistricts: forceDistricts),
            youngPeople: youngPeople(tally, inputs: inputs, forceDistricts: forceDistricts),
            domesticAbuseAndRape: domesticAbuseAndRape(tally, inputs: inputs, forceDistricts: forceDistricts),
            repeats: repeats(tally, year: year)
        )
    }

    // MARK: Volume and trend

    static func categories(_ tally: PoliceRecordTally) -> [OffenceGroup] {
        Set(tally.byGroup.values.keys.map(\.group)).sorted()
    }

    static func monthly(_ tally: PoliceRecordTally) -> [ViolenceFindings.MonthlyCount] {
        let months = Set(tally.byGroup.values.keys.map(\.month)).sorted()
        guard let first = months.first, let last = months.last else { return [] }
        var byMonthGroup: [YearMonth: [OffenceGroup: Int]] = [:]
        var serious: [YearMonth: Int] = [:]
        for (key, count) in tally.byGroup.values {
            byMonthGroup[key.month, default: [:]][key.group, default: 0] += count
            if key.seriousViolence { serious[key.month, default: 0] += count }
        }
        var rows: [ViolenceFindings.MonthlyCount] = []
        for index in first.index...last.index {
            let month = YearMonth(index: index)
            rows.append(.init(month: month, category: ViolenceFindings.seriousViolence, count: serious[month] ?? 0))
            for group in OffenceGroup.allCases {
                rows.append(.init(month: month, category: group.name, count: byMonthGroup[month]?[group] ?? 0))
            }
        }
        return rows
    }

    static func trends(_ tally: PoliceRecordTally, period: AssessmentPeriod) -> [ViolenceFindings.Trend] {
        let months = Set(tally.byGroup.values.keys.map(\.month))
        func category(_ name: String, _ include: @escaping (PoliceRecordTally.GroupKey) -> Bool) -> ViolenceFindings.Trend {
            trend(name, period: period, months: months) { month in tally.byGroup.total { include($0) && month($0.month) } }
        }
        var result = [category(ViolenceFindings.seriousViolence) { $0.seriousViolence }]
        for group in categories(tally) { result.append(category(group.name) { $0.group == group }) }
        return result
    }

    static func drugsAndWeapons(_ street: StreetCrimeTally, period: AssessmentPeriod) -> [ViolenceFindings.Trend] {
        let months = Set(street.months)
        return [StreetCrimeType.drugs, .possessionOfWeapons].map { type in
            trend(type.name, period: period, months: months) { month in
                street.counts.reduce(0) { $1.key.crimeType == type && month($1.key.month) ? $0 + $1.value : $0 }
            }
        }
    }

    /// A category's assessment year against the year before, and its quarter against the
    /// same quarter a year earlier. `count` sums the category over the months a predicate
    /// accepts; a comparison is made only when `months` (those in the data) cover every
    /// month of the earlier period, so that a part-year never reads as a rise.
    static func trend(_ name: String, period: AssessmentPeriod, months: Set<YearMonth>,
                      count: ((YearMonth) -> Bool) -> Int) -> ViolenceFindings.Trend {
        let quarter = period.quarter
        let lastYearQuarter = quarter.adding(quarters: -4)
        let yearCount = count(period.year.contains)
        let previousCount = count(period.comparisonYear.contains)
        let quarterCount = count { $0.quarter == quarter }
        let previousQuarterCount = count { $0.quarter == lastYearQuarter }
        let yearMonths = (period.comparisonYear.lowerBound.index...period.comparisonYear.upperBound.index)
            .count(where: { months.contains(YearMonth(index: $0)) })
        let quarterMonths = lastYearQuarter.months.count(where: months.contains)
        return ViolenceFindings.Trend(
            category: name,
            year: yearMonths == 12
                ? PeriodComparison.compare(current: yearCount, previous: previousCount) : nil,
            quarter: quarterMonths == 3
                ? PeriodComparison.compare(current: quarterCount, previous: previousQuarterCount) : nil,
            yearCount: yearCount, comparisonYearCount: previousCount,
            quarterCount: quarterCount, sameQuarterLastYearCount: previousQuarterCount,
            comparisonYearMonths: yearMonths, sameQuarterLastYearMonths: quarterMonths)
    }

    // MARK: Where

    static func areaRates(_ inputs: Inputs, forceDistricts: [Int]) -> [ViolenceFindings.AreaRate] {
        let tally = inputs.police
        let year = inputs.period.year
        let geography = inputs.geography
        var byDistrict: [Int32: Int] = [:]
        for (key, count) in tally.byGroup.values where key.seriousViolence && year.contains(key.month) {
            byDistrict[key.district, default: 0] += count
        }
        func population(_ districts: [Int]) -> Int {
            districts.reduce(0) { $0 + (inputs.population.persons[geography.districts[$1].code]?.allAges ?? 0) }
        }
        let forceCount = byDistrict.values.reduce(0, +)
        let forceRate = Rates.crudeRate(count: forceCount, denominator: Double(population(forceDistricts)))
        func row(_ code: String, _ name: String, _ kind: StreetCrimeFindings.AreaKind, _ count: Int, _ people: Int) -> ViolenceFindings.AreaRate {
            let rate = Rates.crudeRate(count: count, denominator: Double(people))
            let status = kind == .force ? RAGStatus(comparison: .notCompared) : RAGStatus.rate(rate, benchmark: forceRate?.value)
            return .init(areaCode: code, areaName: name, kind: kind, count: count, population: people, rate: rate, status: status)
        }
        var rows = [row(inputs.forceCode, inputs.forceName, .force, forceCount, population(forceDistricts))]
        for area in inputs.areas {
            let districts = area.districtCodes.compactMap(geography.districtIndex(of:))
            var areaRow = row(area.code, area.name, .configured, districts.reduce(0) { $0 + (byDistrict[Int32($1)] ?? 0) },
                              population(districts))
            areaRow.districtCodes = districts.map { geography.districts[$0].code }
            rows.append(areaRow)
        }
        for partnership in StreetCrimeFindings.partnerships(of: forceDistricts, in: geography) {
            let districts = partnership.districts
            var partnershipRow = row(partnership.code, partnership.name, .partnership, districts.reduce(0) { $0 + (byDistrict[Int32($1)] ?? 0) },
                                     population(districts))
            partnershipRow.districtCodes = districts.map { geography.districts[$0].code }
            rows.append(partnershipRow)
        }
        for district in forceDistricts.sorted(by: { geography.districts[$0].name < geography.districts[$1].name }) {
            let info = geography.districts[district]
            rows.append(row(info.code, info.name, .district, byDistrict[Int32(district)] ?? 0, population([district])))
        }
        return rows
    }

    // MARK: When

    static func seasonality(months: [YearMonth], count: (YearMonth) -> Int) -> SeasonalDecomposition.Result? {
        let present = Set(months)
        guard let first = present.min(), let last = present.max() else { return nil }
        let series = (first.index...last.index).map(YearMonth.init(index:))
        return SeasonalDecomposition.multiplicative(months: series, values: series.map { Double(count($0)) })
    }

    static func weekdayHour(_ tally: PoliceRecordTally, year: ClosedRange<YearMonth>) -> WeekdayHourTable? {
        var week = WeekdayHourCounts()
        for (key, count) in tally.seriousByTime.values where year.contains(key.month) {
            week.add(weekday: key.weekday, hour: key.hour, count)
        }
        return week.table
    }

    // MARK: Who, and the flags

    static func shares(_ tally: PoliceRecordTally, inputs: Inputs, forceDistricts: [Int]) -> [ViolenceFindings.Share] {
        let year = inputs.period.year
        let victims = tally.seriousByVictim.values.filter { year.contains($0.key.month) }
        var shares: [ViolenceFindings.Share] = []
        func share(_ measure: String, _ group: String, where include: (PoliceRecordTally.VictimKey) -> Bool,
                   known: (PoliceRecordTally.VictimKey) -> Bool, yes: (PoliceRecordTally.VictimKey) -> Bool) {
            var numerator = 0
            var denominator = 0
            for (key, count) in victims where include(key) && known(key) {
                denominator += count
                if yes(key) { numerator += count }
            }
            shares.append(.init(measure: measure, group: group, numerator: numerator, denominator: denominator,
                                estimate: Proportions.wilson(successes: numerator, trials: denominator)))
        }
        let alcoholKnown: (PoliceRecordTally.VictimKey) -> Bool = { $0.alcoholRelated != nil }
        let alcoholYes: (PoliceRecordTally.VictimKey) -> Bool = { $0.alcoholRelated == true }
        share("alcohol_related", "all", where: { _ in true }, known: alcoholKnown, yes: alcoholYes)
        share("alcohol_related", "female", where: { $0.sex == .female }, known: alcoholKnown, yes: alcoholYes)
        share("alcohol_related", "male", where: { $0.sex == .male }, known: alcoholKnown, yes: alcoholYes)
        share("alcohol_related", "night", where: { $0.night == true }, known: alcoholKnown, yes: alcoholYes)
        share("alcohol_related", "day", where: { $0.night == false }, known: alcoholKnown, yes: alcoholYes)
        for district in forceDistricts.sorted(by: { inputs.geography.districts[$0].code < inputs.geography.districts[$1].code }) {
            share("alcohol_related", inputs.geography.districts[district].code, where: { $0.district == Int32(district) },
                  known: alcoholKnown, yes: alcoholYes)
        }
        let domesticKnown: (PoliceRecordTally.VictimKey) -> Bool = { $0.domesticAbuse != nil }
        let domesticYes: (PoliceRecordTally.VictimKey) -> Bool = { $0.domesticAbuse == true }
        // No share for all victims: with the victims of unknown sex it would let the
        // female and male shares be worked back to a small count.
        share("domestic_abuse", "female", where: { $0.sex == .female }, known: domesticKnown, yes: domesticYes)
        share("domestic_abuse", "male", where: { $0.sex == .male }, known: domesticKnown, yes: domesticYes)
        share("night_18_to_06", "all", where: { _ in true }, known: { $0.night != nil }, yes: { $0.night == true })
        let ageSexKnown: (PoliceRecordTally.VictimKey) -> Bool = { $0.age >= 0 && ($0.sex == .male || $0.sex == .female) }
        share("male_18_to_36", "all", where: { _ in true }, known: ageSexKnown, yes: { $0.sex == .male && (18...36).contains(Int($0.age)) })
        share("under_25", "all", where: { _ in true }, known: { $0.age >= 0 }, yes: { $0.age < 25 })
        share("male", "all", where: { _ in true }, known: { $0.sex == .male || $0.sex == .female }, yes: { $0.sex == .male })
        if let table = weekdayHour(tally, year: year) {
            let weekend = table.weekendNightCount
            shares.append(.init(measure: "weekend_night", group: "all", numerator: weekend, denominator: table.total,
                                estimate: Proportions.wilson(successes: weekend, trials: table.total)))
        }
        return shares
    }

    static func unknowns(_ tally: PoliceRecordTally, year: ClosedRange<YearMonth>) -> [ViolenceFindings.Unknown] {
        let victims = tally.seriousByVictim.values.filter { year.contains($0.key.month) }
        let total = victims.values.reduce(0, +)
        func unknown(_ measure: String, _ isUnknown: (PoliceRecordTally.VictimKey) -> Bool) -> ViolenceFindings.Unknown {
            .init(measure: measure, unknown: victims.reduce(0) { isUnknown($1.key) ? $0 + $1.value : $0 }, total: total)
        }
        return [
            unknown("alcohol_related") { $0.alcoholRelated == nil },
            unknown("domestic_abuse") { $0.domesticAbuse == nil },
            unknown("time_of_day") { $0.night == nil },
            unknown("victim_age") { $0.age < 0 },
            unknown("victim_sex") { $0.sex != .male && $0.sex != .female },
        ]
    }

    static func victims(_ tally: PoliceRecordTally, inputs: Inputs, forceDistricts: [Int]) -> [ViolenceFindings.VictimBand] {
        let year = inputs.period.year
        let codes = forceDistricts.map { inputs.geography.districts[$0].code }
        var rows: [ViolenceFindings.VictimBand] = []
        for (sexName, sex, sheet) in [("female", RecordedSex.female, inputs.population.females), ("male", RecordedSex.male, inputs.population.males)] {
            for band in ageBands {
                let count = tally.seriousByVictim.total {
                    year.contains($0.month) && $0.sex == sex && $0.age >= 0 && band.ages.contains(Int($0.age))
                }
                let people = codes.reduce(0) { $0 + (sheet[$1]?.count(ages: band.ages) ?? 0) }
                rows.append(.init(band: band.label, sex: sexName, count: count, population: people,
                                  rate: Rates.crudeRate(count: count, denominator: Double(people))))
            }
        }
        return rows
    }

    // MARK: Drivers

    /// Serious violence over the year for every LSOA of the force, zeros included.
    static func lsoaCounts(_ tally: PoliceRecordTally, inputs: Inputs, forceDistricts: [Int]) -> [(lsoa: Int, count: Int)] {
        let forceSet = Set(forceDistricts.map(Int32.init))
        var counts: [Int32: Int] = [:]
        for (key, count) in tally.seriousByPlace.values where inputs.period.year.contains(key.month) {
            counts[key.lsoa, default: 0] += count
        }
        return inputs.geography.lsoas.indices
            .filter { forceSet.contains(inputs.geography.districtOfLSOA[$0]) }
            .map { ($0, counts[Int32($0)] ?? 0) }
    }

    static func deprivation(_ tally: PoliceRecordTally, inputs: Inputs, forceDistricts: [Int]) -> DeprivationGradient.Result? {
        let areas = lsoaCounts(tally, inputs: inputs, forceDistricts: forceDistricts).compactMap { entry -> DeprivationGradient.Area? in
            guard let rank = inputs.geography.lsoas[entry.lsoa].deprivationRank else { return nil }
            return DeprivationGradient.Area(rank: rank, count: entry.count)
        }
        return DeprivationGradient.analyse(areas: areas, totalRanks: inputs.geography.deprivationRankCount)
    }

    static func concentration(_ tally: PoliceRecordTally, inputs: Inputs, forceDistricts: [Int]) -> Concentration.Result? {
        Concentration.analyse(counts: lsoaCounts(tally, inputs: inputs, forceDistricts: forceDistricts).map(\.count), equalRisk: true)
    }

    static func hotspots(_ tally: PoliceRecordTally, inputs: Inputs) -> ([ViolenceFindings.Hotspot], [Quarter]) {
        var byQuarter: [Quarter: [String: Int]] = [:]
        let end = inputs.period.quarter
        let window = (0..<4).map { end.adding(quarters: -$0) }
        for quarter in window { byQuarter[quarter] = [:] }
        for (key, count) in tally.seriousByPlace.values where byQuarter[key.month.quarter] != nil {
            byQuarter[key.month.quarter, default: [:]][inputs.geography.lsoas[Int(key.lsoa)].code.description, default: 0] += count
        }
        guard let result = Hotspots.persistent(counts: byQuarter, endQuarter: end) else { return ([], window.reversed()) }
        let hotspots = result.hotspots.map { hotspot -> ViolenceFindings.Hotspot in
            let lsoa = AreaCode.parse(hotspot.place).flatMap(inputs.geography.lsoaIndex(of:)).map { inputs.geography.lsoas[$0] }
            return .init(lsoaCode: hotspot.place, lsoaName: lsoa?.name ?? "", districtName: lsoa?.districtName ?? "",
                         quartersInTop: hotspot.quartersInTop, total: hotspot.total)
        }
        return (hotspots, result.quarters)
    }

    static func knife(_ tally: PoliceRecordTally) -> [ViolenceFindings.QuarterCount] {
        let quarters = Set(tally.byGroup.values.keys.map(\.month.quarter)).sorted()
        guard let first = quarters.first, let last = quarters.last else { return [] }
        var result: [ViolenceFindings.QuarterCount] = []
        var quarter = first
        while quarter <= last {
            let current = quarter
            result.append(.init(quarter: current, count: tally.seriousByWeapon.total { $0.month.quarter == current && $0.weapon == .knife }))
            quarter = quarter.adding(quarters: 1)
        }
        return result
    }
}
