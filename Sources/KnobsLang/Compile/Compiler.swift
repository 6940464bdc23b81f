/// Turns a checked program into bytecode, one ``Proto`` per function.
///
/// Names are resolved to registers, cells, captures, global slots or library
/// entries here, so the VM never looks a variable up by name.
struct Compiler {
    let analyzer: ScopeAnalyzer
    let globals: GlobalTable
    let builtins: [String: Int32]

    /// Compiles the top level of a program. Its proto returns the value of the
    /// last statement when that is an expression, else nil.
    func compileProgram(_ statements: [Stmt], name: String) -> Proto {
        var unit = FunctionCompiler(compiler: self, scope: analyzer.top, proto: Proto(name: name, source: analyzer.source))
        unit.compileTopLevel(statements)
        return unit.finish()
    }
}

/// Compiles the body of one function (or the top level) into its proto.
struct FunctionCompiler {
    let compiler: Compiler
    let scope: FunctionScope
    let proto: Proto
    var nextRegister: Int
    var cellIndex: [String: Int32] = [:]
    var loops: [LoopLabels] = []
    var constantIndex: [ConstantKey: Int32] = [:]
    var numberIndex: [UInt64: Int32] = [:]
    /// Locals certainly assigned at this point of the code (definite assignment);
    /// reads of any other local get a run-time check.
    var assigned: Set<String> = []

    /// Where `break` and `continue` of the innermost loop go.
    struct LoopLabels {
        var continueTarget: Int
        var breakJumps: [Int] = []
    }

    enum ConstantKey: Hashable {
        case number(UInt64)
        case string(String)
    }

    init(compiler: Compiler, scope: FunctionScope, proto: Proto) {
        self.compiler = compiler
        self.scope = scope
        self.proto = proto
        self.nextRegister = scope.locals.count
        proto.localNames = scope.locals
        for name in scope.locals where scope.captured.contains(name) && !scope.declaredGlobal.contains(name) && !scope.declaredNonlocal.contains(name) {
            cellIndex[name] = Int32(proto.cellParameters.count)
            proto.cellNames.append(name)
            let parameterIndex = scope.node?.parameters.firstIndex { $0.name == name }
            proto.cellParameters.append(parameterIndex.map { Reg($0) })
        }
        proto.registerCount = max(proto.registerCount, nextRegister)
    }

    mutating func finish() -> Proto {
        proto.registerCount = max(proto.registerCount, nextRegister) + 1
        proto.seal()
        return proto
    }

    // MARK: bodies

    mutating func compileTopLevel(_ statements: [Stmt]) {
        let result = allocate()
        for (i, statement) in statements.enumerated() {
            if i == statements.count - 1, case .expression(let e) = statement.kind {
                compile(e, into: result)
                emit(.return(result), e.range)
                return
            }
            compile(statement)
        }
        emit(.loadNil(result), SourceRange(0, 0))
        emit(.return(result), SourceRange(0, 0))
    }

    mutating func compileFunctionBody(_ node: FunctionNode) {
        proto.parameterNames = node.parameters.map(\.name)
        assigned = Set(proto.parameterNames)
        for statement in node.body { compile(statement) }
        let r = allocate()
        emit(.loadNil(r), node.range)
        emit(.return(r), node.range)
    }

    // MARK: registers and emission

    mutating func allocate() -> Reg {
        let r = Reg(nextRegister)
        nextRegister += 1
        proto.registerCount = max(proto.registerCount, nextRegister)
        return r
    }

    mutating func release(to mark: Int) {
        nextRegister = mark
    }

    @discardableResult
    mutating func emit(_ instruction: Instruction, _ range: SourceRange) -> Int {
        proto.code.append(instruction)
        proto.ranges.append(range)
        return proto.code.count - 1
    }

    var here: Int { proto.code.count }

