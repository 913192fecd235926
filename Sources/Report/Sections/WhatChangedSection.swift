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
    init(previous: String?, current: JSONValue) {
        guard let previous, let compared = QuarterOnQuarter.changes(previous: previous, current: current.text) else { return }
        context = Context(hasPrevious: true, previousPeriod: compared.previousPeriod,
                          changes: compared.changes.map(Change.init), hasChanges: !compared.changes.isEmpty)
    }
}
