import Analysis
import Loaders
import Foundation
import Report

/// The quarter's commentary file, `<commentary folder>/<period>.md`: an input like any
/// other, so it is fingerprinted (a changed commentary regenerates the draft quarter) and
/// named in the manifest. A quarter without a file has no commentary.
enum CommentaryInput {
    /// The quarter's commentary file, to open and as messages and the manifest show it,
    /// when the configuration names a commentary folder and the file exists.
    static func file(_ configuration: Configuration, quarter: Quarter) -> (path: String, display: String)? {
        guard let folder = configuration.commentary else { return nil }
        let name = "\(quarter).md"
        let file = (path: Pipeline.join(folder.path, name), display: Pipeline.join(folder.display, name))
        return FileManager.default.fileExists(atPath: file.path) ? file : nil
    }

    /// Reads every quarter's commentary in the folder and the recommendations, for
    /// `sna check`: the first problem is thrown, at its file and line.
    static func checkAll(_ configuration: Configuration) throws(AssessmentError) {
        if let folder = configuration.commentary {
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
            for name in names where name.hasSuffix(".md") {
                guard let quarter = Quarter.parse(String(name.dropLast(3))) else { continue }
                _ = try load(configuration, quarter: quarter)
            }
        }
        if let file = configuration.recommendations {
            do {
                _ = try RecommendationsLoader.load(path: file.path, display: file.display)
            } catch {
                throw AssessmentError([error.description])
            }
        }
    }

    /// Reads and checks the quarter's commentary; nil when there is none.
    static func load(_ configuration: Configuration, quarter: Quarter) throws(AssessmentError) -> Commentary? {
        guard let file = file(configuration, quarter: quarter) else { return nil }
        guard let data = FileManager.default.contents(atPath: file.path), let text = String(data: data, encoding: .utf8) else {
            throw AssessmentError(["\(file.display): error: cannot be read as UTF-8 text"])
        }
        do {
            return try Commentary.parse(text, path: file.display)
        } catch {
            throw AssessmentError([error.description])
        }
    }
}
