/// One section of the assessment, as published: what it adds to the report.
///
/// A section is made in two phases, because disclosure control is one problem for the
/// whole report (a count shown in two sections must be suppressed in both, and a total in
/// one section must not give away a small count in another):
///
/// 1. **Register.** A section with confidential counts has a nested `Cells` type whose
///    initialiser adds the section's counts, and the totals they add up to, to the shared
///    `Suppression` problem, and keeps the handles. A total that another section adds up
///    to is handed over as a typed field (for example `VolumeSection.Cells.seriousYear`).
/// 2. **Publish.** After `Suppression.apply()`, the section is made from its findings, its
///    cells and the `Disclosed` problem: its tables, its headline findings and its
///    template context. Values another section needs are typed properties (for example
///    `DriversSection.knifeByQuarter`), never read back from a table.
///
/// `ReportDocument.make` runs both phases for every section and then walks the list in
/// the order of the report. `docs/extending.md` walks through adding one.
public protocol ReportSection {
    associatedtype Context: TemplateValues

    /// The section's tables after disclosure control: each is written as
    /// `data/<name>.csv`, and is in the template context as `table_<name>` (its Markdown)
    /// unless `context` has a property of that name.
    var tables: [ReportTable] { get }
    /// The section's key findings, placed in the summary by `Headline.Place`.
    var headlines: [Headline] { get }
    /// Every name the section's templates use, with a value even when data are missing.
    var context: Context { get }
}

extension ReportSection {
    public var tables: [ReportTable] { [] }
    public var headlines: [Headline] { [] }

    /// The section's part of the template context: its tables' Markdown, then its
    /// context's values (which win over a table of the same name).
    func templateDictionary() -> [String: Any] {
        var values: [String: Any] = [:]
        for table in tables {
            values["table_" + table.name.replacingOccurrences(of: "-", with: "_")] = LazyTableMarkdown(table)
        }
        for (key, value) in context.templateDictionary() { values[key] = value }
        return values
    }
}

/// A key finding for the summary at the top of the report.
public struct Headline: Sendable, Equatable {
    /// Where a finding stands in the summary: the summary lists findings in the order of
    /// these cases, whichever section made them.
    public enum Place: Int, Sendable, Comparable, CaseIterable {
        case policeUKCrimes
        case policeUKViolence
        case policeUKHighestDistrict
        case englandAndWales
        case seriousViolenceTrend
        case youngMenAsVictims
        case domesticAbuse
        case domesticAbuseAndRape
        case suspects
        case youngPeople
        case alcohol
        case knife
        case nightTime
        case seasonality
        case seriousViolenceHighestArea
        case emergencyDepartment
        case captureRecapture
        case forecast

        public static func < (lhs: Place, rhs: Place) -> Bool { lhs.rawValue < rhs.rawValue }

        /// The measure a finding in this place is about, named before it in the summary,
        /// so that police.uk's violence and sexual offences, the local definition of serious
        /// violence and the health records are never read as one count.
        public var measure: String {
            switch self {
            case .policeUKCrimes: "All crime (police.uk)"
            case .policeUKViolence, .policeUKHighestDistrict: "Violence and sexual offences (police.uk)"
            case .englandAndWales: "Violence against the person and violence with injury (ONS recorded crime)"
            case .seriousViolenceTrend, .youngMenAsVictims, .domesticAbuse, .suspects, .youngPeople, .alcohol, .knife, .nightTime, .seasonality,
                 .seriousViolenceHighestArea, .forecast:
                "Serious violence (local definition, police records)"
            case .domesticAbuseAndRape: "Domestic abuse-flagged violence against the person and rape (police records)"
            case .emergencyDepartment: "A&E assault attendances and police violence with injury"
            case .captureRecapture: "Violence with injury (police and A&E records)"
            }
        }
    }

    public var place: Place
    public var text: String

    /// A finding drawn from synthetic records says so where it stands.
    public init(_ place: Place, _ text: String, synthetic: Bool = false) {
        self.place = place
        self.text = synthetic ? text + " (Synthetic demonstration data.)" : text
    }
}
