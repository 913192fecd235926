import Foundation

/// The programme director's words for one quarter (`<commentary folder>/<period>.md`):
/// a summary of what the numbers mean, recommendations, and notes on any section.
///
/// Each part is kept as the Markdown the director wrote, with raw HTML made inert
/// (`Commentary.inert`); the report places each part, set apart as commentary, where it
/// belongs. The file's parts are `## Summary`, `## Recommendations` and
/// `## Notes: <section>`, where the section is one of `Commentary.Place` by its id or
/// its heading (`## Notes: When`, `## Notes: when`, `## Notes: When: seasonality and time of day`).
public struct Commentary: Sendable, Equatable {
    /// A report section that may carry notes: its id and its heading in the report.
    public struct Place: Sendable, Equatable {
        public var id: String
        public var heading: String
    }

    /// The sections that take notes, in the order of the report.
    public static let places: [Place] = [
        Place(id: "introduction", heading: "Introduction"),
        Place(id: "sources", heading: "Data sources and their limits"),
        Place(id: "volume", heading: "The problem: volume"),
        Place(id: "england-and-wales", heading: "Against England and Wales"),
        Place(id: "where", heading: "Where: rates by area"),
        Place(id: "when", heading: "When: seasonality and time of day"),
        Place(id: "who", heading: "Who: victims and domestic context"),
        Place(id: "drivers", heading: "Drivers: alcohol, drugs and weapons"),
        Place(id: "unseen", heading: "Violence the police never see"),
        Place(id: "forecast", heading: "Forecast"),
        Place(id: "data-quality", heading: "Appendix A: data quality"),
        Place(id: "methods", heading: "Appendix B: methods"),
    ]

    /// What the numbers mean (`## Summary`), as Markdown; empty when not written.
    public var summary = ""
    /// `## Recommendations`, as Markdown; empty when not written.
    public var recommendations = ""
    /// `## Notes: <section>` by section id, as Markdown.
    public var notes: [String: String] = [:]
    /// The line of each `## Notes:` heading, by section id, for messages.
    public var noteLines: [String: Int] = [:]

    public init(summary: String = "", recommendations: String = "", notes: [String: String] = [:]) {
        self.summary = summary
        self.recommendations = recommendations
        self.notes = notes
    }

    /// The template value that hides a section when false, for the sections that can be
    /// left out of a report for want of data.
    public static let shownWhen: [String: String] = [
        "when": "has_violence", "who": "has_violence", "drivers": "has_violence",
        "unseen": "has_health", "forecast": "has_forecast",
    ]

    /// Notes on sections this report leaves out (by its template `context`), each as a
    /// warning at the note's line: the note is kept, but nobody would see it.
    public func unshownNotes(context: [String: Any], path: String) -> [String] {
        notes.keys.sorted().compactMap { id in
            guard let flag = Self.shownWhen[id], context[flag] as? Bool != true else { return nil }
            let heading = Self.places.first { $0.id == id }?.heading ?? id
            return "\(path):\(noteLines[id] ?? 0): warning: the notes on '\(heading)' are not shown: this report leaves that section out for want of data"
        }
    }

    /// The section a `## Notes:` heading names: by id, by whole heading, or by the part
    /// of the heading before its colon, ignoring case and surrounding spaces.
    public static func place(named name: String) -> Place? {
        let wanted = normalised(name)
        return places.first { place in
            let short = place.heading.split(separator: ":").first.map(String.init) ?? place.heading
            return [place.id, place.heading, short].map(normalised).contains(wanted)
                || normalised(place.id.replacingOccurrences(of: "-", with: " ")) == wanted
        }
    }

