import Loaders

/// Turns the police, emergency department and trauma tallies into `HealthFindings`:
/// pure, given the tallies and the geography.
///
/// Definitions and assumptions:
/// - Police "violence with injury" is the Home Office offence group
///   (`OffenceGroup.violenceWithInjury`), which holds attempted murder and s18 wounding
///   (so most serious violence) but not homicide. It is the comparator for emergency
///   department assaults because, like an A&E attendance, it implies an injury.
/// - Emergency department attendances are dated by the assault, or by arrival when the
///   assault time is unknown (as the tally keys them); police records by commission.
/// - Areas: the force row holds every loaded record; a district row only records whose
///   LSOA lies in it. Emergency department extracts leave the incident LSOA blank far
///   more often than police records, so district ratios are lower than the force's.
/// - Shares are of records with a known value, with Wilson intervals that treat each
///   attendance as independent (repeat attendances make the true uncertainty wider).
/// - Capture-recapture: see `captureRecapture(police:emergencyDepartment:months:confidence:)`.
/// - Major trauma is a registry case with an Injury Severity Score over 15 and intent
///   recorded as assault; cases of unknown intent are counted apart, so the assault
///   figures are a floor.
public enum HealthAnalysis {
    public struct Inputs: Sendable {
        public var police: PoliceRecordTally
        /// nil when no emergency department extract was given.
        public var emergencyDepartment: EmergencyDepartmentTally?
        /// nil when no trauma registry extract was given.
        public var majorTrauma: MajorTraumaTally?
        public var geography: Geography
        public var forceCode: String
        public var forceName: String
        public var period: AssessmentPeriod
        /// Two-sided confidence for every interval, e.g. 0.95.
        public var confidence: Double
        /// The ONS population, for A&E rates per 100,000 by age group; nil leaves them out.
        public var population: Population?

        public init(police: PoliceRecordTally, emergencyDepartment: EmergencyDepartmentTally?, majorTrauma: MajorTraumaTally?,
                    geography: Geography, forceCode: String, forceName: String, period: AssessmentPeriod,
                    confidence: Double = 0.95, population: Population? = nil) {
            self.population = population
            self.police = police
            self.emergencyDepartment = emergencyDepartment
            self.majorTrauma = majorTrauma
            self.geography = geography
            self.forceCode = forceCode
            self.forceName = forceName
            self.period = period
            self.confidence = confidence
        }
    }

    /// A capture-recapture estimate with the linkage it rests on.
    public struct LinkedEstimate: Sendable, Equatable {
        public var linkage: HealthFindings.KeyLinkage
        /// nil when either source has no keyed record.
        public var estimate: CaptureRecaptureEstimate?
        /// 1 − (distinct keys of police records in scope) / N̂; nil without an estimate.
        public var policeShareUnseen: Estimate?
        /// The share the police did not record at all if keys are missing at random; nil
        /// without an estimate or a keyed police record.
        public var policeShareUnrecorded: Estimate?
    }

    /// Age bands for major trauma: children, then the young adults most at risk of
    /// serious violence in finer bands, then wider bands.
    public static let traumaAgeBands: [HealthFindings.AgeBand] = [
        .init(label: "0–17", lower: 0, upper: 17),
        .init(label: "18–24", lower: 18, upper: 24),
        .init(label: "25–34", lower: 25, upper: 34),
        .init(label: "35–44", lower: 35, upper: 44),
        .init(label: "45–64", lower: 45, upper: 64),
        .init(label: "65 and over", lower: 65, upper: nil),
    ]
    public static let unknownLabel = "Unknown"

