import Loaders

/// Writes the police records: one row per recorded crime, in order of when it was
/// committed.
enum PoliceWriter {
    struct Output {
        var text: String
        var rows: Int
    }

    /// Days from the offence to its recording: the same day, 1, 2, 3-7 or 8-30 days.
    static let recordingDelayWeights: [Double] = [0.55, 0.20, 0.10, 0.09, 0.06]
    static let alcoholBlankShare = 0.10
    static let domesticBlankShare = 0.02
    static let weaponBlankShare = 0.08
    static let lsoaBlankShare = 0.01

    static func write(incidents: [Incident], world: World, parameters: SynthesisParameters, seed: UInt64) -> Output {
        let order = sortedByTime(incidents.indices.filter { incidents[$0].police }) { incidents[$0].minute }
        var random = SeededGenerator(seed: seed, stream: Streams.police)
        var victims = People(prefix: "V", repeatShare: parameters.repeatVictimShare, random: SeededGenerator(seed: seed, stream: Streams.people))
        var suspects = People(prefix: "S", repeatShare: parameters.repeatSuspectShare,
                              random: SeededGenerator(seed: seed, stream: Streams.people + 100))
        var csv = CSVBuilder(header: SchemaValues.policeHeader, reserving: order.count * 100 + 200)
        let offenceCodes = SyntheticOffence.all.map { Array($0.code.utf8) }
        var currentYear = Int.min
        var prefix: [UInt8] = []
        var sequence = 0
        for index in order {
            let incident = incidents[index]
            let day = floorDivide(incident.minute, 1440)
            let year = CalendarDays.date(day).year
            if year != currentYear {
                currentYear = year
                prefix = Array(("CR/" + String(year) + "/").utf8)
                sequence = 0
            }
            sequence += 1
            csv.numbered(prefix, sequence, digits: 6)
            csv.plain(offenceCodes[incident.offence])
            csv.dateTime(minute: incident.minute, timeKnown: !random.chance(parameters.unknownTimeShare))
            let delay: Int
            switch random.pick(recordingDelayWeights) {
            case 0: delay = 0
            case 1: delay = 1
            case 2: delay = 2
            case 3: delay = random.integer(in: 3...7)
            default: delay = random.integer(in: 8...30)
            }
            csv.date(day: day + delay)
            if random.chance(lsoaBlankShare) { csv.empty() } else { csv.plain(world.lsoaCodes[incident.lsoa]) }
            flag(&csv, incident.domestic, blank: random.chance(domesticBlankShare))
            flag(&csv, incident.alcohol, blank: random.chance(alcoholBlankShare))
            if random.chance(weaponBlankShare) {
                csv.empty()
            } else {
                switch incident.weapon {
                case .none: csv.plain("none")
                case .knife: csv.plain("knife")
                case .firearm: csv.plain("firearm")
                case .blunt, .other: csv.plain("other")
                }
            }
            csv.optionalInteger(random.chance(parameters.unknownAgeShare) ? nil : incident.age)
            if random.chance(parameters.unknownSexShare) {
                if random.chance(0.5) { csv.plain("U") } else { csv.empty() }
            } else {
                csv.plain(incident.male ? "M" : "F")
            }
            let identified = writeSuspect(&csv, incident, &random)
            if incident.policeKeyed { csv.linkageKey(incident.key) } else { csv.empty() }
            victims.write(&csv)
            if identified { suspects.write(&csv) } else { csv.empty() }
            csv.endRow()
        }
        return Output(text: csv.finish(), rows: order.count)
    }

    static func flag(_ csv: inout CSVBuilder, _ value: Bool, blank: Bool) {
        if blank { csv.empty() } else { csv.plain(value ? "Y" : "N") }
    }

    /// Suspects: identified in 95% of domestic incidents and 60% of others; mostly male
    /// (93% for domestic abuse of women, 45% for domestic abuse of men, 85% otherwise);
    /// ages near the victim's for domestic abuse and among the young, otherwise around
    /// 27. An unidentified suspect's sex is described half the time.
    /// Returns whether the suspect is identified (and so has an identifier).
    static func writeSuspect(_ csv: inout CSVBuilder, _ incident: Incident, _ random: inout SeededGenerator) -> Bool {
        let maleShare = incident.domestic ? (incident.male ? 0.45 : 0.93) : 0.85
        let identified = random.chance(incident.domestic ? 0.95 : 0.6)
        guard identified else {
            csv.empty()
            if random.chance(0.5) { csv.plain(random.chance(maleShare) ? "M" : "F") } else { csv.empty() }
            return false
        }
        let age: Int
        if incident.domestic {
            age = min(95, max(14, incident.age + Int((random.normal() * 6 + 2).rounded())))
        } else if incident.age < 18 {
            age = min(40, max(10, incident.age + Int((random.normal() * 3).rounded())))
        } else {
            age = min(85, max(14, Int((27 + random.normal() * 9).rounded())))
        }
        csv.optionalInteger(random.chance(0.08) ? nil : age)
        if random.chance(0.03) {
            csv.plain("U")
        } else {
            csv.plain(random.chance(maleShare) ? "M" : "F")
        }
        return true
    }
}

/// Pseudonymous identifiers of victims or suspects (`V0000001`, `S0000001`), handed out in
/// the order records are written: with `repeatShare` a record's person is one already
/// recorded among the previous `window` people (most within the year), otherwise someone
/// new. Identifiers come from their own random stream, so the other columns do not
/// depend on them.
struct People {
    let prefix: [UInt8]
    let repeatShare: Double
    var random: SeededGenerator
    var issued: [Int] = []
    var next = 1
    static let window = 20_000

    init(prefix: String, repeatShare: Double, random: SeededGenerator) {
        self.prefix = Array(prefix.utf8)
        self.repeatShare = repeatShare
        self.random = random
    }

    mutating func write(_ csv: inout CSVBuilder) {
        let person: Int
        if !issued.isEmpty && random.chance(repeatShare) {
            person = issued[issued.count - 1 - random.integer(below: min(issued.count, People.window))]
        } else {
            person = next
            next += 1
        }
        issued.append(person)
        csv.numbered(prefix, person, digits: 7)
    }
}
