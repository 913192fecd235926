import Foundation

/// Writes the report's Markdown to `assessment.docx` with pandoc, for panels that
/// circulate papers as Word documents: headings as Word headings, tables as Word tables,
/// charts as pictures.
///
/// pandoc turns the SVG charts into pictures with `rsvg-convert` (Debian's `librsvg2-bin`),
/// embedding a PNG copy beside each SVG so that every version of Word shows them; without
/// it the charts go in as SVG alone, which only recent versions of Word display.
/// Headings and fonts come from pandoc's default reference document, or from
/// `reference.docx` in the area's templates folder when there is one.
///
/// Like the PDF, the document is not byte-for-byte repeatable (pandoc stamps it), so it
/// is left out of the manifest.
enum WordWriter {
    static let referenceFile = "reference.docx"

    static func write(markdown: String, to docx: String, templates: TemplateSource,
                      log: (String) -> Void) throws(AssessmentError) {
        guard let pandoc = Executable.find("pandoc") else {
            throw AssessmentError("--docx needs pandoc (apt-get install pandoc librsvg2-bin, or scripts/setup --docx), and pandoc is not on the PATH")
        }
        if Executable.find("rsvg-convert") == nil {
            log("note: rsvg-convert is not on the PATH (apt-get install librsvg2-bin), so the charts go into \(docx) as SVG alone, which only recent versions of Word show")
        }
        let markdownURL = URL(fileURLWithPath: markdown)
        let folder = markdownURL.deletingLastPathComponent()
        var arguments = ["--from", "gfm", "--to", "docx", "--resource-path", folder.path,
                         "--output", URL(fileURLWithPath: docx).path, markdownURL.path]
        if case let .folder(path, _, _) = templates {
            let reference = URL(fileURLWithPath: path).appendingPathComponent(referenceFile).path
            if FileManager.default.fileExists(atPath: reference) { arguments.insert("--reference-doc=\(reference)", at: 0) }
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: pandoc)
        process.arguments = arguments
        // Relative chart paths are found from the report's own folder.
        process.currentDirectoryURL = folder
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw AssessmentError(["\(pandoc): error: cannot be run: \(error.localizedDescription)"])
        }
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0, FileManager.default.fileExists(atPath: docx) else {
            let detail = message.split(separator: "\n").first.map { ": \($0)" } ?? ""
            throw AssessmentError(["\(docx): error: pandoc could not write the Word document (exit \(process.terminationStatus))\(detail)"])
        }
    }
}

/// Programs sna runs, found on the PATH as a shell would.
enum Executable {
    static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}
