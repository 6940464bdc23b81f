/// The values of the top-level variables, by slot, with a flag for "assigned yet".
///
/// Raw buffers rather than an array of optionals: the VM reads them once per
/// frame into locals, and a global read costs one load and, for `nil`, one
/// flag test. The buffers grow only between runs.
final class GlobalStorage {
    @exclusivity(unchecked) private(set) var values: UnsafeMutablePointer<Value>
    @exclusivity(unchecked) private(set) var defined: UnsafeMutablePointer<Bool>
    @exclusivity(unchecked) private(set) var capacity: Int

    init() {
        capacity = 64
        values = .allocate(capacity: 64)
        values.initialize(repeating: .nil, count: 64)
        defined = .allocate(capacity: 64)
        defined.initialize(repeating: false, count: 64)
    }

    deinit {
        values.deinitialize(count: capacity)
        values.deallocate()
        defined.deallocate()
    }

    /// Makes room for `count` slots.
    func reserve(_ count: Int) {
        guard count > capacity else { return }
        let newCapacity = grownCapacity(capacity, toHold: count)
        values = values.grown(from: capacity, to: newCapacity, filling: .nil)
        defined = defined.grown(from: capacity, to: newCapacity, filling: false)
        capacity = newCapacity
    }

    /// The value of a slot, or nil when it was never assigned.
    subscript(slot: Int) -> Value? {
        get { slot < capacity && defined[slot] ? values[slot] : nil }
        set {
            values[slot] = newValue ?? .nil
            defined[slot] = newValue != nil
        }
    }
}
