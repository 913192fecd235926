@testable import Assessment
import Testing

/// The FIPS 180-4 / NIST example digests, through every way `sna` hashes: the one-shot
/// `hex` on a buffer, the portable code alone, and the streaming `update` fed in pieces
/// that cut the message at every kind of block boundary.
@Suite("SHA-256")
struct SHA256Tests {
    static let vectors: [(name: String, message: [UInt8], digest: String)] = [
        ("empty", [], "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", Array("abc".utf8), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("448 bits", Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8),
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        ("896 bits",
         Array("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu".utf8),
         "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"),
        ("a million a", [UInt8](repeating: 0x61, count: 1_000_000),
         "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"),
    ]

    @Test("hex gives the FIPS 180-4 digests")
    func oneShot() {
        for vector in Self.vectors {
            #expect(vector.message.withUnsafeBytes { SHA256.hex($0) } == vector.digest, "\(vector.name)")
        }
        #expect(SHA256.hex("abc") == Self.vectors[1].digest)
    }

    @Test("the portable code gives the FIPS 180-4 digests")
    func portable() {
        for vector in Self.vectors {
            #expect(vector.message.withUnsafeBytes { SHA256.portableHex($0) } == vector.digest, "\(vector.name)")
        }
    }

    @Test("update in pieces of any size gives the same digest")
    func streaming() {
        for vector in Self.vectors {
            for piece in [1, 3, 55, 56, 63, 64, 65, 127, 1000] {
                var hasher = SHA256()
                var offset = 0
                vector.message.withUnsafeBytes { bytes in
                    while offset < bytes.count {
                        let end = min(offset + piece, bytes.count)
                        hasher.update(UnsafeRawBufferPointer(rebasing: bytes[offset..<end]))
                        offset = end
                    }
                }
                #expect(hasher.finalize() == vector.digest, "\(vector.name) in pieces of \(piece)")
            }
        }
    }

    @Test("messages of every length around the padding boundaries")
    func lengths() {
        // Lengths 0...130 cross the 55/56-byte padding boundary twice; the one-shot
        // and streaming digests must agree for each (the vectors above pin the values).
        let bytes = (0..<130).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        for length in 0...130 {
            let message = Array(bytes.prefix(length))
            let oneShot = message.withUnsafeBytes { SHA256.hex($0) }
            let portable = message.withUnsafeBytes { SHA256.portableHex($0) }
            var hasher = SHA256()
            for byte in message { [byte].withUnsafeBytes { hasher.update($0) } }
            #expect(oneShot == portable, "length \(length)")
            #expect(hasher.finalize() == portable, "length \(length)")
        }
    }
}