    public static func analyse(_ inputs: Inputs) -> HealthFindings {
        let period = inputs.period
        let year = period.year
        let police = inputs.police
        let confidence = inputs.confidence

        let ed = inputs.emergencyDepartment.map { emergencyDepartment in
            emergencyDepartmentFindings(emergencyDepartment, inputs: inputs)
        }
        let trauma = inputs.majorTrauma.map { traumaFindings($0, inputs: inputs) }
        let linked = inputs.emergencyDepartment.map {
            captureRecapture(police: police, emergencyDepartment: $0, months: year, confidence: confidence)
        }

        // Police timing is shown even without health data, so the hour table always has
        // its 24 rows when there is anything to show.
        var policeWeek = WeekdayHourCounts()
        for (key, count) in police.seriousByTime.values where year.contains(key.month) {
            policeWeek.add(weekday: key.weekday, hour: key.hour, count)
        }
        let policeHours = policeWeek.hourTotals
        let edHours = ed?.hours ?? Array(repeating: 0, count: 24)
        let hourOfDay = (0..<24).map {
            HealthFindings.HourPair(hour: $0, emergencyDepartment: edHours[$0], policeSeriousViolence: policeHours[$0])
        }

        var findings = HealthFindings(
            period: period,
            emergencyDepartmentAvailable: ed != nil,
            majorTraumaAvailable: trauma != nil,
            byMonthAndArea: ed?.byMonthAndArea ?? [],
            emergencyDepartmentWithoutDistrict: ed?.withoutDistrict ?? 0,
            policeViolenceWithInjuryWithoutDistrict: police.byGroup.total {
                year.contains($0.month) && $0.group == .violenceWithInjury && $0.district < 0
            },
            emergencyDepartmentBreakdowns: ed?.breakdowns ?? [],
            hourOfDay: hourOfDay,
            emergencyDepartmentUnknownTime: ed?.unknownTime ?? 0,
            policeUnknownTime: policeWeek.unknownTime,
            emergencyDepartmentNightShare: ed?.nightShare,
            policeNightShare: policeWeek.table?.nightShare(confidence: confidence),
            captureRecapture: linked?.estimate,
            captureRecaptureLinkage: linked?.linkage,
            policeShareUnseen: linked?.policeShareUnseen,
            policeShareUnrecorded: linked?.policeShareUnrecorded,
            traumaByQuarter: trauma?.byQuarter ?? [],
            traumaYearTotal: trauma?.yearTotal ?? 0,
            traumaUnknownIntent: trauma?.unknownIntent ?? 0,
            traumaMortality: trauma?.mortality,
            traumaUnknownOutcome: trauma?.unknownOutcome ?? 0,
            traumaByAgeAndSex: trauma?.byAgeAndSex ?? []
        )
        if let emergencyDepartment = inputs.emergencyDepartment {
            findings.emergencyDepartmentYoungPeople = youngPeople(emergencyDepartment, inputs: inputs)
        }
        return findings
    }

    /// Attendances over the assessment year by the patient's age group, with rates per
    /// 100,000 residents of the force's districts.
    static func youngPeople(_ tally: EmergencyDepartmentTally, inputs: Inputs) -> [YoungPeopleCount] {
        var counts: [YoungPeopleAgeGroup: Int] = [:]
        for (key, count) in tally.byAgeGroup.values where inputs.period.year.contains(key.month) {
            counts[key.group, default: 0] += count
        }
        let codes = inputs.geography.districts(inForce: inputs.forceCode).map { inputs.geography.districts[$0].code }
        return YoungPeopleCount.rows(counts, population: inputs.population, districtCodes: codes)
    }

    // MARK: Capture-recapture

