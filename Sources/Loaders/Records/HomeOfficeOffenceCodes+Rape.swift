/// Which Home Office codes are rape.
///
/// Rape has been recorded under 19C to 19H since the Sexual Offences Act 2003 came into
/// force (1 May 2004): rape of a female aged 16 and over (19C), of a girl under 16 (19D)
/// or under 13 (19E), of a male aged 16 and over (19F), of a boy under 16 (19G) or under
/// 13 (19H). Before then it was 19A (rape of a female) and 19B (rape of a male), kept in
/// the code list as former codes because older extracts still hold them. A code that
/// replaces any of these is added to `rapeCodes`, and every analysis of rape follows.
extension HomeOfficeOffenceCodes {
    /// Every rape code, current and former, in the order of the code list.
    public static let rapeCodes: [String] = ["19A", "19B", "19C", "19D", "19E", "19F", "19G", "19H"]

    /// Whether each offence in `all` (by ordinal) is rape: looked up once per record.
    static let isRapeByOrdinal: [Bool] = {
        var flags = [Bool](repeating: false, count: all.count)
        for code in rapeCodes {
            guard let offence = offence(code: code) else { preconditionFailure("rape code \(code) is not in the code list") }
            flags[offence.ordinal] = true
        }
        return flags
    }()
}

extension HomeOfficeOffence {
    /// Whether the offence is rape (see `HomeOfficeOffenceCodes.rapeCodes`).
    public var isRape: Bool { HomeOfficeOffenceCodes.isRapeByOrdinal[ordinal] }
}
