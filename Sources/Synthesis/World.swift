import Loaders

/// The fixed structure of the synthetic world: when incidents happen (hour slots over
/// the period), where (districts and LSOAs) and to whom (victim age and sex tables from
/// the resident population).
struct World {
    struct DistrictModel {
        let code: String
        let name: String
        let population: Int
        /// Indices into `World.lsoaCodes`, in the geography's order.
        let lsoas: [Int]
        /// Where in the district incidents happen: deprivation times hotspot weights.
        let lsoaTable: CumulativeTable
        /// Male residents aged 18 to 36, by single year (index 0 is age 18).
        let maleYoung: CumulativeTable
        /// Everyone else, by sex and age (0...90 male, then 0...90 female), weighted by
        /// population times the age risk of violent victimisation.
        let others: CumulativeTable
        let site: SyntheticSite
    }

    let firstDay: Int
    let lastDay: Int
    let monthCount: Int
    /// One weight per hour from `firstDay` 00:00 to `lastDay` 23:00.
    let slots: CumulativeTable
    let districts: [DistrictModel]
    /// The codes of the force's LSOAs, in the geography's order, as CSV bytes.
    let lsoaCodes: [[UInt8]]
    /// District weights for violence: population times the district's rate factor.
    let districtTable: CumulativeTable
    /// District weights by population alone (for trauma that is not violence).
    let populationTable: CumulativeTable
    let highestRateDistrictApplied: String?
    let majorTraumaCentre: String

    /// Relative violence by hour of day (0 = midnight to 1am), before the night share is
    /// imposed: rising through the day to a late-evening peak, falling away before dawn.
    static let hourProfile: [Double] = [
        9, 8, 6, 4, 2.5, 1.5, 1, 1.2, 1.5, 1.8, 2, 2.3,
        2.6, 2.8, 3, 3.3, 3.6, 4, 4.5, 5, 6, 7, 8.5, 9.5,
    ]
    /// Daytime hours at weekends and on bank holidays are this much busier.
    static let weekendDayFactor = 1.15

    /// Relative risk of violent victimisation by age, applied on top of the resident
    /// population for victims other than the planted young men.
    static func ageRisk(_ age: Int) -> Double {
        switch age {
        case ..<10: return 0.05
        case 10...15: return 0.35
        case 16...17: return 0.9
        case 18...50: return 1.0
        case 51...64: return 0.5
        case 65...79: return 0.2
        default: return 0.1
        }
    }

    /// The seasonal factor of a month: 1 + amplitude x cos(2 pi (month - 7.5) / 12), with
    /// the cosines written from square roots so they are exact everywhere.
    static func seasonalFactor(month: Int, amplitude: Double) -> Double {
        let two = 2.0.squareRoot()
        let six = 6.0.squareRoot()
        let cos15 = (six + two) / 4
        let cos45 = two / 2
        let cos75 = (six - two) / 4
        let cosine: [Double] = [-cos15, -cos15, -cos45, -cos75, cos75, cos45, cos15, cos15, cos45, cos75, -cos75, -cos45]
        return 1 + amplitude * cosine[month - 1]
    }

