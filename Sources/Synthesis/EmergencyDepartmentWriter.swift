import Loaders

/// Writes the emergency department assault attendances (ISB 1594 ISTV with ECDS
/// fields): one row per attendance, in order of arrival.
enum EmergencyDepartmentWriter {
    struct Output {
        var text: String
        var rows: Int
    }

    static let methodUnknownShare = 0.08
    static let locationUnknownShare = 0.10
    static let locationDescribedShare = 0.35
    static let alcoholBlankShare = 0.15
    static let lsoaBlankShare = 0.20

    /// Free-text method descriptions when the method is `other` (some need quoting).
    static let otherMethods = ["Bottle", "Glass, broken", "Dog set on victim", "Vehicle", "Hot liquid", "Chemical \"spray\""]
    /// Free-text location descriptions by location type (names are illustrative).
    static let locationDescriptions: [[String]] = [
        ["Pub", "Nightclub", "Outside nightclub, town centre", "Bar \"happy hour\" event", "Pub car park"],
        ["High street", "Bus station", "Park", "Outside takeaway, town centre", "Car park", "Seafront"],
        ["Own home", "Friend's house", "Partner's home", "Family home"],
        ["Shop", "Hospital ward", "Care home", "Taxi"],
        ["School playground", "College", "School gates"],
        ["Beach", "Campsite", "Train", "Festival site"],
    ]

    static func write(incidents: [Incident], world: World, parameters: SynthesisParameters, seed: UInt64) -> Output {
        var random = SeededGenerator(seed: seed, stream: Streams.emergencyDepartment)
        let lastMinute = world.lastDay * 1440 + 1439
        var arrivals = [Int](repeating: 0, count: incidents.count)
        let seen = incidents.indices.filter { incidents[$0].emergencyDepartment }
        for index in seen {
            // Arrival: mostly within hours (sooner for serious violence), sometimes next day;
            // kept within the period so every reporting month is one asked for.
            let delay: Int
            if incidents[index].group == .seriousViolence {
                delay = random.chance(0.8) ? 15 + random.integer(below: 120) : 135 + random.integer(below: 600)
            } else {
                delay = random.chance(0.7) ? 30 + random.integer(below: 240) : 270 + random.integer(below: 1200)
            }
            arrivals[index] = min(lastMinute, incidents[index].minute + delay)
        }
        let order = sortedByTime(seen) { arrivals[$0] }
        var csv = CSVBuilder(header: SchemaValues.emergencyDepartmentHeader, reserving: order.count * 150 + 300)
        for index in order {
            let incident = incidents[index]
            let arrivalDay = floorDivide(arrivals[index], 1440)
            let date = CalendarDays.date(arrivalDay)
            let month = YearMonthValue(year: date.year, month: date.month)
            csv.date(day: CalendarDays.firstDay(of: month))
            csv.date(day: CalendarDays.lastDay(of: month))
            csv.plain(world.districts[incident.district].site.code)
            csv.dateTime(minute: arrivals[index])
            csv.dateTime(minute: incident.minute, timeKnown: !random.chance(parameters.unknownTimeShare))
            let method: String
            if random.chance(methodUnknownShare) {
                method = "unknown"
            } else {
                switch incident.weapon {
                case .none: method = "body_part"
                case .knife: method = "sharp_object"
                case .firearm: method = "firearm"
                case .blunt: method = "blunt_object"
                case .other: method = "other"
                }
            }
            csv.plain(method)
            if method == "other" && random.chance(0.8) {
                csv.field(otherMethods[random.integer(below: otherMethods.count)])
            } else {
                csv.empty()
            }
            if random.chance(locationUnknownShare) {
                csv.plain("unknown")
                csv.empty()
            } else {
                csv.plain(SchemaValues.assaultLocationTypes[incident.location])
                if random.chance(locationDescribedShare) {
                    let choices = locationDescriptions[incident.location]
                    csv.field(choices[random.integer(below: choices.count)])
                } else {
                    csv.empty()
                }
            }
            csv.optionalInteger(random.chance(parameters.unknownAgeShare) ? nil : incident.age)
            csv.plain(random.chance(parameters.unknownSexShare) ? "U" : incident.male ? "M" : "F")
            if random.chance(alcoholBlankShare) { csv.empty() } else { csv.plain(incident.alcohol ? "Y" : "N") }
            if random.chance(lsoaBlankShare) { csv.empty() } else { csv.plain(world.lsoaCodes[incident.lsoa]) }
            if incident.emergencyDepartmentKeyed { csv.linkageKey(incident.key) } else { csv.empty() }
            csv.endRow()
        }
        return Output(text: csv.finish(), rows: order.count)
    }
}
