import Analysis
import Loaders
import Yams

extension NodeReader {
    /// `anomalies:`: a list of `{from: 2020-04, to: 2020-06, reason: "first national
    /// lockdown"}`, months as `YYYY-MM`, `to` not before `from`, and a reason, so that the
    /// report can say why the months are set apart.
    func anomalousPeriods(_ node: Node?) throws(ConfigurationError) -> [AnomalousPeriod] {
        guard let node else { return [] }
        guard case let .sequence(sequence) = node else {
            throw error(node, "'anomalies' must be a list of {from: YYYY-MM, to: YYYY-MM, reason: text}")
        }
        var periods: [AnomalousPeriod] = []
        for item in sequence {
            let fields = try mapping(item, "an anomaly", allowed: ["from", "to", "reason"])
            func month(_ key: String) throws(ConfigurationError) -> YearMonth {
                guard let entry = fields[key] else { throw error(item, "an anomaly has no '\(key)' month (YYYY-MM)") }
                guard case .scalar = entry.value, let text = entry.value.string, let month = YearMonth.parse(text),
                      text.count == 7 else {
                    throw error(entry.value, "anomalies.\(key): '\(entry.value.string ?? "")' is not a month (YYYY-MM)")
                }
                return month
            }
            let from = try month("from")
            let to = try month("to")
            guard to >= from else {
                throw error(fields["to"]?.value ?? item, "anomalies.to: \(to) is before from (\(from))")
            }
            guard let reason = try string(fields, "reason", in: "an anomaly") else { continue }
            periods.append(AnomalousPeriod(from: from, to: to, reason: reason))
        }
        return periods.sorted { $0.from < $1.from }
    }
}
