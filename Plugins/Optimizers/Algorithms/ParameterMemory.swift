import KnobsPluginAPI

/// What an optimizer remembers about each parameter between steps (Adam's
/// moments, a momentum buffer), keyed by the parameter's identity.
///
/// The key is `ObjectIdentifier(parameter)`, as the engine's ``Optimizer``
/// protocol asks. An identifier can be used again by a new tensor once the old
/// one is freed, so each entry also holds its parameter weakly and counts only
/// while that very parameter is alive: a new network trained with an old
/// optimizer starts from fresh state, never from a dead parameter's.
final class ParameterMemory<State: AnyObject> {
    private final class Entry {
        weak var parameter: Tensor?
        let state: State

        init(_ parameter: Tensor, _ state: State) {
            self.parameter = parameter
            self.state = state
        }
    }

    private var entries: [ObjectIdentifier: Entry] = [:]

    /// The state of `parameter`, made by `make` on its first step.
    func state(for parameter: Tensor, make: () -> State) -> State {
        let key = ObjectIdentifier(parameter)
        if let entry = entries[key], entry.parameter === parameter { return entry.state }
        entries = entries.filter { $0.value.parameter != nil }
        let state = make()
        entries[key] = Entry(parameter, state)
        return state
    }

    /// How many parameters have state (for tests).
    var count: Int { entries.values.filter { $0.parameter != nil }.count }
}

/// Numbers an optimizer keeps for one parameter, one per value (a momentum
/// buffer, a moment), in memory it owns, so the inner loops reach them
/// without copies or checks.
final class StateBuffer {
    let values: UnsafeMutableBufferPointer<Double>

    init(count: Int, value: Double = 0) {
        values = .allocate(capacity: count)
        values.initialize(repeating: value)
    }

    deinit {
        values.deallocate()
    }
}

extension Tensor {
    /// Changes the values in place through raw buffers of the values and the
    /// gradient: an optimizer's inner loop. Does nothing to a tensor without a
    /// gradient (or one of another size) and says whether it ran.
    @discardableResult
    func stepInPlace(_ change: (UnsafeMutableBufferPointer<Double>, UnsafeBufferPointer<Double>) -> Void) -> Bool {
        guard let gradient = grad, gradient.count == count else { return false }
        update { values in
            values.withUnsafeMutableBufferPointer { parameter in
                gradient.withUnsafeBufferPointer { change(parameter, $0) }
            }
        }
        return true
    }
}
