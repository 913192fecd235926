import Foundation
import Testing
import TestSupport
import Report

@Suite("The built-in templates")
struct BuiltInTemplatesTests {
    /// `Templates/` at the package root, found from this file's path.
    private static let templatesFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Templates")

    @Test("are the files of Templates/, byte for byte (else run scripts/embed-templates)")
    func matchFolder() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.templatesFolder.path)
            .filter { $0.hasSuffix(".mustache") || $0.hasSuffix(".css") }.sorted()
        #expect(BuiltInTemplates.fileNames == names, "Templates/ and the built-in templates differ: run scripts/embed-templates")
        for name in names {
            let text = try String(contentsOf: Self.templatesFolder.appendingPathComponent(name), encoding: .utf8)
            #expect(BuiltInTemplates.text(of: name) == text, "built-in \(name) is stale: run scripts/embed-templates")
        }
    }

    @Test("load as a set that renders like the folder's, and give the stylesheet")
    func loadAndRender() throws {
        let builtIn = try TemplateSet.builtIn()
        let folder = try TemplateSet(directory: Self.templatesFolder, displayPath: "Templates")
        #expect(builtIn.directory == nil)
        #expect(builtIn.templateFiles == folder.templateFiles)
        #expect(try builtIn.file(named: "style.css") == folder.file(named: "style.css"))
        let context: [String: Any] = ["title": "T", "lang": "en", "stylesheet": "", "body": "<p>x</p>"]
        #expect(try builtIn.render("assessment.html", context: context) == folder.render("assessment.html", context: context))
    }

    @Test("name a missing built-in file in the error")
    func missingFile() throws {
        #expect(throws: TemplateError(path: "built-in/nothing.css", message: "sna has no built-in file of this name")) {
            try TemplateSet.builtIn().file(named: "nothing.css")
        }
    }
}
