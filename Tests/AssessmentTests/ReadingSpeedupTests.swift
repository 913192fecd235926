@testable import Assessment
import Foundation
import Loaders
import Testing

/// The pieces that make national-scale runs fast must not change a result: hashing a
/// file block by block, and the digest cache.
@Suite("Reading at scale")
struct ReadingSpeedupTests {
    @Test("a file hashed block by block has the digest of its bytes", arguments: [1, 63, 64, 4096, 1 << 20])
    func blockwiseHash(block: Int) throws {
        let path = NSTemporaryDirectory() + "sna-hash-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let bytes = (0..<300_001).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 7) }
        #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        let file = try MappedFile(path: path, displayPath: "file")
        let expected = bytes.withUnsafeBytes { FileDigest.hex($0) }
        #expect(FileDigest.hex(file: file, block: block) == expected)
        // Released pages are read again from the file when touched again.
        #expect(FileDigest.hex(file: file, block: block) == expected)
    }

    @Test("the digest cache gives a digest back only while the file is unchanged and settled")
    func digestCache() throws {
        let folder = NSTemporaryDirectory() + "sna-cache-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/input.csv"
        #expect(FileManager.default.createFile(atPath: path, contents: Data("a,b\n1,2\n".utf8)))

        // Changed just now: not remembered, since another write in the same tick could follow.
        let cache = DigestCache(folder: folder + "/cache")
        let fresh = try InputFingerprint.hash(path: path, display: "input.csv", cache: cache)
        #expect(fresh.sha256 == Data("a,b\n1,2\n".utf8).withUnsafeBytes { FileDigest.hex($0) })
        #expect(cache.digest(path: path) == nil)

        // Settled (times set back three seconds): remembered, saved, and read back.
        let past = Date(timeIntervalSinceNow: -3)
        try FileManager.default.setAttributes([.modificationDate: past], ofItemAtPath: path)
        // The status-change time cannot be set back; wait until it is settled.
        Thread.sleep(forTimeInterval: Double(DigestCache.settled) + 0.2)
        let settled = try InputFingerprint.hash(path: path, display: "input.csv", cache: cache)
        #expect(settled == fresh)
        #expect(cache.digest(path: path) == fresh.sha256)
        cache.save()
        let reread = DigestCache(folder: folder + "/cache")
        #expect(reread.digest(path: path) == fresh.sha256)
        #expect(try InputFingerprint.hash(path: path, display: "input.csv", cache: reread) == fresh)

        // Any write changes the status: the cached digest is not used.
        let handle = try #require(FileHandle(forWritingAtPath: path))
        handle.seekToEndOfFile()
        handle.write(Data("3,4\n".utf8))
        handle.closeFile()
        #expect(reread.digest(path: path) == nil)
        let changed = try InputFingerprint.hash(path: path, display: "input.csv", cache: reread)
        #expect(changed.sha256 == Data("a,b\n1,2\n3,4\n".utf8).withUnsafeBytes { FileDigest.hex($0) })
    }

    @Test("a damaged cache file is ignored, line by line")
    func damagedCache() throws {
        let folder = NSTemporaryDirectory() + "sna-cache-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let text = "sna-digests 1\nnot a line\n1\t2\t3\t4\t5\t6\t7\t8\tnothex\t/x\n"
        #expect(FileManager.default.createFile(atPath: folder + "/" + DigestCache.fileName, contents: Data(text.utf8)))
        let cache = DigestCache(folder: folder)
        #expect(cache.digest(path: "/x") == nil)
    }
}
