/// Text from the data made safe to show: in a message on a terminal, in a report.
///
/// Control characters (ESC, BEL, NUL, DEL and the C1 controls) would act on a terminal
/// (an escape sequence can rewrite the screen or the window's title) and are invalid in
/// HTML: each is shown as its Unicode control picture (ESC as ␛), or as U+FFFD for the
/// C1 controls, which have none. A quoted value in a message is cut to about 80
/// characters, so a 10 MB header field cannot flood the terminal.
public enum DisplayText {
    /// The longest quoted value a message shows in full.
    public static let quotedLimit = 80

    /// Whether `scalar` is a control character other than tab, line feed and carriage return.
    @inline(__always)
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (value < 0x20 && value != 0x09 && value != 0x0A && value != 0x0D) || (0x7F...0x9F).contains(value)
    }

    /// The visible stand-in for a control character.
    public static func picture(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        if value < 0x20 { return Unicode.Scalar(0x2400 + value) ?? "\u{FFFD}" }
        if value == 0x7F { return "\u{2421}" }
        return "\u{FFFD}"
    }

    /// `text` with every control character but tab, line feed and carriage return shown
    /// as a picture; `text` itself when it has none.
    public static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { scalars.append(isControl(scalar) ? picture(scalar) : scalar) }
        return String(scalars)
    }

    /// `text` on one line with no control character at all (tabs and line breaks shown
    /// as pictures too), for a terminal line or a message.
    public static func oneLine(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let control = scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
            scalars.append(control ? picture(scalar) : scalar)
        }
        return String(scalars)
    }

    /// A message with each value quoted in `'...'` cut to `quotedLimit` characters
    /// (ending `…`), and no control characters.
    public static func message(_ message: String) -> String {
        let clean = oneLine(message)
        guard clean.utf8.count > quotedLimit else { return clean }
        let parts = clean.split(separator: "'", omittingEmptySubsequences: false)
        guard parts.count > 2 else { return clean }
        var result = ""
        for (index, part) in parts.enumerated() {
            if index > 0 { result += "'" }
            let quoted = index % 2 == 1 && index < parts.count - 1
            result += quoted ? cut(String(part)) : String(part)
        }
        return result
    }

    /// `text` cut to `limit` characters, ending with `…` when it was longer.
    public static func cut(_ text: String, limit: Int = quotedLimit) -> String {
        guard text.count > limit else { return text }
        return String(text.prefix(limit - 1)) + "…"
    }
}
