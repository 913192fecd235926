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
        if let old = previous.policeUK?.crimes, let new = current.policeUK?.crimes {
            lines.append(crimes(old: old, new: new, before: before))
        }
        let old = previous.seriousViolence ?? .init()
        let new = current.seriousViolence ?? .init()
        lines += directions(old.trends, new.trends, before: before)
        lines += standings(old.areas, new.areas, before: before)
        lines += hotspots(old.hotspots, new.hotspots)
        lines += shares(old.shares, new.shares, before: before)
        return lines
    }

    /// "Over the twelve months police.uk holds 1,100 crimes, against 1,000 in the assessment
    /// to 2020-Q3: up 10.0%." One crime is "1 crime"; none is "no crimes".
    public static func crimes(old: Int, new: Int, before: String) -> String {
        let change: String
        if old == new {
            change = "unchanged"
        } else if old == 0 {
            change = "up from none"
        } else {
            let percent = (Double(new) / Double(old) - 1) * 100
            let rounded = NumberFormat.decimal(percent.magnitude, places: 1)
            change = rounded == "0.0" ? "almost unchanged" : "\(new > old ? "up" : "down") \(rounded)%"
        }
        return "Over the twelve months police.uk holds \(counted(new, "crime")), against \(counted(old, "crime", none: "none")) "
            + "in the assessment to \(before): \(change)."
    }

    /// "1 crime", "2 crimes", "1,100 crimes", and for zero "no crimes" (or `none`).
    static func counted(_ count: Int, _ noun: String, none: String? = nil) -> String {
        if count == 0 { return none ?? "no \(noun)s" }
        return "\(NumberFormat.count(count)) \(count == 1 ? noun : noun + "s")"
    }

    /// "A", "A and B", "A, B and C".
    static func list(_ items: [String]) -> String {
        guard let last = items.last else { return "" }
        return items.count == 1 ? last : items.dropLast().joined(separator: ", ") + " and " + last
    }

    /// Directions of travel that changed.
    static func directions(_ old: [PublishedFindings.Trend], _ new: [PublishedFindings.Trend], before: String) -> [String] {
        // A period that was not compared (its earlier year incomplete, or nothing to compare) has no direction.
        func compared(_ direction: String?) -> String? {
            guard let direction, !direction.isEmpty, direction != "n/a", !direction.hasPrefix("Not compared") else { return nil }
            return direction
        }
        var lines: [String] = []
        for trend in new {
            guard let category = trend.category else { continue }
            let was = old.last(where: { $0.category == category })
            for (pair, words) in [((was?.direction, trend.direction), "on the year before"),
                                  ((was?.quarterDirection, trend.quarterDirection), "on the same quarter a year earlier")] {
                guard let now = compared(pair.1) else { continue }
                guard was != nil else {
                    // A new finding: nothing to change from.
                    if now != "suppressed" { lines.append("\(category), \(words): \(now.lowercased()); \(before) did not have this finding.") }
                    continue
                }
                guard let then = compared(pair.0), then != now else { continue }
                switch (then == "suppressed", now == "suppressed") {
                case (false, false):
                    lines.append("\(category), \(words): \(now.lowercased()), where \(before) showed \(then.lowercased()).")
                case (false, true):
                    lines.append("\(category), \(words): suppressed this quarter, where \(before) showed \(then.lowercased()).")
                case (true, false):
                    lines.append("\(category), \(words): \(now.lowercased()), shown again after \(before) suppressed it.")
                case (true, true):
                    break
                }
            }
        }
        let current = Set(new.compactMap(\.category))
        var dropped: [String] = []
        for trend in old {
            guard let category = trend.category, !current.contains(category), !dropped.contains(category),
                  compared(trend.direction) != nil || compared(trend.quarterDirection) != nil else { continue }
            dropped.append(category)
            lines.append("\(category): no longer a finding this quarter, though \(before) had it.")
        }
        return lines
    }

    /// Areas whose standing against the force changed, became suppressed or was shown
    /// again, areas compared for the first time and areas no longer compared.
    static func standings(_ old: [PublishedFindings.Area], _ new: [PublishedFindings.Area], before: String) -> [String] {
        func known(_ label: String?) -> String? {
            guard let label, !label.isEmpty else { return nil }
            return label
        }
        // A name two areas share (Plymouth the district and the partnership) gets its type.
        let names = (old + new).compactMap(\.areaName)
        func label(_ area: PublishedFindings.Area) -> String? {
            guard let name = area.areaName else { return nil }
            guard names.filter({ $0 == name }).count > 1, Set((old + new).filter { $0.areaName == name }.compactMap(\.areaCode)).count > 1,
                  let type = area.areaType, !type.isEmpty else { return name }
            return "\(name) (\(type.lowercased()))"
        }
        var lines: [String] = new.compactMap { area in
            guard let code = area.areaCode, let name = label(area), let now = known(area.againstForce) else { return nil }
            guard let previous = old.last(where: { $0.areaCode == code }) else {
                return now == "suppressed" ? nil
                    : "\(name): serious violence is \(standing(now)) the force rate; \(before) did not compare it."
            }
            guard let was = known(previous.againstForce), was != now else { return nil }
            switch (was == "suppressed", now == "suppressed") {
            case (false, false):
                return "\(name): serious violence is now \(standing(now)) the force rate; in \(before) it was \(standing(was)) it."
            case (false, true):
                return "\(name): serious violence against the force rate is suppressed this quarter; in \(before) it was \(standing(was)) it."
            case (true, false):
                return "\(name): serious violence is shown again, \(standing(now)) the force rate; in \(before) it was suppressed."
            case (true, true):
                return nil
            }
        }
        let current = Set(new.compactMap(\.areaCode))
        for area in old {
            guard let code = area.areaCode, !current.contains(code), let name = label(area),
                  let was = known(area.againstForce), was != "suppressed" else { continue }
            lines.append("\(name): serious violence is no longer compared with the force rate; in \(before) it was \(standing(was)) it.")
        }
        return lines
    }

    /// Hotspots that came and went.
    static func hotspots(_ old: [PublishedFindings.Hotspot], _ new: [PublishedFindings.Hotspot]) -> [String] {
        var lines: [String] = []
        // Named by the LSOA's name, never its code; an unnamed one as "an unnamed LSOA".
        func name(_ spot: PublishedFindings.Hotspot) -> String { spot.lsoaName.flatMap { $0.isEmpty ? nil : $0 } ?? "an unnamed LSOA" }
        let oldCodes = Set(old.compactMap(\.lsoaCode))
        let newCodes = Set(new.compactMap(\.lsoaCode))
        let added = new.filter { $0.lsoaCode.map { !oldCodes.contains($0) } ?? false }.map(name)
        if !added.isEmpty {
            lines.append(added.count == 1 ? "New persistent hotspot: \(added[0])." : "New persistent hotspots: \(list(added)).")
        }
        var seen = Set<String>()
        let lost = old.filter { spot in
            guard let code = spot.lsoaCode, !newCodes.contains(code), !seen.contains(code) else { return false }
            seen.insert(code)
            return true
        }.sorted { ($0.lsoaCode ?? "") < ($1.lsoaCode ?? "") }.map(name)
        if !lost.isEmpty {
            lines.append(lost.count == 1 ? "No longer a persistent hotspot: \(lost[0])." : "No longer persistent hotspots: \(list(lost)).")
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
            let change = now > then ? "a rise" : "a fall"
            return "\(PlainNames.measure(measure)), share of serious violence: \(NumberFormat.percent(now)), against \(NumberFormat.percent(then)) in \(before), \(change) beyond both intervals."
        }
    }

    /// "Higher" → "higher than", "Similar" → "similar to", "Lower" → "lower than".
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
        var areaCode, areaName, areaType, againstForce: String?
        init(from decoder: Decoder) throws {
            let values = try decoder.container(keyedBy: Key.self)
            areaCode = values.lenient(String.self, "area_code")
            areaName = values.lenient(String.self, "area_name")
            areaType = values.lenient(String.self, "area_type")
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
