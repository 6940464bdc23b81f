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
    let globalTable: GlobalTable
    let builtins: [Value]
    let builtinIndex: [String: Int32]
    @exclusivity(unchecked)
    var random = RandomGenerator()
    @exclusivity(unchecked)
    var limits: Limits
    @exclusivity(unchecked)
    var steps = 0
    @exclusivity(unchecked)
    var checkpoint = 0
    @exclusivity(unchecked)
    var residentCheckpoint = 0
    @exclusivity(unchecked)
    var reentries = 0
    @exclusivity(unchecked)
    var depth = 0
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
        steps = 0
        checkpoint = min(limits.maxSteps, 4096)
        residentCheckpoint = 1_000_000
        outputBytes = 0
        depth = 0
        // Past a year is as good as no deadline, and keeps the conversion in range.
        let seconds = limits.timeout.isNaN ? 0 : min(max(limits.timeout, 0), 31_536_000)
        deadline = .now + .milliseconds(Int(seconds * 1000))
        interrupt.clear()
        globals.reserve(globalTable.names.count)
    }

    /// Runs a proto whose arguments are already in place at `base`, until it returns.
    ///
    /// Calls from knobs code to knobs functions do not recurse in Swift: the
    /// caller is suspended on a local frame stack and the loop switches to the
    /// callee. Only native functions that call back (`map`) re-enter here.
    func execute(_ entry: Proto, closure entryClosure: Function?, base entryBase: Int) throws -> Value {
        let entryDepth = depth
        let entryTop = top
        reentries += 1
        defer {
            depth = entryDepth
            top = entryTop
            reentries -= 1
        }
        if reentries > VM.maximumReentries {
            throw RuntimeError.limit("too many calls through library functions inside one another (more than \(VM.maximumReentries))",
                                     hint: "a function passed to map or filter that calls map or filter again needs a case that stops")
        }
        let entryFrames = suspendedCount
        var proto = entry
        var closure = entryClosure
        var base = entryBase
        var cells = try enter(proto, base: base)
        var r = registers + base
        var code = proto.instructions
        var constants = proto.constantValues
        var numbers = proto.numberValues
        let globalValues = globals.values
        let globalDefined = globals.defined
        var pc = 0
        do {
            while true {
                let instruction = code[pc]
                pc += 1
                switch instruction {
                case .loadConstant(let d, let k):
                    r[Int(d)] = constants[Int(k)]
                case .loadNil(let d):
                    r[Int(d)] = .nil
                case .loadBool(let d, let b):
                    store(.bool(b), at: r + Int(d))
                case .move(let d, let s):
                    r[Int(d)] = r[Int(s)]
                case .getGlobal(let d, let g):
                    let value = globalValues[Int(g)]
                    if case .nil = value, !globalDefined[Int(g)] { throw undefinedGlobal(Int(g)) }
                    r[Int(d)] = value
                case .setGlobal(let g, let s):
                    globalValues[Int(g)] = r[Int(s)]
                    globalDefined[Int(g)] = true
                case .getCell(let d, let c):
                    let value = cells.unsafelyUnwrapped[Int(c)].value
                    if case .range(let lower, _) = value, lower.isNaN { throw usedBeforeAssigned(proto.cellNames[Int(c)]) }
                    r[Int(d)] = value
                case .setCell(let c, let s):
                    cells.unsafelyUnwrapped[Int(c)].value = r[Int(s)]
                case .getCapture(let d, let c):
                    let value = closure.unsafelyUnwrapped.captures[Int(c)].value
                    if case .range(let lower, _) = value, lower.isNaN { throw usedBeforeAssigned(proto.captureNames[Int(c)]) }
                    r[Int(d)] = value
                case .setCapture(let c, let s):
                    closure.unsafelyUnwrapped.captures[Int(c)].value = r[Int(s)]
                case .getBuiltin(let d, let b):
                    r[Int(d)] = builtins[Int(b)]

                case .add(let d, let a, let b):
                    if case .number(let x) = r[Int(a)], case .number(let y) = r[Int(b)] {
                        store(.number(x + y), at: r + Int(d))
                    } else {
                        r[Int(d)] = try arithmetic(.add, r[Int(a)], r[Int(b)])
                    }
                case .subtract(let d, let a, let b):
                    if case .number(let x) = r[Int(a)], case .number(let y) = r[Int(b)] {
                        store(.number(x - y), at: r + Int(d))
                    } else {
                        r[Int(d)] = try arithmetic(.subtract, r[Int(a)], r[Int(b)])
                    }
                case .multiply(let d, let a, let b):
                    if case .number(let x) = r[Int(a)], case .number(let y) = r[Int(b)] {
                        store(.number(x * y), at: r + Int(d))
                    } else {
                        r[Int(d)] = try arithmetic(.multiply, r[Int(a)], r[Int(b)])
                    }
                case .divide(let d, let a, let b):
                    if case .number(let x) = r[Int(a)], case .number(let y) = r[Int(b)] {
                        store(.number(x / y), at: r + Int(d))
                    } else {
                        r[Int(d)] = try arithmetic(.divide, r[Int(a)], r[Int(b)])
                    }
                case .less(let d, let a, let b):
                    if case .number(let x) = r[Int(a)], case .number(let y) = r[Int(b)] {
                        store(.bool(x < y), at: r + Int(d))
                    } else {
                        r[Int(d)] = try compare(.less, r[Int(a)], r[Int(b)])
                    }
                case .lessEqual(let d, let a, let b):
                    if case .number(let x) = r[Int(a)], case .number(let y) = r[Int(b)] {
                        store(.bool(x <= y), at: r + Int(d))
                    } else {
                        r[Int(d)] = try compare(.lessEqual, r[Int(a)], r[Int(b)])
                    }
                case .arithmeticWithNumber(let d, let a, let n, let op):
                    let y = numbers[Int(n)]
                    if case .number(let x) = r[Int(a)] {
                        switch op {
                        case .add: store(.number(x + y), at: r + Int(d))
                        case .subtract: store(.number(x - y), at: r + Int(d))
                        case .multiply: store(.number(x * y), at: r + Int(d))
                        case .divide: store(.number(x / y), at: r + Int(d))
                        case .modulo: store(.number(floorRemainder(x, y)), at: r + Int(d))
                        case .less: store(.bool(x < y), at: r + Int(d))
                        case .lessEqual: store(.bool(x <= y), at: r + Int(d))
                        case .greater: store(.bool(x > y), at: r + Int(d))
                        case .greaterEqual: store(.bool(x >= y), at: r + Int(d))
                        case .equal: store(.bool(x == y), at: r + Int(d))
                        case .notEqual: store(.bool(x != y), at: r + Int(d))
                        default: r[Int(d)] = try binary(op, r[Int(a)], .number(y))
                        }
                    } else {
                        r[Int(d)] = try binary(op, r[Int(a)], .number(y))
                    }
                case .numberWithArithmetic(let d, let n, let b, let op):
                    let x = numbers[Int(n)]
                    if case .number(let y) = r[Int(b)] {
                        store(.number(op == .add ? x + y : x * y), at: r + Int(d))
                    } else {
                        r[Int(d)] = try binary(op, .number(x), r[Int(b)])
                    }
                case .jumpUnless(let comparison, let a, let b, let target):
                    if case .number(let x) = r[Int(a)], case .number(let y) = r[Int(b)] {
                        if !comparison.holds(x, y) { pc = Int(target) }
                    } else {
                        let verdict = try binary(comparison, r[Int(a)], r[Int(b)])
                        if case .bool(false) = verdict { pc = Int(target) }
                    }
                case .jumpUnlessNumber(let comparison, let a, let n, let target):
                    let y = numbers[Int(n)]
                    if case .number(let x) = r[Int(a)] {
                        if !comparison.holds(x, y) { pc = Int(target) }
                    } else {
                        let verdict = try binary(comparison, r[Int(a)], .number(y))
                        if case .bool(false) = verdict { pc = Int(target) }
                    }
                case .binary(let d, let a, let b, let op):
                    r[Int(d)] = try binary(BinaryOperator.allCompiled[Int(op)], r[Int(a)], r[Int(b)])
                case .requireAssigned(let a, let n):
                    if case .range(let lower, _) = r[Int(a)], lower.isNaN { throw usedBeforeAssigned(proto.names[Int(n)]) }
                case .negate(let d, let a):
                    if case .number(let x) = r[Int(a)] {
                        store(.number(-x), at: r + Int(d))
                    } else {
                        r[Int(d)] = try negate(r[Int(a)])
                    }
                case .not(let d, let a):
                    guard case .bool(let b) = r[Int(a)] else { throw notABool(r[Int(a)], "'not'") }
                    store(.bool(!b), at: r + Int(d))

                case .jump(let target):
                    pc = Int(target)
                case .loop(let target):
                    steps &+= 1
                    if steps >= checkpoint { try reachCheckpoint() }
                    pc = Int(target)
                case .jumpIfFalse(let c, let target):
                    guard case .bool(let b) = r[Int(c)] else { throw notABool(r[Int(c)], "a condition") }
                    if !b { pc = Int(target) }
                case .jumpIfTrue(let c, let target):
                    guard case .bool(let b) = r[Int(c)] else { throw notABool(r[Int(c)], "a condition") }
                    if b { pc = Int(target) }

                case .iterateStart(let b):
                    r[Int(b)] = try iterable(r[Int(b)])
                    r[Int(b) + 1] = .number(0)
                case .iterateNext(let b, let d, let done):
                    guard case .number(let position) = r[Int(b) + 1] else { pc = Int(done); break }
                    switch r[Int(b)] {
                    case .range(let lower, let upper):
                        let x = lower + position
                        if x < upper {
                            store(.number(x), at: r + Int(d))
                            r[Int(b) + 1] = .number(position + 1)
                        } else {
                            pc = Int(done)
                        }
                    case .list(let list):
                        let p = Int(position)
                        if p < list.count {
                            r[Int(d)] = list[p]
                            r[Int(b) + 1] = .number(position + 1)
                        } else {
                            pc = Int(done)
                        }
                    default:
                        pc = Int(done)
                    }

                case .call(let d, let f, let s):
                    let shape = proto.callShapes[Int(s)]
                    if case .function(let function) = r[Int(f)], let calleeProto = function.proto,
                       shape.positional, Int(shape.count) == calleeProto.parameterCount {
                        steps &+= 1
                        if steps >= checkpoint { try reachCheckpoint() }
                        // Enter first: a depth or memory error then belongs to this call, in this frame.
                        let calleeBase = base + Int(shape.firstArgument)
                        let calleeCells = try enter(calleeProto, base: calleeBase)
                        if suspendedCount == suspendedCapacity { growSuspended() }
                        (suspendedFrames + suspendedCount).initialize(to: SuspendedFrame(proto: proto, pc: pc, base: base, destination: d, cells: cells, closure: closure))
                        suspendedCount += 1
                        base = calleeBase
                        proto = calleeProto
                        closure = function
                        cells = calleeCells
                        r = registers + base
                        code = proto.instructions
                        constants = proto.constantValues
                        numbers = proto.numberValues
                        pc = 0
                    } else {
                        let result = try call(r[Int(f)], site: proto.callSites[Int(s)], base: base)
                        r = registers + base
                        r[Int(d)] = result
                    }
                case .callMethod(let d, let s):
                    let site = proto.methodSites[Int(s)]
                    let result = try callMethod(site, base: base, cells: cells, closure: closure)
                    r = registers + base
                    r[Int(d)] = result
                case .return(let s):
                    let result = r[Int(s)]
                    if suspendedCount == entryFrames { return result }
                    suspendedCount -= 1
                    let caller = (suspendedFrames + suspendedCount).move()
                    depth -= 1
                    top = base + proto.registerCount
                    proto = caller.proto
                    closure = caller.closure
                    cells = caller.cells
                    base = caller.base
                    top = base + proto.registerCount
                    r = registers + base
                    code = proto.instructions
                    constants = proto.constantValues
                    numbers = proto.numberValues
                    pc = caller.pc
                    r[Int(caller.destination)] = result

                case .closure(let d, let p):
                    let made = makeClosure(proto.protos[Int(p)], frame: r, cells: cells, closure: closure)
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
                    let keys = proto.recordShapes[Int(shape)]
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
                    r[Int(d)] = try format(r[Int(s)], proto.formats[Int(f)])

                case .getIndex(let d, let a, let b):
                    r[Int(d)] = try index(r[Int(a)], r[Int(b)])
                case .setIndex(let p, let i, let v):
                    let value = r[Int(v)]
                    let position = r[Int(i)]
                    try modify(proto.places[Int(p)], base: base, cells: cells, closure: closure) { target in
                        try self.setIndex(&target, position, value)
                    }
                case .getField(let d, let a, let n):
                    r[Int(d)] = try field(r[Int(a)], proto.names[Int(n)])
                case .setField(let p, let n, let v):
                    let value = r[Int(v)]
                    let name = proto.names[Int(n)]
                    try modify(proto.places[Int(p)], base: base, cells: cells, closure: closure) { target in
                        try self.setField(&target, name, value)
                    }
                }
            }
        } catch let error as RuntimeError {
            var trace = ErrorTrace(diagnostic: diagnostic(for: error, proto: proto, pc: pc - 1))
            trace.callers.append(contentsOf: unwindSuspended(to: entryFrames))
            throw trace
        } catch let error as any RuntimeErrorConvertible {
            var trace = ErrorTrace(diagnostic: diagnostic(for: error.runtimeError, proto: proto, pc: pc - 1))
            trace.callers.append(contentsOf: unwindSuspended(to: entryFrames))
            throw trace
        } catch var trace as ErrorTrace {
            trace.callers.append((proto, pc - 1))
            trace.callers.append(contentsOf: unwindSuspended(to: entryFrames))
            throw trace
        }
    }

    /// Drops the frames this activation suspended, innermost first, returning the calls they were making.
    private func unwindSuspended(to entry: Int) -> [(proto: Proto, pc: Int)] {
        var callers: [(proto: Proto, pc: Int)] = []
        while suspendedCount > entry {
            suspendedCount -= 1
            let frame = (suspendedFrames + suspendedCount).move()
            callers.append((frame.proto, frame.pc - 1))
        }
        return callers
    }

    private func growSuspended() {
        let grown = UnsafeMutablePointer<SuspendedFrame>.allocate(capacity: suspendedCapacity * 2)
        grown.moveInitialize(from: suspendedFrames, count: suspendedCount)
        suspendedFrames.deallocate()
        suspendedFrames = grown
        suspendedCapacity *= 2
    }

    /// Starts a frame: checks the depth, makes room, clears the locals and makes the cells.
    @inline(__always)
    private func enter(_ proto: Proto, base: Int) throws -> [Cell]? {
        depth += 1
        if depth > limits.maxDepth + 1 {  // the top level is not a call
            throw RuntimeError.limit("too many nested calls (more than \(limits.maxDepth))", hint: "a function that calls itself needs a case that stops; raise the limit with --max-depth")
        }
        let frameTop = base + proto.registerCount
        if frameTop >= capacity { try reserve(frameTop + 1) }
        top = frameTop
        let r = registers + base
        // Locals start as nil; parameters are already in place, temporaries are written before they are read.
        var i = proto.parameterCount
        while i < proto.localCount {
            r[i] = .unassigned
            i += 1
        }
        guard proto.hasCells else { return nil }
        return proto.cellParameters.map { parameter in Cell(parameter.map { r[Int($0)] } ?? .unassigned) }
    }

    /// Writes a number or bool into a register. When the register's old value
    /// holds no reference, it is overwritten without the generic destroy call.
    @inline(__always)
    private func store(_ value: Value, at slot: UnsafeMutablePointer<Value>) {
        switch slot.pointee {
        case .number, .bool, .nil, .range: slot.initialize(to: value)
        default: slot.pointee = value
        }
    }

    /// A caller waiting for a knobs function it called to return.
    struct SuspendedFrame {
        let proto: Proto
        let pc: Int
        let base: Int
        let destination: Reg
        let cells: [Cell]?
        let closure: Function?
    }

    private func usedBeforeAssigned(_ name: String) -> RuntimeError {
        RuntimeError("'\(name)' is used before it is assigned", hint: "give '\(name)' a value on every path before this line")
    }

    private func undefinedGlobal(_ slot: Int) -> RuntimeError {
        let name = globalTable.names[slot]
        return RuntimeError("'\(name)' has no value yet", hint: "assign it before this line runs, as in \(name) = 0")
    }

    func notABool(_ value: Value, _ what: String) -> RuntimeError {
        RuntimeError("\(what) must be true or false, got \(value.describedType)", hint: value.isNumber ? "compare it, as in x > 0 or x != 0" : nil)
    }
}
