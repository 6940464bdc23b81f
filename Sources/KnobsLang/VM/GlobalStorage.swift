/// The values of the top-level variables, by slot, with a flag for "assigned yet"
/// and, for each slot that holds a knobs function capturing nothing, that
/// function's proto, so that `callGlobal` runs it without copying the value.
///
/// Raw buffers rather than an array of optionals: the VM reads them once per
/// frame into locals, and a global read costs one load and, for `nil`, one
/// flag test. The buffers grow only between runs.
final class GlobalStorage {
    @exclusivity(unchecked) private(set) var values: UnsafeMutablePointer<Value>
    @exclusivity(unchecked) private(set) var defined: UnsafeMutablePointer<Bool>
    /// The proto a `callGlobal` of the slot may run directly, or nil (see ``noteCallee(_:at:)``).
    @exclusivity(unchecked) private(set) var callees: UnsafeMutablePointer<Unmanaged<Proto>?>
    @exclusivity(unchecked) private(set) var capacity: Int
    /// Every proto ever entered in ``callees``, kept as long as the storage: a
    /// call borrows its proto from ``callees``, and the function may be
    /// assigned away from its variable while the call still runs.
    private var keptProtos: [ObjectIdentifier: Proto] = [:]

    init() {
        capacity = 64
        values = .allocate(capacity: 64)
        values.initialize(repeating: .nil, count: 64)
        defined = .allocate(capacity: 64)
        defined.initialize(repeating: false, count: 64)
        callees = .allocate(capacity: 64)
        callees.initialize(repeating: nil, count: 64)
    }

    deinit {
        values.deinitialize(count: capacity)
        values.deallocate()
        defined.deallocate()
        callees.deallocate()
    }

    /// Makes room for `count` slots.
    func reserve(_ count: Int) {
        guard count > capacity else { return }
        let newCapacity = grownCapacity(capacity, toHold: count)
        values = values.grown(from: capacity, to: newCapacity, filling: .nil)
        defined = defined.grown(from: capacity, to: newCapacity, filling: false)
        callees = callees.grown(from: capacity, to: newCapacity, filling: nil)
        capacity = newCapacity
    }

    /// Records which proto a call of the slot may run directly, for a value just stored there.
    func noteCallee(_ value: Value, at slot: Int) {
        guard case .function(let function) = value, let proto = function.proto, function.captures.isEmpty else {
            callees[slot] = nil
            return
        }
        keptProtos[ObjectIdentifier(proto)] = proto
        callees[slot] = Unmanaged.passUnretained(proto)
    }

    /// Runs `body` on a slot's value moved out of it (the slot counts as
    /// unassigned meanwhile), then puts the value back; nil when the slot has no value.
    func modify<T>(_ slot: Int, _ body: (inout Value) throws -> T) rethrows -> T? {
        guard slot < capacity, defined[slot] else { return nil }
        var value = Value.nil
        swap(&value, &values[slot])
        defined[slot] = false
        defer {
            values[slot] = value
            defined[slot] = true
            noteCallee(value, at: slot)
        }
        return try body(&value)
    }

    /// Where an assigned slot keeps its value, for a change in place that runs no
    /// knobs code and keeps the value's kind (so ``callees`` stays right); nil when unassigned.
    func slot(_ slot: Int) -> UnsafeMutablePointer<Value>? {
        slot < capacity && defined[slot] ? values + slot : nil
    }

    /// The value of a slot, or nil when it was never assigned.
    subscript(slot: Int) -> Value? {
        slot < capacity && defined[slot] ? values[slot] : nil
    }
}
