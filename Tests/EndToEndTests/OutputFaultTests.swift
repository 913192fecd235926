import Foundation
import Testing
import TestSupport

/// Faults around the output folder, tried on the real program: runs at the same time, a
/// run killed part way, and the command-line mistakes that must not write anything.
@Suite("Faults: the output folder")
struct OutputFaultTests {
    /// Starts `sna` with `arguments` (from the repository's root) without waiting for it.
    static func start(_ arguments: [String], in folder: URL = Repository.root) throws -> (process: Process, errors: Pipe) {
        let process = Process()
        process.executableURL = CommandLineTests.executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        return (process, errors)
    }

    /// Waits for the process; its exit status and what it wrote to standard error.
    static func finish(_ run: (process: Process, errors: Pipe)) -> (status: Int32, errors: String) {
        let errors = run.errors.fileHandleForReading.readDataToEndOfFile()
        run.process.waitUntilExit()
        return (run.process.terminationStatus, String(decoding: errors, as: UTF8.self))
    }

    /// Every file of a report folder with its bytes.
    static func snapshot(_ folder: String) -> [String: Data] {
        var files: [String: Data] = [:]
        for path in Repository.files(under: folder) {
            files[path] = FileManager.default.contents(atPath: folder + "/" + path)
        }
        return files
    }

