/// One result per item of a `DispatchQueue.concurrentPerform`, each written by the one
/// thread that made it and read once every thread is done (`concurrentPerform` returns
/// only then). Distinct slots of one allocation, so writers never touch shared state.
/// Used for the pieces of a record file and for the report's charts.
public final class ParallelSlots<Value>: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<Value?>
    private let count: Int

    public init(count: Int) {
        self.count = count
        slots = .allocate(capacity: max(count, 1))
        slots.initialize(repeating: nil, count: count)
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }

    public func set(_ index: Int, _ value: Value) {
        precondition(index >= 0 && index < count, "slot index out of range")
        slots[index] = value
    }

    /// The value, or nil when none was set.
    public func get(_ index: Int) -> Value? {
        precondition(index >= 0 && index < count, "slot index out of range")
        return slots[index]
    }
}
