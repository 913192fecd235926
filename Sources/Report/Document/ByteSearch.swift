#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finding ASCII markup in a rendered page's UTF-8 bytes. The page is hundreds of
/// kilobytes and searched many times; `String.firstRange(of:)` compares characters
/// (grapheme clusters), which is many times slower than comparing bytes, and the markup
/// sought (tags written by cmark and the templates) is plain ASCII.
enum ByteSearch {
    /// Where `pattern` first occurs in `bytes` at or after `from`.
    static func firstIndex(of pattern: [UInt8], in bytes: [UInt8], from: Int) -> Int? {
        guard !pattern.isEmpty, from >= 0, bytes.count - from >= pattern.count else { return nil }
        return bytes.withUnsafeBytes { haystack in
            pattern.withUnsafeBytes { needle in
                guard let base = haystack.baseAddress, let first = needle.first, let rest = needle.baseAddress else { return nil }
                // The first byte by memchr, then the whole pattern by memcmp.
                let last = haystack.count - needle.count
                var start = from
                while start <= last {
                    guard let hit = memchr(base + start, Int32(first), last + 1 - start) else { return nil }
                    let index = UnsafeRawPointer(hit) - base
                    if memcmp(base + index, rest, needle.count) == 0 { return index }
                    start = index + 1
                }
                return nil
            }
        }
    }
}
