/// One hidden incident: what really happened, and which sources saw it.
struct Incident {
    enum Weapon: Int { case none, knife, firearm, blunt, other }

    var group: SyntheticOffence.Group
    /// Index into `SyntheticOffence.all`.
    var offence: Int
    /// Minutes since 1970-01-01 00:00 (local time).
    var minute: Int
    /// Index into `World.districts`.
    var district: Int
    /// Index into `World.lsoaCodes`.
    var lsoa: Int
    var male: Bool
    var age: Int
    var alcohol: Bool
    var domestic: Bool
    var weapon: Weapon
    /// Index into `SchemaValues.assaultLocationTypes` (never `unknown`).
    var location: Int
    var key: UInt64 = 0
    var police = false
    var policeKeyed = false
    var emergencyDepartment = false
    var emergencyDepartmentKeyed = false
    var majorTrauma = false
    var majorTraumaKeyed = false

    var isHomicide: Bool { offence == Incident.murder || offence == Incident.infantMurder }

    static let murder = SyntheticOffence.index(of: "1/1")
    static let infantMurder = SyntheticOffence.index(of: "1/2")
    static let attemptedMurder = SyntheticOffence.index(of: "2")
    static let intentSeriousHarm = SyntheticOffence.index(of: "5D")
}

/// Draws hidden incidents in the world.
struct IncidentMaker {
    let world: World
    let parameters: SynthesisParameters
    /// Alcohol by night and by day, so the overall share is `alcohol_share` with
    /// daytime four tenths as likely as night-time.
    let alcoholNight: Double
    let alcoholDay: Double
    let injury = SyntheticOffence.members(of: .violenceWithInjury)
    let withoutInjury = SyntheticOffence.members(of: .violenceWithoutInjury)
    let rape = SyntheticOffence.members(of: .rape)

    static let dayToNightAlcoholRatio = 0.4

    init(world: World, parameters: SynthesisParameters) {
        self.world = world
        self.parameters = parameters
        let night = parameters.nightShare
        let ratio = IncidentMaker.dayToNightAlcoholRatio
        var atNight = parameters.alcoholShare / (night + (1 - night) * ratio)
        var byDay = atNight * ratio
        if atNight > 1 {
            // Too much alcohol for the ratio: nights all involve it, days take the rest.
            atNight = 1
            byDay = night < 1 ? (parameters.alcoholShare - night) / (1 - night) : 0
        }
        alcoholNight = atNight
        alcoholDay = min(1, max(0, byDay))
    }

    /// Weapons (none, knife, firearm, blunt object, other) by group.
    static let seriousWeapons: [Double] = [0.33, 0.45, 0.01, 0.16, 0.05]
    static let injuryWeapons: [Double] = [0.799, 0.06, 0.001, 0.10, 0.04]
    static let withoutInjuryWeapons: [Double] = [0.938, 0.02, 0.002, 0.02, 0.02]
    /// Serious violence: homicide, attempted murder, assault with intent to cause serious harm.
    static let seriousOffences: [Double] = [0.02, 0.04, 0.94]

    /// Location types (indices of `SchemaValues.assaultLocationTypes`: licensed premises,
    /// street, home, workplace, school, other).
    static let domesticLocations: [Double] = [0.02, 0.06, 0.85, 0.02, 0, 0.05]
    static let drinkingLocations: [Double] = [0.35, 0.45, 0.08, 0.03, 0.01, 0.08]
    static let soberLocations: [Double] = [0.05, 0.45, 0.15, 0.10, 0.06, 0.19]

    func make(_ group: SyntheticOffence.Group, _ random: inout SeededGenerator) -> Incident {
        let slot = world.slots.draw(&random)
        let day = world.firstDay + slot / 24
        let hour = slot % 24
        let minute = day * 1440 + hour * 60 + random.integer(below: 60)
        let night = hour >= 18 || hour < 6

        let district = world.districtTable.draw(&random)
        let model = world.districts[district]
        let lsoa = model.lsoas[model.lsoaTable.draw(&random)]

        let youngMenShare = group == .seriousViolence ? parameters.male18To36Share : parameters.otherViolenceMale18To36Share
        var male: Bool
        var age: Int
        if random.chance(youngMenShare) && model.maleYoung.total > 0 {
            male = true
            age = 18 + model.maleYoung.draw(&random)
        } else {
            let index = model.others.draw(&random)
            male = index < 91
            age = index % 91
        }
        if age == 90 { age += random.integer(below: 6) }

        let domesticShare = group == .seriousViolence
            ? (male ? parameters.domesticShareMale : parameters.domesticShareFemale)
            : (male ? parameters.otherViolenceDomesticShareMale : parameters.otherViolenceDomesticShareFemale)
        var domestic = random.chance(domesticShare)
        let alcohol = random.chance(night ? alcoholNight : alcoholDay)
        let weapons = group == .seriousViolence ? IncidentMaker.seriousWeapons
            : group == .violenceWithInjury ? IncidentMaker.injuryWeapons : IncidentMaker.withoutInjuryWeapons
        let weapon = Incident.Weapon(rawValue: random.pick(weapons)) ?? Incident.Weapon.none
        var location = random.pick(domestic ? IncidentMaker.domesticLocations
            : alcohol ? IncidentMaker.drinkingLocations : IncidentMaker.soberLocations)

        let offence: Int
        switch group {
        case .seriousViolence:
            switch random.pick(IncidentMaker.seriousOffences) {
            case 0: offence = age == 0 ? Incident.infantMurder : Incident.murder
            case 1: offence = Incident.attemptedMurder
            default: offence = Incident.intentSeriousHarm
            }
        case .violenceWithInjury:
            offence = injury.indices[random.pick(injury.shares)]
        case .violenceWithoutInjury:
            offence = withoutInjury.indices[random.pick(withoutInjury.shares)]
        case .rape:
            offence = rape.indices[random.pick(rape.shares)]
            (male, age) = Self.rapeVictim(SyntheticOffence.all[offence].code, &random)
            domestic = random.chance(parameters.rapeDomesticShare)
            location = random.pick(domestic ? IncidentMaker.domesticLocations
                : alcohol ? IncidentMaker.drinkingLocations : IncidentMaker.soberLocations)
        }
        return Incident(group: group, offence: offence, minute: minute, district: district, lsoa: lsoa, male: male,
                        age: age, alcohol: alcohol, domestic: domestic, weapon: weapon, location: location)
    }
}

extension IncidentMaker {
    /// The victim's sex and age that a rape code states: 19C to 19E are of women and
    /// girls, 19F to 19H of men and boys; C and F aged 16 and over (mostly under 30),
    /// D and G aged 13 to 15, E and H under 13.
    static func rapeVictim(_ code: String, _ random: inout SeededGenerator) -> (male: Bool, age: Int) {
        let male = code == "19F" || code == "19G" || code == "19H"
        switch code {
        case "19D", "19G": return (male, 13 + random.integer(below: 3))
        case "19E", "19H": return (male, 4 + random.integer(below: 9))
        default: return (male, min(90, 16 + Int((abs(random.normal()) * 14).rounded())))
        }
    }
}

/// Hands out unique pseudonymous linkage keys (48 random bits each).
struct KeyMaker {
    var random: SeededGenerator
    var used = Set<UInt64>()

    mutating func next() -> UInt64 {
        while true {
            let key = random.next() >> 16
            if used.insert(key).inserted { return key }
        }
    }
}
