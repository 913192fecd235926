import Foundation
import Testing
import TestSupport

/// Runs the built `sna` as a user would, and checks what they see and the exit status.
@Suite("The command line")
struct CommandLineTests {
    /// The `sna` executable built beside the test bundle.
    static var executable: URL {
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [bundle, bundle.deletingLastPathComponent()]
        return candidates.map { $0.appendingPathComponent("sna") }.first { FileManager.default.isExecutableFile(atPath: $0.path) }
            ?? Repository.root.appendingPathComponent(".build/debug/sna")
    }

    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> (status: Int32, output: String, errors: String) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        process.currentDirectoryURL = Repository.root
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }

    @Test("--help lists the three commands")
    func help() throws {
        let result = try Self.run(["--help"])
        #expect(result.status == 0)
        for command in ["generate", "check", "synthesize"] { #expect(result.output.contains(command)) }
    }

    @Test("a usage error exits 64")
    func usage() throws {
        #expect(try Self.run(["generate", "--no-such-option"]).status == 64)
    }

    @Test("a bad period is a usage error (exit 64) with a message saying what was expected")
    func badPeriod() throws {
        let result = try Self.run(["generate", "--period", "2020-Q5", "--output", NSTemporaryDirectory()])
        #expect(result.status == 64)
        #expect(result.errors.contains("error: --period '2020-Q5' is not a quarter (expected YYYY-Qn, like 2020-Q3)"))
    }

    @Test("a missing configuration exits 1 naming the file")
    func missingConfiguration() throws {
        let result = try Self.run(["check", "--config", "nowhere/assessment.yml"])
        #expect(result.status == 1)
        #expect(result.errors.contains("nowhere/assessment.yml: error: no such file"))
    }

    @Test("sna check prints every input's rows, and --strict fails on an invalid row")
    func check() throws {
        let (folder, configuration) = try SmallFixture.write()
        defer { try? FileManager.default.removeItem(at: folder) }
        let relaxed = try Self.run(["check", "--config", configuration])
        #expect(relaxed.status == 0)
        #expect(relaxed.output.contains("police_street  police-uk"))
        #expect(relaxed.output.contains("74      73         0         1"))
        #expect(relaxed.errors.contains("police-uk/testshire/2020-06/2020-06-testshire-street.csv:9:6: error: column 'Month': '2020-13' is not a month (expected YYYY-MM)"))
        let strict = try Self.run(["check", "--strict", "--config", configuration])
        #expect(strict.status == 1)
    }

    @Test("--timings reports each step; the digest cache and --no-digest-cache write the same report")
    func timingsAndDigestCache() throws {
        let (folder, configuration) = try SmallFixture.write()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = folder.appendingPathComponent("cache").path
        let output = folder.appendingPathComponent("out").path
        let timed = try Self.run(["generate", "--timings", "--config", configuration, "--output", output, "--templates", "Templates"],
                                 environment: ["SNA_CACHE_DIR": cache])
        #expect(timed.status == 0, "\(timed.errors)")
        let lines = timed.errors.split(separator: "\n").map(String.init)
        for (index, line) in lines.enumerated() where line.hasPrefix("[") {
            let next = index + 1 < lines.count ? lines[index + 1] : ""
            #expect(next.range(of: #"^ +\d+\.\d{3} s$"#, options: .regularExpression) != nil, "no time after \(line)")
        }
        let manifest = try String(contentsOfFile: output + "/2020-Q4/manifest.json", encoding: .utf8)
        let cached = try Self.run(["generate", "--config", configuration, "--output", output, "--templates", "Templates"],
                                  environment: ["SNA_CACHE_DIR": cache])
        #expect(cached.status == 0)
        #expect(try String(contentsOfFile: output + "/2020-Q4/manifest.json", encoding: .utf8) == manifest)
        let uncached = try Self.run(["generate", "--no-digest-cache", "--config", configuration, "--output", output, "--templates", "Templates"])
        #expect(uncached.status == 0)
        #expect(try String(contentsOfFile: output + "/2020-Q4/manifest.json", encoding: .utf8) == manifest)
    }

    @Test("--pdf prints the report to A4 with Chromium", .enabled(if: PDFCheck.browserAvailable))
    func pdf() throws {
        let (folder, configuration) = try SmallFixture.write()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("Output").path
        let result = try Self.run(["generate", "--config", configuration, "--output", output,
                                   "--templates", Repository.templates, "--pdf"])
        #expect(result.status == 0, "\(result.errors)")
        let pdf = try Data(contentsOf: URL(fileURLWithPath: output + "/2020-Q4/assessment.pdf"))
        #expect(pdf.starts(with: Array("%PDF".utf8)))
        #expect(String(decoding: pdf, as: UTF8.self).contains("/MediaBox [0 0 594.95996 841.91998]"))
    }
}

enum PDFCheck {
    static var browserAvailable: Bool {
        ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].contains { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
