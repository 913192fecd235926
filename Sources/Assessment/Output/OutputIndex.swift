import Foundation
import Loaders
import Report

/// `Output/index.html`: every period's report in the output folder, the latest first, and
/// which of them are published and when.
enum OutputIndex {
    static func write(output: String, configuration: Configuration, templates: TemplateSet) throws {
        let periods = ((try? FileManager.default.contentsOfDirectory(atPath: output)) ?? [])
            .compactMap(Quarter.parse)
            .filter { FileManager.default.fileExists(atPath: Pipeline.join(output, $0.description) + "/assessment.html") }
            .sorted(by: >)
        let published = Publication.all(in: output)
        let context: [String: Any] = [
            "lang": "en-GB",
            "title": configuration.title,
            "area_name": configuration.areaName,
            "stylesheet": try templates.file(named: HTMLDocument.stylesheetFile),
            "attribution": ReportContext.attribution,
            "reports": periods.enumerated().map { index, quarter -> [String: Any] in
                let publication = published[quarter.description]
                return ["period": quarter.description, "words": DateText.quarter(quarter),
                        "href": "\(quarter.description)/assessment.html", "latest": index == 0,
                        "has_brief": FileManager.default.fileExists(atPath: Pipeline.join(output, quarter.description) + "/brief.html"),
                        "brief_href": "\(quarter.description)/brief.html",
                        "published": publication != nil, "published_on": publication.map { day($0.publishedOn) } ?? ""]
            },
        ]
        let html = try templates.render("index.html", context: context)
        let path = Pipeline.join(output, "index.html")
        // The page is left alone when it already says this (nothing to flush or free).
        let unchanged = html.utf8.withContiguousStorageIfAvailable { OutputFile.holds(UnsafeRawBufferPointer($0), at: path) } ?? false
        if unchanged { return }
        let staging = Pipeline.join(output, ".index.html.new")
        unlink(staging)  // left by a run that was killed (the caller holds the output lock)
        let failure = Array(html.utf8).withUnsafeBytes { OutputFile.writeReportingErrno($0, to: staging) }
        guard failure == 0 else {
            throw AssessmentError(["\(path): error: cannot be written: \(OutputError.reason(errno: failure))"])
        }
        // rename(2) swaps the new page in whole, whether or not an old one is there.
        guard rename(staging, path) == 0 else {
            let reason = OutputError.reason(errno: errno)
            unlink(staging)
            throw AssessmentError(["\(path): error: cannot be written: \(reason)"])
        }
    }

    /// `2020-11-12` → `12 November 2020`; anything else as it is.
    static func day(_ date: String) -> String {
        let parts = date.split(separator: "-").map { Int($0) }
        guard parts.count == 3, let year = parts[0], let month = parts[1], let day = parts[2], (1...12).contains(month) else {
            return date
        }
        return "\(day) \(DateText.month(YearMonth(year: year, month: month)))"
    }
}
