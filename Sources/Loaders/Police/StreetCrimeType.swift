/// The crime types police.uk publishes in its street files.
public enum StreetCrimeType: UInt8, CaseIterable, Sendable, Comparable, Codable {
    case antiSocialBehaviour
    case bicycleTheft
    case burglary
    case criminalDamageAndArson
    case drugs
    case otherCrime
    case otherTheft
    case possessionOfWeapons
    case publicOrder
    case robbery
    case shoplifting
    case theftFromThePerson
    case vehicleCrime
    case violenceAndSexualOffences

    /// The name as police.uk writes it.
    public var name: String {
        switch self {
        case .antiSocialBehaviour: "Anti-social behaviour"
        case .bicycleTheft: "Bicycle theft"
        case .burglary: "Burglary"
        case .criminalDamageAndArson: "Criminal damage and arson"
        case .drugs: "Drugs"
        case .otherCrime: "Other crime"
        case .otherTheft: "Other theft"
        case .possessionOfWeapons: "Possession of weapons"
        case .publicOrder: "Public order"
        case .robbery: "Robbery"
        case .shoplifting: "Shoplifting"
        case .theftFromThePerson: "Theft from the person"
        case .vehicleCrime: "Vehicle crime"
        case .violenceAndSexualOffences: "Violence and sexual offences"
        }
    }

    /// Whether police.uk counts it as a crime (anti-social behaviour is an incident, not a crime).
    public var isCrime: Bool { self != .antiSocialBehaviour }

    public static func < (lhs: StreetCrimeType, rhs: StreetCrimeType) -> Bool { lhs.rawValue < rhs.rawValue }

    private static let names: [(type: StreetCrimeType, bytes: [UInt8])] = allCases.map { ($0, Array($0.name.utf8)) }

    /// Matches the bytes of a field exactly, without making a string.
    @inline(__always)
    public static func match(_ bytes: UnsafeRawBufferPointer) -> StreetCrimeType? {
        for entry in names where entry.bytes.count == bytes.count {
            if entry.bytes.withUnsafeBytes({ $0.elementsEqual(bytes) }) { return entry.type }
        }
        return nil
    }
}