    /// Chapman's two-source estimate of violence with injury over `months`.
    ///
    /// Source A is the police records whose keys the tally keeps (serious violence,
    /// violence with injury, homicide); source B every emergency department attendance.
    /// Only keyed records take part: n1 and n2 are the distinct keys of each source in
    /// the months, m the distinct keys found in both. Keys are matched anywhere within
    /// the months, not month by month, since the two sources can date one incident in
    /// different months (offence against assault or arrival); an incident dated inside
    /// by one source and outside by the other is missed, which slightly inflates N̂.
    /// Restricting to keyed records leaves N̂ unbiased when keys are missing at random:
    /// a missing key is then one more independent chance of not being "caught".
    /// A key repeated within a source is one incident, counted once. See
    /// `CaptureRecapture.assumptions` for what independence, closure, exact linkage and
    /// equal catchability mean here and which way their failure biases the estimate.
    public static func captureRecapture(
        police: PoliceRecordTally, emergencyDepartment: EmergencyDepartmentTally, months: ClosedRange<YearMonth>,
        confidence: Double = 0.95
    ) -> LinkedEstimate {
        var policeKeys = Set<UInt64>()
        var policeKeyed = 0
        for (month, keys) in police.linkageKeys where months.contains(month) {
            policeKeyed += keys.count
            policeKeys.formUnion(keys)
        }
        var edKeys = Set<UInt64>()
        var edKeyed = 0
        for (month, keys) in emergencyDepartment.linkageKeys where months.contains(month) {
            edKeyed += keys.count
            edKeys.formUnion(keys)
        }
        let linked = policeKeys.intersection(edKeys).count
        let policeRecords = police.byGroup.total {
            months.contains($0.month) && ($0.seriousViolence || $0.group == .violenceWithInjury || $0.group == .homicide)
        }
        let edRecords = emergencyDepartment.attendances.total { months.contains($0.month) }
        let linkage = HealthFindings.KeyLinkage(
            policeRecords: policeRecords, policeKeyedRecords: policeKeyed, policeDistinctKeys: policeKeys.count,
            emergencyDepartmentRecords: edRecords, emergencyDepartmentKeyedRecords: edKeyed,
            emergencyDepartmentDistinctKeys: edKeys.count, linked: linked)
        let estimate = CaptureRecapture.chapman(
            sourceA: "police", countA: policeKeys.count, sourceB: "emergency department", countB: edKeys.count,
            linked: linked, confidence: confidence)
        let unseen = estimate.flatMap { policeShareUnseen(keyedPoliceIncidents: policeKeys.count, estimate: $0.estimate) }
        let unrecorded = estimate.flatMap { estimate in
            policeIncidentsIfKeysAtRandom(linkage).flatMap { policeShareUnseen(keyedPoliceIncidents: $0, estimate: estimate.estimate) }
        }
        return LinkedEstimate(linkage: linkage, estimate: estimate, policeShareUnseen: unseen, policeShareUnrecorded: unrecorded)
    }

    /// The incidents all police records in scope stand for, keyed or not, if keys are
    /// missing at random: the records, each counted once per incident as the keyed ones
    /// are (records × distinct keys / keyed records), rounded. With it in place of n1,
    /// 1 − incidents / N̂ is the share of violence with injury the police did not record
    /// at all, under that assumption. nil when no police record carries a key.
    public static func policeIncidentsIfKeysAtRandom(_ linkage: HealthFindings.KeyLinkage) -> Int? {
        guard linkage.policeKeyedRecords > 0 else { return nil }
        return Int((Double(linkage.policeRecords) * Double(linkage.policeDistinctKeys) / Double(linkage.policeKeyedRecords)).rounded())
    }

    /// 1 − n1 / N̂: the share of the estimated incidents without a police record that
    /// carries a linkage key, with N̂'s limits mapped across.
    ///
    /// Both counts come from keyed records: n1 is the distinct keys of the police records
    /// in scope, the same n1 the estimate is built from. All police records (keyed or not)
    /// over N̂ would set a count of records, repeats and unkeyed ones included, against an
    /// estimate that never saw the unkeyed ones. When keys are missing at random, some
    /// incidents counted here as unseen have a police record without a key, so this share
    /// is an upper bound on the share the police did not record at all. The share is
    /// monotone in N̂ with n1 fixed, so the upper limit of N̂ gives the upper limit of the
    /// share. nil when N̂ or its lower limit is not positive.
    public static func policeShareUnseen(keyedPoliceIncidents: Int, estimate total: Estimate) -> Estimate? {
        guard total.value > 0, total.lower > 0 else { return nil }
        let recorded = Double(keyedPoliceIncidents)
        return Estimate(value: max(0, 1 - recorded / total.value), lower: max(0, 1 - recorded / total.lower),
                        upper: max(0, 1 - recorded / total.upper), confidence: total.confidence, method: total.method)
    }

    // MARK: Emergency department

    struct EmergencyDepartmentPart {
        var byMonthAndArea: [HealthFindings.MonthArea]
        var withoutDistrict: Int
        var breakdowns: [HealthFindings.Breakdown]
        var hours: [Int]
        var unknownTime: Int
        var nightShare: Estimate?
    }

