/// The programme director's commentary for the quarter, each part in its place: the
/// summary and recommendations after the summary of key findings, and the notes on a
/// section just under its heading (`{{{notes_when}}}` ...). A part not written is empty,
/// so the report shows nothing there. The parts are read by `Commentary.parse`.
struct CommentarySection: ReportSection {
    struct Context: TemplateValues {
        var hasCommentary = false
        var commentarySummary = ""
        var commentaryRecommendations = ""
        var notesIntroduction = ""
        var notesSources = ""
        var notesVolume = ""
        var notesEnglandAndWales = ""
        var notesWhere = ""
        var notesWhen = ""
        var notesWho = ""
        var notesDrivers = ""
        var notesUnseen = ""
        var notesForecast = ""
        var notesDataQuality = ""
        var notesMethods = ""
    }

    static let label = "Commentary from the programme director"

    var context = Context()

    init(_ commentary: Commentary?) {
        guard let commentary else { return }
        func notes(_ id: String) -> String {
            Commentary.block(commentary.notes[id] ?? "", label: "\(Self.label): notes")
        }
        context = Context(
            hasCommentary: !commentary.summary.isEmpty || !commentary.recommendations.isEmpty,
            commentarySummary: Commentary.block(commentary.summary, label: "\(Self.label): what the numbers mean"),
            commentaryRecommendations: Commentary.block(commentary.recommendations, label: "\(Self.label): recommendations"),
            notesIntroduction: notes("introduction"), notesSources: notes("sources"), notesVolume: notes("volume"),
            notesEnglandAndWales: notes("england-and-wales"), notesWhere: notes("where"), notesWhen: notes("when"),
            notesWho: notes("who"), notesDrivers: notes("drivers"), notesUnseen: notes("unseen"),
            notesForecast: notes("forecast"), notesDataQuality: notes("data-quality"), notesMethods: notes("methods"))
    }
}
