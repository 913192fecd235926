/// The Home Office offence codes the synthetic police records use, with their share
/// within each group.
///
/// | Code | Description | Group | Share in group |
/// |------|-------------|-------|----------------|
/// | 1/1  | Murder of persons aged 1 year or over | serious violence | 0.02 homicide, split by age |
/// | 1/2  | Murder of persons under 1 year of age | serious violence | (homicides of victims aged 0) |
/// | 2    | Attempted murder | serious violence | 0.04 |
/// | 5D   | Assault with intent to cause serious harm (s18 wounding/GBH with intent) | serious violence | 0.94 |
/// | 8N   | Assault with injury (s47 ABH and s20 GBH without intent) | violence with injury | 0.945 |
/// | 8P   | Racially or religiously aggravated assault with injury | violence with injury | 0.03 |
/// | 5E   | Endangering life | violence with injury | 0.025 |
/// | 105A | Assault without injury (common assault and battery) | violence without injury | 0.60 |
/// | 105B | Racially or religiously aggravated assault without injury | violence without injury | 0.03 |
/// | 104  | Assault without injury on a constable | violence without injury | 0.06 |
/// | 3B   | Threats to kill | violence without injury | 0.04 |
/// | 8L   | Harassment | violence without injury | 0.25 |
/// | 8M   | Racially or religiously aggravated harassment | violence without injury | 0.02 |
/// | 19C  | Rape of a female aged 16 and over | rape | 0.65 |
/// | 19D  | Rape of a female child under 16 | rape | 0.12 |
/// | 19E  | Rape of a female child under 13 | rape | 0.09 |
/// | 19F  | Rape of a male aged 16 and over | rape | 0.05 |
/// | 19G  | Rape of a male child under 16 | rape | 0.03 |
/// | 19H  | Rape of a male child under 13 | rape | 0.06 |
///
/// "Violence with injury" here follows the ONS grouping in that the serious violence
/// codes are part of it: `violence_with_injury_per_year` counts 1/1, 1/2, 2, 5D, 8N, 8P
/// and 5E together. (5E is endangering life, not s20 wounding: since 2012 s20 GBH
/// without intent is recorded under 8N.) Harassment (8L, 8M) is in the ONS "stalking
/// and harassment" group; it is put with violence without injury because, like it, no
/// emergency department sees it.
///
/// The rape shares are close to the split of police-recorded rape in England and Wales
/// in the year ending March 2020 (ONS, Crime in England and Wales, appendix table A4:
/// about two thirds of rapes were of women aged 16 and over), rounded; the victim's sex
/// and age follow the code. Rape is police-only: no emergency department or trauma
/// registry record is made from it.
public struct SyntheticOffence: Sendable, Equatable {
    public enum Group: String, Sendable, Equatable {
        case seriousViolence = "serious_violence"
        case violenceWithInjury = "violence_with_injury"
        case violenceWithoutInjury = "violence_without_injury"
        case rape
    }

    public let code: String
    public let description: String
    public let group: Group
    /// The share of the group's records with this code (homicide is split between 1/1
    /// and 1/2 by the victim's age).
    public let share: Double

    public static let all: [SyntheticOffence] = [
        SyntheticOffence(code: "1/1", description: "Murder of persons aged 1 year or over", group: .seriousViolence, share: 0.02),
        SyntheticOffence(code: "1/2", description: "Murder of persons under 1 year of age", group: .seriousViolence, share: 0),
        SyntheticOffence(code: "2", description: "Attempted murder", group: .seriousViolence, share: 0.04),
        SyntheticOffence(code: "5D", description: "Assault with intent to cause serious harm", group: .seriousViolence, share: 0.94),
        SyntheticOffence(code: "8N", description: "Assault with injury", group: .violenceWithInjury, share: 0.945),
        SyntheticOffence(code: "8P", description: "Racially or religiously aggravated assault with injury", group: .violenceWithInjury, share: 0.03),
        SyntheticOffence(code: "5E", description: "Endangering life", group: .violenceWithInjury, share: 0.025),
        SyntheticOffence(code: "105A", description: "Assault without injury", group: .violenceWithoutInjury, share: 0.60),
        SyntheticOffence(code: "105B", description: "Racially or religiously aggravated assault without injury", group: .violenceWithoutInjury, share: 0.03),
        SyntheticOffence(code: "104", description: "Assault without injury on a constable", group: .violenceWithoutInjury, share: 0.06),
        SyntheticOffence(code: "3B", description: "Threats to kill", group: .violenceWithoutInjury, share: 0.04),
        SyntheticOffence(code: "8L", description: "Harassment", group: .violenceWithoutInjury, share: 0.25),
        SyntheticOffence(code: "8M", description: "Racially or religiously aggravated harassment", group: .violenceWithoutInjury, share: 0.02),
        SyntheticOffence(code: "19C", description: "Rape of a female aged 16 and over", group: .rape, share: 0.65),
        SyntheticOffence(code: "19D", description: "Rape of a female child under 16", group: .rape, share: 0.12),
        SyntheticOffence(code: "19E", description: "Rape of a female child under 13", group: .rape, share: 0.09),
        SyntheticOffence(code: "19F", description: "Rape of a male aged 16 and over", group: .rape, share: 0.05),
        SyntheticOffence(code: "19G", description: "Rape of a male child under 16", group: .rape, share: 0.03),
        SyntheticOffence(code: "19H", description: "Rape of a male child under 13", group: .rape, share: 0.06),
    ]

    static func index(of code: String) -> Int {
        all.firstIndex { $0.code == code }!
    }

    /// Indices into `all` and shares of one group, for drawing.
    static func members(of group: Group) -> (indices: [Int], shares: [Double]) {
        let indices = all.indices.filter { all[$0].group == group }
        return (indices, indices.map { all[$0].share })
    }
}