    static func emergencyDepartmentFindings(_ tally: EmergencyDepartmentTally, inputs: Inputs) -> EmergencyDepartmentPart {
        let year = inputs.period.year
        let police = inputs.police

        // Months: where both extracts hold data, so that a month one source does not
        // cover never shows as a zero or a ratio of nothing. (The tallies hold tens of
        // thousands of keys: they are read once each, into flat arrays, not hashed again.)
        func monthRange<Key>(_ keys: Dictionary<Key, Int>.Keys, _ month: (Key) -> YearMonth) -> ClosedRange<Int>? {
            var low = Int.max
            var high = Int.min
            for key in keys {
                let index = month(key).index
                low = min(low, index)
                high = max(high, index)
            }
            return low <= high ? low...high : nil
        }
        var byMonthAndArea: [HealthFindings.MonthArea] = []
        if let edMonths = monthRange(tally.attendances.values.keys, \.month),
           let policeMonths = monthRange(police.byGroup.values.keys, \.month) {
            let first = max(edMonths.lowerBound, policeMonths.lowerBound)
            let last = min(edMonths.upperBound, policeMonths.upperBound)
            let geography = inputs.geography
            let districts = geography.districts(inForce: inputs.forceCode)
            if first <= last {
                var edCells = MonthDistrictCounts(months: first...last, districts: geography.districts.count)
                for (key, count) in tally.attendances.values { edCells.add(key.month, key.district, count) }
                var policeCells = MonthDistrictCounts(months: first...last, districts: geography.districts.count)
                for (key, count) in police.byGroup.values where key.group == .violenceWithInjury {
                    policeCells.add(key.month, key.district, count)
                }
                for index in first...last {
                    let month = YearMonth(index: index)
                    byMonthAndArea.append(monthArea(month, inputs.forceCode, inputs.forceName, isForce: true,
                                                    edCells.total(month), policeCells.total(month)))
                    for district in districts {
                        let info = geography.districts[district]
                        byMonthAndArea.append(monthArea(month, info.code, info.name, isForce: false,
                                                        edCells[month, district], policeCells[month, district]))
                    }
                }
            }
        }

        // Breakdowns over the assessment year, counted by each code's position.
        var locationCounts = Array(repeating: 0, count: AssaultLocationType.allCases.count)
        var methodCounts = Array(repeating: 0, count: AssaultMethod.allCases.count)
        var alcoholCounts = Array(repeating: 0, count: 3)
        var sexCounts = Array(repeating: 0, count: RecordedSex.allCases.count)
        var withoutDistrict = 0
        for (key, count) in tally.attendances.values where year.contains(key.month) {
            locationCounts[Int(caseCode(key.location))] += count
            methodCounts[Int(caseCode(key.method))] += count
            alcoholCounts[Int(flagCode(key.alcoholInvolved))] += count
            sexCounts[Int(caseCode(key.sex))] += count
            if key.district < 0 { withoutDistrict += count }
        }
        func counts<Value: CaseIterable & Hashable>(_ counts: [Int]) -> [Value: Int] where Value.AllCases == [Value] {
            var result: [Value: Int] = [:]
            for (index, count) in counts.enumerated() where count > 0 { result[Value.allCases[index]] = count }
            return result
        }
        let locations: [AssaultLocationType: Int] = counts(locationCounts)
        let methods: [AssaultMethod: Int] = counts(methodCounts)
        let sexes: [RecordedSex: Int] = counts(sexCounts)
        var alcohol: [Bool?: Int] = [:]
        for (flag, code) in [(Bool?.none, 0), (false, 1), (true, 2)] where alcoholCounts[code] > 0 { alcohol[flag] = alcoholCounts[code] }
        let confidence = inputs.confidence
        var breakdowns: [HealthFindings.Breakdown] = []
        breakdowns += breakdown(.locationType, AssaultLocationType.allCases.map {
            (locationLabel($0), $0 == .unknown, locations[$0] ?? 0)
        }, confidence: confidence)
        breakdowns += breakdown(.method, methodRows(methods), confidence: confidence)
        let sharp = (methods[.knife] ?? 0) + (methods[.sharpObject] ?? 0)
        let unknownMethod = methods[.unknown] ?? 0
        let otherKnown = methods.values.reduce(0, +) - sharp - unknownMethod
        breakdowns += breakdown(.knifeOrSharpObject, [
            (knifeOrSharpObjectLabel, false, sharp), ("Other method", false, otherKnown), (unknownLabel, true, unknownMethod),
        ], confidence: confidence)
        breakdowns += breakdown(.alcohol, [
            ("Yes", false, alcohol[true] ?? 0), ("No", false, alcohol[false] ?? 0),
            (unknownLabel, true, alcohol[Bool?.none] ?? 0),
        ], confidence: confidence)
        breakdowns += breakdown(.sex, [
            ("Male", false, sexes[.male] ?? 0), ("Female", false, sexes[.female] ?? 0),
            (unknownLabel, true, sexes[.unknown] ?? 0),
        ], confidence: confidence)

        // Time of day: the assault's hour; arrival is hours later, so attendances without
        // an assault time are counted apart rather than placed by arrival.
        var week = WeekdayHourCounts()
        for (key, count) in tally.byTime.values where year.contains(key.month) {
            week.add(weekday: key.weekday, hour: key.hour, count)
        }
        return EmergencyDepartmentPart(
            byMonthAndArea: byMonthAndArea, withoutDistrict: withoutDistrict, breakdowns: breakdowns, hours: week.hourTotals,
            unknownTime: week.unknownTime, nightShare: week.table?.nightShare(confidence: confidence))
    }

