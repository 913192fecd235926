/// The labels of the source standards that each coded field accepts beside sna's own
/// codes, and how a written value is compared with them.
///
/// A value is compared without regard to case, spaces, hyphens, underscores and a
/// trailing bracketed example, so that `Body part (e.g. fist, foot)`, `BODY-PART` and
/// `body_part` are one value (see `CodeLabels.normalized`).

/// Comparing written values with codes and labels.
public enum CodeLabels {
    /// The value as compared: ASCII letters lowercase, spaces, tabs, hyphens and
    /// underscores removed, and a trailing bracketed part (`(e.g. fist, foot)`) dropped.
    public static func normalized(_ text: String) -> String {
        Array(text.utf8).withUnsafeBytes { bytes in
            String(decoding: normalizedBytes(bytes), as: UTF8.self)
        }
    }

    static func normalizedBytes(_ bytes: UnsafeRawBufferPointer) -> [UInt8] {
        var end = bytes.count
        while end > 0, isIgnored(bytes[end - 1]) { end -= 1 }
        if end > 0, bytes[end - 1] == UInt8(ascii: ")") {
            var open = end - 1
            while open > 0, bytes[open] != UInt8(ascii: "(") { open -= 1 }
            // A value that is all bracket (`(none)`) is kept whole.
            if bytes[open] == UInt8(ascii: "("), bytes[..<open].contains(where: { !isIgnored($0) }) { end = open }
        }
        var result: [UInt8] = []
        result.reserveCapacity(end)
        for index in 0..<end where !isIgnored(bytes[index]) {
            result.append(lowercaseASCII(bytes[index]))
        }
        return result
    }

    @inline(__always)
    private static func isIgnored(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
    }
}

extension RecordCode {
    /// The value whose code or standard label matches `bytes` once both are normalized.
    static func matchLabel(_ bytes: UnsafeRawBufferPointer) -> Self? {
        let normalized = CodeLabels.normalizedBytes(bytes)
        return normalized.withUnsafeBytes { labelTable.match($0) }
    }

    /// sna's codes and the standard's labels, each normalized, in one table.
    static func labels(_ pairs: [(Self, String)]) -> CodeTable<Self> {
        let codes = codeTable.pairs
        return CodeTable((codes + pairs).map { ($0.0, CodeLabels.normalized($0.1)) })
    }
}

extension RecordedSex {
    /// The NHS Data Dictionary's person stated gender codes (`1` male, `2` female, `9`
    /// indeterminate, `0` or `X` not known) and the words.
    static let labelTable = labels([
        (.male, "1"), (.male, "male"), (.female, "2"), (.female, "female"),
        (.unknown, "9"), (.unknown, "0"), (.unknown, "x"), (.unknown, "unknown"), (.unknown, "not known"),
        (.unknown, "not specified"), (.unknown, "indeterminate"), (.unknown, "not stated"),
    ])
}

/// A yes-or-no field: `Y`, `N`, or the words and digits extracts write for them.
enum RecordedFlag: Sendable, CaseIterable, RecordCode {
    case yes
    case no

    static let codeTable = table([(.yes, "y"), (.no, "n")])
    static let labelTable = labels([
        (.yes, "yes"), (.yes, "1"), (.yes, "true"), (.no, "no"), (.no, "0"), (.no, "false"),
    ])
}

extension PoliceWeapon {
    static let labelTable = labels([
        (.none, "no weapon"), (.none, "no"), (.knife, "knife or sharp instrument"), (.knife, "knife or bladed article"),
        (.knife, "bladed article"), (.knife, "knife or sharp object"), (.firearm, "gun"), (.firearm, "firearms"),
        (.other, "other weapon"),
    ])
}

extension AssaultMethod {
    /// ISB 1594 / ECDS wording of the primary means of assault.
    static let labelTable = labels([
        (.bodyPart, "body part"), (.bodyPart, "bodily force"), (.bodyPart, "hit kick punch"),
        (.knife, "knife or blade"), (.knife, "bladed article"),
        (.sharpObject, "sharp object"), (.sharpObject, "other sharp object"),
        (.bluntObject, "blunt object"), (.bluntObject, "blunt instrument"),
        (.firearm, "gun"), (.firearm, "firearms"),
        (.unknown, "not known"), (.unknown, "not recorded"),
    ])
}

