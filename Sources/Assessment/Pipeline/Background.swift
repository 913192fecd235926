import Dispatch

/// Work started on another thread at once, whose value (or error) is taken later.
final class Background<Value: Sendable>: @unchecked Sendable {
    private let group = DispatchGroup()
    /// Written once by the work, read only after `group` says it is done.
    private var result: Result<Value, any Error>?

    /// Starts `body` on another thread; `inline` runs it here and now instead (when
    /// the run is not to use more than one core).
    init(inline: Bool = false, _ body: @escaping @Sendable () throws -> Value) {
        if inline {
            do { result = .success(try body()) } catch { result = .failure(error) }
            return
        }
        group.enter()
        DispatchQueue.global().async {
            let outcome: Result<Value, any Error>
            do { outcome = .success(try body()) } catch { outcome = .failure(error) }
            self.result = outcome
            self.group.leave()
        }
    }

    /// Waits for the work; its value, or the error it threw.
    func wait() throws -> Value {
        group.wait()
        guard let result else { preconditionFailure("background work finished without a result") }
        return try result.get()
    }

    /// Waits for the work and drops its outcome (when an earlier problem ends the run).
    func waitQuietly() {
        group.wait()
    }
}