    init(request: SynthesisRequest, geography: Geography, population: Population) throws(SynthesisError) {
        let parameters = request.parameters
        let first = request.months.lowerBound
        let last = request.months.upperBound
        firstDay = CalendarDays.firstDay(of: YearMonthValue(year: first.year, month: first.month))
        lastDay = CalendarDays.lastDay(of: YearMonthValue(year: last.year, month: last.month))
        monthCount = last.index - first.index + 1
        guard monthCount <= 1200 else { throw SynthesisError("the months span \(monthCount) months; at most 1200 can be synthesised") }

        slots = World.slotTable(firstDay: firstDay, lastDay: lastDay, parameters: parameters)

        // Districts of the force, with their populations.
        let districtIndices = geography.districts(inForce: request.forceCode)
        guard !districtIndices.isEmpty else {
            throw SynthesisError("the geography has no districts in police force area '\(request.forceCode)'")
        }
        var position: [Int: Int] = [:]
        for (place, index) in districtIndices.enumerated() { position[index] = place }
        var lsoasOf = [[Int]](repeating: [], count: districtIndices.count)
        var forceLSOAs: [Int] = []
        for (lsoa, district) in geography.districtOfLSOA.enumerated() {
            if district >= 0, let place = position[Int(district)] {
                lsoasOf[place].append(forceLSOAs.count)
                forceLSOAs.append(lsoa)
            }
        }
        lsoaCodes = forceLSOAs.map { Array(geography.lsoas[$0].code.description.utf8) }

        // Deprivation: tenths of the national IMD rank, spaced geometrically.
        let rankCount = geography.deprivationRankCount
        func deprivationWeight(_ lsoa: Int) -> Double {
            let exponent: Double
            if let rank = geography.lsoas[forceLSOAs[lsoa]].deprivationRank, rankCount > 0 {
                let decile = min(10, max(1, (rank - 1) * 10 / rankCount + 1))
                exponent = Double(10 - decile) / 9
            } else {
                exponent = 0.5
            }
            return DeterministicMath.pow(parameters.deprivationGradient, exponent)
        }

        var random = SeededGenerator(seed: request.seed, stream: Streams.world)
        var models: [DistrictModel] = []
        var factors: [Double] = []
        var populations: [Double] = []
        let sigma = parameters.concentrationSigma
        for (place, index) in districtIndices.enumerated() {
            let district = geography.districts[index]
            guard !lsoasOf[place].isEmpty else {
                throw SynthesisError("district \(district.code) (\(district.name)) has no LSOAs in the geography")
            }
            guard let persons = population.persons[district.code], let males = population.males[district.code],
                  let females = population.females[district.code] else {
                throw SynthesisError("the population estimates have no persons, males and females for district \(district.code) (\(district.name))")
            }
            guard persons.allAges > 0, males.byAge.count == 91, females.byAge.count == 91 else {
                throw SynthesisError("the population estimates for district \(district.code) (\(district.name)) are empty")
            }
            let deprivation = lsoasOf[place].map(deprivationWeight)
            var sum = 0.0
            for weight in deprivation { sum += weight }
            factors.append(sum / Double(deprivation.count))
            populations.append(Double(persons.allAges))
            var lsoaWeights: [Double] = []
            lsoaWeights.reserveCapacity(deprivation.count)
            for weight in deprivation {
                let hotspot = sigma > 0 ? DeterministicMath.exp(sigma * random.normal() - sigma * sigma / 2) : 1
                lsoaWeights.append(weight * hotspot)
            }
            let maleYoung = (18...36).map { Double(males.byAge[$0]) }
            var others: [Double] = []
            for age in 0...90 { others.append((18...36).contains(age) ? 0 : Double(males.byAge[age]) * World.ageRisk(age)) }
            for age in 0...90 { others.append(Double(females.byAge[age]) * World.ageRisk(age)) }
            models.append(DistrictModel(
                code: district.code, name: district.name, population: persons.allAges, lsoas: lsoasOf[place],
                lsoaTable: CumulativeTable(lsoaWeights), maleYoung: CumulativeTable(maleYoung),
                others: CumulativeTable(others),
                site: SyntheticSite.site(forDistrict: district.code, position: place)))
            guard models[place].maleYoung.total > 0 || parameters.male18To36Share == 0 else {
                throw SynthesisError("district \(district.code) (\(district.name)) has no men aged 18 to 36 in the population estimates")
            }
        }

        // The planted highest-rate district: its rate factor is the multiplier times the
        // highest factor of any district.
        if let place = models.firstIndex(where: { $0.code == parameters.highestRateDistrict }) {
            var highest = 0.0
            for factor in factors { highest = max(highest, factor) }
            factors[place] = highest * parameters.highestRateMultiplier
            highestRateDistrictApplied = parameters.highestRateDistrict
        } else {
            highestRateDistrictApplied = nil
        }
        districts = models
        districtTable = CumulativeTable(zip(populations, factors).map { $0 * $1 })
        populationTable = CumulativeTable(populations)
        majorTraumaCentre = SyntheticSite.majorTraumaCentre(forForce: request.forceCode)
    }

    /// Hour-slot weights: season x trend x hour of day x late-night peak, then scaled so
    /// that the night hours (18:00-06:00) carry exactly `night_share` of the weight.
    static func slotTable(firstDay: Int, lastDay: Int, parameters: SynthesisParameters) -> CumulativeTable {
        let dayCount = lastDay - firstDay + 1
        var holidays = Set<Int>()
        let firstYear = CalendarDays.date(firstDay).year
        let lastYear = CalendarDays.date(lastDay + 1).year
        for year in firstYear...lastYear {
            for day in BankHolidays.englandAndWales(year: year) { holidays.insert(day) }
        }
        func isLateNight(_ day: Int) -> Bool {
            let weekday = CalendarDays.weekday(day)
            return weekday == 5 || weekday == 6 || holidays.contains(day + 1)
        }
        func isRestDay(_ day: Int) -> Bool {
            let weekday = CalendarDays.weekday(day)
            return weekday == 0 || weekday == 6 || holidays.contains(day)
        }
        let lateFactor = parameters.weekendNightPeak ? parameters.weekendNightFactor : 1
        let centre = Double(firstDay + lastDay + 1) / 2
        let logGrowth = DeterministicMath.log(1 + parameters.yearlyTrend)
        var weights = [Double](repeating: 0, count: dayCount * 24)
        var nightTotal = 0.0
        var dayTotal = 0.0
        for offset in 0..<dayCount {
            let day = firstDay + offset
            let month = CalendarDays.date(day).month
            let base = seasonalFactor(month: month, amplitude: parameters.summerPeak)
                * DeterministicMath.exp(logGrowth * (Double(day) + 0.5 - centre) / 365.25)
            let lateEvening = isLateNight(day)
            let lateSmallHours = isLateNight(day - 1)
            let rest = isRestDay(day)
            for hour in 0..<24 {
                var weight = base * hourProfile[hour]
                if hour >= 18 {
                    if lateEvening { weight *= lateFactor }
                    nightTotal += weight
                } else if hour < 6 {
                    if lateSmallHours { weight *= lateFactor }
                    nightTotal += weight
                } else {
                    if rest { weight *= weekendDayFactor }
                    dayTotal += weight
                }
                weights[offset * 24 + hour] = weight
            }
        }
        let nightScale = parameters.nightShare / nightTotal
        let dayScale = (1 - parameters.nightShare) / dayTotal
        for index in weights.indices {
            let hour = index % 24
            weights[index] *= (hour >= 18 || hour < 6) ? nightScale : dayScale
        }
        return CumulativeTable(weights)
    }
}

/// The independent random streams of one synthesis.
enum Streams {
    static let world: UInt64 = 1
    static let incidents: UInt64 = 2
    static let detection: UInt64 = 3
    static let keys: UInt64 = 4
    static let police: UInt64 = 5
    static let emergencyDepartment: UInt64 = 6
    static let majorTrauma: UInt64 = 7
    static let people: UInt64 = 8
}
