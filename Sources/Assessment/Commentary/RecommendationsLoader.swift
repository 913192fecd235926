import Foundation
import Loaders
import Report
import Yams

/// Reads `recommendations.yml` (the configuration's `recommendations:`): a YAML list of
/// recommendations, each with `id`, `text`, `owner`, `raised` (a quarter), `status`
/// (`open`, `in progress`, `done`, `dropped`) and an optional `history` of
/// `{period, status, note}`. A bad entry is an error at its line and column.
enum RecommendationsLoader {
    static let keys = ["id", "text", "owner", "raised", "status", "history"]
    static let historyKeys = ["period", "status", "note"]

    /// `file` is the path to open and `display` the path messages show.
    static func load(path: String, display: String) throws(ConfigurationError) -> [Recommendation] {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw ConfigurationError(path: display, message: "cannot be read as UTF-8 text")
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw ConfigurationLoader.yamlError(error, file: display)
        } catch {
            throw ConfigurationError(path: display, message: "is not valid YAML: \(error)")
        }
        guard let root else { return [] }
        let reader = NodeReader(file: display, folder: ".")
        guard case let .sequence(items) = root else { throw reader.error(root, "the recommendations must be a YAML list") }
        var result: [Recommendation] = []
        for item in items {
            let recommendation = try read(item, reader: reader)
            if result.contains(where: { $0.id == recommendation.id }) {
                throw reader.error(item.mapping?["id"] ?? item, "recommendation id '\(recommendation.id)' is used twice")
            }
            result.append(recommendation)
        }
        return result
    }

    static func read(_ item: Node, reader: NodeReader) throws(ConfigurationError) -> Recommendation {
        let fields = try reader.mapping(item, "a recommendation", allowed: keys)
        let name = "a recommendation"
        let id = try reader.string(fields, "id", in: name) ?? ""
        let text = try reader.string(fields, "text", in: "recommendation \(id)") ?? ""
        let owner = try reader.string(fields, "owner", in: "recommendation \(id)") ?? ""
        let raised = try quarter(fields, "raised", in: "recommendation \(id)", reader: reader)
        let status = try self.status(fields, in: "recommendation \(id)", reader: reader)
        var history: [Recommendation.Entry] = []
        if let entry = fields["history"] {
            guard case let .sequence(entries) = entry.value else {
                throw reader.error(entry.value, "recommendation \(id): 'history' must be a list of {period, status, note}")
            }
            for node in entries {
                let part = try reader.mapping(node, "a history entry", allowed: historyKeys)
                let place = "recommendation \(id)'s history"
                let period = try quarter(part, "period", in: place, reader: reader)
                if period < raised {
                    throw reader.error(part["period"]?.value, "recommendation \(id): history period \(period) is before it was raised (\(raised))")
                }
                if let last = history.last, period <= last.period {
                    throw reader.error(part["period"]?.value, "recommendation \(id): history period \(period) does not follow \(last.period) (list the history in order, one entry a quarter)")
                }
                history.append(Recommendation.Entry(period: period, status: try self.status(part, in: place, reader: reader),
                                                    note: try reader.string(part, "note", in: place, required: false) ?? ""))
            }
        }
        return Recommendation(id: id, text: text, owner: owner, raised: raised, status: status, history: history)
    }

    static func quarter(_ fields: [String: (key: Node, value: Node)], _ key: String, in place: String,
                        reader: NodeReader) throws(ConfigurationError) -> Quarter {
        let text = try reader.string(fields, key, in: place) ?? ""
        guard let quarter = Quarter.parse(text) else {
            throw reader.error(fields[key]?.value, "\(place): \(key) '\(text)' is not a quarter (expected YYYY-Qn, like 2020-Q3)")
        }
        return quarter
    }

    static func status(_ fields: [String: (key: Node, value: Node)], in place: String,
                       reader: NodeReader) throws(ConfigurationError) -> Recommendation.Status {
        let text = try reader.string(fields, "status", in: place) ?? ""
        guard let status = Recommendation.Status(rawValue: text) else {
            let known = Recommendation.Status.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
            throw reader.error(fields["status"]?.value, "\(place): status '\(text)' is not one of \(known)")
        }
        return status
    }
}
