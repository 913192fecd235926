import Analysis
import Foundation
import Loaders

/// Everything the report writes, built from the model in one pass: disclosure control
/// first, then the sections' template context, figures, CSV tables and findings.json, all
/// from the same suppressed numbers.
public struct ReportDocument {
    /// The sections in the order the report places them.
    public var sections: [any ReportSection]
    /// The template context: every section's values, converted once.
    public var context: [String: Any]
    public var figures: Figures
    public var tables: [CSVTable]
    public var findings: JSONValue

    /// With `drawFigures` false, the figures are left for the caller to draw
    /// (`Figures.draw`), say while the page is rendered: their Markdown is in the
    /// context either way. `asOf` is the date the report says its data are as of.
    public static func make(_ model: ReportModel, asOf: String? = nil, drawFigures: Bool = true) -> ReportDocument {
        // Phase 1: the sections with confidential counts register them, and the totals
        // they add up to, in one disclosure-control problem; then it is solved once.
        var problem = Suppression(minimumCount: model.minimumCount)
        let police = model.violence.map { PoliceRecordCells($0, in: &problem) }
        let healthCells = model.health.map { UnseenSection.Cells($0, in: &problem) }
        let youngEmergencyCells = model.health.map {
            YoungPeopleSection.EmergencyDepartmentCells($0, yearAttendances: healthCells?.yearAttendances, in: &problem)
        }
        problem.apply()
        let disclosed = Disclosed(applied: problem)

        // Phase 2: each section publishes from the disclosed counts.
        var figures = Figures()
        let violence = model.violence
        let synthetic = model.policeRecordsSynthetic
        let shares = DriversSection.shares(violence, cells: police?.drivers, disclosed: disclosed)
        let volume = VolumeSection(model, cells: police?.volume, disclosed: disclosed, figures: &figures)
        let englandAndWales = EnglandAndWalesSection(model.street)
        let map = MapSection(model.street, boundaries: model.boundaries, figures: &figures)
        let similarForces = SimilarForcesSection(model.street, source: model.similarForcesSource, figures: &figures)
        let whereSection = WhereSection(model, cells: police?.where, disclosed: disclosed, figures: &figures)
        let seriousMap = SeriousViolenceMapSection(violence, cells: police?.seriousMap, disclosed: disclosed, synthetic: synthetic,
                                                   figures: &figures)
        let when = WhenSection(violence, cells: police?.when, shares: shares, disclosed: disclosed, synthetic: synthetic, figures: &figures)
        let who = WhoSection(violence, cells: police?.who, shares: shares, disclosed: disclosed, synthetic: synthetic, figures: &figures)
        let domesticAbuseAndRape = DomesticAbuseAndRapeSection(violence, cells: police?.domesticAbuseAndRape, shares: shares,
                                                               disclosed: disclosed, synthetic: synthetic)
        let offenders = OffendersSection(violence, cells: police?.offenders, disclosed: disclosed, synthetic: synthetic, figures: &figures)
        let young = YoungPeopleSection(violence, cells: police?.young, health: model.health, emergencyCells: youngEmergencyCells,
                                       disclosed: disclosed, synthetic: synthetic, figures: &figures)
        let drivers = DriversSection(violence, cells: police?.drivers, shares: shares, disclosed: disclosed, synthetic: synthetic)
        let unseen = UnseenSection(model.health, cells: healthCells, disclosed: disclosed, synthetic: model.healthSynthetic,
                                   knifeByQuarter: drivers.knifeByQuarter, seriousByHour: when.seriousByHour, figures: &figures)
        let forecast = ForecastSection(model.forecasts, recordMonths: violence.map { Set($0.monthly.map(\.month)).count },
                                       synthetic: synthetic, figures: &figures)

        let findings = FindingsJSON.make(model, volume: volume, where: whereSection, drivers: drivers, unseen: unseen, forecast: forecast,
                                         map: map, similarForces: similarForces, offenders: offenders, young: young,
                                         domesticAbuseAndRape: domesticAbuseAndRape)
        let whatChanged = WhatChangedSection(previous: model.previousFindings, current: findings)
        let content: [any ReportSection] = [volume, englandAndWales, similarForces, whereSection, map, seriousMap, when, who,
                                            domesticAbuseAndRape, offenders, young, drivers, unseen, forecast]
        let cover = CoverSection(model, headlines: content.flatMap(\.headlines), asOf: asOf,
                                 violenceHasSuppressed: police.map { disclosed.anySuppressed(in: $0.range) } ?? false)
        let sections: [any ReportSection] = [cover, whatChanged] + content + [DataQualitySection(model), MethodsSection(model),
                                                                  CommentarySection(model.commentary),
                                                                  RecommendationsSection(model.recommendations, quarter: model.street.period.quarter)]

        if drawFigures { figures.draw() }
        return ReportDocument(sections: sections, context: templateContext(sections), figures: figures,
                              tables: sections.flatMap(\.tables).map(\.csv), findings: findings)
    }

    /// The sections' values in one dictionary for the templates. Two sections may not
    /// give the same name (a test checks it); the first one's value stands.
    static func templateContext(_ sections: [any ReportSection]) -> [String: Any] {
        var context: [String: Any] = [:]
        for section in sections {
            context.merge(section.templateDictionary()) { first, _ in first }
        }
        return context
    }
}

/// The serious violence sections' cells, registered in the order their totals build on
/// each other: the volume section's year total is what areas, times and victims add up to.
struct PoliceRecordCells {
    var volume: VolumeSection.Cells
    var `where`: WhereSection.Cells
    var when: WhenSection.Cells
    var who: WhoSection.Cells
    var offenders: OffendersSection.Cells
    var drivers: DriversSection.Cells
    var young: YoungPeopleSection.Cells
    var domesticAbuseAndRape: DomesticAbuseAndRapeSection.Cells?
    var seriousMap: SeriousViolenceMapSection.Cells?
    /// Every cell from the police records, for the shared "suppressed" note.
    var range: Range<Suppression.Cell>

    init(_ findings: ViolenceFindings, in problem: inout Suppression) {
        let first = problem.cellCount
        volume = VolumeSection.Cells(findings, in: &problem)
        `where` = WhereSection.Cells(findings, seriousYear: volume.seriousYear, in: &problem)
        when = WhenSection.Cells(findings, seriousYear: volume.seriousYear,
                                 seriousByMonth: volume.monthly[ViolenceFindings.seriousViolence] ?? [:], in: &problem)
        who = WhoSection.Cells(findings, seriousYear: volume.seriousYear, in: &problem)
        offenders = OffendersSection.Cells(findings, seriousYear: volume.seriousYear, in: &problem)
        drivers = DriversSection.Cells(findings, seriousYear: volume.seriousYear, in: &problem)
        young = YoungPeopleSection.Cells(findings, seriousYear: volume.seriousYear,
                                         seriousByMonth: volume.monthly[ViolenceFindings.seriousViolence] ?? [:],
                                         who: who, offenders: offenders, drivers: drivers, in: &problem)
        domesticAbuseAndRape = DomesticAbuseAndRapeSection.Cells(findings, volume: volume, in: &problem)
        let seriousYear = volume.seriousYear, districts = `where`.districts
        seriousMap = findings.seriousHexbins.map {
            SeriousViolenceMapSection.Cells($0, seriousYear: seriousYear, districts: districts, in: &problem)
        }
        range = first..<problem.cellCount
    }
}
