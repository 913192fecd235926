import Analysis

extension OffendersSection {
    /// One repeat share's cells: the offences with a repeated person and the offences
    /// identifying one (with the rest, a partition of the year's serious violence).
    struct RepeatCells {
        var repeated: Suppression.Cell
        var identified: Suppression.Cell
    }

    /// Registers each repeat share: repeated and not repeated make the identified offences,
    /// which with the unidentified make the year's serious violence.
    static func registerRepeats(_ findings: ViolenceFindings, seriousYear: Suppression.Cell,
                                in problem: inout Suppression) -> [RepeatCells] {
        findings.repeats.map { share in
            let repeated = problem.cell(share.repeated)
            let identified = problem.total(of: [repeated, problem.cell(share.identified - share.repeated)])
            problem.sum(seriousYear, of: [identified, problem.cell(max(0, share.total - share.identified))])
            return RepeatCells(repeated: repeated, identified: identified)
        }
    }

    /// A repeat share as published.
    struct RepeatRow {
        var share: ViolenceFindings.RepeatShare
        var repeated: Int?
        var identified: Int?
        var hidden: Bool
    }

    /// `data/repeat-victims-and-suspects.csv`: counts and shares only, never an identifier.
    static func repeatsTable(_ findings: ViolenceFindings, cells: [RepeatCells], disclosed: Disclosed) -> (ReportTable, [RepeatRow]) {
        let rows = zip(findings.repeats, cells).map { share, cell in
            RepeatRow(share: share, repeated: disclosed.value(cell.repeated), identified: disclosed.value(cell.identified),
                      hidden: disclosed.isSuppressed(cell.repeated) || disclosed.isSuppressed(cell.identified))
        }
        let table = ReportTable(name: "repeat-victims-and-suspects", rows: rows, fields: [
            .init("person", "Person") { .text($0.share.person) },
            .init("repeat_offences", "Offences with a repeat person", numeric: true) { .count($0.repeated) },
            .init("offences_with_identifier", "Offences with the person identified", numeric: true) { .count($0.identified) },
            .init("share", "Share") { $0.hidden ? .withheld : .share($0.share.share?.value) },
            .init("lower_95", nil, numeric: true) { $0.hidden ? .withheld : .share($0.share.share?.lower) },
            .init("upper_95", nil, numeric: true) { $0.hidden ? .withheld : .share($0.share.share?.upper) },
        ])
        return (table, rows)
    }

    /// What the report says about one kind of person: the share, or why it is missing.
    static func repeatSentence(_ person: String, column: String, rows: [RepeatRow]) -> String {
        guard let row = rows.first(where: { $0.share.person == person }) else {
            return "The police records give no \(person) identifier (an optional column of the police records; see the README), so repeat \(person)s cannot be counted."
        }
        guard !row.hidden, let share = row.share.share, let identified = row.identified else {
            return "The count of serious violence with a repeat \(person) is suppressed."
        }
        return "Of the \(NumberFormat.count(identified)) serious violence offences of the assessment year that identify the \(person), "
            + "\(EstimateText.percentWithInterval(share)) involve a \(person) recorded in more than one police record of the year."
    }
}
