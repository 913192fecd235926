/// The names the report gives the codes its tables keep for machines: a share's measure
/// and group, a field of the police records. The CSV files and `findings.json` keep the
/// codes (`alcohol_related`, `E06000026`); the report's tables and sentences show these
/// names, so a reader never meets a field name or an area code.
public enum PlainNames {
    /// A share's measure: `alcohol_related` → "Alcohol-related".
    public static func measure(_ code: String) -> String {
        switch code {
        case "alcohol_related": "Alcohol-related"
        case "domestic_abuse": "Domestic abuse"
        case "night_18_to_06": "At night (18:00 to 06:00)"
        case "male_18_to_36": "Male victims aged 18 to 36"
        case "under_25": "Victims under 25"
        case "male": "Male victims"
        case "weekend_night": "Friday and Saturday nights"
        default: fallback(code)
        }
    }

    /// A share's group: `all`, a sex, night or day, or an area's code, named from `areas`
    /// (code → name).
    public static func group(_ code: String, areas: [String: String] = [:]) -> String {
        switch code {
        case "all": "All"
        case "female": "Female victims"
        case "male": "Male victims"
        case "night": "Night (18:00 to 06:00)"
        case "day": "Day (06:00 to 18:00)"
        default: areas[code] ?? fallback(code)
        }
    }

    /// A field of the police records whose value can be unknown: `victim_age` → "Victim's age".
    public static func field(_ code: String) -> String {
        switch code {
        case "alcohol_related": "Alcohol flag"
        case "domestic_abuse": "Domestic abuse flag"
        case "time_of_day": "Time of day"
        case "victim_age": "Victim's age"
        case "victim_sex": "Victim's sex"
        default: fallback(code)
        }
    }

    /// A code nobody named: underscores as spaces, the first letter a capital.
    static func fallback(_ code: String) -> String {
        let words = code.replacingOccurrences(of: "_", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }
}
