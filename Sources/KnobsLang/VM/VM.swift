import KnobsEngine

/// Runs bytecode: one register file shared by all frames, calls as windows on it.
///
/// Calls between knobs functions switch frames inside ``execute(_:closure:base:)``;
/// only native functions that call back re-enter it. Depth is bounded by
/// ``Limits/maxDepth``, and the ``Interpreter`` runs everything on a thread
/// with a large stack, so the bound holds long before the stack ends.
///
/// The VM's state is touched by one thread at a time and never through
/// overlapping accesses, so its hot properties skip Swift's dynamic
/// exclusivity checks (`@exclusivity(unchecked)`), which cost a quarter of
/// the time of a scalar loop.
final class VM: CallContext {
    /// The data sets a host added to `dataset("…")`.
    var datasetRecipes: [String: DatasetRecipe] = [:]
    @exclusivity(unchecked)
    var registers: UnsafeMutablePointer<Value>
    @exclusivity(unchecked)
    var capacity: Int
    /// The first register above the running frame.
    @exclusivity(unchecked)
    var top = 0
    let globals = GlobalStorage()
    /// Callers waiting for the knobs functions they called, for all activations of ``execute``.
    @exclusivity(unchecked) var suspendedFrames = UnsafeMutablePointer<SuspendedFrame>.allocate(capacity: 64)
    @exclusivity(unchecked) var suspendedCount = 0
    @exclusivity(unchecked) var suspendedCapacity = 64
    /// Calls from the running activation of ``execute`` need a closer look when
    /// this many frames are suspended: the stack is full or the depth limit is reached (``checkCall()``).
    @exclusivity(unchecked) var suspendedBound = 0
    let globalTable: GlobalTable
    let builtins: [Value]
    let builtinIndex: [String: Int32]
    @exclusivity(unchecked)
    var random = RandomGenerator()
    @exclusivity(unchecked)
    var limits: Limits
    /// The steps counted when the next checkpoint (limits, clock, Ctrl-C) is due.
    @exclusivity(unchecked)
    var checkpoint = 0
    /// Steps left until the checkpoint: a step costs one decrement and one test.
    @exclusivity(unchecked)
    var stepsLeft = 0
    @exclusivity(unchecked)
    var residentCheckpoint = 0
    @exclusivity(unchecked)
    var reentries = 0
    /// The `map` and `filter` loops running inside the VM, innermost last.
    @exclusivity(unchecked) var eachStates = UnsafeMutablePointer<EachState>.allocate(capacity: 16)
    @exclusivity(unchecked) var eachCount = 0
    @exclusivity(unchecked) var eachCapacity = 16
    /// The suspended frames while the innermost loop's function runs on an item: its frame returns at this depth. -1 without a loop.
    @exclusivity(unchecked) var eachCallerDepth = -1
    @exclusivity(unchecked)
    var outputBytes = 0
    var deadline: ContinuousClock.Instant
    let interrupt: InterruptFlag
    /// Lists and records nest at most this deep: a deeper value could not be
    /// printed, compared or freed without exhausting the native stack.
    static let maximumNesting = 1_000
    /// How deeply native functions may call back into knobs code (`map` inside
    /// `map` …): each level uses the native stack, unlike calls between knobs functions.
    static let maximumReentries = 1_000

    /// Where the program's output goes.
    let output: (String) -> Void

    init(globalTable: GlobalTable, builtins: [Value], builtinIndex: [String: Int32], limits: Limits, interrupt: InterruptFlag, output: @escaping (String) -> Void) {
        self.globalTable = globalTable
        self.builtins = builtins
        self.builtinIndex = builtinIndex
        self.limits = limits
        self.interrupt = interrupt
        self.output = output
        self.capacity = 1024
        self.registers = .allocate(capacity: 1024)
        self.registers.initialize(repeating: .nil, count: 1024)
        self.deadline = .now
    }

    deinit {
        registers.deinitialize(count: capacity)
        registers.deallocate()
        suspendedFrames.deinitialize(count: suspendedCount)
        suspendedFrames.deallocate()
        endEach(to: 0)
        eachStates.deallocate()
    }

    /// Makes room for registers up to `needed`, moving the file if it must grow.
    func reserve(_ needed: Int) throws {
        guard needed > capacity else { return }
        let newCapacity = grownCapacity(capacity, toHold: needed)
        registers = registers.grown(from: capacity, to: newCapacity, filling: .nil)
        capacity = newCapacity
    }

