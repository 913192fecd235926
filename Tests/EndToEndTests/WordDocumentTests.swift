import Foundation
import Testing
import TestSupport

/// `sna generate --docx`: the report as a Word document, through pandoc.
@Suite("The Word document")
struct WordDocumentTests {
    /// A program on the PATH, as a shell finds it.
    static func onPath(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static var toolsAvailable: Bool { onPath("pandoc") != nil && onPath("python3") != nil }

    /// The names in a zip file and the text of one member, read with Python's zipfile
    /// (which also checks every member's CRC): nil when the file is not a valid zip.
    static func unzip(_ file: String, member: String) throws -> (names: [String], text: String)? {
        let script = """
            import sys, zipfile
            with zipfile.ZipFile(sys.argv[1]) as z:
                if z.testzip() is not None: sys.exit(2)
                print("\\n".join(z.namelist()))
                print("----")
                sys.stdout.write(z.read(sys.argv[2]).decode("utf-8"))
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: onPath("python3") ?? "/usr/bin/python3")
        process.arguments = ["-c", script, file, member]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        let parts = String(decoding: data, as: UTF8.self).components(separatedBy: "\n----\n")
        guard parts.count == 2 else { return nil }
        return (parts[0].split(separator: "\n").map(String.init), parts[1])
    }

    @Test("--docx writes a valid Word document with the report's headings, its tables and its charts",
          .enabled(if: toolsAvailable, "needs pandoc (scripts/setup --docx installs it) and python3 to read the zip"))
    func demonstration() throws {
        let folder = try TemporaryDirectory.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CommandLineTests.run(["generate", "--config", Repository.configuration, "--output", folder.path,
                                               "--period", "2020-Q4", "--docx"])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.errors.contains("[10/10] write the Word document"))
        let docx = folder.path + "/2020-Q4/assessment.docx"
        let unzipped = try Self.unzip(docx, member: "word/document.xml")
        let (names, xml) = try #require(unzipped, "assessment.docx is not a valid zip")
        // Headings as Word headings, with the report's own words.
        #expect(xml.contains("<w:pStyle w:val=\"Heading1\" />"))
        #expect(xml.contains("<w:pStyle w:val=\"Heading2\" />"))
        #expect(xml.contains("Serious Violence Strategic Needs Assessment"))
        #expect(xml.contains("Summary of key findings"))
        // Tables as Word tables.
        #expect(xml.components(separatedBy: "<w:tbl>").count - 1 >= 10)
        // Charts as pictures; with rsvg-convert, each has a PNG copy for older Word.
        #expect(xml.contains("<pic:pic"))
        let media = names.filter { $0.hasPrefix("word/media/") }
        #expect(media.contains { $0.hasSuffix(".svg") })
        if Self.onPath("rsvg-convert") != nil { #expect(media.contains { $0.hasSuffix(".png") }) }
        // Not in the manifest: the document is not byte-for-byte repeatable.
        let manifest = try String(contentsOfFile: folder.path + "/2020-Q4/manifest.json", encoding: .utf8)
        #expect(!manifest.contains("docx"))
    }

    @Test("reference.docx in the templates folder gives the Word document its styles",
          .enabled(if: toolsAvailable, "needs pandoc (scripts/setup --docx installs it) and python3 to edit the zip"))
    func referenceDocument() throws {
        let (folder, configuration) = try SmallFixture.write()
        defer { try? FileManager.default.removeItem(at: folder) }
        let templates = folder.appendingPathComponent("templates")
        try FileManager.default.copyItem(atPath: Repository.templates, toPath: templates.path)
        // pandoc's own reference document, with dark red instead of blue for headings.
        let script = """
            import subprocess, sys, zipfile
            default = subprocess.run(["pandoc", "--print-default-data-file", "reference.docx"], check=True,
                                     capture_output=True).stdout
            open(sys.argv[1] + ".default", "wb").write(default)
            with zipfile.ZipFile(sys.argv[1] + ".default") as source, zipfile.ZipFile(sys.argv[1], "w") as target:
                for item in source.infolist():
                    data = source.read(item.filename)
                    if item.filename == "word/styles.xml":
                        data = data.replace(b'w:val="4F81BD"', b'w:val="8B0000"')
                    target.writestr(item, data)
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.onPath("python3") ?? "/usr/bin/python3")
        process.arguments = ["-c", script, templates.appendingPathComponent("reference.docx").path]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)

        let output = folder.appendingPathComponent("Output").path
        let result = try CommandLineTests.run(["generate", "--config", configuration, "--output", output,
                                               "--templates", templates.path, "--docx"])
        #expect(result.status == 0, "\(result.errors)")
        let styles = try Self.unzip(output + "/2020-Q4/assessment.docx", member: "word/styles.xml")
        #expect(styles?.text.contains("w:val=\"8B0000\"") == true)
        #expect(styles?.text.contains("w:val=\"4F81BD\"") == false)
    }

    @Test("--docx without pandoc is a clear error")
    func missingPandoc() throws {
        let (folder, configuration) = try SmallFixture.write()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("Output").path
        let result = try CommandLineTests.run(["generate", "--config", configuration, "--output", output,
                                               "--templates", Repository.templates, "--docx"],
                                              environment: ["PATH": folder.path])
        #expect(result.status == 1)
        #expect(result.errors.hasSuffix("""
            error: --docx needs pandoc (apt-get install pandoc librsvg2-bin, or scripts/setup --docx), and pandoc is not on the PATH
            (in step 'write the Word document')

            """))
        // The report itself is written before the Word document is attempted.
        #expect(FileManager.default.fileExists(atPath: output + "/2020-Q4/assessment.md"))
    }
}