    /// The entries of the output folder other than reports and the index.
    static func leftovers(_ output: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: output)) ?? []).filter { $0.hasPrefix(".") }.sorted()
    }

    static func generate(_ configuration: String, _ output: String, asOf: String, _ extra: [String] = []) -> [String] {
        ["generate", "--config", configuration, "--output", output, "--templates", Repository.templates, "--as-of", asOf,
         "--no-digest-cache"] + extra
    }

    @Test("runs at the same time into one folder each leave a whole report, one after the other")
    func concurrentRuns() throws {
        let (folder, configuration) = try SmallFixture.write()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("Output").path
        // Each run shows another date, so each writes its files afresh (a file the same as
        // the old report's is only linked, which leaves the race too little time).
        let dates = ["2021-01-01", "2021-02-02", "2021-03-03"]
        var complete: [[String: Data]] = []
        for (index, date) in dates.enumerated() {
            let reference = folder.appendingPathComponent("Reference\(index)").path
            #expect(Self.finish(try Self.start(Self.generate(configuration, reference, asOf: date))).status == 0)
            complete.append(Self.snapshot(reference + "/2020-Q4"))
        }
        #expect(complete.allSatisfy { $0.keys.contains("assessment.html") })
        // Before the lock, three runs at once, ten times, left a broken report saying
        // success in most tries of this test.
        for round in 0..<10 {
            let runs = try dates.map { try Self.start(Self.generate(configuration, output, asOf: $0)) }
            let results = runs.map(Self.finish)
            for result in results {
                #expect(result.status == 0, "round \(round): \(result.errors)")
            }
            let report = Self.snapshot(output + "/2020-Q4")
            #expect(complete.contains(report), "round \(round): the report is not one run's whole report")
            #expect(Self.leftovers(output) == [], "round \(round)")
        }
    }

    @Test("with --no-wait, a run finding the folder locked exits 1 saying who holds it")
    func noWait() throws {
        let (folder, configuration) = try SmallFixture.write()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("Output").path
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        // This test holds the lock as another run would, saying who it is.
        let descriptor = open(output + "/.sna.lock", O_RDWR | O_CREAT, 0o644)
        #expect(descriptor >= 0)
        defer { close(descriptor) }
        #expect(flock(descriptor, LOCK_EX | LOCK_NB) == 0)
        let holder = "pid 4242\nstarted 2021-01-01T09:00:00Z\n"
        #expect(write(descriptor, holder, holder.utf8.count) == holder.utf8.count)
        let result = try CommandLineTests.run(Self.generate(configuration, output, asOf: "2021-01-01", ["--no-wait"]))
        #expect(result.status == 1)
        #expect(result.errors.contains("\(output): error: another sna run is writing this folder (pid 4242, started 2021-01-01T09:00:00Z); try again when it ends, or leave out --no-wait to wait for it"))
        #expect(!FileManager.default.fileExists(atPath: output + "/2020-Q4"))
    }

    @Test("a run killed at any point leaves the old report whole or the new one complete, and the next run succeeds")
    func killedRuns() throws {
        let (folder, configuration) = try SmallFixture.write()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("Output").path
        let reference = folder.appendingPathComponent("Reference").path
        // Two different reports of the same quarter: the one in place and the one replacing it.
        #expect(Self.finish(try Self.start(Self.generate(configuration, reference, asOf: "2021-02-02"))).status == 0)
        let newer = Self.snapshot(reference + "/2020-Q4")
        #expect(Self.finish(try Self.start(Self.generate(configuration, output, asOf: "2021-01-01"))).status == 0)
        let first = Self.snapshot(output + "/2020-Q4")
        #expect(first != newer)
        var before = first
        // How long a whole run takes, to spread the kills over it.
        let clock = ContinuousClock()
        let started = clock.now
        #expect(Self.finish(try Self.start(Self.generate(configuration, output, asOf: "2021-01-01"))).status == 0)
        let whole = clock.now - started
        let microseconds = max(1000, Int(whole.components.seconds) * 1_000_000 + Int(whole.components.attoseconds / 1_000_000_000_000))
        var generator = SystemRandomNumberGenerator()
        for attempt in 0..<16 {
            let asOf = attempt % 2 == 0 ? "2021-02-02" : "2021-01-01"
            let run = try Self.start(Self.generate(configuration, output, asOf: asOf))
            let delay = Int.random(in: 0...microseconds, using: &generator)
            usleep(UInt32(delay))
            kill(run.process.processIdentifier, SIGKILL)
            _ = Self.finish(run)
            let now = Self.snapshot(output + "/2020-Q4")
            let target = asOf == "2021-02-02" ? newer : first
            #expect(now == before || now == target, "killed after \(delay) µs: the report is neither the old nor the new one")
            before = now
        }
        let last = Self.finish(try Self.start(Self.generate(configuration, output, asOf: "2021-02-02")))
        #expect(last.status == 0, "\(last.errors)")
        #expect(Self.snapshot(output + "/2020-Q4") == newer)
        #expect(Self.leftovers(output) == [])
    }

    @Test("an old report that cannot be deleted does not block later runs", .enabled(if: getuid() != 0))
    func undeletableOldReport() throws {
        let (folder, configuration) = try SmallFixture.write()
        let output = folder.appendingPathComponent("Output").path
        defer {
            Self.unlockAll(output)
            try? FileManager.default.removeItem(at: folder)
        }
        #expect(try CommandLineTests.run(Self.generate(configuration, output, asOf: "2021-01-01")).status == 0)
        // A folder of the old report that cannot be emptied: its files cannot be removed.
        _ = chmod(output + "/2020-Q4/data", 0o555)
        for asOf in ["2021-02-02", "2021-03-03"] {
            let result = try CommandLineTests.run(Self.generate(configuration, output, asOf: asOf))
            #expect(result.status == 0, "\(result.errors)")
            let manifest = (try? String(contentsOfFile: output + "/2020-Q4/manifest.json", encoding: .utf8)) ?? ""
            #expect(manifest.contains("\"as_of\": \"\(asOf)\""), "the new report is in place")
        }
    }

    @Test("staging folders a killed run left behind, under any name, never block a run and are cleared")
    func staleStaging() throws {
        let (folder, configuration) = try SmallFixture.write()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("Output").path
        for name in [".2020-Q4.new", ".2020-Q4.old", ".2020-Q4.new-99999", ".2020-Q4.old-12"] {
            try FileManager.default.createDirectory(atPath: output + "/" + name + "/data", withIntermediateDirectories: true)
            try Data("stale".utf8).write(to: URL(fileURLWithPath: output + "/" + name + "/data/x.csv"))
        }
        // Not sna's: left alone.
        try Data("mine".utf8).write(to: URL(fileURLWithPath: output + "/.notes"))
        let result = try CommandLineTests.run(Self.generate(configuration, output, asOf: "2021-01-01"))
        #expect(result.status == 0, "\(result.errors)")
        #expect(Self.leftovers(output) == [".notes"])
    }

    /// Gives back write permission to every folder under `path`, so that it can be removed.
    static func unlockAll(_ path: String) {
        _ = chmod(path, 0o755)
        for entry in (try? FileManager.default.subpathsOfDirectory(atPath: path)) ?? [] {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: path + "/" + entry, isDirectory: &isFolder), isFolder.boolValue {
                _ = chmod(path + "/" + entry, 0o755)
            }
        }
    }

    @Test("an output folder that cannot be made is an error with its path and reason, not a Foundation dump")
    func unwritableOutput() throws {
        let (folder, configuration) = try SmallFixture.write()
        defer { try? FileManager.default.removeItem(at: folder) }
        let blocker = folder.appendingPathComponent("file").path
        try Data("x".utf8).write(to: URL(fileURLWithPath: blocker))
        let result = try CommandLineTests.run(Self.generate(configuration, blocker + "/Output", asOf: "2021-01-01"))
        #expect(result.status == 1)
        #expect(result.errors.contains("\(blocker)/Output: error: the output folder cannot be made: not a directory"), "\(result.errors)")
        #expect(!result.errors.contains("NSCocoaErrorDomain") && !result.errors.contains("Error Domain"))
    }

    @Test("command-line mistakes are usage errors (exit 64) and write nothing")
    func usageMistakes() throws {
        let folder = try TemporaryDirectory.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("Output").path
        let cases: [([String], String)] = [
            (["--as-of", "2021-02-29"], "error: --as-of '2021-02-29' is not a date (expected YYYY-MM-DD, a day that exists)"),
            (["--as-of", "2020-13-01"], "error: --as-of '2020-13-01' is not a date"),
            (["--period", "2020-Q5"], "error: --period '2020-Q5' is not a quarter (expected YYYY-Qn, like 2020-Q3)"),
            (["--period", "0000-Q1"], "error: --period '0000-Q1' is outside the years sna reads (1990 to 2100)"),
            (["--period", "+202-Q1"], "error: --period '+202-Q1' is not a quarter"),
        ]
        for (arguments, message) in cases {
            let result = try CommandLineTests.run(["generate", "--output", output] + arguments)
            #expect(result.status == 64, "\(arguments)")
            #expect(result.errors.contains(message), "\(result.errors)")
        }
        #expect(!FileManager.default.fileExists(atPath: output))
        // Run from an empty folder: an empty --output must not mean "here".
        let here = folder.appendingPathComponent("here")
        try FileManager.default.createDirectory(at: here, withIntermediateDirectories: true)
        let empty = Self.finish(try Self.start(["generate", "--config", Repository.configuration, "--output", ""], in: here))
        #expect(empty.status == 64)
        #expect(empty.errors.contains("error: --output must name a folder (it is empty)"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: here.path) == [])
    }
}
