import Crypto
import Loaders

/// SHA-256 digests as 64 lowercase hexadecimal digits, for the input fingerprints in
/// `manifest.json`. The digest itself comes from swift-crypto.
enum FileDigest {
    /// The digest of `bytes`.
    static func hex(_ bytes: UnsafeRawBufferPointer) -> String {
        var hasher = SHA256()
        hasher.update(bufferPointer: bytes)
        return hexDigits(hasher.finalize())
    }

    /// The digest of a whole mapped file, read in blocks of `block` bytes, each
    /// released from memory once hashed (see `MappedFile.release`), so that hashing
    /// hundreds of megabytes of police.uk files does not hold them all in memory.
    static func hex(file: MappedFile, block: Int = 8 << 20) -> String {
        let bytes = file.bytes
        var hasher = SHA256()
        var offset = 0
        while offset < bytes.count {
            let end = min(offset + block, bytes.count)
            hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: bytes[offset..<end]))
            file.release(offset..<end)
            offset = end
        }
        return hexDigits(hasher.finalize())
    }

    static func hex(_ text: String) -> String {
        Array(text.utf8).withUnsafeBytes { hex($0) }
    }

    private static func hexDigits(_ digest: SHA256.Digest) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(64)
        for byte in digest {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
