/// A `map` or `filter` of the library running inside the VM (``EachLoop``):
/// its items, how far it has got and what it has kept.
///
/// The loops in progress form a stack (``VM/eachStates``): a loop's calls may
/// run other loops, which end before control comes back to it. The function
/// called on the items is borrowed: the call site's register holds it (and
/// so its proto) until the loop ends.
struct EachState {
    let loop: EachLoop
    let items: [Value]
    /// The next item to call the function on; the items before it have been called.
    var position = 0
    /// Room for a result per item; the first ``kept`` are initialized.
    let results: UnsafeMutablePointer<Value>
    var kept = 0
    /// How many frames are suspended while the function runs on an item (the
    /// loop's caller is the last of them); -1 until the first call.
    var callerDepth = -1
    let proto: Unmanaged<Proto>
    let closure: Unmanaged<Function>

    init(_ loop: EachLoop, items: [Value], proto: Unmanaged<Proto>, closure: Unmanaged<Function>) {
        self.loop = loop
        self.items = items
        self.results = .allocate(capacity: items.count)
        self.proto = proto
        self.closure = closure
    }

    /// Frees the results kept so far, for a loop that is abandoned.
    func discard() {
        results.deinitialize(count: kept)
        results.deallocate()
    }

    /// The results as an array; the buffer is freed.
    func finish() -> [Value] {
        let list = [Value](unsafeUninitializedCapacity: kept) { buffer, count in
            buffer.baseAddress.unsafelyUnwrapped.moveInitialize(from: results, count: kept)
            count = kept
        }
        results.deallocate()
        return list
    }
}

extension VM {
    /// Starts `map(xs, f)` or `filter(xs, f)` from the registers of its call
    /// site when `f` is a knobs function of one parameter and `xs` a list,
    /// range or string; false, with nothing done, for anything else, which
    /// the library function handles (and reports) itself.
    ///
    /// Counts the step, takes the items and checks the limits in the order the
    /// library function does, so that every limit is reached where it was.
    @inline(never)
    func startEach(_ loop: EachLoop, arguments: UnsafeMutablePointer<Value>) throws -> Bool {
        guard case .function(let function) = arguments[1], let proto = function.proto, proto.bytecode.parameterCount == 1 else { return false }
        switch arguments[0] {
        case .list, .range, .string: break
        default: return false
        }
        try countStep()
        let items = try items(of: arguments[0], argument: 0, loop.name)
        if !items.isEmpty, reentries &+ eachCount >= VM.maximumReentries { throw tooManyReentries() }
        if eachCount == eachCapacity { growEachStates() }
        (eachStates + eachCount).initialize(to: EachState(loop, items: items, proto: Unmanaged.passUnretained(proto), closure: Unmanaged.passUnretained(function)))
        eachCount &+= 1
        return true
    }

    private func growEachStates() {
        let grown = UnsafeMutablePointer<EachState>.allocate(capacity: eachCapacity * 2)
        grown.moveInitialize(from: eachStates, count: eachCount)
        eachStates.deallocate()
        eachStates = grown
        eachCapacity *= 2
    }

    /// Keeps what the call on the previous item returned into `slot`, if an
    /// item was called, then puts the next item into `slot` and returns the
    /// innermost loop, whose function is to be called on it; nil when the items are done.
    @inline(never)
    func stepEach(_ slot: UnsafeMutablePointer<Value>, site: Int32, in frame: Frame) throws -> UnsafeMutablePointer<EachState>? {
        let state = eachStates + (eachCount &- 1)
        let position = state.pointee.position
        if position > 0 {
            switch state.pointee.loop {
            case .map:
                (state.pointee.results + state.pointee.kept).moveInitialize(from: slot, count: 1)
                slot.initialize(to: .nil)
                state.pointee.kept &+= 1
            case .filter:
                guard case .bool(let keep) = slot.pointee else { throw notABoolFromFilter(slot.pointee, site: site, in: frame) }
                if keep {
                    (state.pointee.results + state.pointee.kept).initialize(to: state.pointee.items[position &- 1])
                    state.pointee.kept &+= 1
                }
            }
        }
        guard position < state.pointee.items.count else { return nil }
        put(state.pointee.items[position], at: slot)
        state.pointee.position = position &+ 1
        return state
    }

    /// Notes that the innermost loop's caller is suspended and its function
    /// runs on an item, so that its `return` can restart it on the next one.
    @inline(__always)
    func calledEach(_ state: UnsafeMutablePointer<EachState>) {
        state.pointee.callerDepth = suspendedCount
        eachCallerDepth = suspendedCount
    }

    /// Where the function of the innermost loop returns the value in `result`
    /// (a register of its ended frame): when nothing
    /// but the next call follows (an item is left, the result needs no
    /// check that could fail, no checkpoint is due), keeps the result and
    /// restarts the ended frame on the next item, as ``stepEach(_:site:in:)``
    /// and a call would, without resuming the loop's caller; false, with
    /// nothing done, when the caller must take the result at `eachStep`.
    @inline(__always)
    func restartEach(_ result: UnsafeMutablePointer<Value>, _ frame: inout Frame, _ r: UnsafeMutablePointer<Value>) -> Bool {
        let state = eachStates + (eachCount &- 1)
        let position = state.pointee.position
        guard position < state.pointee.items.count, stepsLeft > 1 else { return false }
        switch state.pointee.loop {
        case .map:
            (state.pointee.results + state.pointee.kept).moveInitialize(from: result, count: 1)
            result.initialize(to: .nil)
            state.pointee.kept &+= 1
        case .filter:
            guard case .bool(let keep) = result.pointee else { return false }
            if keep {
                (state.pointee.results + state.pointee.kept).initialize(to: state.pointee.items[position &- 1])
                state.pointee.kept &+= 1
            }
        }
        put(state.pointee.items[position], at: r)
        state.pointee.position = position &+ 1
        stepsLeft &-= 1
        let cells = startLocals(frame.code, frame.unmanagedProto, r)
        frame = Frame(proto: frame.unmanagedProto, closure: frame.unmanagedClosure, cells: cells, base: frame.base)
        return true
    }

    /// Ends the innermost loop: its results as a new list, checked against the limits.
    @inline(never)
    func finishEach() throws -> Value {
        eachCount &-= 1
        let results = (eachStates + eachCount).move().finish()
        noteInnermostEach()
        return try newList(results)
    }

    /// Abandons the loops above the first `count`, innermost first (their activation of `execute` is being unwound).
    func endEach(to count: Int) {
        guard eachCount > count else { return }
        while eachCount > count {
            eachCount &-= 1
            (eachStates + eachCount).move().discard()
        }
        noteInnermostEach()
    }

    private func noteInnermostEach() {
        eachCallerDepth = eachCount > 0 ? eachStates[eachCount &- 1].callerDepth : -1
    }

    func tooManyReentries() -> RuntimeError {
        RuntimeError.limit("too many calls through library functions inside one another (more than \(VM.maximumReentries))",
                           hint: "a function passed to map or filter that calls map or filter again needs a case that stops")
    }

    /// The library function's error for a verdict that is not a bool, under the function passed to `filter`.
    private func notABoolFromFilter(_ verdict: Value, site: Int32, in frame: Frame) -> RuntimeError {
        var error = RuntimeError("filter's function must return true or false, got \(verdict.describedType)")
        error.range = frame.withProto { $0.callSites[Int(site)].argumentRanges[1] }
        return error
    }
}
