#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Loaders

/// SHA-256 (FIPS 180-4), for the input fingerprints in `manifest.json`.
///
/// Written here rather than taken from a cryptography package: the manifest needs only
/// this one digest, and a dependency would add minutes to every clean build.
///
/// Hashing every input byte is the largest single cost of `sna generate` at national
/// scale (hundreds of megabytes of police.uk files), so the compression function works
/// straight on the caller's bytes, a whole run of blocks per call, with no allocation
/// per block. Whole buffers (`hex(_:)`) go to the system's OpenSSL when it can be
/// loaded at run time, since OpenSSL uses the CPU's SHA instructions where there are
/// some (several times faster than any portable code); the digest is the same either
/// way, and the portable code below is the fallback and is tested on its own.
public struct SHA256 {
    private var state = State()
    /// The bytes of an unfinished block, between calls to `update`.
    private var pending: [UInt8] = []
    private var length: UInt64 = 0

    public init() {}

    /// The digest of `bytes` as 64 lowercase hexadecimal digits.
    public static func hex(_ bytes: UnsafeRawBufferPointer) -> String {
        if let system = SystemSHA256.shared {
            return system.hex(bytes)
        }
        return portableHex(bytes)
    }

    /// The digest of a whole mapped file, read in blocks of `block` bytes, each
    /// released from memory once hashed (see `MappedFile.release`).
    public static func hex(file: MappedFile, block: Int = 8 << 20) -> String {
        let bytes = file.bytes
        if bytes.count <= block { return hex(bytes) }
        if let system = SystemSHA256.shared, let digest = system.hex(file: file, block: block) { return digest }
        var hasher = SHA256()
        var offset = 0
        while offset < bytes.count {
            let end = min(offset + block, bytes.count)
            hasher.update(UnsafeRawBufferPointer(rebasing: bytes[offset..<end]))
            file.release(offset..<end)
            offset = end
        }
        return hasher.finalize()
    }

    public static func hex(_ text: String) -> String {
        Array(text.utf8).withUnsafeBytes { hex($0) }
    }

    /// The digest by the portable code only (the fallback; also what the tests check).
    static func portableHex(_ bytes: UnsafeRawBufferPointer) -> String {
        var hasher = SHA256()
        hasher.update(bytes)
        return hasher.finalize()
    }

    /// Whether `hex(_:)` uses the system's OpenSSL (for the tests and the benchmark notes).
    static var usesSystemLibrary: Bool { SystemSHA256.shared != nil }

    public mutating func update(_ bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        length &+= UInt64(bytes.count)
        var offset = 0
        if !pending.isEmpty {
            let take = min(64 - pending.count, bytes.count)
            pending.append(contentsOf: UnsafeRawBufferPointer(start: base, count: take))
            offset = take
            if pending.count == 64 {
                pending.withUnsafeBytes { block in
                    if let address = block.baseAddress { SHA256.compress(&state, address, blocks: 1) }
                }
                pending.removeAll(keepingCapacity: true)
            }
        }
        let whole = (bytes.count - offset) / 64
        if whole > 0 {
            // Whole blocks straight from the caller's bytes (a mapped file): no copy.
            SHA256.compress(&state, base + offset, blocks: whole)
            offset += whole * 64
        }
        if offset < bytes.count {
            pending.append(contentsOf: UnsafeRawBufferPointer(start: base + offset, count: bytes.count - offset))
        }
    }

