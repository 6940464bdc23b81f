/// The frame ``VM/execute(_:closure:base:)`` is running: whose code, where its
/// registers start, and the variables it shares with closures.
///
/// A frame is plain data, so that suspending and resuming one costs no
/// reference counting. It borrows its proto and closure: something else holds
/// them for as long as the frame runs (the caller's function register, for a
/// call's function sits below its arguments, out of the callee's reach, and
/// the closure holds its proto; the caller of `execute` for the entry frame;
/// or ``GlobalStorage``, which keeps every proto it ever lets `callGlobal`
/// run). It owns its cells, if it has any, and gives them up in ``end()``.
struct Frame {
    let unmanagedProto: Unmanaged<Proto>
    let unmanagedClosure: Unmanaged<Function>?
    /// The frame's own cells (locals captured by closures), retained by the frame; nil when it has none.
    let unmanagedCells: Unmanaged<FrameCells>?
    /// The frame's first register in the register file.
    let base: Int

    init(proto: Unmanaged<Proto>, closure: Unmanaged<Function>?, cells: Unmanaged<FrameCells>?, base: Int) {
        self.unmanagedProto = proto
        self.unmanagedClosure = closure
        self.unmanagedCells = cells
        self.base = base
    }

    /// Releases the frame's cells, once, when the frame returns or is unwound.
    @inline(__always)
    func end() {
        unmanagedCells?.release()
    }

    /// Reads from the proto without retaining it.
    @inline(__always)
    func withProto<T>(_ body: (Proto) throws -> T) rethrows -> T {
        try unmanagedProto._withUnsafeGuaranteedRef(body)
    }

    /// The frame's own cell `index`, without retaining the cells.
    @inline(__always)
    func cell(_ index: Int32) -> Cell {
        unmanagedCells.unsafelyUnwrapped._withUnsafeGuaranteedRef { $0.cells[Int(index)] }
    }

    /// The captured variable `index` of the running closure, without retaining the closure.
    @inline(__always)
    func capture(_ index: Int32) -> Cell {
        unmanagedClosure.unsafelyUnwrapped._withUnsafeGuaranteedRef { $0.captures[Int(index)] }
    }

    /// The proto's code and layout, read without retaining it.
    @inline(__always)
    var code: Bytecode { unmanagedProto._withUnsafeGuaranteedRef { $0.bytecode } }

    var proto: Proto { unmanagedProto.takeUnretainedValue() }
    var closure: Function? { unmanagedClosure?.takeUnretainedValue() }
    var cells: [Cell]? { unmanagedCells?.takeUnretainedValue().cells }
}

/// The cells of one frame, in an object the frame retains and releases by hand.
final class FrameCells {
    let cells: [Cell]

    init(_ cells: [Cell]) {
        self.cells = cells
    }
}

/// A caller waiting for a knobs function it called to return.
struct SuspendedFrame {
    let frame: Frame
    /// Where the caller resumes: the instruction after the call.
    let resume: UnsafeMutablePointer<Instruction>
    /// The caller's register that receives the result.
    let destination: Reg
}

extension VM {
    /// How many frames are live: the suspended ones, and the running one of each activation of `execute`.
    var depth: Int { suspendedCount &+ reentries }

    /// Starts a frame that makes the depth `depth`: checks it, makes room, clears the locals and makes the cells.
    func enter(_ code: Bytecode, _ proto: Unmanaged<Proto>, base: Int, depth: Int) throws -> Unmanaged<FrameCells>? {
        if depth > limits.maxDepth &+ 1 { throw tooManyNestedCalls() }  // the top level is not a call
        return try makeFrame(code, proto, base: base)
    }

    /// Checks that a call from the running frame stays within the depth limit
    /// and that the stack of suspended frames has room for the caller: one
    /// comparison with ``VM/suspendedBound`` unless either needs attention.
    @inline(__always)
    func checkCall() throws {
        if suspendedCount >= suspendedBound { try makeRoomForCall() }
    }

    @inline(never)
    private func makeRoomForCall() throws {
        if depth &+ 1 > limits.maxDepth &+ 1 { throw tooManyNestedCalls() }
        if suspendedCount == suspendedCapacity { growSuspended() }
        boundCalls()
    }

