import Foundation

/// Prints the HTML report to `assessment.pdf` with headless Chromium, for panels that
/// circulate papers. The print stylesheet lays it out on A4.
///
/// Chromium stamps the PDF with the time it was made, so unlike every other output the
/// PDF is not byte-for-byte repeatable; it is left out of the manifest.
enum PDFPrinter {
    static let browsers = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]

    static func print(html: String, to pdf: String) throws {
        guard let browser = findBrowser() else {
            throw AssessmentError("--pdf needs Chromium (apt-get install chromium), and none of \(browsers.joined(separator: ", ")) is on the PATH")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: browser)
        var arguments = ["--headless=new", "--disable-gpu", "--no-pdf-header-footer", "--print-to-pdf=\(pdf)",
                         URL(fileURLWithPath: html).absoluteString]
        // Chromium refuses to run as root inside its sandbox.
        if getuid() == 0 { arguments.insert("--no-sandbox", at: 0) }
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0, FileManager.default.fileExists(atPath: pdf) else {
            throw AssessmentError(["\(pdf): error: Chromium could not print the report (exit \(process.terminationStatus))"])
        }
    }

    static func findBrowser() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for name in browsers {
            for folder in path.split(separator: ":") {
                let candidate = "\(folder)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        return nil
    }
}
