/// The ONS offence groups that police recorded crime is published under.
public enum OffenceGroup: String, Sendable, CaseIterable, Comparable {
    case homicide = "Homicide"
    case deathOrSeriousInjuryByUnlawfulDriving = "Death or serious injury caused by unlawful driving"
    case violenceWithInjury = "Violence with injury"
    case violenceWithoutInjury = "Violence without injury"
    case stalkingAndHarassment = "Stalking and harassment"
    case sexualOffences = "Sexual offences"
    case robbery = "Robbery"
    case theftOffences = "Theft offences"
    case burglary = "Burglary"
    case vehicleOffences = "Vehicle offences"
    case criminalDamageAndArson = "Criminal damage and arson"
    case drugOffences = "Drug offences"
    case possessionOfWeaponsOffences = "Possession of weapons offences"
    case publicOrderOffences = "Public order offences"
    case miscellaneousCrimesAgainstSociety = "Miscellaneous crimes against society"

    /// The name as ONS writes it.
    public var name: String { rawValue }

    /// Whether the group is part of violence against the person.
    public var isViolenceAgainstThePerson: Bool {
        switch self {
        case .homicide, .deathOrSeriousInjuryByUnlawfulDriving, .violenceWithInjury,
             .violenceWithoutInjury, .stalkingAndHarassment: true
        default: false
        }
    }

    public static func < (lhs: OffenceGroup, rhs: OffenceGroup) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}

/// One Home Office offence classification.
///
/// A plain value of a few bytes (its position in the code list and its group), with no
/// reference to count: every police record carries one, and records are copied on
/// every core. The code and description are looked up from the position.
public struct HomeOfficeOffence: Sendable, Equatable, Hashable {
    private let index: UInt16
    public let group: OffenceGroup

    init(ordinal: Int, group: OffenceGroup) {
        index = UInt16(ordinal)
        self.group = group
    }

    /// The offence's position in `HomeOfficeOffenceCodes.all`, for tables indexed by offence.
    public var ordinal: Int { Int(index) }
    /// The code as the Home Office writes it: `5D`, `8N`, `1/1`.
    public var code: String { HomeOfficeOffenceCodes.entries[ordinal].0 }
    public var description: String { HomeOfficeOffenceCodes.entries[ordinal].1 }
}

/// Home Office offence codes: code to offence and ONS offence group.
///
/// Source: the Home Office Counting Rules for Recorded Crime (the classification pages
/// of each crime type) and the ONS police recorded crime offence list that maps each
/// classification to an offence group (Crime in England and Wales, appendix tables).
/// Codes are matched with letters in either case and surrounding spaces ignored; leading
/// zeros of the number are dropped (`05D` is `5D`).
///
/// Codes no longer used for new crimes but still met in older extracts are kept, marked
/// "(former code)", in the group their successors sit in: 5A, 8F, 8G, 8H, 8J, 19A, 19B
/// and 105.
///
/// Codes this table is less sure of (checked against memory of the counting rules, not
/// a current copy): 4/11 and 4/12 (serious injury by driving), 8U (controlling or coercive
/// behaviour), 36 (kidnapping, placed in violence without injury), 3B (threats to kill,
/// placed in violence without injury), 35 (blackmail, placed in theft offences), 81 and 90
/// (other firearms / knives offences, placed in possession of weapons), 28E to 28H, 30C,
/// 30D (the 2017 residential / business burglary codes), and the miscellaneous codes
/// 61, 61A, 79, 80, 83, 86, 95, 99 and 802. A force using a code not listed here has its
/// rows rejected as "unknown offence_code", which shows in the account; add the code here.
public enum HomeOfficeOffenceCodes {
    /// Every code, in the order of the counting rules.
    public static let all: [HomeOfficeOffence] = entries.enumerated().map { index, entry in
        HomeOfficeOffence(ordinal: index, group: entry.2)
    }

    /// Every code packed (see `pack`), to its offence's position in `all`: a code is
    /// found with a multiply and a compare or two, with no string made per row.
    private static let byPackedCode: FlatTable = {
        var table = FlatTable(capacity: all.count)
        for (index, offence) in all.enumerated() {
            var text = offence.code
            let packed = text.withUTF8 { pack(UnsafeRawBufferPointer($0)) }
            guard let packed else { preconditionFailure("offence code \(offence.code) cannot be packed") }
            guard table.value(for: packed) == nil else { preconditionFailure("offence code \(offence.code) listed twice") }
            table.set(packed, index)
        }
        return table
    }()