    static func normalised(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespaces).lowercased()
    }

    /// Reads a commentary file. `path` is the file as messages show it.
    public static func parse(_ text: String, path: String) throws(CommentaryError) -> Commentary {
        var commentary = Commentary()
        var current: (key: String, line: Int)?
        var body: [String] = []
        var seen: [String: Int] = [:]

        func finish() {
            guard let current else { return }
            let text = trimmedLines(body)
            switch current.key {
            case "summary": commentary.summary = text
            case "recommendations": commentary.recommendations = text
            default:
                let id = String(current.key.dropFirst("notes:".count))
                commentary.notes[id] = text
                commentary.noteLines[id] = current.line
            }
        }

        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
        var fence: Substring?
        for (index, raw) in lines.enumerated() {
            let line = String(raw)
            let number = index + 1
            let stripped = line.drop { $0 == " " }
            if let open = fence {
                if stripped.hasPrefix(open) { fence = nil }
                body.append(line)
                continue
            }
            if stripped.hasPrefix("```") || stripped.hasPrefix("~~~") {
                fence = stripped.prefix(3)
            }
            let level = stripped.prefix { $0 == "#" }.count
            let isHeading = level > 0 && line.count - stripped.count < 4
                && (stripped.count == level || stripped.dropFirst(level).first == " ")
            if isHeading && level == 2 {
                finish()
                let title = stripped.dropFirst(2).trimmingCharacters(in: .whitespaces)
                let key = try partKey(title, path: path, line: number)
                if let first = seen[key] {
                    throw CommentaryError(path: path, line: number, message: "'## \(title)' repeats the part begun on line \(first)")
                }
                seen[key] = number
                current = (key, number)
                body = []
            } else if isHeading && level == 1 && current == nil {
                continue
            } else if isHeading {
                throw CommentaryError(path: path, line: number, message: "a commentary part holds no headings of its own (use '## Summary', '## Recommendations' or '## Notes: <section>' to begin a part, and bold text within one)")
            } else if current == nil {
                guard line.trimmingCharacters(in: .whitespaces).isEmpty else {
                    throw CommentaryError(path: path, line: number, message: "text before the first part (begin with '## Summary', '## Recommendations' or '## Notes: <section>')")
                }
            } else {
                body.append(line)
            }
        }
        finish()
        return commentary
    }

    static func partKey(_ title: String, path: String, line: Int) throws(CommentaryError) -> String {
        let lower = title.lowercased()
        if lower == "summary" { return "summary" }
        if lower == "recommendations" { return "recommendations" }
        if lower.hasPrefix("notes:") {
            let name = String(title.dropFirst("notes:".count))
            guard let place = place(named: name) else {
                throw CommentaryError(path: path, line: line, message: "'## \(title)' names no section of the report (sections: \(places.map(\.id).joined(separator: ", ")))")
            }
            return "notes:" + place.id
        }
        throw CommentaryError(path: path, line: line, message: "'## \(title)' is not a commentary part (expected '## Summary', '## Recommendations' or '## Notes: <section>')")
    }

    /// The lines without blank lines at either end, joined.
    static func trimmedLines(_ lines: [String]) -> String {
        var lines = lines[...]
        while let first = lines.first, first.trimmingCharacters(in: .whitespaces).isEmpty { lines = lines.dropFirst() }
        while let last = lines.last, last.trimmingCharacters(in: .whitespaces).isEmpty { lines = lines.dropLast() }
        return lines.joined(separator: "\n")
    }

    /// The director's Markdown with raw HTML made inert: every `<` becomes `&lt;`, so no
    /// tag, comment or autolink reaches the page (cmark keeps our own templates' HTML, so
    /// it cannot be left to cmark), and a `javascript:`, `vbscript:`, `data:` or `file:`
    /// link is broken into text, which cmark would otherwise pass through. Every `&`
    /// becomes `&amp;` first, so that no character reference can spell a scheme that the
    /// check does not see (`java&#115;cript:`); an entity the director typed shows as
    /// written. Emphasis, lists and web links still render.
    public static func inert(_ markdown: String) -> String {
        markdown.replacingOccurrences(of: "&", with: "&amp;")
            .replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: #"(?i)(\]\(\s*|\]:\s*)(javascript|vbscript|data|file):"#, with: "$1$2 :", options: .regularExpression)
    }

    /// A part as it stands in the report: a block quote headed by `label`, so that it
    /// reads as commentary in the page, the Markdown and the Word copy alike, inside a
    /// `commentary` division that the stylesheet sets apart from the report's own notes;
    /// empty when the part is empty.
    public static func block(_ markdown: String, label: String) -> String {
        guard !markdown.isEmpty else { return "" }
        let lines = ["**\(label)**", ""] + inert(markdown).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let quote = lines.map { $0.trimmingCharacters(in: .whitespaces).isEmpty ? ">" : "> " + $0 }.joined(separator: "\n")
        return "<div class=\"commentary\">\n\n" + quote + "\n\n</div>\n"
    }
}

/// A problem in a commentary file: `path:line: error: message`.
public struct CommentaryError: Error, CustomStringConvertible, Equatable, Sendable {
    public var path: String
    public var line: Int
    public var message: String

    public init(path: String, line: Int, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    public var description: String { "\(path):\(line): error: \(message)" }
}
