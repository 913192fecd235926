import Foundation

/// "What changed since last quarter": the differences between the previous quarter's
/// `findings.json` and this quarter's, in plain sentences.
///
/// It compares what both files publish (after disclosure control): directions of travel,
/// areas' standing against the force, persistent hotspots, the headline shares that
/// moved beyond both intervals, and the volume of crime.
public enum QuarterOnQuarter {
    public static func changes(previous: [String: Any], current: [String: Any]) -> [String] {
        var lines: [String] = []
        let before = previous["period"] as? String ?? "the previous quarter"

        if let old = (previous["police_uk"] as? [String: Any])?["crimes"] as? Int,
           let new = (current["police_uk"] as? [String: Any])?["crimes"] as? Int, old > 0 {
            let change = (Double(new) / Double(old) - 1) * 100
            lines.append("police.uk crimes over the twelve months: \(NumberFormat.count(new)), against \(NumberFormat.count(old)) in the assessment to \(before) (\(NumberFormat.decimal(change, places: 1))%).")
        }
        let oldViolence = previous["serious_violence"] as? [String: Any] ?? [:]
        let newViolence = current["serious_violence"] as? [String: Any] ?? [:]

        // Directions of travel that changed.
        let oldTrends = rows(oldViolence["trends"], key: "category")
        for trend in rows(newViolence["trends"]) {
            guard let category = trend["category"] as? String, let old = oldTrends[category] else { continue }
            for (field, words) in [("direction", "on the year before"), ("quarter_direction", "on the same quarter a year earlier")] {
                if let was = old[field] as? String, let now = trend[field] as? String, was != now,
                   ![was, now].contains(where: { $0 == "suppressed" || $0 == "n/a" }) {
                    lines.append("\(category), \(words): \(now.lowercased()), where \(before) showed \(was.lowercased()).")
                }
            }
        }
        // Areas whose standing against the force changed.
        let oldAreas = rows(oldViolence["areas"], key: "area_code")
        for area in rows(newViolence["areas"]) {
            guard let code = area["area_code"] as? String, let name = area["area_name"] as? String,
                  let was = oldAreas[code]?["against_force"] as? String, let now = area["against_force"] as? String,
                  was != now, !was.isEmpty, !now.isEmpty, was != "suppressed", now != "suppressed" else { continue }
            lines.append("\(name): serious violence \(standing(now)) the force rate, where it was \(standing(was)) in \(before).")
        }
        // Hotspots that came and went.
        let oldSpots = Set(rows(oldViolence["hotspots"]).compactMap { $0["lsoa_code"] as? String })
        let newSpotRows = rows(newViolence["hotspots"])
        let newSpots = Set(newSpotRows.compactMap { $0["lsoa_code"] as? String })
        let added = newSpotRows.filter { ($0["lsoa_code"] as? String).map { !oldSpots.contains($0) } ?? false }
        if !added.isEmpty {
            let names = added.map { "\($0["lsoa_name"] as? String ?? "") (\($0["lsoa_code"] as? String ?? ""))" }
            lines.append("New persistent hotspots: \(names.joined(separator: ", ")).")
        }
        let lost = oldSpots.subtracting(newSpots).sorted()
        if !lost.isEmpty {
            lines.append("No longer persistent hotspots: \(lost.joined(separator: ", ")).")
        }
        // Headline shares that moved beyond both intervals.
        let oldShares = rows(oldViolence["shares"], key: "measure", group: "all")
        for share in rows(newViolence["shares"]) where share["group"] as? String == "all" {
            guard let measure = share["measure"] as? String, let old = oldShares[measure],
                  let now = number(share["share"]), let was = number(old["share"]),
                  let nowLower = number(share["lower_95"]), let nowUpper = number(share["upper_95"]),
                  let wasLower = number(old["lower_95"]), let wasUpper = number(old["upper_95"]) else { continue }
            let significant = nowLower > wasUpper || nowUpper < wasLower
            if significant {
                lines.append("Share \(measure.replacingOccurrences(of: "_", with: " ")): \(NumberFormat.percent(now)), against \(NumberFormat.percent(was)) in \(before), a change beyond both intervals.")
            }
        }
        return lines
    }

    /// "Higher" → "higher than", "Similar" → "similar to".
    static func standing(_ label: String) -> String {
        switch label {
        case "Higher": "higher than"
        case "Lower": "lower than"
        default: label.lowercased() + " to"
        }
    }

    static func rows(_ value: Any?) -> [[String: Any]] { value as? [[String: Any]] ?? [] }

    static func rows(_ value: Any?, key: String, group: String? = nil) -> [String: [String: Any]] {
        var result: [String: [String: Any]] = [:]
        for row in rows(value) {
            if let group, row["group"] as? String != group { continue }
            if let name = row[key] as? String { result[name] = row }
        }
        return result
    }

    static func number(_ value: Any?) -> Double? {
        if let double = value as? Double { return double }
        if let int = value as? Int { return Double(int) }
        return nil
    }
}