    /// A code's normalized bytes (trimmed, uppercase, leading zeros of the number
    /// dropped) in one whole number, big-endian so that codes sort as text; nil when the
    /// code is blank, longer than 8 bytes, or holds anything but digits, letters and `/`.
    @inline(__always)
    static func pack(_ untrimmed: UnsafeRawBufferPointer) -> UInt64? {
        // The common case, a code already as the table writes it (capitals, digits and
        // `/`, no leading zero, no spaces), is packed as it is read.
        let count = untrimmed.count
        if count >= 1, count <= 8, let base = untrimmed.baseAddress, base.load(as: UInt8.self) != ASCII.zero {
            var packed: UInt64 = 0
            var plain = true
            for index in 0..<count {
                let byte = base.load(fromByteOffset: index, as: UInt8.self)
                plain = plain && (byte &- ASCII.zero < 10 || byte &- 0x41 < 26 || byte == UInt8(ascii: "/"))
                packed = packed &<< 8 | UInt64(byte)
            }
            if plain { return packed &<< (8 &* UInt64(8 &- count)) }
        }
        return packSlowly(untrimmed)
    }

    private static func packSlowly(_ untrimmed: UnsafeRawBufferPointer) -> UInt64? {
        let bytes = trimmingSpaces(untrimmed)
        var start = 0
        let end = bytes.count
        while end - start > 1, bytes[start] == ASCII.zero, bytes[start + 1] >= ASCII.zero, bytes[start + 1] <= ASCII.nine { start += 1 }
        guard end > start, end - start <= 8 else { return nil }
        var packed: UInt64 = 0
        for i in start..<end {
            var byte = bytes[i]
            if byte >= 0x61 && byte <= 0x7A { byte -= 0x20 }
            guard (byte >= ASCII.zero && byte <= ASCII.nine) || (byte >= 0x41 && byte <= 0x5A) || byte == UInt8(ascii: "/") else { return nil }
            packed = packed << 8 | UInt64(byte)
        }
        return packed << (8 * UInt64(8 - (end - start)))
    }

    /// The offence with this code (letters in either case, spaces around ignored).
    public static func offence(code: String) -> HomeOfficeOffence? {
        var copy = code
        return copy.withUTF8 { offence(bytes: UnsafeRawBufferPointer($0)) }
    }

    /// The offence whose code is `bytes`, trimmed of spaces, letters in either case,
    /// leading zeros of the number dropped.
    public static func offence(bytes: UnsafeRawBufferPointer) -> HomeOfficeOffence? {
        guard let packed = pack(bytes), let index = byPackedCode.value(for: packed) else { return nil }
        return all[index]
    }

    private typealias G = OffenceGroup