    static func monthArea(_ month: YearMonth, _ code: String, _ name: String, isForce: Bool, _ ed: Int, _ police: Int)
        -> HealthFindings.MonthArea {
        HealthFindings.MonthArea(
            month: month, areaCode: code, areaName: name, isForce: isForce, emergencyDepartmentAssaults: ed,
            policeViolenceWithInjury: police, ratio: police > 0 ? Double(ed) / Double(police) : nil)
    }

    /// Rows in the given order; each known row's share is of the known total.
    static func breakdown(_ dimension: HealthFindings.Dimension, _ rows: [(String, Bool, Int)], confidence: Double)
        -> [HealthFindings.Breakdown] {
        let known = rows.reduce(0) { $1.1 ? $0 : $0 + $1.2 }
        return rows.map { value, isUnknown, count in
            HealthFindings.Breakdown(
                dimension: dimension, value: value, isUnknown: isUnknown, count: count,
                share: isUnknown ? nil : Proportions.wilson(successes: count, trials: known, confidence: confidence))
        }
    }

    static func locationLabel(_ location: AssaultLocationType) -> String {
        switch location {
        case .licensedPremises: "Licensed premises"
        case .street: "Street or other public place"
        case .home: "Home"
        case .workplace: "Workplace"
        case .school: "School or college"
        case .other: "Other place"
        case .unknown: unknownLabel
        }
    }

    /// The method rows in `AssaultMethod` order. Knife and other sharp object are two rows
    /// only when the source tells them apart (both occur); otherwise they are one row,
    /// "Knife or sharp object", where the knife row would be. A code list that records
    /// every knife as a sharp object would else show "Knife: 0" beside the police's
    /// knife-enabled offences, which (in the Home Office definition) are knife or sharp
    /// instrument offences too.
    static func methodRows(_ methods: [AssaultMethod: Int]) -> [(String, Bool, Int)] {
        let knife = methods[.knife] ?? 0
        let sharp = methods[.sharpObject] ?? 0
        let apart = knife > 0 && sharp > 0
        return AssaultMethod.allCases.compactMap { method -> (String, Bool, Int)? in
            switch method {
            case .knife where !apart: (knifeOrSharpObjectLabel, false, knife + sharp)
            case .sharpObject where !apart: nil
            default: (methodLabel(method), method == .unknown, methods[method] ?? 0)
            }
        }
    }

    /// One group for knives and other sharp objects, in every source that cannot tell them apart.
    public static let knifeOrSharpObjectLabel = "Knife or sharp object"

    static func methodLabel(_ method: AssaultMethod) -> String {
        switch method {
        case .bodyPart: "Body part (no weapon)"
        case .knife: "Knife"
        case .sharpObject: "Other sharp object"
        case .bluntObject: "Blunt object"
        case .firearm: "Firearm"
        case .other: "Other means"
        case .unknown: unknownLabel
        }
    }

    // MARK: Major trauma

    struct TraumaPart {
        var byQuarter: [HealthFindings.TraumaQuarter]
        var yearTotal: Int
        var unknownIntent: Int
        var mortality: Estimate?
        var unknownOutcome: Int
        var byAgeAndSex: [HealthFindings.AgeSexCount]
    }

