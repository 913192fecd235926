@testable import Assessment
import Testing

/// Work moved to another thread must give back exactly its value, or its error, at the
/// point where the run takes it, on another thread or inline.
@Suite("Background work")
struct BackgroundTests {
    struct Failure: Error, Equatable {
        var code: Int
    }

    @Test("gives back its value, or throws its error when taken", arguments: [false, true])
    func outcome(inline: Bool) throws {
        let value = Background(inline: inline) { (1...1000).reduce(0, +) }
        #expect(try value.wait() == 500_500)
        // Taken twice, the same value.
        #expect(try value.wait() == 500_500)
        let failing = Background(inline: inline) { () throws -> Int in throw Failure(code: 7) }
        #expect(throws: Failure(code: 7)) { try failing.wait() }
        failing.waitQuietly()
    }
}
