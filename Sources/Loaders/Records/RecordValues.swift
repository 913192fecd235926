/// Coded values shared by the record loaders.
///
/// Every coded field is read with surrounding spaces ignored and letters in either case
/// (`y`, ` Knife `). Besides the codes listed on each type, the labels of the source
/// standard (`CodeLabels.swift`) and the configuration's `code_lists:` are accepted; any
/// other value is read as unknown and listed as unmapped.

/// A field whose values are a short list of codes.
protocol RecordCode: Sendable {
    /// Each value with its code.
    static var codeTable: CodeTable<Self> { get }
    /// Each value with its code and the labels of the source standard, normalized
    /// (see `CodeLabels`).
    static var labelTable: CodeTable<Self> { get }
}

extension RecordCode {
    /// The value whose code matches `bytes` (already trimmed), letters in either case.
    @inline(__always)
    static func match(_ bytes: UnsafeRawBufferPointer) -> Self? {
        codeTable.match(bytes)
    }

    static func table(_ pairs: [(Self, String)]) -> CodeTable<Self> {
        CodeTable(pairs)
    }
}

/// Codes of up to 24 bytes, each held lowercase in three words, so that a field is
/// matched by comparing words (a few instructions a code) rather than byte by byte.
struct CodeTable<Value: Sendable>: Sendable {
    private struct Entry: Sendable {
        var value: Value
        var length: Int
        var words: (UInt64, UInt64, UInt64)
    }

    private let entries: [Entry]
    /// Each value with its code, as given.
    let pairs: [(Value, String)]

    init(_ pairs: [(Value, String)]) {
        self.pairs = pairs
        entries = pairs.map { value, code in
            let bytes = Array(code.lowercased().utf8)
            precondition(!bytes.isEmpty && bytes.count <= 24, "a code is 1 to 24 bytes")
            let words = bytes.withUnsafeBytes(CodeTable.words)
            return Entry(value: value, length: bytes.count, words: words)
        }
    }

    /// The bytes (at most 24) in three little-endian words, zero-padded, ASCII letters
    /// made lowercase (other bytes are left as they are).
    @inline(__always)
    static func words(_ bytes: UnsafeRawBufferPointer) -> (UInt64, UInt64, UInt64) {
        var buffer: (UInt64, UInt64, UInt64) = (0, 0, 0)
        withUnsafeMutableBytes(of: &buffer) { target in
            for index in 0..<min(bytes.count, 24) {
                target[index] = lowercaseASCII(bytes[index])
            }
        }
        return (UInt64(littleEndian: buffer.0), UInt64(littleEndian: buffer.1), UInt64(littleEndian: buffer.2))
    }

    /// The value whose code matches `bytes`, letters in either case.
    @inline(__always)
    func match(_ bytes: UnsafeRawBufferPointer) -> Value? {
        guard bytes.count > 0, bytes.count <= 24 else { return nil }
        let words = CodeTable.words(bytes)
        for entry in entries where entry.length == bytes.count
            && entry.words.0 == words.0 && entry.words.1 == words.1 && entry.words.2 == words.2 {
            return entry.value
        }
        return nil
    }
}

@inline(__always)
func lowercaseASCII(_ byte: UInt8) -> UInt8 {
    byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
}

/// A person's sex as recorded: `M`, `F`, `U` (unknown); a blank field is also unknown.
public enum RecordedSex: String, Sendable, CaseIterable, RecordCode {
    case male = "M"
    case female = "F"
    case unknown = "U"

    static let codeTable = table(allCases.map { ($0, $0.rawValue) })
}

/// The weapon a police record notes: `none`, `knife`, `firearm`, `other`; blank is unknown.
///
/// `knife` covers knives and other bladed or pointed articles; `other` any other weapon
/// (a blunt instrument, a bottle, a corrosive substance).
public enum PoliceWeapon: String, Sendable, CaseIterable, RecordCode {
    case none
    case knife
    case firearm
    case other
    /// The field was blank.
    case unknown

    static let codeTable = table([(.none, "none"), (.knife, "knife"), (.firearm, "firearm"), (.other, "other")])
}