    /// Sets ``VM/suspendedBound`` for the running activation of `execute`: the
    /// fewer of the stack's capacity and the suspended frames at which a call goes past the depth limit.
    func boundCalls() {
        let allowed = limits.maxDepth &- reentries  // the most suspended frames a call may leave
        suspendedBound = allowed < suspendedCapacity ? allowed &+ 1 : suspendedCapacity
    }

    private func tooManyNestedCalls() -> RuntimeError {
        RuntimeError.limit("too many nested calls (more than \(limits.maxDepth))", hint: "a function that calls itself needs a case that stops; raise the limit with --max-depth")
    }

    /// Makes room for a frame's registers, clears its locals and makes its cells.
    @inline(__always)
    func makeFrame(_ code: Bytecode, _ proto: Unmanaged<Proto>, base: Int) throws -> Unmanaged<FrameCells>? {
        let frameTop = base &+ code.registerCount
        if frameTop >= capacity { try reserve(frameTop + 1) }
        top = frameTop
        return startLocals(code, proto, registers + base)
    }

    /// Clears the locals of a frame whose registers start at `r` and makes its cells.
    @inline(__always)
    func startLocals(_ code: Bytecode, _ proto: Unmanaged<Proto>, _ r: UnsafeMutablePointer<Value>) -> Unmanaged<FrameCells>? {
        // Locals start unassigned; parameters are already in place, temporaries are written before they are read.
        var i = code.parameterCount
        while i < code.localCount {
            put(.unassigned, at: r + i)
            i &+= 1
        }
        guard code.hasCells else { return nil }
        let cells = proto._withUnsafeGuaranteedRef { $0.cellParameters }.map { parameter in Cell(parameter.map { r[Int($0)] } ?? .unassigned) }
        return Unmanaged.passRetained(FrameCells(cells))
    }

    /// Puts the running frame on the stack of suspended callers, which has room (``checkCall()``).
    @inline(__always)
    func suspend(_ frame: Frame, resume: UnsafeMutablePointer<Instruction>, destination: Reg) {
        (suspendedFrames + suspendedCount).initialize(to: SuspendedFrame(frame: frame, resume: resume, destination: destination))
        suspendedCount &+= 1
    }

    private func growSuspended() {
        let grown = UnsafeMutablePointer<SuspendedFrame>.allocate(capacity: suspendedCapacity * 2)
        grown.moveInitialize(from: suspendedFrames, count: suspendedCount)
        suspendedFrames.deallocate()
        suspendedFrames = grown
        suspendedCapacity *= 2
    }

    /// Ends the frames an activation of `execute` suspended, innermost first, returning the calls they were making.
    func unwindSuspended(to entry: Int) -> [(proto: Proto, pc: Int)] {
        var callers: [(proto: Proto, pc: Int)] = []
        while suspendedCount > entry {
            suspendedCount -= 1
            let suspended = (suspendedFrames + suspendedCount).move()
            suspended.frame.end()
            callers.append((suspended.frame.proto, suspended.resume - suspended.frame.code.instructions - 1))
        }
        return callers
    }

    /// The value a returning frame leaves in a dead register: a number is read
    /// as it is, anything else moves out without a copy.
    @inline(__always)
    func takeResult(_ slot: UnsafeMutablePointer<Value>) -> Value {
        if case .number(let x) = slot.pointee { return .number(x) }
        let value = slot.move()
        slot.initialize(to: .nil)
        return value
    }

    /// Moves a returning frame's result from its dead register into the caller's register.
    @inline(__always)
    func moveResult(_ slot: UnsafeMutablePointer<Value>, to destination: UnsafeMutablePointer<Value>) {
        if case .number(let x) = slot.pointee {
            put(.number(x), at: destination)
        } else {
            destination.pointee = slot.move()
            slot.initialize(to: .nil)
        }
    }

    /// Writes a value into a register. When the register's old value holds no
    /// reference, it is overwritten without Swift's generic destroy of a ``Value``.
    @inline(__always)
    func put(_ value: Value, at slot: UnsafeMutablePointer<Value>) {
        switch slot.pointee {
        case .number, .bool, .nil: slot.initialize(to: value)
        default: slot.pointee = value
        }
    }
}