    public mutating func finalize() -> String {
        let bitLength = length &* 8
        var tail = pending
        tail.append(0x80)
        while tail.count % 64 != 56 { tail.append(0) }
        for shift in stride(from: 56, through: 0, by: -8) { tail.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift))) }
        tail.withUnsafeBytes { raw in
            if let address = raw.baseAddress { SHA256.compress(&state, address, blocks: raw.count / 64) }
        }
        pending.removeAll()
        return SHA256.hexDigits(state.words)
    }

    static func hexDigits(_ words: [UInt32]) -> String {
        let digits: [UInt8] = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(64)
        for word in words {
            for shift in stride(from: 28, through: 0, by: -4) { text.append(digits[Int((word >> UInt32(shift)) & 0xF)]) }
        }
        return String(decoding: text, as: UTF8.self)
    }

    struct State {
        var a: UInt32 = 0x6a09e667, b: UInt32 = 0xbb67ae85, c: UInt32 = 0x3c6ef372, d: UInt32 = 0xa54ff53a
        var e: UInt32 = 0x510e527f, f: UInt32 = 0x9b05688c, g: UInt32 = 0x1f83d9ab, h: UInt32 = 0x5be0cd19
        var words: [UInt32] { [a, b, c, d, e, f, g, h] }
    }

    private static let k: [UInt32] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ]

    /// Compresses `blocks` consecutive 64-byte blocks at `p` into `state`.
    ///
    /// One 64-word schedule on the stack serves every block; the round constants are
    /// read through a pointer taken once, so the loop has no bounds checks or
    /// reference counting; eight rounds are written out per step so the working
    /// variables rotate by renaming rather than by seven moves a round.
    private static func compress(_ state: inout State, _ p: UnsafeRawPointer, blocks: Int) {
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
            k.withUnsafeBufferPointer { k in
                var s = state
                for block in 0..<blocks {
                    let bytes = p + block &* 64
                    for i in 0..<16 {
                        w[i] = UInt32(bigEndian: bytes.loadUnaligned(fromByteOffset: i &* 4, as: UInt32.self))
                    }
                    for i in 16..<64 {
                        let x = w[i &- 15], y = w[i &- 2]
                        let s0 = rotate(x, 7) ^ rotate(x, 18) ^ (x >> 3)
                        let s1 = rotate(y, 17) ^ rotate(y, 19) ^ (y >> 10)
                        w[i] = w[i &- 16] &+ s0 &+ w[i &- 7] &+ s1
                    }
                    var a = s.a, b = s.b, c = s.c, d = s.d, e = s.e, f = s.f, g = s.g, h = s.h
                    var i = 0
                    while i < 64 {
                        round(a, b, c, &d, e, f, g, &h, k[i] &+ w[i])
                        round(h, a, b, &c, d, e, f, &g, k[i &+ 1] &+ w[i &+ 1])
                        round(g, h, a, &b, c, d, e, &f, k[i &+ 2] &+ w[i &+ 2])
                        round(f, g, h, &a, b, c, d, &e, k[i &+ 3] &+ w[i &+ 3])
                        round(e, f, g, &h, a, b, c, &d, k[i &+ 4] &+ w[i &+ 4])
                        round(d, e, f, &g, h, a, b, &c, k[i &+ 5] &+ w[i &+ 5])
                        round(c, d, e, &f, g, h, a, &b, k[i &+ 6] &+ w[i &+ 6])
                        round(b, c, d, &e, f, g, h, &a, k[i &+ 7] &+ w[i &+ 7])
                        i &+= 8
                    }
                    s.a &+= a; s.b &+= b; s.c &+= c; s.d &+= d
                    s.e &+= e; s.f &+= f; s.g &+= g; s.h &+= h
                }
                state = s
            }
        }
    }

    /// One round: `d` and `h` are the two working variables that change; the caller
    /// renames the rest.
    @inline(__always)
    private static func round(_ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32,
                              _ e: UInt32, _ f: UInt32, _ g: UInt32, _ h: inout UInt32, _ kw: UInt32) {
        let t1 = h &+ (rotate(e, 6) ^ rotate(e, 11) ^ rotate(e, 25)) &+ ((e & f) ^ (~e & g)) &+ kw
        let t2 = (rotate(a, 2) ^ rotate(a, 13) ^ rotate(a, 22)) &+ ((a & b) ^ (a & c) ^ (b & c))
        d &+= t1
        h = t1 &+ t2
    }

    @inline(__always)
    private static func rotate(_ value: UInt32, _ count: UInt32) -> UInt32 {
        (value >> count) | (value << (32 &- count))
    }
}

/// OpenSSL's one-shot `SHA256()`, found at run time so that the build needs no
/// OpenSSL headers and `sna` still runs (on the portable code) where there is none.
private struct SystemSHA256: @unchecked Sendable {
    // unsigned char *SHA256(const unsigned char *d, size_t n, unsigned char *md);
    typealias Function = @convention(c) (UnsafePointer<UInt8>?, Int, UnsafeMutablePointer<UInt8>?) -> UnsafeMutablePointer<UInt8>?

