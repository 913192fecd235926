import Foundation

/// The folders a report is built in and retired to beside `<period>/`, and the swap
/// between them.
///
/// Each run names them for its own process (`.2020-Q4.new-<pid>`), under the output
/// folder's lock, so no two runs ever share one; those left by a run that was killed
/// are cleared by the next.
enum OutputStaging {
    /// `.<report>.<kind>-<pid>`, hidden from the list of reports.
    static func name(report: String, kind: String) -> String {
        ".\(report).\(kind)-\(getpid())"
    }

    /// Whether `entry` is a staging or retired folder of `report`, this run's or any
    /// earlier one's (including the fixed names of earlier versions).
    static func isStaging(_ entry: String, report: String) -> Bool {
        for kind in ["new", "old"] {
            let stem = ".\(report).\(kind)"
            if entry == stem { return true }
            if entry.hasPrefix(stem + "-"), entry.dropFirst(stem.count + 1).allSatisfy(\.isNumber) { return true }
        }
        return false
    }

    /// Clears what killed runs left beside `report`. A run killed between the two steps
    /// of a swap without an atomic exchange left no report, only the retired one: that is
    /// put back first. What cannot be removed is left; it never blocks a run.
    static func clearStale(in base: String, report: String) {
        let entries = ((try? FileManager.default.contentsOfDirectory(atPath: base)) ?? []).sorted()
        let stale = entries.filter { isStaging($0, report: report) }
        let folder = base + "/" + report
        if !FileManager.default.fileExists(atPath: folder),
           let retired = stale.first(where: { $0.hasPrefix(".\(report).old") }) {
            _ = rename(base + "/" + retired, folder)
        }
        for entry in stale where FileManager.default.fileExists(atPath: base + "/" + entry) {
            remove(base + "/" + entry)
        }
    }

    /// Puts `staging` in place as `folder` in one step when the system can exchange two
    /// names atomically, so that at every moment `folder` is either the old report whole
    /// or the new one complete; the old report ends up at `retired`.
    static func swap(_ staging: String, into folder: String, retired: String) throws {
        var status = stat()
        if lstat(folder, &status) == 0 {
            if exchange(staging, folder) {
                guard rename(staging, retired) == 0 else {
                    throw AssessmentError(["\(folder): error: the previous report cannot be moved aside: \(OutputError.reason(errno: errno))"])
                }
                return
            }
            guard rename(folder, retired) == 0 else {
                let reason = OutputError.reason(errno: errno)
                remove(staging)
                throw AssessmentError(["\(folder): error: the previous report cannot be moved aside: \(reason)"])
            }
        }
        guard rename(staging, folder) == 0 else {
            let reason = OutputError.reason(errno: errno)
            _ = rename(retired, folder)
            remove(staging)
            throw AssessmentError(["\(folder): error: the new report cannot be put in place: \(reason)"])
        }
    }

    /// Removes a folder and everything in it, as far as it can.
    static func remove(_ path: String) {
        try? FileManager.default.removeItem(atPath: path)
    }

    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

    /// Linux's `renameat2` (glibc 2.28 and later), found at run time: the C library's
    /// headers as Swift imports them do not declare it.
    nonisolated(unsafe) private static let renameAt2: RenameAt2? = {
        #if os(Linux)
        guard let library = dlopen(nil, RTLD_NOW), let symbol = dlsym(library, "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: RenameAt2.self)
        #else
        return nil
        #endif
    }()

    /// Exchanges two paths atomically (`RENAME_EXCHANGE`); false when the system or the
    /// file system cannot.
    static func exchange(_ first: String, _ second: String) -> Bool {
        guard let renameAt2 else { return false }
        let renameExchange: UInt32 = 2
        return renameAt2(AT_FDCWD, first, AT_FDCWD, second, renameExchange) == 0
    }
}
