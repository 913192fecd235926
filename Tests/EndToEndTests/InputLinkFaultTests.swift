@testable import Assessment
import Foundation
import Testing
import TestSupport

/// Faults in input folders: links that lead out of the folder or round in a loop, files
/// that are not regular files, and files that are not the input's. Each ends in an error
/// naming the place, or in a report of only the input's own files; never a hang.
@Suite("Faults: links and odd files in input folders")
struct InputLinkFaultTests {
    /// Runs `generate` on the small fixture after `change` alters its folder; the error's
    /// text, or nil and the manifest when the run succeeds.
    func generate(_ change: (URL) throws -> Void) throws -> (error: String?, manifest: String) {
        let (folder, configuration) = try SmallFixture.write()
        defer { try? FileManager.default.removeItem(at: folder) }
        try change(folder)
        let output = folder.appendingPathComponent("Output").path
        let options = GenerateOptions(configurationFile: configuration, output: output, templates: Repository.templates)
        do {
            let summary = try Generator.run(options) { _ in }
            return (nil, (try? String(contentsOfFile: summary.folder + "/manifest.json", encoding: .utf8)) ?? "")
        } catch {
            return (error.description, "")
        }
    }

    func link(_ folder: URL, _ path: String, to target: String) throws {
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent(path).path, withDestinationPath: target)
    }

    @Test("a link back up the folder (a loop) is an error, not every count multiplied")
    func loop() throws {
        let result = try generate { try link($0, "police-uk/testshire/loop", to: "..") }
        #expect(result.error?.contains("police-uk/testshire/loop: error: leads to a folder already read (a link loop, or a second link to one folder)") == true,
                "\(result.error ?? "no error")")
    }

    @Test("a second link to a folder inside is an error, not its files counted twice")
    func secondLink() throws {
        let result = try generate { try link($0, "police-uk/testshire/latest", to: "2020-12") }
        #expect(result.error?.contains("police-uk/testshire/latest: error: leads to a folder already read") == true,
                "\(result.error ?? "no error")")
    }

    @Test("links to folders outside the input folder (/etc, /dev, a sibling input) are errors", arguments: ["/etc", "/dev", "../../geography"])
    func outside(target: String) throws {
        let result = try generate { try link($0, "police-uk/testshire/elsewhere", to: target) }
        #expect(result.error?.contains("police-uk/testshire/elsewhere: error: is a link to a folder outside police-uk (links are followed only to folders inside the input folder)") == true,
                "\(result.error ?? "no error")")
    }

    @Test("a FIFO in an input folder is an error, not a hang")
    func fifo() throws {
        let result = try generate { folder in
            #expect(mkfifo(folder.appendingPathComponent("population/mid-2019-extra.csv").path, 0o644) == 0)
        }
        #expect(result.error?.contains("population/mid-2019-extra.csv: error: is a FIFO (named pipe), not a regular file") == true,
                "\(result.error ?? "no error")")
    }

    @Test("a FIFO named as an input file is an error, not a hang")
    func fifoInput() throws {
        let result = try generate { folder in
            let lookup = folder.appendingPathComponent("geography/lsoa.csv").path
            try FileManager.default.removeItem(atPath: lookup)
            #expect(mkfifo(lookup, 0o644) == 0)
        }
        #expect(result.error?.contains("geography/lsoa.csv: error: is a FIFO (named pipe), not a regular file") == true,
                "\(result.error ?? "no error")")
    }

    @Test("only files matching the input's pattern are read and listed in the manifest")
    func pattern() throws {
        let result = try generate { folder in
            try Data("secret".utf8).write(to: folder.appendingPathComponent("police-uk/testshire/notes.txt"))
            try Data("secret".utf8).write(to: folder.appendingPathComponent("comparators/README.md"))
            try link(folder, "police-uk/testshire/passwd", to: "/etc/passwd")
        }
        #expect(result.error == nil, "\(result.error ?? "")")
        #expect(result.manifest.contains("2020-01-testshire-street.csv"))
        for name in ["notes.txt", "README.md", "passwd"] { #expect(!result.manifest.contains(name)) }
    }
}
