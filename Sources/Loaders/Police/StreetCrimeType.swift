#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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

    /// The name as police.uk writes it, as bytes for matching.
    var staticName: StaticString {
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

    /// Matches the bytes of a field exactly, without making a string.
    ///
    /// Called for every police.uk row: the length and first byte (and, for the two
    /// "Other ..." types, the seventh) pick the only candidate, and one comparison
    /// confirms it, instead of trying the fourteen names in turn.
    @inline(__always)
    public static func match(_ bytes: UnsafeRawBufferPointer) -> StreetCrimeType? {
        guard bytes.count >= 5, let base = bytes.baseAddress else { return nil }
        let first = bytes[0]
        let candidate: StreetCrimeType
        switch (bytes.count, first) {
        case (21, 0x41): candidate = .antiSocialBehaviour     // A
        case (13, 0x42): candidate = .bicycleTheft            // B
        case (8, 0x42): candidate = .burglary                 // B
        case (25, 0x43): candidate = .criminalDamageAndArson  // C
        case (5, 0x44): candidate = .drugs                    // D
        case (11, 0x4F): candidate = bytes[6] == 0x63 ? .otherCrime : .otherTheft  // O, then c or t
        case (21, 0x50): candidate = .possessionOfWeapons     // P
        case (12, 0x50): candidate = .publicOrder             // P
        case (7, 0x52): candidate = .robbery                  // R
        case (11, 0x53): candidate = .shoplifting             // S
        case (21, 0x54): candidate = .theftFromThePerson      // T
        case (13, 0x56): candidate = .vehicleCrime            // V
        case (28, 0x56): candidate = .violenceAndSexualOffences  // V
        default: return nil
        }
        let name = candidate.staticName
        guard name.utf8CodeUnitCount == bytes.count else { return nil }
        return memcmp(base, name.utf8Start, bytes.count) == 0 ? candidate : nil
    }
}
