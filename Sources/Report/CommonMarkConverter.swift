import CCmarkGFM
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Markdown to HTML through cmark-gfm (GitHub-flavoured: tables, strikethrough, autolinks, tag filter).
///
/// This is the only file that talks to the C library; everything else sees Swift strings.
/// Rendering uses these options:
/// - table cell alignment as `style="text-align: …"` attributes rather than the obsolete
///   `align` attribute, so right-aligned numeric columns survive an HTML validator;
/// - raw HTML allowed ("unsafe"), because our own templates carry inline SVG charts and small
///   HTML fragments. Values from the data never arrive here raw: `MarkdownEscaping` escapes
///   them first, and the tag filter still neutralises `<script>`, `<iframe>`, `<style>` and the like;
/// - no "smart" punctuation, so quotes and dashes in place names and codes stay as written.
///
/// Safe to call from several threads at once: conversions take turns. cmark-gfm keeps its
/// table of special characters in a global that attaching an extension changes, so two
/// parsers at once can lose each other's autolinks (github/cmark-gfm PR #176).
public enum CommonMarkConverter {
    private static let lock = NSLock()

    /// Converts a Markdown document to an HTML fragment (no `<html>`/`<body>` wrapper).
    public static func html(fromMarkdown markdown: String) -> String {
        lock.lock()
        defer { lock.unlock() }
        _ = extensionsRegistered

        guard let parser = cmark_parser_new(parseOptions) else { return "" }
        defer { cmark_parser_free(parser) }

        for name in extensionNames {
            // A missing extension would mean a broken libcmark-gfm-extensions install; render
            // without it rather than fail the whole report, the tests catch the difference.
            if let syntaxExtension = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntaxExtension)
            }
        }

        var source = markdown
        source.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                if let base = chars.baseAddress {
                    cmark_parser_feed(parser, base, chars.count)
                }
            }
        }

        guard let document = cmark_parser_finish(parser) else { return "" }
        defer { cmark_node_free(document) }

        guard let rendered = cmark_render_html(document, renderOptions, cmark_parser_get_syntax_extensions(parser)) else {
            return ""
        }
        // cmark allocates the result with its default allocator, which is the C library's malloc.
        defer { free(rendered) }
        return String(cString: rendered)
    }

    /// GitHub-flavoured extensions, in the order GitHub attaches them.
    private static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter"]

    // Option bits from cmark-gfm.h (0.29.0.gfm.6), spelled out beside their names so the
    // choice is visible in review and does not depend on how the macros import.
    /// `CMARK_OPT_DEFAULT`: no parse options; in particular `CMARK_OPT_SMART` (1 << 10) stays off.
    private static let parseOptions: Int32 = 0
    /// `CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES` (1 << 15).
    private static let optionTablePreferStyleAttributes: Int32 = 1 << 15
    /// `CMARK_OPT_UNSAFE` (1 << 17): keep raw HTML from our own templates.
    private static let optionUnsafe: Int32 = 1 << 17
    private static let renderOptions: Int32 = optionTablePreferStyleAttributes | optionUnsafe

    /// Registers the core extensions once. The C function guards itself with a plain static
    /// flag, so two threads calling it together could register twice; a Swift static is
    /// initialised exactly once even under concurrency.
    private static let extensionsRegistered: Void = {
        cmark_gfm_core_extensions_ensure_registered()
    }()
}