extension AssaultLocationType {
    /// ISB 1594 / ECDS wording of the place of the assault.
    static let labelTable = labels([
        (.licensedPremises, "licensed premises"), (.licensedPremises, "pub"), (.licensedPremises, "pub or club"),
        (.licensedPremises, "bar or nightclub"), (.street, "street"), (.street, "public place"),
        (.street, "street or public place"), (.home, "home"), (.home, "dwelling"), (.home, "private dwelling"),
        (.workplace, "work"), (.workplace, "work place"), (.school, "school"), (.school, "educational establishment"),
        (.school, "school or college"), (.unknown, "not known"), (.unknown, "not recorded"),
    ])
}

extension InjuryIntent {
    /// Trauma registry (TARN) wording of intent.
    static let labelTable = labels([
        (.assault, "assault"), (.assault, "alleged assault"), (.selfHarm, "self harm"), (.selfHarm, "deliberate self harm"),
        (.selfHarm, "self inflicted"), (.accident, "accidental"), (.accident, "unintentional"),
        (.unknown, "not known"), (.unknown, "undetermined"),
    ])
}

extension InjuryMechanism {
    /// Trauma registry (TARN) wording of the mechanism of injury.
    static let labelTable = labels([
        (.stab, "stabbing"), (.stab, "stab wound"), (.blow, "blow"), (.blow, "blows"), (.blow, "blow(s)"),
        (.shooting, "gunshot"), (.shooting, "shot"), (.fall, "fall less than 2m"), (.fall, "fall more than 2m"),
        (.fall, "fall from height"), (.vehicle, "road traffic collision"), (.vehicle, "rtc"), (.vehicle, "vehicle incident"),
        (.other, "burn"), (.other, "blast"), (.other, "crush"), (.unknown, "not known"),
    ])
}

extension ThirtyDayOutcome {
    static let labelTable = labels([
        (.alive, "survived"), (.alive, "alive at 30 days"), (.dead, "died"), (.dead, "deceased"), (.unknown, "not known"),
    ])
}

/// A partnership's own values of coded fields mapped to sna's codes, by field (as the
/// schema names it, in any case): the configuration's `code_lists:` for one input.
public typealias LocalCodeLists = [String: [String: String]]

/// The coded fields of each record-level input, and the codes each accepts: what a
/// `code_lists:` entry may name and map to.
public enum CodedFields {
    /// Each coded field of `kind` (as its schema names it) with sna's codes, in column
    /// order; empty for an input with no coded fields.
    public static func fields(of kind: InputKind) -> [(field: String, codes: [String])] {
        let sex = RecordedSex.allCases.map(\.rawValue)
        let flag = ["Y", "N"]
        switch kind {
        case .policeRecords:
            return [("domestic_abuse", flag), ("alcohol_related", flag),
                    ("weapon", PoliceWeapon.allCases.filter { $0 != .unknown }.map(\.rawValue)),
                    ("victim_sex", sex), ("suspect_sex", sex)]
        case .emergencyDepartment:
            return [("ASSAULT_METHOD", AssaultMethod.allCases.map(\.rawValue)),
                    ("ASSAULT_LOCATION_TYPE", AssaultLocationType.allCases.map(\.rawValue)),
                    ("SEX", sex), ("ALCOHOL_INVOLVED", flag)]
        case .majorTrauma:
            return [("sex", sex), ("intent", InjuryIntent.allCases.map(\.rawValue)),
                    ("mechanism", InjuryMechanism.allCases.map(\.rawValue)),
                    ("outcome_30_day", ThirtyDayOutcome.allCases.map(\.rawValue))]
        case .policeStreet, .population, .lsoaLookup, .areaLookup, .comparators, .lsoaCentroids, .boundaries:
            return []
        }
    }
}