    // int SHA256_Init(SHA256_CTX *c); int SHA256_Update(SHA256_CTX *c, const void *data, size_t len);
    // int SHA256_Final(unsigned char *md, SHA256_CTX *c);
    typealias Initialize = @convention(c) (UnsafeMutableRawPointer?) -> Int32
    typealias Update = @convention(c) (UnsafeMutableRawPointer?, UnsafeRawPointer?, Int) -> Int32
    typealias Finish = @convention(c) (UnsafeMutablePointer<UInt8>?, UnsafeMutableRawPointer?) -> Int32

    // @unchecked: C function pointers, immutable once loaded, safe to call from any thread.
    let function: Function
    /// The block-by-block functions, when the library has them (OpenSSL 3 keeps them,
    /// deprecated); a whole file is then hashed a block at a time.
    var incremental: (initialize: Initialize, update: Update, finish: Finish)?

    /// Set `SNA_SHA256=portable` to hash with the portable code only (to compare them).
    static let shared: SystemSHA256? = {
        #if os(Linux)
        if let choice = getenv("SNA_SHA256"), String(cString: choice) == "portable" { return nil }
        for name in ["libcrypto.so.3", "libcrypto.so"] {
            guard let handle = dlopen(name, RTLD_NOW | RTLD_LOCAL) else { continue }
            if let symbol = dlsym(handle, "SHA256") {
                var system = SystemSHA256(function: unsafeBitCast(symbol, to: Function.self))
                if let initialize = dlsym(handle, "SHA256_Init"), let update = dlsym(handle, "SHA256_Update"),
                   let finish = dlsym(handle, "SHA256_Final") {
                    system.incremental = (unsafeBitCast(initialize, to: Initialize.self), unsafeBitCast(update, to: Update.self),
                                          unsafeBitCast(finish, to: Finish.self))
                }
                // Trust it only once it gives the FIPS 180-4 digest of "abc".
                let abc = [UInt8]("abc".utf8).withUnsafeBytes { system.hex($0) }
                if abc == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad" { return system }
            }
            dlclose(handle)
        }
        #endif
        return nil
    }()

    /// A file block by block; nil when the library lacks the block-by-block functions.
    func hex(file: MappedFile, block: Int) -> String? {
        guard let incremental else { return nil }
        // SHA256_CTX is 112 bytes; room for more, aligned.
        let context = UnsafeMutableRawPointer.allocate(byteCount: 512, alignment: 16)
        defer { context.deallocate() }
        guard incremental.initialize(context) == 1 else { return nil }
        let bytes = file.bytes
        var offset = 0
        while offset < bytes.count {
            let end = min(offset + block, bytes.count)
            guard incremental.update(context, bytes.baseAddress.map { $0 + offset }, end - offset) == 1 else { return nil }
            file.release(offset..<end)
            offset = end
        }
        var digest = [UInt8](repeating: 0, count: 32)
        guard digest.withUnsafeMutableBufferPointer({ incremental.finish($0.baseAddress, context) }) == 1 else { return nil }
        return SystemSHA256.hexDigits(digest)
    }

    static func hexDigits(_ digest: [UInt8]) -> String {
        var words: [UInt32] = []
        for i in stride(from: 0, to: 32, by: 4) {
            words.append(UInt32(digest[i]) << 24 | UInt32(digest[i + 1]) << 16 | UInt32(digest[i + 2]) << 8 | UInt32(digest[i + 3]))
        }
        return SHA256.hexDigits(words)
    }

    func hex(_ bytes: UnsafeRawBufferPointer) -> String {
        var digest = [UInt8](repeating: 0, count: 32)
        digest.withUnsafeMutableBufferPointer { out in
            let input = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self)
            // OpenSSL reads nothing when the length is 0, but wants a non-null pointer.
            if let input {
                _ = function(input, bytes.count, out.baseAddress)
            } else {
                let empty: UInt8 = 0
                _ = withUnsafePointer(to: empty) { function($0, 0, out.baseAddress) }
            }
        }
        return SystemSHA256.hexDigits(digest)
    }
}
