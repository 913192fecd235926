import Foundation

/// "What changed since last quarter": the differences between the previous quarter's
/// `findings.json` and this quarter's, in plain sentences.
///
/// It compares what both files publish (after disclosure control): directions of travel,
/// areas' standing against the force, persistent hotspots, the headline shares that
/// moved beyond both intervals, and the volume of crime.
public enum QuarterOnQuarter {
    /// The changes between two `findings.json` texts, and the previous one's period; nil
    /// when either is not a findings object.
    public static func changes(previous: String, current: String) -> (previousPeriod: String, changes: [String])? {
        let decoder = JSONDecoder()
        guard let old = try? decoder.decode(PublishedFindings.self, from: Data(previous.utf8)),
              let new = try? decoder.decode(PublishedFindings.self, from: Data(current.utf8)) else { return nil }
        return (old.period ?? "", changes(previous: old, current: new))
    }

    static func changes(previous: PublishedFindings, current: PublishedFindings) -> [String] {
        let before = previous.period ?? "the previous quarter"
        var lines: [String] = []
        if let old = previous.policeUK?.crimes, let new = current.policeUK?.crimes, old > 0 {
            let change = (Double(new) / Double(old) - 1) * 100
            lines.append("police.uk crimes over the twelve months: \(NumberFormat.count(new)), against \(NumberFormat.count(old)) in the assessment to \(before) (\(NumberFormat.decimal(change, places: 1))%).")
        }
        let old = previous.seriousViolence ?? .init()
        let new = current.seriousViolence ?? .init()
        lines += directions(old.trends, new.trends, before: before)
        lines += standings(old.areas, new.areas, before: before)
        lines += hotspots(old.hotspots, new.hotspots)
        lines += shares(old.shares, new.shares, before: before)
        return lines
    }

    /// Directions of travel that changed.
    static func directions(_ old: [PublishedFindings.Trend], _ new: [PublishedFindings.Trend], before: String) -> [String] {
        var lines: [String] = []
        for trend in new {
            guard let category = trend.category, let was = old.last(where: { $0.category == category }) else { continue }
            for (pair, words) in [((was.direction, trend.direction), "on the year before"),
                                  ((was.quarterDirection, trend.quarterDirection), "on the same quarter a year earlier")] {
                // A period that was not compared (suppressed, or its earlier year incomplete) has no direction to change from.
                if let then = pair.0, let now = pair.1, then != now,
                   ![then, now].contains(where: { $0 == "suppressed" || $0 == "n/a" || $0.hasPrefix("Not compared") }) {
                    lines.append("\(category), \(words): \(now.lowercased()), where \(before) showed \(then.lowercased()).")
                }
            }
        }
        return lines
    }

    /// Areas whose standing against the force changed.
    static func standings(_ old: [PublishedFindings.Area], _ new: [PublishedFindings.Area], before: String) -> [String] {
        new.compactMap { area in
            guard let code = area.areaCode, let name = area.areaName,
                  let was = old.last(where: { $0.areaCode == code })?.againstForce, let now = area.againstForce,
                  was != now, !was.isEmpty, !now.isEmpty, was != "suppressed", now != "suppressed" else { return nil }
            return "\(name): serious violence \(standing(now)) the force rate, where it was \(standing(was)) in \(before)."
        }
    }

    /// Hotspots that came and went.
    static func hotspots(_ old: [PublishedFindings.Hotspot], _ new: [PublishedFindings.Hotspot]) -> [String] {
        var lines: [String] = []
        let oldCodes = Set(old.compactMap(\.lsoaCode))
        let added = new.filter { $0.lsoaCode.map { !oldCodes.contains($0) } ?? false }
        if !added.isEmpty {
            lines.append("New persistent hotspots: \(added.map { "\($0.lsoaName ?? "") (\($0.lsoaCode ?? ""))" }.joined(separator: ", ")).")
        }
        let lost = oldCodes.subtracting(new.compactMap(\.lsoaCode)).sorted()
        if !lost.isEmpty {
            lines.append("No longer persistent hotspots: \(lost.joined(separator: ", ")).")
        }
        return lines
    }

