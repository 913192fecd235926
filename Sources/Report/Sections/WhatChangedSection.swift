import Foundation

/// "What changed since last quarter": set against the previous quarter's findings.json,
/// when it is in the output folder. Template: `changes.md.mustache`; the rules are in
/// `QuarterOnQuarter`.
struct WhatChangedSection: ReportSection {
    struct Context: TemplateValues {
        var hasPrevious = false
        var previousPeriod = ""
        var changes: [Change] = []
        var hasChanges = false
    }

    struct Change: TemplateValues {
        var text: String
    }

    var context = Context()

    /// `previous` is last quarter's findings.json, `current` this quarter's.
    init(previous previousText: String?, current: JSONValue) {
        guard let previousText,
              let previous = try? JSONSerialization.jsonObject(with: Data(previousText.utf8)) as? [String: Any],
              let now = try? JSONSerialization.jsonObject(with: Data(current.text.utf8)) as? [String: Any] else { return }
        let changes = QuarterOnQuarter.changes(previous: previous, current: now)
        context = Context(hasPrevious: true, previousPeriod: previous["period"] as? String ?? "",
                          changes: changes.map(Change.init), hasChanges: !changes.isEmpty)
    }
}
