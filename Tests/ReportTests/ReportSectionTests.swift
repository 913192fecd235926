import Analysis
import Foundation
import Loaders
@testable import Report
import Testing

/// The report as an ordered list of sections: their order, their tables, their template
/// names and the typed values they pass to each other, on the small model of
/// `PublishedViolenceTests` (three districts, 55 serious violence offences).
@Suite("Report sections")
struct ReportSectionTests {
    static var document: ReportDocument { PublishedViolenceTests.document }

    /// The same area with no police.uk crimes and no police, health or forecast findings.
    static var bareDocument: ReportDocument {
        let street = StreetCrimeAnalysis.analyse(.init(
            tally: StreetCrimeTally(), geography: PublishedViolenceTests.geography, population: [:], forceCode: "F1",
            forceName: "Testshire", areas: [], period: PublishedViolenceTests.period, comparators: []))
        let model = ReportModel(title: "Test", areaName: "Testshire", forceName: "Testshire", street: street, sources: [],
                                duplicateCrimeIDs: 0, populationYear: nil, seriousViolenceCodes: ["5D"], minimumCount: 8, version: "test")
        return ReportDocument.make(model, drawFigures: false)
    }

    @Test("the document walks its sections in the order of the report")
    func order() {
        let names = Self.document.sections.map { String(describing: type(of: $0)) }
        #expect(names == ["CoverSection", "WhatChangedSection", "VolumeSection", "EnglandAndWalesSection", "SimilarForcesSection", "WhereSection", "MapSection", "SeriousViolenceMapSection",
                          "WhenSection", "WhoSection", "DomesticAbuseAndRapeSection", "OffendersSection", "YoungPeopleSection", "DriversSection", "UnseenSection", "ForecastSection",
                          "DataQualitySection", "MethodsSection", "CommentarySection",
                          "RecommendationsSection"])
    }

    @Test("each table's CSV header is its column keys and its Markdown header their headings, every row as wide as the columns")
    func tableHeaders() throws {
        let tables = Self.document.sections.flatMap(\.tables)
        #expect(!tables.isEmpty)
        #expect(Set(tables.map(\.name)).count == tables.count, "two tables share a name")
        for table in tables {
            let csvHeader = try #require(table.csv.text.split(separator: "\n").first)
            #expect(csvHeader == table.columns.map(\.key).joined(separator: ","), "\(table.name)")
            let headings = table.columns.compactMap(\.heading)
            let markdownHeader = try #require(table.markdown.split(separator: "\n").first)
            #expect(markdownHeader == "| " + headings.map { MarkdownEscaping.escape($0) }.joined(separator: " | ") + " |", "\(table.name)")
            #expect(table.rows.allSatisfy { $0.count == table.columns.count }, "\(table.name)")
        }
    }

    @Test("no two sections give the templates the same name")
    func uniqueNames() {
        var owner: [String: String] = [:]
        for section in Self.document.sections {
            let name = String(describing: type(of: section))
            for key in section.templateDictionary().keys {
                #expect(owner[key] == nil, "\(key) is given by \(owner[key] ?? "") and \(name)")
                owner[key] = name
            }
        }
        #expect(owner["table_violence_by_area"] == "WhereSection")
        #expect(owner["share_male_18_to_36"] == "WhoSection")
    }

    @Test("every section's names have values without police, health or forecast data")
    func namesWithoutData() throws {
        let bare = Self.bareDocument
        // The same names as with police records: missing data change values, never names.
        #expect(Set(bare.context.keys).isSuperset(of: Self.document.context.keys.filter { !$0.hasPrefix("table_") }))
        #expect(bare.context["has_violence"] as? Bool == false)
        #expect(bare.context["deprivation_ratio"] as? Bool == false)
        #expect(bare.context["unknown_time"] as? String == "n/a")
    }

    @Test("the built-in templates render with police records and without them")
    func renders() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Templates")
        let templates = try TemplateSet(directory: folder, displayPath: "Templates")
        let full = try templates.render("assessment.md", context: Self.document.context)
        #expect(full.contains("### Serious violence: volume and trend"))
        #expect(full.contains("55 serious violence offences were recorded over the assessment year"))
        let bare = try templates.render("assessment.md", context: Self.bareDocument.context)
        #expect(!bare.contains("Serious violence: volume and trend"))
        #expect(bare.contains("## Appendix B: methods"))
    }

    @Test("the summary lists headlines in the order of their places, police.uk first")
    func summaryOrder() throws {
        let cover = try #require(Self.document.sections.first as? CoverSection)
        let texts = cover.context.summary.map(\.text)
        let trend = try #require(texts.firstIndex { $0.contains("serious violence offences were recorded") })
        let crimes = try #require(texts.firstIndex { $0.hasPrefix("police.uk holds") })
        #expect(crimes < trend)
        #expect(cover.context.summary.map(\.number) == texts.indices.map { String($0 + 1) })
    }

    @Test("the when and drivers sections hand the unseen section typed values, as published")
    func typedValues() throws {
        let when = try #require(Self.document.sections.compactMap { $0 as? WhenSection }.first)
        let drivers = try #require(Self.document.sections.compactMap { $0 as? DriversSection }.first)
        // Every record has a date but no time: each hour holds zero, which is shown.
        #expect(when.seriousByHour == Array(repeating: 0, count: 24))
        // No knives: each complete quarter is a published zero.
        #expect(drivers.knifeByQuarter.keys.sorted().map(\.description) == ["2020-Q1", "2020-Q2", "2020-Q3", "2020-Q4"])
        #expect(drivers.knifeByQuarter.values.allSatisfy { $0 == 0 })
        // Every record's time is unknown, 55 of them: not small, so shown.
        #expect(when.context.unknownTime == "55")
    }

    @Test("template names are the properties in snake case, digits apart", arguments: [
        ("crimesYear", "crimes_year"), ("shareMale18To36", "share_male_18_to_36"), ("shareUnder25", "share_under_25"),
        ("figureEdVsPolice", "figure_ed_vs_police"), ("duplicateCrimeIds", "duplicate_crime_ids"), ("gini", "gini"),
    ])
    func snakeCase(name: String, expected: String) {
        #expect(TemplateName.snakeCase(name) == expected)
    }

    struct Sample: TemplateValues {
        struct Item: TemplateValues { var text: String }
        var title = "A"
        var note: String?
        var items = [Item(text: "x")]
    }

    @Test("a typed context converts once: nested values to dictionaries, a missing optional to false")
    func conversion() throws {
        let values = Sample().templateDictionary()
        #expect(values["title"] as? String == "A")
        #expect(values["note"] as? Bool == false)
        let items = try #require(values["items"] as? [[String: Any]])
        #expect(items.first?["text"] as? String == "x")
        var shown = Sample()
        shown.note = "n"
        #expect(shown.templateDictionary()["note"] as? String == "n")
    }
}