    /// Headline shares (group `all`) that moved beyond both intervals.
    static func shares(_ old: [PublishedFindings.Share], _ new: [PublishedFindings.Share], before: String) -> [String] {
        new.filter { $0.group == "all" }.compactMap { share in
            guard let measure = share.measure, let was = old.last(where: { $0.group == "all" && $0.measure == measure }),
                  let now = share.share?.value, let then = was.share?.value,
                  let nowLower = share.lower95?.value, let nowUpper = share.upper95?.value,
                  let wasLower = was.lower95?.value, let wasUpper = was.upper95?.value,
                  nowLower > wasUpper || nowUpper < wasLower else { return nil }
            return "Share \(measure.replacingOccurrences(of: "_", with: " ")): \(NumberFormat.percent(now)), against \(NumberFormat.percent(then)) in \(before), a change beyond both intervals."
        }
    }

    /// "Higher" → "higher than", "Similar" → "similar to".
    static func standing(_ label: String) -> String {
        switch label {
        case "Higher": "higher than"
        case "Lower": "lower than"
        default: label.lowercased() + " to"
        }
    }
}

/// The parts of a `findings.json` that "what changed" compares. Every field is optional
/// and read leniently: an older file, or a value published as "suppressed" where a
/// number would be, leaves that field out of the comparison rather than failing it.
struct PublishedFindings: Decodable {
    struct PoliceUK: Decodable {
        var crimes: Int?
        init(from decoder: Decoder) throws {
            let values = try decoder.container(keyedBy: Key.self)
            crimes = values.lenient(Int.self, "crimes")
        }
    }

    struct SeriousViolence: Decodable {
        var trends: [Trend] = []
        var areas: [Area] = []
        var hotspots: [Hotspot] = []
        var shares: [Share] = []

        init() {}
        init(from decoder: Decoder) throws {
            let values = try decoder.container(keyedBy: Key.self)
            trends = values.lenient([Trend].self, "trends") ?? []
            areas = values.lenient([Area].self, "areas") ?? []
            hotspots = values.lenient([Hotspot].self, "hotspots") ?? []
            shares = values.lenient([Share].self, "shares") ?? []
        }
    }

    struct Trend: Decodable {
        var category, direction, quarterDirection: String?
        init(from decoder: Decoder) throws {
            let values = try decoder.container(keyedBy: Key.self)
            category = values.lenient(String.self, "category")
            direction = values.lenient(String.self, "direction")
            quarterDirection = values.lenient(String.self, "quarter_direction")
        }
    }

    struct Area: Decodable {
        var areaCode, areaName, againstForce: String?
        init(from decoder: Decoder) throws {
            let values = try decoder.container(keyedBy: Key.self)
            areaCode = values.lenient(String.self, "area_code")
            areaName = values.lenient(String.self, "area_name")
            againstForce = values.lenient(String.self, "against_force")
        }
    }

    struct Hotspot: Decodable {
        var lsoaCode, lsoaName: String?
        init(from decoder: Decoder) throws {
            let values = try decoder.container(keyedBy: Key.self)
            lsoaCode = values.lenient(String.self, "lsoa_code")
            lsoaName = values.lenient(String.self, "lsoa_name")
        }
    }

    struct Share: Decodable {
        var measure, group: String?
        var share, lower95, upper95: Number?
        init(from decoder: Decoder) throws {
            let values = try decoder.container(keyedBy: Key.self)
            measure = values.lenient(String.self, "measure")
            group = values.lenient(String.self, "group")
            share = values.lenient(Number.self, "share")
            lower95 = values.lenient(Number.self, "lower_95")
            upper95 = values.lenient(Number.self, "upper_95")
        }
    }

    /// A JSON number, whole or not.
    struct Number: Decodable {
        var value: Double
        init(from decoder: Decoder) throws { value = try decoder.singleValueContainer().decode(Double.self) }
    }

    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    var period: String?
    var policeUK: PoliceUK?
    var seriousViolence: SeriousViolence?

    init(from decoder: Decoder) throws {
        let values = try decoder.container(keyedBy: Key.self)
        period = values.lenient(String.self, "period")
        policeUK = values.lenient(PoliceUK.self, "police_uk")
        seriousViolence = values.lenient(SeriousViolence.self, "serious_violence")
    }
}

extension KeyedDecodingContainer where Key == PublishedFindings.Key {
    /// The value when it is there and of the type asked for; nil otherwise.
    func lenient<Value: Decodable>(_ type: Value.Type, _ key: String) -> Value? {
        (try? decodeIfPresent(type, forKey: Key(stringValue: key))) ?? nil
    }
}
