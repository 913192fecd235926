import Analysis
import Foundation
import Loaders
import Report

extension Generator {
    /// The render step of `sna generate`: findings to every file of the report, in memory.
    struct Rendering {
        var options: GenerateOptions
        var configuration: Configuration
        var settings: [(String, JSONValue)]
        var templateSource: TemplateSource
        var fingerprint: InputFingerprint
        var fingerprintValue: String
        /// For warnings that do not stop the run (a note on a section the report leaves out).
        var log: @Sendable (String) -> Void

        /// Every file of the report (path within the period's folder, contents), and the
        /// templates, which the output index uses too.
        func render(_ inputs: LoadedInputs, _ analysed: Analysed,
                    templates loading: Background<TemplateSet>) throws -> ([(path: String, contents: String)], TemplateSet) {
            let quarter = analysed.street.period.quarter
            var model = model(inputs, analysed)
            model.commentary = try CommentaryInput.load(configuration, quarter: quarter)
            if let file = configuration.recommendations {
                model.recommendations = try RecommendationsLoader.load(path: file.path, display: file.display)
            }
            let document = ReportDocument.make(model, drawFigures: false)
            // The charts are drawn on the other cores while the page is rendered here.
            let undrawn = document.figures
            let drawing = Background(inline: !options.parallel) { () -> Figures in
                var figures = undrawn
                figures.draw()
                return figures
            }
            defer { drawing.waitQuietly() }
            // The CSV tables and findings.json are written out while the page is rendered.
            let (tables, findingsValue) = (document.tables, document.findings)
            let texts = Background(inline: !options.parallel) {
                (tables.map { (path: "data/\($0.name).csv", contents: $0.text) }, findingsValue.text)
            }
            defer { texts.waitQuietly() }
            let templates = try loading.wait()
            var context = document.context
            if let commentary = model.commentary, let file = CommentaryInput.file(configuration, quarter: quarter) {
                for warning in commentary.unshownNotes(context: context, path: file.display) { log(warning) }
            }
            context["as_of"] = options.asOf ?? ""
            context["has_as_of"] = options.asOf != nil
            let markdown = Numbering.number(try templates.render("assessment.md", context: context))
            let converted = CommonMarkConverter.html(fromMarkdown: markdown)
            let figures = try drawing.wait()
            let body = Numbering.wrapTables(Numbering.anchorHeadings(figures.inline(into: converted)))
            let html = try HTMLDocument.render(bodyHTML: body, title: "\(configuration.title): \(configuration.areaName), \(quarter)",
                                               templates: templates)
            var output: [(path: String, contents: String)] = [("assessment.md", markdown), ("assessment.html", html)]
            if let brief = try Brief.render(context: context, title: "\(configuration.title): the brief, \(configuration.areaName), \(quarter)",
                                            figures: figures, templates: templates) {
                output += [("brief.md", brief.markdown), ("brief.html", brief.html)]
            }
            output += figures.files
            let (tableFiles, findingsText) = try texts.wait()
            output += tableFiles
            output.append(("findings.json", findingsText))
            let manifest = Manifest(version: version, fingerprint: fingerprintValue, period: quarter.description,
                                    settings: [("period", .string(quarter.description))] + settings,
                                    inputs: inputs.manifestInputs(fingerprint),
                                    templatesFrom: templateSource.description(version: version), templates: fingerprint.templates)
            output.append(("manifest.json", manifest.json.text))
            return (output, templates)
        }

        func model(_ inputs: LoadedInputs, _ analysed: Analysed) -> ReportModel {
            let synthetic = configuration.data.synthetic
            let previous = previousFindings(options.output, before: analysed.street.period.quarter).path
            var model = ReportModel(
                title: configuration.title, areaName: configuration.areaName, forceName: inputs.forceName, street: analysed.street,
                sources: inputs.sources, duplicateCrimeIDs: inputs.street.duplicateCrimeIDs, populationYear: inputs.population.year,
                seriousViolenceCodes: configuration.seriousViolenceCodes, minimumCount: configuration.minimumCount,
                version: version, violence: analysed.violence,
                policeRecordsSynthetic: synthetic.contains(.policeRecords),
                health: analysed.health, forecasts: analysed.forecasts,
                healthSynthetic: synthetic.contains(.emergencyDepartment) || synthetic.contains(.majorTrauma),
                previousFindings: FileManager.default.contents(atPath: previous).map { String(decoding: $0, as: UTF8.self) })
            model.similarForcesSource = configuration.similarForcesSource
            model.boundaries = inputs.boundaries
            return model
        }
    }
}