    /// Starts the clocks and counters for a new run.
    func beginRun() {
        checkpoint = min(limits.maxSteps, 4096)
        stepsLeft = checkpoint
        residentCheckpoint = 1_000_000
        outputBytes = 0
        // Past a year is as good as no deadline, and keeps the conversion in range.
        let seconds = limits.timeout.isNaN ? 0 : min(max(limits.timeout, 0), 31_536_000)
        deadline = .now + .milliseconds(Int(seconds * 1000))
        interrupt.clear()
        globals.reserve(globalTable.names.count)
    }

    /// Runs a proto whose arguments are already in place at `base`, until it returns.
    ///
    /// Calls from knobs code to knobs functions do not recurse in Swift: the
    /// caller is suspended on a frame stack and the loop switches to the
    /// callee. Only native functions that call back (`map`) re-enter here.
    /// The caller keeps `entry` and `closure` alive until this returns.
    func execute(_ entry: Proto, closure: Unmanaged<Function>?, base entryBase: Int) throws -> Value {
        let entryTop = top
        let entryEach = eachCount
        let entryBound = suspendedBound
        reentries += 1
        boundCalls()
        defer {
            top = entryTop
            reentries -= 1
            suspendedBound = entryBound
            endEach(to: entryEach)
        }
        // Loops of map and filter inside the VM count as the activations they replace.
        if reentries &+ entryEach > VM.maximumReentries { throw tooManyReentries() }
        let entryFrames = suspendedCount
        let entryProto = Unmanaged.passUnretained(entry)
        let entryCells = try enter(entry.bytecode, entryProto, base: entryBase, depth: depth)
        var frame = Frame(proto: entryProto, closure: closure, cells: entryCells, base: entryBase)
        var instructions = entry.bytecode.instructions
        var r = registers + entryBase
        let globalValues = globals.values
        let globalDefined = globals.defined
        let globalCallees = globals.callees
        var ip = instructions
        do {
            while true {
                let instruction = ip.pointee
                ip += 1
                switch instruction {
                case .loadConstant(let d, let k):
                    put(frame.code.constants[Int(k)], at: r + Int(d))
                case .loadNil(let d):
                    put(.nil, at: r + Int(d))
                case .loadBool(let d, let b):
                    put(.bool(b), at: r + Int(d))
                case .move(let d, let s):
                    put(r[Int(s)], at: r + Int(d))
                case .getGlobal(let d, let g):
                    let value = globalValues[Int(g)]
                    if case .nil = value, !globalDefined[Int(g)] { throw undefinedGlobal(Int(g)) }
                    put(value, at: r + Int(d))
                case .setGlobal(let g, let s):
                    globalValues[Int(g)] = r[Int(s)]
                    globalDefined[Int(g)] = true
                    if case .function = r[Int(s)] {
                        globals.noteCallee(r[Int(s)], at: Int(g))
                    } else {
                        globalCallees[Int(g)] = nil
                    }
                case .getCell(let d, let c):
                    let value = frame.cell(c).value
                    if case .range(let lower, _) = value, lower.isNaN { throw usedBeforeAssigned(frame.withProto { $0.cellNames[Int(c)] }) }
                    r[Int(d)] = value
                case .setCell(let c, let s):
                    frame.cell(c).value = r[Int(s)]
                case .getCapture(let d, let c):
                    let value = frame.capture(c).value
                    if case .range(let lower, _) = value, lower.isNaN { throw usedBeforeAssigned(frame.withProto { $0.captureNames[Int(c)] }) }
                    r[Int(d)] = value
                case .setCapture(let c, let s):
                    frame.capture(c).value = r[Int(s)]
                case .getBuiltin(let d, let b):
                    put(builtins[Int(b)], at: r + Int(d))

                case .add(let d, let a, let b):
                    if case .number(let x) = r[Int(a)], case .number(let y) = r[Int(b)] {
                        put(.number(x + y), at: r + Int(d))
                    } else {
                        r[Int(d)] = try arithmetic(.add, r[Int(a)], r[Int(b)])
                    }
                case .subtract(let d, let a, let b):
                    if case .number(let x) = r[Int(a)], case .number(let y) = r[Int(b)] {
                        put(.number(x - y), at: r + Int(d))
                    } else {
                        r[Int(d)] = try arithmetic(.subtract, r[Int(a)], r[Int(b)])
                    }
                case .multiply(let d, let a, let b):
                    if case .number(let x) = r[Int(a)], case .number(let y) = r[Int(b)] {
                        put(.number(x * y), at: r + Int(d))
                    } else {
                        r[Int(d)] = try arithmetic(.multiply, r[Int(a)], r[Int(b)])
                    }
                case .divide(let d, let a, let b):
                    if case .number(let x) = r[Int(a)], case .number(let y) = r[Int(b)] {
                        put(.number(x / y), at: r + Int(d))
                    } else {
                        r[Int(d)] = try arithmetic(.divide, r[Int(a)], r[Int(b)])
                    }
                case .less(let d, let a, let b):
                    if case .number(let x) = r[Int(a)], case .number(let y) = r[Int(b)] {
                        put(.bool(x < y), at: r + Int(d))
                    } else {
                        r[Int(d)] = try compare(.less, r[Int(a)], r[Int(b)])
                    }
                case .lessEqual(let d, let a, let b):
                    if case .number(let x) = r[Int(a)], case .number(let y) = r[Int(b)] {
                        put(.bool(x <= y), at: r + Int(d))
                    } else {
                        r[Int(d)] = try compare(.lessEqual, r[Int(a)], r[Int(b)])
                    }
                case .arithmeticWithNumber(let d, let a, let n, let op):
                    let y = frame.code.numbers[Int(n)]
                    if case .number(let x) = r[Int(a)] {
                        switch op {
                        case .divide: put(.number(x / y), at: r + Int(d))
                        case .less: put(.bool(x < y), at: r + Int(d))
                        case .lessEqual: put(.bool(x <= y), at: r + Int(d))
                        case .greater: put(.bool(x > y), at: r + Int(d))
                        case .greaterEqual: put(.bool(x >= y), at: r + Int(d))
                        case .equal: put(.bool(x == y), at: r + Int(d))
                        case .notEqual: put(.bool(x != y), at: r + Int(d))
                        default: r[Int(d)] = try binary(op, r[Int(a)], .number(y))
                        }
                    } else {
                        r[Int(d)] = try binary(op, r[Int(a)], .number(y))
                    }
                case .addNumber(let d, let a, let y):
                    if case .number(let x) = r[Int(a)] {
                        put(.number(x + y), at: r + Int(d))
                    } else {
                        r[Int(d)] = try binary(.add, r[Int(a)], .number(y))
                    }
                case .subtractNumber(let d, let a, let y):
                    if case .number(let x) = r[Int(a)] {
                        put(.number(x - y), at: r + Int(d))
                    } else {
                        r[Int(d)] = try binary(.subtract, r[Int(a)], .number(y))
                    }
                case .multiplyNumber(let d, let a, let y):
                    if case .number(let x) = r[Int(a)] {
                        put(.number(x * y), at: r + Int(d))
                    } else {
                        r[Int(d)] = try binary(.multiply, r[Int(a)], .number(y))
                    }
                case .moduloNumber(let d, let a, let y):
                    if case .number(let x) = r[Int(a)] {
                        put(.number(floorRemainder(x, y)), at: r + Int(d))
                    } else {
                        r[Int(d)] = try binary(.modulo, r[Int(a)], .number(y))
                    }
                case .numberWithArithmetic(let d, let n, let b, let op):
                    let x = frame.code.numbers[Int(n)]
                    if case .number(let y) = r[Int(b)] {
                        put(.number(op == .add ? x + y : x * y), at: r + Int(d))
                    } else {
                        r[Int(d)] = try binary(op, .number(x), r[Int(b)])
                    }
                case .jumpUnless(let comparison, let a, let b, let target):
                    if case .number(let x) = r[Int(a)], case .number(let y) = r[Int(b)] {
                        if !comparison.holds(x, y) { ip = instructions + Int(target) }
                    } else {
                        let verdict = try binary(comparison, r[Int(a)], r[Int(b)])
                        if try !isTrue(verdict) { ip = instructions + Int(target) }
                    }
                case .jumpUnlessNumber(let comparison, let a, let n, let target):
                    let y = frame.code.numbers[Int(n)]
                    if case .number(let x) = r[Int(a)] {
                        if !comparison.holds(x, y) { ip = instructions + Int(target) }
                    } else {
                        let verdict = try binary(comparison, r[Int(a)], .number(y))
                        if try !isTrue(verdict) { ip = instructions + Int(target) }
                    }
                case .jumpUnlessLessThanNumber(let a, let target, let y):
                    if case .number(let x) = r[Int(a)] {
                        if !(x < y) { ip = instructions + Int(target) }
                    } else {
                        let verdict = try binary(.less, r[Int(a)], .number(y))
                        if try !isTrue(verdict) { ip = instructions + Int(target) }
                    }
                case .binary(let d, let a, let b, let op):
                    r[Int(d)] = try binary(BinaryOperator.allCompiled[Int(op)], r[Int(a)], r[Int(b)])
                case .requireAssigned(let a, let n):
                    if case .range(let lower, _) = r[Int(a)], lower.isNaN { throw usedBeforeAssigned(frame.withProto { $0.names[Int(n)] }) }
                case .negate(let d, let a):
                    if case .number(let x) = r[Int(a)] {
                        put(.number(-x), at: r + Int(d))
                    } else {
                        r[Int(d)] = try negate(r[Int(a)])
                    }
                case .not(let d, let a):
                    guard case .bool(let b) = r[Int(a)] else { throw notABool(r[Int(a)], "'not'") }
                    put(.bool(!b), at: r + Int(d))

                case .jump(let target):
                    ip = instructions + Int(target)
                case .loop(let target):
                    try countStep()
                    ip = instructions + Int(target)
                case .jumpIfFalse(let c, let target):
                    guard case .bool(let b) = r[Int(c)] else { throw notABool(r[Int(c)], "a condition") }
                    if !b { ip = instructions + Int(target) }
                case .jumpIfTrue(let c, let target):
                    guard case .bool(let b) = r[Int(c)] else { throw notABool(r[Int(c)], "a condition") }
                    if b { ip = instructions + Int(target) }

                case .iterateStart(let b):
                    r[Int(b)] = try iterable(r[Int(b)])
                    r[Int(b) + 1] = .number(0)
                case .iterateNext(let b, let d, let done):
                    guard case .number(let position) = r[Int(b) + 1] else { ip = instructions + Int(done); break }
                    switch r[Int(b)] {
                    case .range(let lower, let upper):
                        let x = lower + position
                        if x < upper {
                            put(.number(x), at: r + Int(d))
                            put(.number(position + 1), at: r + Int(b) + 1)
                        } else {
                            ip = instructions + Int(done)
                        }
                    case .list(let list):
                        let p = Int(position)
                        if p < list.count {
                            r[Int(d)] = list[p]
                            put(.number(position + 1), at: r + Int(b) + 1)
                        } else {
                            ip = instructions + Int(done)
                        }
                    default:
                        ip = instructions + Int(done)
                    }

                case .callGlobal(let d, let f, let g, let s):
                    let shape = frame.code.callShapes[Int(s)]
                    if let callee = globalCallees[Int(g)],
                       try switchToCall(callee, closure: nil, shape, returningTo: d, &frame, &instructions, &r, &ip) {
                        continue
                    }
                    if !globalDefined[Int(g)] {
                        var error = undefinedGlobal(Int(g))
                        error.range = frame.withProto { $0.callSites[Int(s)].calleeRange }
                        throw error
                    }
                    put(globalValues[Int(g)], at: r + Int(f))
                    // The function stays in register f, below the callee's registers, until the call returns.
                    if case .function(let function) = r[Int(f)], let callee = function.proto,
                       try switchToCall(Unmanaged.passUnretained(callee), closure: Unmanaged.passUnretained(function), shape, returningTo: d, &frame, &instructions, &r, &ip) {
                        continue
                    }
                    let result = try call(r[Int(f)], site: frame.withProto { $0.callSites[Int(s)] }, base: frame.base)
                    r = registers + frame.base
                    r[Int(d)] = result
                case .call(let d, let f, let s):
                    let shape = frame.code.callShapes[Int(s)]
                    if case .function(let function) = r[Int(f)], let callee = function.proto,
                       try switchToCall(Unmanaged.passUnretained(callee), closure: Unmanaged.passUnretained(function), shape, returningTo: d, &frame, &instructions, &r, &ip) {
                        continue
                    }
                    let result = try call(r[Int(f)], site: frame.withProto { $0.callSites[Int(s)] }, base: frame.base)
                    r = registers + frame.base
                    r[Int(d)] = result
                case .eachStart(let d, let f, let s, let loop):
                    if try !startEach(loop, arguments: r + Int(f) + 1) {
                        let result = try call(r[Int(f)], site: frame.withProto { $0.callSites[Int(s)] }, base: frame.base)
                        r = registers + frame.base
                        r[Int(d)] = result
                        ip += 1  // past eachStep
                    }
                case .eachStep(let d, let f, let s, _):
                    let item = Int(f) &+ 3
                    if let state = try stepEach(r + item, site: s, in: frame) {
                        // The call returns to this instruction, with the result where the item was.
                        try switchFrames(to: state.pointee.proto, closure: state.pointee.closure, base: frame.base &+ item, returningTo: Reg(item), resumingAt: ip - 1,
                                         &frame, &instructions, &r, &ip)
                        calledEach(state)
                        continue
                    }
                    r[Int(d)] = try finishEach()
                case .callMethod(let d, let s):
                    let site = frame.withProto { $0.methodSites[Int(s)] }
                    let result = try callMethod(site, in: frame)
                    r = registers + frame.base
                    r[Int(d)] = result
                case .return(let s):
                    // The returning frame's registers are dead: the result moves
                    // from its register straight into the caller's, below them.
                    let result = r + Int(s)
                    frame.end()
                    if suspendedCount == entryFrames { return takeResult(result) }
                    if suspendedCount == eachCallerDepth, restartEach(result, &frame, r) {
                        ip = instructions
                        continue
                    }
                    suspendedCount &-= 1
                    let caller = (suspendedFrames + suspendedCount).move()
                    frame = caller.frame
                    instructions = frame.code.instructions
                    top = frame.base &+ frame.code.registerCount
                    r = registers + frame.base
                    ip = caller.resume
                    moveResult(result, to: r + Int(caller.destination))

                case .closure(let d, let p):
                    let made = makeClosure(frame.withProto { $0.protos[Int(p)] }, frame: r, cells: frame.cells, closure: frame.closure)
                    try checkSize(made)
                    r[Int(d)] = made
                case .makeList(let d, let first, let count):
                    var items: [Value] = []
                    items.reserveCapacity(Int(count))
                    for j in 0..<Int(count) { items.append(r[Int(first) + j]) }
                    let list = Value.list(ListValue(items))
                    try checkSize(list)
                    r[Int(d)] = list
                case .makeRecord(let d, let first, let shape):
                    let keys = frame.withProto { $0.recordShapes[Int(shape)] }
                    var values: [Value] = []
                    for j in 0..<keys.count { values.append(r[Int(first) + j]) }
                    let record = Value.record(RecordValue(keys: keys, values: values))
                    try checkSize(record)
                    r[Int(d)] = record
                case .makeRange(let d, let a, let b):
                    r[Int(d)] = try makeRange(r[Int(a)], r[Int(b)], inclusive: false)
                case .makeClosedRange(let d, let a, let b):
                    r[Int(d)] = try makeRange(r[Int(a)], r[Int(b)], inclusive: true)
                case .interpolate(let d, let first, let count):
                    var text = ""
                    for j in 0..<Int(count) { text += try self.text(r[Int(first) + j]) }
                    try chargeNew(text.utf8.count)
                    r[Int(d)] = .string(text)
                case .format(let d, let s, let f):
                    r[Int(d)] = try format(r[Int(s)], frame.withProto { $0.formats[Int(f)] })

                case .getIndex(let d, let a, let b):
                    r[Int(d)] = try index(r[Int(a)], r[Int(b)])
                case .setIndex(let p, let i, let v):
                    try setIndex(of: frame.withProto { $0.places[Int(p)] }, in: frame, r[Int(i)], r[Int(v)])
                case .getField(let d, let a, let n):
                    r[Int(d)] = try field(r[Int(a)], frame.withProto { $0.names[Int(n)] })
                case .setField(let p, let n, let v):
                    try setField(of: frame.withProto { $0.places[Int(p)] }, in: frame, frame.withProto { $0.names[Int(n)] }, r[Int(v)])
                }
            }
        } catch let error as RuntimeError {
            frame.end()
            var trace = ErrorTrace(diagnostic: diagnostic(for: error, proto: frame.proto, pc: ip - instructions - 1))
            trace.callers.append(contentsOf: unwindSuspended(to: entryFrames))
            throw trace
        } catch let error as any RuntimeErrorConvertible {
            frame.end()
            var trace = ErrorTrace(diagnostic: diagnostic(for: error.runtimeError, proto: frame.proto, pc: ip - instructions - 1))
            trace.callers.append(contentsOf: unwindSuspended(to: entryFrames))
            throw trace
        } catch var trace as ErrorTrace {
            frame.end()
            trace.callers.append((frame.proto, ip - instructions - 1))
            trace.callers.append(contentsOf: unwindSuspended(to: entryFrames))
            throw trace
        } catch {
            frame.end()
            _ = unwindSuspended(to: entryFrames)
            throw error
        }
    }

