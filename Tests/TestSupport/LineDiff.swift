/// A compact unified-style diff of two texts, for test failure messages.
///
/// It finds the common leading and trailing lines and shows the one block in between, with
/// line numbers and a few lines of context. That is not a minimal diff when there are several
/// separate changes, but it always shows the first difference exactly, which is what a person
/// reading a failed test needs first.
public enum LineDiff {
    /// Lines of unchanged context shown around the changed block.
    static let context = 3
    /// At most this many removed and this many added lines are printed.
    static let maximumShown = 20

    /// The diff of `actual` against `expected`, or "" when they are equal.
    public static func unified(expected: String, actual: String) -> String {
        guard expected != actual else { return "" }
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)

        var prefix = 0
        while prefix < old.count, prefix < new.count, old[prefix] == new[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < old.count - prefix, suffix < new.count - prefix,
            old[old.count - 1 - suffix] == new[new.count - 1 - suffix]
        {
            suffix += 1
        }

        let removed = old[prefix..<(old.count - suffix)]
        let added = new[prefix..<(new.count - suffix)]
        let before = old[max(0, prefix - context)..<prefix]
        let after = old[(old.count - suffix)..<min(old.count, old.count - suffix + context)]

        let oldStart = before.startIndex + 1
        let newStart = before.startIndex + 1
        let oldLength = before.count + removed.count + after.count
        let newLength = before.count + added.count + after.count
        var lines = ["@@ -\(oldStart),\(oldLength) +\(newStart),\(newLength) @@"]
        lines += before.map { " " + $0 }
        lines += shown(removed, marker: "-")
        lines += shown(added, marker: "+")
        lines += after.map { " " + $0 }
        return lines.joined(separator: "\n")
    }

    private static func shown(_ block: ArraySlice<String>, marker: String) -> [String] {
        var lines = block.prefix(maximumShown).map { marker + visible($0) }
        if block.count > maximumShown {
            lines.append("\(marker)… \(block.count - maximumShown) more lines")
        }
        return lines
    }

    /// Makes trailing spaces and carriage returns visible; otherwise lines that differ only
    /// there would print identically.
    private static func visible(_ line: String) -> String {
        var text = line
        var suffix = ""
        if text.hasSuffix("\r") {
            text.removeLast()
            suffix = "\\r"
        }
        let trimmed = text.reversed().prefix { $0 == " " }.count
        if trimmed > 0 {
            text.removeLast(trimmed)
            suffix = String(repeating: "·", count: trimmed) + suffix
        }
        return text + suffix
    }
}
