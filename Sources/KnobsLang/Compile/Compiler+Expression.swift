extension FunctionCompiler {
    /// A register holding the expression's value: a local's own register when
    /// the expression is just that local, else a new temporary.
    mutating func operand(_ expr: Expr) -> Reg {
        if case .name(let n) = expr.kind, case .local(let r) = resolve(n) {
            requireAssigned(n, expr.range)
            return Reg(r)
        }
        let r = allocate()
        compile(expr, into: r)
        return r
    }

    /// The left operand's register, copied first when the right operand could change
    /// that very variable (`xs + [xs.pop()]` must add the list as it was).
    mutating func operandKept(_ left: Expr, whileEvaluating right: Expr) -> Reg {
        let a = operand(left)
        guard case .name(let n) = left.kind, case .local = resolve(n), right.callsMutatingMethod(on: n) else { return a }
        let copy = allocate()
        emit(.move(copy, a), left.range)
        return copy
    }

    /// Compiles the expression so that its value ends up in `dst`.
    mutating func compile(_ expr: Expr, into dst: Reg) {
        let mark = nextRegister
        defer { release(to: max(mark, Int(dst) + 1)) }
        let range = expr.range
        switch expr.kind {
        case .number(let n):
            emit(.loadConstant(dst, constant: constant(.number(n))), range)
        case .bool(let b):
            emit(.loadBool(dst, b), range)
        case .nil, .error:
            emit(.loadNil(dst), range)
        case .string(let parts):
            compileString(parts, into: dst, range)
        case .name(let n):
            load(n, into: dst, range)
        case .list(let items):
            let first = Reg(nextRegister)
            for item in items { compile(item, into: allocate()) }
            emit(.makeList(dst, first: first, count: Int32(items.count)), range)
        case .record(let fields):
            let first = Reg(nextRegister)
            for field in fields { compile(field.value, into: allocate()) }
            proto.recordShapes.append(fields.map(\.name))
            emit(.makeRecord(dst, first: first, shape: Int32(proto.recordShapes.count - 1)), range)
        case .unary(let op, let operandExpr):
            let a = operand(operandExpr)
            emit(op == .negate ? .negate(dst, a) : .not(dst, a), range)
        case .binary(let op, let l, let r):
            if op.fusesWithNumber, case .number(let n) = r.kind {
                let a = operand(l)
                emitWithNumber(op, dst, a, n, range)
            } else if op == .add || op == .multiply, case .number(let n) = l.kind {
                let b = operand(r)
                emit(.numberWithArithmetic(dst, number: number(n), b, op), range)
            } else {
                let a = operandKept(l, whileEvaluating: r)
                let b = operand(r)
                emitBinary(op, dst, a, b, range)
            }
        case .logical(let op, let l, let r):
            let result = allocate()
            compile(l, into: result)
            let skip = emit(op == .and ? .jumpIfFalse(result, to: 0) : .jumpIfTrue(result, to: 0), l.range)
            compile(r, into: result)
            let check = emit(.jumpIfFalse(result, to: 0), r.range)
            patch(check)
            patch(skip)
            emit(.move(dst, result), range)
        case .range(let l, let r, let inclusive):
            let a = operand(l)
            let b = operand(r)
            emit(inclusive ? .makeClosedRange(dst, a, b) : .makeRange(dst, a, b), range)
        case .call(let callee, let arguments):
            compileCall(callee, arguments, into: dst, range)
        case .method(let receiver, let methodName, let nameRange, let arguments):
            compileMethod(receiver, methodName, nameRange, arguments, into: dst, range)
        case .index(let base, let index):
            let a = operand(base)
            let b = operand(index)
            emit(.getIndex(dst, a, b), range)
        case .field(let base, let field, let nameRange):
            let a = operand(base)
            emit(.getField(dst, a, name: name(field)), nameRange)
        case .function(let node):
            compileClosure(node, into: dst)
        }
    }

    /// Emits a jump taken when the condition is false, fusing a comparison into it when possible.
    mutating func jumpUnless(_ condition: Expr) -> Int {
        let mark = nextRegister
        defer { release(to: mark) }
        if case .binary(let op, let l, let r) = condition.kind, op.isComparison {
            let a = operandKept(l, whileEvaluating: r)
            if case .number(let n) = r.kind {
                if op == .less { return emit(.jumpUnlessLessThanNumber(a, to: 0, n), condition.range) }
                return emit(.jumpUnlessNumber(op, a, number: number(n), to: 0), condition.range)
            }
            let b = operand(r)
            return emit(.jumpUnless(op, a, b, to: 0), condition.range)
        }
        let c = operand(condition)
        return emit(.jumpIfFalse(c, to: 0), condition.range)
    }

    /// `a op n` for a number literal `n`.
    mutating func emitWithNumber(_ op: BinaryOperator, _ dst: Reg, _ a: Reg, _ n: Double, _ range: SourceRange) {
        switch op {
        case .add: emit(.addNumber(dst, a, n), range)
        case .subtract: emit(.subtractNumber(dst, a, n), range)
        case .multiply: emit(.multiplyNumber(dst, a, n), range)
        case .modulo: emit(.moduloNumber(dst, a, n), range)
        default: emit(.arithmeticWithNumber(dst, a, number: number(n), op), range)
        }
    }

    mutating func emitBinary(_ op: BinaryOperator, _ dst: Reg, _ a: Reg, _ b: Reg, _ range: SourceRange) {
        switch op {
        case .add: emit(.add(dst, a, b), range)
        case .subtract: emit(.subtract(dst, a, b), range)
        case .multiply: emit(.multiply(dst, a, b), range)
        case .divide: emit(.divide(dst, a, b), range)
        case .less: emit(.less(dst, a, b), range)
        case .lessEqual: emit(.lessEqual(dst, a, b), range)
        default:
            let index = BinaryOperator.allCompiled.firstIndex(of: op) ?? 0
            emit(.binary(dst, a, b, op: Int32(index)), range)
        }
    }

    private mutating func compileString(_ parts: [InterpolationPart], into dst: Reg, _ range: SourceRange) {
        if parts.isEmpty {
            emit(.loadConstant(dst, constant: constant(.string(""))), range)
            return
        }
        if parts.count == 1, case .text(let text) = parts[0] {
            emit(.loadConstant(dst, constant: constant(.string(text))), range)
            return
        }
        let first = Reg(nextRegister)
        for part in parts {
            let r = allocate()
            switch part {
            case .text(let text):
                emit(.loadConstant(r, constant: constant(.string(text))), range)
            case .expr(let e, let format):
                compile(e, into: r)
                if let format {
                    proto.formats.append(format)
                    emit(.format(r, r, format: Int32(proto.formats.count - 1)), e.range)
                }
            }
        }
        emit(.interpolate(dst, first: first, count: Int32(parts.count)), range)
    }

    /// Puts the arguments in consecutive registers and describes them in a call site.
    mutating func compileArguments(_ arguments: [Argument], calleeName: String? = nil, calleeRange: SourceRange? = nil) -> Int32 {
        let first = Reg(nextRegister)
        for argument in arguments { compile(argument.value, into: allocate()) }
        let labels = arguments.contains { $0.label != nil } ? arguments.map(\.label) : []
        // A named argument's range covers its label, so an unknown name is underlined.
        let ranges = arguments.map { argument in argument.labelRange.map { $0.union(argument.value.range) } ?? argument.value.range }
        proto.callSites.append(CallSite(firstArgument: first, count: Int32(arguments.count), labels: labels, argumentRanges: ranges, calleeName: calleeName, calleeRange: calleeRange))
        return Int32(proto.callSites.count - 1)
    }

    private mutating func compileCall(_ callee: Expr, _ arguments: [Argument], into dst: Reg, _ range: SourceRange) {
        if case .name(let n) = callee.kind, let loop = EachLoop(libraryName: n), isBuiltin(n), arguments.count == 2, arguments.allSatisfy({ $0.label == nil }) {
            compileEach(loop, callee, arguments, into: dst, range)
            return
        }
        let function = allocate()
        if case .name(let n) = callee.kind, case .global(let slot) = place(of: n), !isBuiltin(n) {
            let site = compileArguments(arguments, calleeName: n, calleeRange: callee.range)
            emit(.callGlobal(dst, function: function, global: slot, site: site), range)
            return
        }
        compile(callee, into: function)
        var calleeName: String?
        if case .name(let n) = callee.kind { calleeName = n }
        let site = compileArguments(arguments, calleeName: calleeName)
        emit(.call(dst, function: function, site: site), range)
    }

    private func isBuiltin(_ name: String) -> Bool {
        if case .builtin = resolve(name) { return true }
        return false
    }

    private mutating func compileMethod(_ receiver: Expr, _ methodName: String, _ nameRange: SourceRange, _ arguments: [Argument], into dst: Reg, _ range: SourceRange) {
        var receiverPlace: Place
        var isVariable = false
        var path: AccessPath?
        if case .name(let n) = receiver.kind, resolveIsVariable(n) {
            requireAssigned(n, receiver.range)
            receiverPlace = place(of: n)
            isVariable = true
        } else if MethodNames.mutating.contains(methodName), receiver.isIndexOrField {
            // `a[i].append(x)`: loaded once along its path, changed in a register, stored back after.
            var loaded = evaluatePath(receiver)
            loadAlong(&loaded, through: loaded.steps.count, range)
            receiverPlace = .register(loaded.containers[loaded.steps.count])
            path = loaded
            isVariable = true
        } else {
            // A temporary (`data().sort()`): a list method may change it; the change is simply dropped.
            let r = allocate()
            compile(receiver, into: r)
            receiverPlace = .register(r)
            isVariable = MethodNames.mutating.contains(methodName)
        }
        let site = compileArguments(arguments)
        let call = proto.callSites[Int(site)]
        proto.methodSites.append(MethodSite(receiver: receiverPlace, name: methodName, call: call, receiverIsVariable: isVariable))
        emit(.callMethod(dst, site: Int32(proto.methodSites.count - 1)), nameRange.union(range.end > nameRange.end ? SourceRange(nameRange.start, range.end) : nameRange))
        if var path, case .register(let changed) = receiverPlace {
            storeAlong(&path, value: changed, range)
        }
    }

    private func resolveIsVariable(_ name: String) -> Bool {
        switch resolve(name) {
        case .builtin, .undefined: return false
        default: return true
        }
    }

    /// Makes a closure of a nested function, capturing what it uses.
    mutating func compileClosure(_ node: FunctionNode, into dst: Reg) {
        guard let innerScope = compiler.analyzer.scope(of: node) else { return }
        let inner = Proto(name: node.name ?? "", source: proto.source)
        var unit = FunctionCompiler(compiler: compiler, scope: innerScope, proto: inner)
        unit.compileFunctionBody(node)
        inner.captureNames = innerScope.captures
        inner.captureSources = innerScope.captures.map { name in
            if let c = cellIndex[name] { return .cell(c) }
            return .capture(Int32(scope.existingCapture(name) ?? 0))
        }
        _ = unit.finish()  // after the captures: sealing records whether there are any
        let defaults = node.parameters.compactMap(\.defaultValue)
        let first = Reg(nextRegister)
        for value in defaults { compile(value, into: allocate()) }
        inner.defaultCount = defaults.count
        inner.defaultsRegister = first
        proto.protos.append(inner)
        emit(.closure(dst, proto: Int32(proto.protos.count - 1)), node.range)
    }
}

/// Names of the list methods that change their receiver.
enum MethodNames {
    static let mutating = Set(BuiltinMethods.listMethods).subtracting(["index"])
}