/// The primary means of assault an emergency department records (`ASSAULT_METHOD`).
///
/// ISB 1594 (Information Sharing to Tackle Violence) asks for the primary means of
/// assault, "weapon or body part used", but gives no code list: departments record it
/// as text. These codes are this tool's own, chosen so that knife and firearm injuries
/// can be told apart; the labels trusts export (`Body part`, `Blunt object`, ...) are
/// read as them (`CodeLabels.swift`), and other local values can be mapped under
/// `code_lists:` in the configuration:
///
/// | code | meaning |
/// |---|---|
/// | `body_part` | punch, kick, head-butt, bite, strangulation: no weapon |
/// | `knife` | a knife or other bladed article |
/// | `sharp_object` | another sharp or pointed object: broken glass or bottle, screwdriver, syringe |
/// | `blunt_object` | a bat, club, bar, unbroken bottle, thrown object |
/// | `firearm` | a firearm, including air weapons |
/// | `other` | any other means (vehicle, corrosive substance, burning); see `ASSAULT_METHOD_OTHER_DESCRIPTION` |
/// | `unknown` | not known; a blank field is read as `unknown` |
public enum AssaultMethod: String, Sendable, CaseIterable, RecordCode {
    case bodyPart = "body_part"
    case knife
    case sharpObject = "sharp_object"
    case bluntObject = "blunt_object"
    case firearm
    case other
    case unknown

    static let codeTable = table(allCases.map { ($0, $0.rawValue) })
}

/// The kind of place an assault happened, as an emergency department records it
/// (`ASSAULT_LOCATION_TYPE`).
///
/// ISB 1594 asks for the specific location as text; these codes are this tool's own
/// grouping of it:
///
/// | code | meaning |
/// |---|---|
/// | `licensed_premises` | a pub, bar, club or other licensed premises, including its doorway |
/// | `street` | a street or other public place: park, car park, shopping centre, public transport |
/// | `home` | a dwelling: the patient's home or another's |
/// | `workplace` | the patient's place of work |
/// | `school` | a school, college or other place of education |
/// | `other` | any other place; see `ASSAULT_LOCATION_DESCRIPTION` |
/// | `unknown` | not known; a blank field is read as `unknown` |
public enum AssaultLocationType: String, Sendable, CaseIterable, RecordCode {
    case licensedPremises = "licensed_premises"
    case street
    case home
    case workplace
    case school
    case other
    case unknown

    static let codeTable = table(allCases.map { ($0, $0.rawValue) })
}

/// The intent behind an injury in a trauma registry extract: `assault`, `self_harm`,
/// `accident`, `unknown`; a blank field is read as `unknown`.
public enum InjuryIntent: String, Sendable, CaseIterable, RecordCode {
    case assault
    case selfHarm = "self_harm"
    case accident
    case unknown

    static let codeTable = table(allCases.map { ($0, $0.rawValue) })
}

/// The mechanism of injury in a trauma registry extract; a blank field is `unknown`.
///
/// | code | meaning |
/// |---|---|
/// | `stab` | stabbed or cut by a knife or other sharp or pointed object |
/// | `blow` | blow(s) from a blunt object or a body part: punch, kick, stamp |
/// | `shooting` | shot by a firearm, including air weapons |
/// | `fall` | a fall, from height or standing |
/// | `vehicle` | a road traffic collision, or struck by a vehicle |
/// | `other` | any other mechanism: burn, blast, crush |
/// | `unknown` | not known |
public enum InjuryMechanism: String, Sendable, CaseIterable, RecordCode {
    case stab
    case blow
    case shooting
    case fall
    case vehicle
    case other
    case unknown

    static let codeTable = table(allCases.map { ($0, $0.rawValue) })
}

/// Whether the patient was alive 30 days after arrival: `alive`, `dead`, `unknown`;
/// a blank field is read as `unknown`.
public enum ThirtyDayOutcome: String, Sendable, CaseIterable, RecordCode {
    case alive
    case dead
    case unknown

    static let codeTable = table(allCases.map { ($0, $0.rawValue) })
}

/// Where a loaded record lies in the force area.
///
/// Rows whose LSOA is not in the lookup, or lies outside the force, are excluded, not
/// loaded, so a loaded record is either placed in one of the force's LSOAs or has none.
public enum RecordPlacement: Sendable, Equatable {
    /// An index into `Geography.lsoas`, and its district's index into `Geography.districts`.
    case lsoa(Int, district: Int)
    /// The row gave no LSOA: it counts in force totals only.
    case noLSOA

    public var lsoaIndex: Int? {
        if case .lsoa(let index, _) = self { return index }
        return nil
    }

    public var districtIndex: Int? {
        if case .lsoa(_, let district) = self { return district }
        return nil
    }
}
