import Loaders

/// Writes the major trauma registry extract: assaults from the hidden incidents, and
/// falls, vehicle collisions and self-harm, in order of arrival.
enum MajorTraumaWriter {
    struct Output {
        var text: String
        var rows: Int
        var summary: SynthesisTruth.MajorTrauma
    }

    struct Case {
        var incidentMinute: Int
        var timeKnown: Bool
        var arrival: Int
        var age: Int
        var sex: String
        var intent: String
        var mechanism: String
        var iss: Int
        var outcome: String
        var site: String
        var lsoa: Int?
        var key: UInt64?
    }

    /// Chance of the highest AIS being 3, 4, 5 or 6 (6 makes ISS 75).
    static let seriousAIS: [Double] = [0.30, 0.45, 0.23, 0.02]
    static let homicideAIS: [Double] = [0, 0, 0.7, 0.3]
    static let otherInjuryAIS: [Double] = [0.55, 0.35, 0.10, 0]
    static let nonAssaultAIS: [Double] = [0.40, 0.40, 0.18, 0.02]
    static let outcomeUnknownShare = 0.02
    static let lsoaBlankShare = 0.30

    /// Injury Severity Score from up to three body regions: the highest AIS drawn from
    /// `weights`, two more regions injured with chance 0.55 each (AIS 1 to 4, at most the
    /// highest); 75 when the highest is 6.
    static func injurySeverity(_ weights: [Double], _ random: inout SeededGenerator) -> Int {
        let top = 3 + random.pick(weights)
        if top == 6 { return 75 }
        var score = top * top
        for _ in 0..<2 where random.chance(0.55) {
            let ais = 1 + random.integer(below: min(top, 4))
            score += ais * ais
        }
        return score
    }

    /// 30-day mortality by ISS (a few % overall for assaults).
    static func mortality(_ iss: Int) -> Double {
        switch iss {
        case ..<16: return 0.01
        case 16...24: return 0.02
        case 25...40: return 0.06
        case 41...74: return 0.2
        default: return 0.5
        }
    }