    static func traumaFindings(_ tally: MajorTraumaTally, inputs: Inputs) -> TraumaPart {
        let period = inputs.period
        let year = period.year

        var quarters: [Quarter: HealthFindings.TraumaQuarter] = [:]
        func empty(_ quarter: Quarter) -> HealthFindings.TraumaQuarter {
            .init(quarter: quarter, assaultMajorTrauma: 0, stab: 0, blow: 0, shooting: 0, other: 0,
                  unknownMechanism: 0, deaths: 0, knifeEnabledSeriousViolence: 0)
        }
        var yearTotal = 0
        var unknownIntent = 0
        var alive = 0
        var dead = 0
        var unknownOutcome = 0
        var ageSex: [String: [RecordedSex: Int]] = [:]
        for (key, count) in tally.cases.values where key.major {
            if key.intent == .unknown, year.contains(key.month) { unknownIntent += count }
            guard key.intent == .assault else { continue }
            var row = quarters[key.month.quarter] ?? empty(key.month.quarter)
            row.assaultMajorTrauma += count
            switch key.mechanism {
            case .stab: row.stab += count
            case .blow: row.blow += count
            case .shooting: row.shooting += count
            case .other, .fall, .vehicle: row.other += count
            case .unknown: row.unknownMechanism += count
            }
            if key.outcome == .dead { row.deaths += count }
            quarters[key.month.quarter] = row
            guard year.contains(key.month) else { continue }
            yearTotal += count
            switch key.outcome {
            case .alive: alive += count
            case .dead: dead += count
            case .unknown: unknownOutcome += count
            }
            let band = key.age < 0 ? unknownLabel : traumaAgeBands.first { $0.contains(Int(key.age)) }?.label ?? unknownLabel
            ageSex[band, default: [:]][key.sex, default: 0] += count
        }

        // Quarters: from the first with any trauma data (of any intent, so a quarter with
        // data but no assault shows as 0) to the assessment quarter.
        var byQuarter: [HealthFindings.TraumaQuarter] = []
        if let firstMonth = tally.cases.values.keys.map(\.month).min() {
            var knife: [Quarter: Int] = [:]
            for (key, count) in inputs.police.seriousByWeapon.values where key.weapon == .knife {
                knife[key.month.quarter, default: 0] += count
            }
            var quarter = firstMonth.quarter
            while quarter <= period.quarter {
                var row = quarters[quarter] ?? empty(quarter)
                row.knifeEnabledSeriousViolence = knife[quarter] ?? 0
                byQuarter.append(row)
                quarter = quarter.adding(quarters: 1)
            }
        }

        let labels = traumaAgeBands.map(\.label) + [unknownLabel]
        let byAgeAndSex = labels.flatMap { band in
            [RecordedSex.male, .female, .unknown].map {
                HealthFindings.AgeSexCount(ageBand: band, sex: $0, count: ageSex[band]?[$0] ?? 0)
            }
        }
        return TraumaPart(
            byQuarter: byQuarter, yearTotal: yearTotal, unknownIntent: unknownIntent,
            mortality: Proportions.wilson(successes: dead, trials: alive + dead, confidence: inputs.confidence),
            unknownOutcome: unknownOutcome, byAgeAndSex: byAgeAndSex)
    }
}

/// Counts by month (over a range) and district (an index into `Geography.districts`,
/// or -1 for none), in one flat array; months outside the range are not counted.
struct MonthDistrictCounts {
    let months: ClosedRange<Int>
    /// The districts, and one column before them for "no district".
    let width: Int
    private var counts: [Int]

    init(months: ClosedRange<Int>, districts: Int) {
        self.months = months
        width = districts + 1
        counts = Array(repeating: 0, count: months.count * width)
    }

    mutating func add(_ month: YearMonth, _ district: Int32, _ count: Int) {
        guard months.contains(month.index), Int(district) + 1 < width, district >= -1 else { return }
        counts[(month.index - months.lowerBound) * width + Int(district) + 1] += count
    }

    subscript(month: YearMonth, district: Int) -> Int {
        counts[(month.index - months.lowerBound) * width + district + 1]
    }

    /// Every district's count in the month, and the count with none.
    func total(_ month: YearMonth) -> Int {
        let start = (month.index - months.lowerBound) * width
        return counts[start..<(start + width)].reduce(0, +)
    }
}