    /// Suspends the running frame and switches to a knobs function whose
    /// arguments are in place; false, with nothing changed, when the call site
    /// does not fit the parameters (named arguments, defaults) and needs ``call(_:site:base:)``.
    @inline(__always)
    private func switchToCall(_ callee: Unmanaged<Proto>, closure: Unmanaged<Function>?, _ shape: CallShape, returningTo destination: Reg,
                              _ frame: inout Frame, _ instructions: inout UnsafeMutablePointer<Instruction>, _ r: inout UnsafeMutablePointer<Value>, _ ip: inout UnsafeMutablePointer<Instruction>) throws -> Bool {
        guard shape.positional, Int(shape.count) == callee._withUnsafeGuaranteedRef({ $0.bytecode.parameterCount }) else { return false }
        try switchFrames(to: callee, closure: closure, base: frame.base &+ Int(shape.firstArgument), returningTo: destination, resumingAt: ip,
                         &frame, &instructions, &r, &ip)
        return true
    }

    /// Counts a step, suspends the running frame to resume at `resume` and
    /// switches to a knobs function whose arguments are in place from `calleeBase`.
    @inline(__always)
    private func switchFrames(to callee: Unmanaged<Proto>, closure: Unmanaged<Function>?, base calleeBase: Int, returningTo destination: Reg, resumingAt resume: UnsafeMutablePointer<Instruction>,
                              _ frame: inout Frame, _ instructions: inout UnsafeMutablePointer<Instruction>, _ r: inout UnsafeMutablePointer<Value>, _ ip: inout UnsafeMutablePointer<Instruction>) throws {
        let calleeCode = callee._withUnsafeGuaranteedRef { $0.bytecode }
        try countStep()
        // Enter first: a depth or memory error then belongs to this call, in this frame.
        try checkCall()
        let cells = try makeFrame(calleeCode, callee, base: calleeBase)
        suspend(frame, resume: resume, destination: destination)
        frame = Frame(proto: callee, closure: closure, cells: cells, base: calleeBase)
        instructions = calleeCode.instructions
        r = registers + calleeBase
        ip = calleeCode.instructions
    }

    private func usedBeforeAssigned(_ name: String) -> RuntimeError {
        RuntimeError("'\(name)' is used before it is assigned", hint: "give '\(name)' a value on every path before this line")
    }

    private func undefinedGlobal(_ slot: Int) -> RuntimeError {
        let name = globalTable.names[slot]
        return RuntimeError("'\(name)' has no value yet", hint: "assign it before this line runs, as in \(name) = 0")
    }

    func notABool(_ value: Value, _ what: String) -> RuntimeError {
        let hint: String? = if value.isNumber {
            "compare it, as in x > 0 or x != 0"
        } else if let tensor = value.tensor, tensor.count > 1 {
            "a tensor of \(tensor.count) numbers holds many answers; reduce it first, as in max(t) < 1"
        } else {
            nil
        }
        return RuntimeError("\(what) must be true or false, got \(value.describedType)", hint: hint)
    }

    /// The verdict of a condition, which must be true or false.
    @inline(__always)
    func isTrue(_ verdict: Value) throws -> Bool {
        guard case .bool(let b) = verdict else { throw notABool(verdict, "a condition") }
        return b
    }
}