    static let entries: [(String, String, OffenceGroup)] = [
        // Homicide
        ("1", "Murder", G.homicide),
        ("1/1", "Murder of a person aged 1 year or over", G.homicide),
        ("1/2", "Murder of a person under 1 year of age", G.homicide),
        ("4/1", "Manslaughter", G.homicide),
        ("4/2", "Infanticide", G.homicide),
        ("4/10", "Corporate manslaughter", G.homicide),

        // Death or serious injury caused by unlawful driving
        ("4/4", "Causing death by dangerous driving", G.deathOrSeriousInjuryByUnlawfulDriving),
        ("4/6", "Causing death by careless driving when under the influence of drink or drugs", G.deathOrSeriousInjuryByUnlawfulDriving),
        ("4/8", "Causing death by careless or inconsiderate driving", G.deathOrSeriousInjuryByUnlawfulDriving),
        ("4/9", "Causing death by driving: unlicensed, disqualified or uninsured drivers", G.deathOrSeriousInjuryByUnlawfulDriving),
        ("4/11", "Causing serious injury by dangerous driving", G.deathOrSeriousInjuryByUnlawfulDriving),
        ("4/12", "Causing serious injury by careless or inconsiderate driving", G.deathOrSeriousInjuryByUnlawfulDriving),
        ("37/1", "Causing death by aggravated vehicle taking", G.deathOrSeriousInjuryByUnlawfulDriving),

        // Violence with injury
        ("2", "Attempted murder", G.violenceWithInjury),
        ("4/3", "Intentional destruction of a viable unborn child", G.violenceWithInjury),
        ("4/7", "Causing or allowing death or serious physical harm of a child or vulnerable person", G.violenceWithInjury),
        ("5A", "Wounding or carrying out an act endangering life (former code)", G.violenceWithInjury),
        ("5D", "Assault with intent to cause serious harm (wounding or GBH with intent, s18)", G.violenceWithInjury),
        ("5E", "Endangering life", G.violenceWithInjury),
        ("8F", "Inflicting grievous bodily harm without intent (former code)", G.violenceWithInjury),
        ("8G", "Actual bodily harm and other injury (former code)", G.violenceWithInjury),
        ("8H", "Racially or religiously aggravated inflicting grievous bodily harm without intent (former code)", G.violenceWithInjury),
        ("8J", "Racially or religiously aggravated actual bodily harm and other injury (former code)", G.violenceWithInjury),
        ("8K", "Poisoning or female genital mutilation", G.violenceWithInjury),
        ("8N", "Assault with injury", G.violenceWithInjury),
        ("8P", "Racially or religiously aggravated assault with injury", G.violenceWithInjury),
        ("8S", "Assault with injury on a constable", G.violenceWithInjury),
        ("8T", "Assault with injury on an emergency worker (other than a constable)", G.violenceWithInjury),

        // Violence without injury
        ("3A", "Conspiracy to murder", G.violenceWithoutInjury),
        ("3B", "Threats to kill", G.violenceWithoutInjury),
        ("11", "Cruelty to children or young persons", G.violenceWithoutInjury),
        ("12", "Abandoning a child under the age of two years", G.violenceWithoutInjury),
        ("13", "Child abduction", G.violenceWithoutInjury),
        ("14", "Procuring illegal abortion", G.violenceWithoutInjury),
        ("36", "Kidnapping", G.violenceWithoutInjury),
        ("104", "Assault without injury on a constable", G.violenceWithoutInjury),
        ("105", "Common assault (former code)", G.violenceWithoutInjury),
        ("105A", "Assault without injury", G.violenceWithoutInjury),
        ("105B", "Racially or religiously aggravated assault without injury", G.violenceWithoutInjury),
        ("106", "Modern slavery", G.violenceWithoutInjury),

        // Stalking and harassment
        ("8L", "Harassment", G.stalkingAndHarassment),
        ("8M", "Racially or religiously aggravated harassment", G.stalkingAndHarassment),
        ("8Q", "Stalking", G.stalkingAndHarassment),
        ("8R", "Malicious communications", G.stalkingAndHarassment),
        ("8U", "Controlling or coercive behaviour", G.stalkingAndHarassment),

        // Sexual offences
        ("17A", "Sexual assault on a male aged 13 and over", G.sexualOffences),
        ("17B", "Sexual assault on a male child under 13", G.sexualOffences),
        ("19A", "Rape of a female (former code)", G.sexualOffences),
        ("19B", "Rape of a male (former code)", G.sexualOffences),
        ("19C", "Rape of a female aged 16 and over", G.sexualOffences),
        ("19D", "Rape of a female child under 16", G.sexualOffences),
        ("19E", "Rape of a female child under 13", G.sexualOffences),
        ("19F", "Rape of a male aged 16 and over", G.sexualOffences),
        ("19G", "Rape of a male child under 16", G.sexualOffences),
        ("19H", "Rape of a male child under 13", G.sexualOffences),
        ("20A", "Sexual assault on a female aged 13 and over", G.sexualOffences),
        ("20B", "Sexual assault on a female child under 13", G.sexualOffences),
        ("21", "Sexual activity involving a child under 13", G.sexualOffences),
        ("22A", "Causing sexual activity without consent", G.sexualOffences),
        ("22B", "Sexual activity involving a child under 16", G.sexualOffences),
        ("23", "Incest or familial sexual offences", G.sexualOffences),
        ("70", "Sexual activity etc. with a person with a mental disorder", G.sexualOffences),
        ("71", "Abuse of children through sexual exploitation", G.sexualOffences),
        ("72", "Trafficking for sexual exploitation", G.sexualOffences),
        ("73", "Abuse of position of trust of a sexual nature", G.sexualOffences),
        ("74", "Gross indecency with a child", G.sexualOffences),
        ("88A", "Sexual grooming", G.sexualOffences),
        ("88C", "Other miscellaneous sexual offences", G.sexualOffences),
        ("88D", "Unnatural sexual offences", G.sexualOffences),
        ("88E", "Exposure and voyeurism", G.sexualOffences),

        // Robbery
        ("34A", "Robbery of business property", G.robbery),
        ("34B", "Robbery of personal property", G.robbery),

        // Theft offences
        ("35", "Blackmail", G.theftOffences),
        ("39", "Theft from the person", G.theftOffences),
        ("40", "Theft in a dwelling other than from an automatic machine or meter", G.theftOffences),
        ("41", "Theft by an employee", G.theftOffences),
        ("42", "Theft of mail", G.theftOffences),
        ("43", "Dishonest use of electricity", G.theftOffences),
        ("44", "Theft or unauthorised taking of a pedal cycle", G.theftOffences),
        ("46", "Shoplifting", G.theftOffences),
        ("47", "Theft from an automatic machine or meter", G.theftOffences),
        ("49", "Other theft", G.theftOffences),

        // Burglary
        ("28E", "Burglary - residential", G.burglary),
        ("28F", "Attempted burglary - residential", G.burglary),
        ("28G", "Distraction burglary - residential", G.burglary),
        ("28H", "Attempted distraction burglary - residential", G.burglary),
        ("29", "Aggravated burglary - residential", G.burglary),
        ("30C", "Burglary - business and community", G.burglary),
        ("30D", "Attempted burglary - business and community", G.burglary),
        ("31", "Aggravated burglary - business and community", G.burglary),

        // Vehicle offences
        ("37/2", "Aggravated vehicle taking", G.vehicleOffences),
        ("45", "Theft from a vehicle", G.vehicleOffences),
        ("48", "Theft or unauthorised taking of a motor vehicle", G.vehicleOffences),
        ("126", "Interfering with a motor vehicle", G.vehicleOffences),

        // Criminal damage and arson
        ("56A", "Arson endangering life", G.criminalDamageAndArson),
        ("56B", "Arson not endangering life", G.criminalDamageAndArson),
        ("58A", "Criminal damage to a dwelling", G.criminalDamageAndArson),
        ("58B", "Criminal damage to a building other than a dwelling", G.criminalDamageAndArson),
        ("58C", "Criminal damage to a vehicle", G.criminalDamageAndArson),
        ("58D", "Other criminal damage", G.criminalDamageAndArson),
        ("58E", "Racially or religiously aggravated criminal damage to a dwelling", G.criminalDamageAndArson),
        ("58F", "Racially or religiously aggravated criminal damage to a building other than a dwelling", G.criminalDamageAndArson),
        ("58G", "Racially or religiously aggravated criminal damage to a vehicle", G.criminalDamageAndArson),
        ("58H", "Racially or religiously aggravated other criminal damage", G.criminalDamageAndArson),

        // Drug offences
        ("92A", "Trafficking in controlled drugs", G.drugOffences),
        ("92C", "Other drug offences", G.drugOffences),
        ("92D", "Possession of controlled drugs (excluding cannabis)", G.drugOffences),
        ("92E", "Possession of cannabis", G.drugOffences),

        // Possession of weapons offences
        ("10A", "Possession of firearms with intent", G.possessionOfWeaponsOffences),
        ("10B", "Possession of firearms offences", G.possessionOfWeaponsOffences),
        ("10C", "Possession of other weapons", G.possessionOfWeaponsOffences),
        ("10D", "Possession of article with blade or point", G.possessionOfWeaponsOffences),
        ("81", "Other firearms offences", G.possessionOfWeaponsOffences),
        ("90", "Other knives offences", G.possessionOfWeaponsOffences),

        // Public order offences
        ("9A", "Public fear, alarm or distress", G.publicOrderOffences),
        ("9B", "Racially or religiously aggravated public fear, alarm or distress", G.publicOrderOffences),
        ("62A", "Violent disorder", G.publicOrderOffences),
        ("66", "Other offences against the State or public order", G.publicOrderOffences),

        // Miscellaneous crimes against society
        ("24", "Exploitation of prostitution", G.miscellaneousCrimesAgainstSociety),
        ("26", "Bigamy", G.miscellaneousCrimesAgainstSociety),
        ("27", "Soliciting for the purpose of prostitution", G.miscellaneousCrimesAgainstSociety),
        ("33", "Going equipped for stealing, etc.", G.miscellaneousCrimesAgainstSociety),
        ("54", "Handling stolen goods", G.miscellaneousCrimesAgainstSociety),
        ("58J", "Threat or possession with intent to commit criminal damage", G.miscellaneousCrimesAgainstSociety),
        ("61", "Other forgery", G.miscellaneousCrimesAgainstSociety),
        ("61A", "Possession of false documents", G.miscellaneousCrimesAgainstSociety),
        ("67", "Perjury", G.miscellaneousCrimesAgainstSociety),
        ("76", "Aiding suicide", G.miscellaneousCrimesAgainstSociety),
        ("79", "Perverting the course of justice", G.miscellaneousCrimesAgainstSociety),
        ("80", "Absconding from lawful custody", G.miscellaneousCrimesAgainstSociety),
        ("83", "Bail offences", G.miscellaneousCrimesAgainstSociety),
        ("86", "Obscene publications, etc.", G.miscellaneousCrimesAgainstSociety),
        ("95", "Disclosure, obstruction, false or misleading statements, etc.", G.miscellaneousCrimesAgainstSociety),
        ("99", "Other notifiable offences", G.miscellaneousCrimesAgainstSociety),
        ("802", "Dangerous driving", G.miscellaneousCrimesAgainstSociety),
    ]
}