    static func write(incidents: [Incident], world: World, parameters: SynthesisParameters,
                      seed: UInt64, keys: inout KeyMaker, years: Double) -> Output {
        var random = SeededGenerator(seed: seed, stream: Streams.majorTrauma)
        let lastMinute = world.lastDay * 1440 + 1439
        let centre = world.majorTraumaCentre
        var cases: [Case] = []
        var summary = SynthesisTruth.MajorTrauma()

        func site(iss: Int, district: Int, _ random: inout SeededGenerator) -> String {
            let local = world.districts[district].site.traumaUnit
            return iss > 15 ? (random.chance(0.8) ? centre : local) : (random.chance(0.85) ? local : centre)
        }

        for incident in incidents where incident.majorTrauma {
            let weights = incident.isHomicide ? homicideAIS : incident.group == .seriousViolence ? seriousAIS : otherInjuryAIS
            let iss = injurySeverity(weights, &random)
            var outcome = incident.isHomicide || random.chance(mortality(iss)) ? "dead" : "alive"
            if random.chance(outcomeUnknownShare) && !incident.isHomicide { outcome = "unknown" }
            let mechanism: String
            switch incident.weapon {
            case .knife: mechanism = "stab"
            case .firearm: mechanism = "shooting"
            case .none, .blunt: mechanism = "blow"
            case .other: mechanism = "other"
            }
            let sex = random.chance(0.005) ? "U" : incident.male ? "M" : "F"
            let item = Case(
                incidentMinute: incident.minute, timeKnown: !random.chance(parameters.unknownTimeShare),
                arrival: min(lastMinute, incident.minute + 20 + random.integer(below: 130)),
                age: incident.age, sex: sex, intent: random.chance(0.95) ? "assault" : "unknown", mechanism: mechanism,
                iss: iss, outcome: outcome, site: site(iss: iss, district: incident.district, &random),
                lsoa: random.chance(lsoaBlankShare) ? nil : incident.lsoa,
                key: incident.majorTraumaKeyed ? incident.key : nil)
            cases.append(item)
            summary.assaultRecords += 1
            if incident.group == .seriousViolence { summary.fromSeriousViolence += 1 }
            if iss > 15 { summary.assaultISSOver15 += 1 }
            if outcome == "dead" { summary.assaultDeaths += 1 }
            if incident.police { summary.assaultSeenByPolice += 1 }
            if incident.emergencyDepartment { summary.assaultSeenByEmergencyDepartment += 1 }
        }

        // Trauma that is not assault: spread by population, mostly by day.
        let dayProfile: [Double] = [1, 1, 1, 1, 1, 1, 2, 3, 4, 5, 5, 5, 5, 5, 5, 5, 5, 5, 4, 4, 3, 3, 2, 2]
        let otherCount = Int((parameters.otherMajorTraumaPerYear * years).rounded())
        let dayCount = world.lastDay - world.firstDay + 1
        for _ in 0..<otherCount {
            let district = world.populationTable.draw(&random)
            let lsoas = world.districts[district].lsoas
            let lsoa = lsoas[random.integer(below: lsoas.count)]
            let minute = (world.firstDay + random.integer(below: dayCount)) * 1440 + random.pick(dayProfile) * 60 + random.integer(below: 60)
            let intent = ["accident", "self_harm", "unknown"][random.pick([0.86, 0.07, 0.07])]
            let mechanism: String
            switch intent {
            case "accident": mechanism = ["fall", "vehicle", "other"][random.pick([0.6, 0.32, 0.08])]
            case "self_harm": mechanism = ["fall", "stab", "other"][random.pick([0.45, 0.3, 0.25])]
            default: mechanism = ["fall", "blow", "other"][random.pick([0.5, 0.2, 0.3])]
            }
            let age: Int
            let maleShare: Double
            switch mechanism {
            case "fall":
                age = random.chance(0.6) ? random.integer(in: 65...95) : random.integer(in: 18...64)
                maleShare = 0.5
            case "vehicle":
                age = random.chance(0.5) ? random.integer(in: 17...35) : random.integer(in: 36...80)
                maleShare = 0.7
            case "stab":
                age = random.integer(in: 18...60)
                maleShare = 0.6
            case "blow":
                age = random.integer(in: 16...65)
                maleShare = 0.7
            default:
                age = random.integer(in: 5...80)
                maleShare = 0.6
            }
            let iss = injurySeverity(nonAssaultAIS, &random)
            let death = min(0.95, mortality(iss) * (age >= 75 ? 2 : 1))
            var outcome = random.chance(death) ? "dead" : "alive"
            if random.chance(outcomeUnknownShare) { outcome = "unknown" }
            let sex = random.chance(0.005) ? "U" : random.chance(maleShare) ? "M" : "F"
            let item = Case(
                incidentMinute: minute, timeKnown: !random.chance(parameters.unknownTimeShare),
                arrival: min(lastMinute, minute + 25 + random.integer(below: 155)),
                age: age, sex: sex, intent: intent, mechanism: mechanism, iss: iss, outcome: outcome,
                site: site(iss: iss, district: district, &random),
                lsoa: random.chance(lsoaBlankShare) ? nil : lsoa,
                key: random.chance(parameters.linkageKeyShare) ? keys.next() : nil)
            cases.append(item)
            summary.otherRecords += 1
        }

        let order = sortedByTime(Array(cases.indices)) { cases[$0].arrival }
        var csv = CSVBuilder(header: SchemaValues.majorTraumaHeader, reserving: order.count * 130 + 200)
        let submissionPrefix = Array("MT".utf8)
        for (number, index) in order.enumerated() {
            let item = cases[index]
            csv.numbered(submissionPrefix, number + 1, digits: 7)
            csv.dateTime(minute: item.incidentMinute, timeKnown: item.timeKnown)
            csv.dateTime(minute: item.arrival)
            csv.integer(item.age)
            csv.field(item.sex)
            csv.field(item.intent)
            csv.field(item.mechanism)
            csv.integer(item.iss)
            csv.field(item.outcome)
            csv.field(item.site)
            if let lsoa = item.lsoa { csv.plain(world.lsoaCodes[lsoa]) } else { csv.empty() }
            if let key = item.key { csv.linkageKey(key) } else { csv.empty() }
            csv.endRow()
        }
        return Output(text: csv.finish(), rows: order.count, summary: summary)
    }
}
