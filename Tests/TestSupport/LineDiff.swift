/// A unified-style line diff of two texts, for test failure messages.
///
/// Lines are matched with a longest-common-subsequence table, so unrelated changes far apart
/// show as separate hunks and unchanged lines between them are not reported. Goldens are
/// small; for very large texts the middle part is shown as one replaced block instead, which
/// still points at the first difference.
public enum LineDiff {
    /// Lines of unchanged context shown around each change.
    static let context = 3
    /// At most this many changed lines are printed in total.
    static let maximumShown = 40
    /// Above this many cells (lines × lines) the LCS table is not built.
    static let maximumTable = 4_000_000

    /// The diff of `actual` against `expected`, or "" when they are equal.
    public static func unified(expected: String, actual: String) -> String {
        guard expected != actual else { return "" }
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        return render(hunks(of: edits(old, new)))
    }

    /// One line of the edit script with its 1-based line numbers.
    private enum Edit {
        case same(String, old: Int, new: Int)
        case removed(String, old: Int, new: Int)
        case added(String, old: Int, new: Int)

        var isChange: Bool {
            if case .same = self { return false }
            return true
        }

        var position: (old: Int, new: Int) {
            switch self {
            case .same(_, let old, let new), .removed(_, let old, let new), .added(_, let old, let new):
                return (old, new)
            }
        }
    }

    private static func edits(_ old: [String], _ new: [String]) -> [Edit] {
        // Common ends first: keeps the table small for the usual one-change mismatch.
        var prefix = 0
        while prefix < old.count, prefix < new.count, old[prefix] == new[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < old.count - prefix, suffix < new.count - prefix,
            old[old.count - 1 - suffix] == new[new.count - 1 - suffix]
        {
            suffix += 1
        }
        let a = Array(old[prefix..<(old.count - suffix)])
        let b = Array(new[prefix..<(new.count - suffix)])

        var result: [Edit] = (0..<prefix).map { .same(old[$0], old: $0 + 1, new: $0 + 1) }
        result += middle(a, b, offset: prefix)
        let oldTail = old.count - suffix
        let newTail = new.count - suffix
        result += (0..<suffix).map { .same(old[oldTail + $0], old: oldTail + $0 + 1, new: newTail + $0 + 1) }
        return result
    }

    private static func middle(_ a: [String], _ b: [String], offset: Int) -> [Edit] {
        guard (a.count + 1) * (b.count + 1) <= maximumTable else {
            return a.enumerated().map { .removed($1, old: offset + $0 + 1, new: offset + 1) }
                + b.enumerated().map { .added($1, old: offset + a.count + 1, new: offset + $0 + 1) }
        }
        // lengths[i][j] = LCS length of a[i...] and b[j...].
        var lengths = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                lengths[i][j] = a[i] == b[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
            }
        }
        var result: [Edit] = []
        var i = 0
        var j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                result.append(.same(a[i], old: offset + i + 1, new: offset + j + 1))
                i += 1
                j += 1
            } else if i < a.count, j == b.count || lengths[i + 1][j] >= lengths[i][j + 1] {
                // Removals before additions, as in `diff -u`.
                result.append(.removed(a[i], old: offset + i + 1, new: offset + j + 1))
                i += 1
            } else {
                result.append(.added(b[j], old: offset + i + 1, new: offset + j + 1))
                j += 1
            }
        }
        return result
    }

    /// Groups changes that are within twice the context of each other.
    private static func hunks(of edits: [Edit]) -> [ArraySlice<Edit>] {
        let changed = edits.indices.filter { edits[$0].isChange }
        guard let first = changed.first else { return [] }
        var ranges: [ClosedRange<Int>] = []
        var start = first
        var end = first
        for index in changed.dropFirst() {
            if index - end > 2 * context {
                ranges.append(start...end)
                start = index
            }
            end = index
        }
        ranges.append(start...end)
        return ranges.map { edits[max(0, $0.lowerBound - context)...min(edits.count - 1, $0.upperBound + context)] }
    }

    private static func render(_ hunks: [ArraySlice<Edit>]) -> String {
        var lines: [String] = []
        var shown = 0
        for hunk in hunks {
            guard let first = hunk.first else { continue }
            let oldCount = hunk.filter { if case .added = $0 { return false } else { return true } }.count
            let newCount = hunk.filter { if case .removed = $0 { return false } else { return true } }.count
            lines.append("@@ -\(first.position.old),\(oldCount) +\(first.position.new),\(newCount) @@")
            for edit in hunk {
                if edit.isChange {
                    shown += 1
                    if shown > maximumShown {
                        lines.append("… more changes not shown")
                        return lines.joined(separator: "\n")
                    }
                }
                switch edit {
                case .same(let text, _, _): lines.append(" " + visible(text))
                case .removed(let text, _, _): lines.append("-" + visible(text))
                case .added(let text, _, _): lines.append("+" + visible(text))
                }
            }
        }
        return lines.joined(separator: "\n")
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
        let trailing = text.reversed().prefix { $0 == " " }.count
        if trailing > 0 {
            text.removeLast(trailing)
            suffix = String(repeating: "·", count: trailing) + suffix
        }
        return text + suffix
    }
}
