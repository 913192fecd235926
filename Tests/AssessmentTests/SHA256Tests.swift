@testable import Assessment
import Foundation
import Loaders
import Testing

/// The FIPS 180-4 / NIST example digests, through both ways `sna` hashes: the one-shot
/// `hex` on a buffer, and a mapped file hashed in blocks that cut the message at every
/// kind of block boundary.
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
            #expect(vector.message.withUnsafeBytes { FileDigest.hex($0) } == vector.digest, "\(vector.name)")
        }
        #expect(FileDigest.hex("abc") == Self.vectors[1].digest)
    }

    @Test("a file hashed in blocks of any size gives the FIPS 180-4 digests")
    func blocks() throws {
        for vector in Self.vectors {
            let path = NSTemporaryDirectory() + "sna-digest-\(UUID().uuidString)"
            defer { try? FileManager.default.removeItem(atPath: path) }
            #expect(FileManager.default.createFile(atPath: path, contents: Data(vector.message)))
            let file = try MappedFile(path: path, displayPath: "file")
            for block in [1, 55, 56, 63, 64, 65, 1000, 8 << 20] {
                #expect(FileDigest.hex(file: file, block: block) == vector.digest, "\(vector.name) in blocks of \(block)")
            }
        }
    }
}