    /// Points a forward jump at the current position.
    mutating func patch(_ at: Int) {
        let target = Int32(here)
        switch proto.code[at] {
        case .jump: proto.code[at] = .jump(to: target)
        case .jumpIfFalse(let r, _): proto.code[at] = .jumpIfFalse(r, to: target)
        case .jumpIfTrue(let r, _): proto.code[at] = .jumpIfTrue(r, to: target)
        case .iterateNext(let base, let r, _): proto.code[at] = .iterateNext(base: base, r, done: target)
        case .jumpUnless(let c, let a, let b, _): proto.code[at] = .jumpUnless(c, a, b, to: target)
        case .jumpUnlessNumber(let c, let a, let n, _): proto.code[at] = .jumpUnlessNumber(c, a, number: n, to: target)
        case .jumpUnlessLessThanNumber(let a, _, let n): proto.code[at] = .jumpUnlessLessThanNumber(a, to: target, n)
        default: break
        }
    }

    mutating func constant(_ value: Value) -> Int32 {
        let key: ConstantKey?
        switch value {
        case .number(let n): key = .number(n.bitPattern)
        case .string(let s): key = .string(s)
        default: key = nil
        }
        if let key, let existing = constantIndex[key] { return existing }
        proto.constants.append(value)
        let index = Int32(proto.constants.count - 1)
        if let key { constantIndex[key] = index }
        return index
    }

    /// The index of a number literal in the proto's number pool.
    mutating func number(_ value: Double) -> Int32 {
        if let i = numberIndex[value.bitPattern] { return i }
        proto.numbers.append(value)
        let i = Int32(proto.numbers.count - 1)
        numberIndex[value.bitPattern] = i
        return i
    }

    mutating func name(_ text: String) -> Int32 {
        if let i = proto.names.firstIndex(of: text) { return Int32(i) }
        proto.names.append(text)
        return Int32(proto.names.count - 1)
    }

    // MARK: names

    func resolve(_ name: String) -> Resolution {
        compiler.analyzer.resolve(name, in: scope)
    }

    /// The place a variable lives, for instructions that change it in place.
    mutating func place(of name: String) -> Place {
        switch resolve(name) {
        case .local(let r): return .register(Reg(r))
        case .cell(let n): return .cell(cellIndex[n] ?? 0)
        case .capture(let i): return .capture(Int32(i))
        case .global(let n), .builtin(let n): return .global(compiler.globals.slot(for: n))
        case .undefined: return .global(compiler.globals.slot(for: name))
        }
    }

    /// Emits a check that a local holds a value, unless it certainly does here.
    mutating func requireAssigned(_ name: String, _ range: SourceRange) {
        guard !scope.isTopLevel, !assigned.contains(name), case .local(let r) = resolve(name) else { return }
        emit(.requireAssigned(Reg(r), name: self.name(name)), range)
    }

    /// Stores the register into the named variable.
    mutating func store(_ r: Reg, to name: String, _ range: SourceRange) {
        assigned.insert(name)
        switch place(of: name) {
        case .register(let local):
            if local != r { emit(.move(local, r), range) }
        case .cell(let c): emit(.setCell(cell: c, r), range)
        case .capture(let c): emit(.setCapture(capture: c, r), range)
        case .global(let g): emit(.setGlobal(global: g, r), range)
        }
    }

    /// Loads the named variable into the register.
    mutating func load(_ name: String, into r: Reg, _ range: SourceRange) {
        switch resolve(name) {
        case .local(let local):
            requireAssigned(name, range)
            if Reg(local) != r { emit(.move(r, Reg(local)), range) }
        case .cell(let n): emit(.getCell(r, cell: cellIndex[n] ?? 0), range)
        case .capture(let i): emit(.getCapture(r, capture: Int32(i)), range)
        case .global(let n): emit(.getGlobal(r, global: compiler.globals.slot(for: n)), range)
        case .builtin(let n): emit(.getBuiltin(r, builtin: compiler.builtins[n] ?? 0), range)
        case .undefined: emit(.getGlobal(r, global: compiler.globals.slot(for: name)), range)
        }
    }
}
