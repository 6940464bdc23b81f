extension FunctionCompiler {
    mutating func compile(_ statements: [Stmt]) {
        for statement in statements { compile(statement) }
    }

    mutating func compile(_ statement: Stmt) {
        let mark = nextRegister
        defer { release(to: mark) }
        switch statement.kind {
        case .expression(let e):
            _ = operand(e)
        case .assign(let target, let op, let value):
            compileAssignment(target: target, op: op, value: value, statement.range)
        case .function(let node):
            let r = allocate()
            compileClosure(node, into: r)
            store(r, to: node.name ?? "", node.nameRange ?? node.range)
        case .if(let branches, let otherwise):
            compileIf(branches, otherwise)
        case .while(let condition, let body):
            let start = here
            let exit = jumpUnless(condition)
            loops.append(LoopLabels(continueTarget: start))
            let before = assigned
            compile(body)
            assigned = before  // the body may run no times
            emit(.loop(to: Int32(start)), statement.range)
            patch(exit)
            finishLoop()
        case .for(let name, let nameRange, let sequence, let body):
            compileFor(name, nameRange, sequence, body, statement.range)
        case .return(let value):
            if let value {
                emit(.return(operand(value)), statement.range)
            } else {
                let r = allocate()
                emit(.loadNil(r), statement.range)
                emit(.return(r), statement.range)
            }
        case .break:
            let jump = emit(.jump(to: 0), statement.range)
            if !loops.isEmpty { loops[loops.count - 1].breakJumps.append(jump) }
        case .continue:
            if let target = loops.last?.continueTarget { emit(.loop(to: Int32(target)), statement.range) }
        case .global, .nonlocal:
            break
        }
    }

    private mutating func finishLoop() {
        guard let labels = loops.popLast() else { return }
        for jump in labels.breakJumps { patch(jump) }
    }

    private mutating func compileIf(_ branches: [(condition: Expr, body: [Stmt])], _ otherwise: [Stmt]?) {
        var exits: [Int] = []
        let before = assigned
        var afterAll: Set<String>?
        for (i, branch) in branches.enumerated() {
            assigned = before
            let next = jumpUnless(branch.condition)
            compile(branch.body)
            afterAll = afterAll.map { $0.intersection(assigned) } ?? assigned
            if i < branches.count - 1 || otherwise != nil {
                exits.append(emit(.jump(to: 0), branch.condition.range))
            }
            patch(next)
        }
        assigned = before
        if let otherwise {
            compile(otherwise)
            assigned = afterAll.map { $0.intersection(assigned) } ?? assigned
        }
        // Without an 'else', some path assigns nothing: what was assigned before is all that is certain.
        for exit in exits { patch(exit) }
    }

    private mutating func compileFor(_ name: String, _ nameRange: SourceRange, _ sequence: Expr, _ body: [Stmt], _ range: SourceRange) {
        let base = allocate()
        _ = allocate()  // the position
        compile(sequence, into: base)
        emit(.iterateStart(base: base), sequence.range)
        let top = here
        let variable: Reg
        var direct = false
        if case .register(let r) = place(of: name) {
            variable = r
            direct = true
        } else {
            variable = allocate()
        }
        let before = assigned
        let next = emit(.iterateNext(base: base, variable, done: 0), nameRange)
        if !direct { store(variable, to: name, nameRange) }
        assigned.insert(name)
        loops.append(LoopLabels(continueTarget: top))
        compile(body)
        assigned = before  // the sequence may be empty
        emit(.loop(to: Int32(top)), range)
        patch(next)
        finishLoop()
    }

    // MARK: assignment

    private mutating func compileAssignment(target: Expr, op: BinaryOperator?, value: Expr, _ range: SourceRange) {
        if op == nil, let appended = appendToItself(target: target, value: value) {
            // `xs = append(xs, x)` appends in place: the same result, without copying xs every time.
            _ = operand(Expr(kind: .method(target, name: "append", nameRange: value.range, [appended]), range: value.range))
            proto.methodSites[proto.methodSites.count - 1].requiresList = true
            return
        }
        switch target.kind {
        case .name(let name):
            if case .register(let local) = place(of: name) {
                if let op {
                    requireAssigned(name, target.range)
                    let v = operand(value)
                    emitBinary(op, local, local, v, range)
                    assigned.insert(name)
                    return
                }
                if writesDestinationLast(value) {
                    compile(value, into: local)
                    assigned.insert(name)
                    return
                }
            }
            let r = allocate()
            if let op {
                load(name, into: r, target.range)
                let v = operand(value)
                emitBinary(op, r, r, v, range)
            } else {
                compile(value, into: r)
            }
            store(r, to: name, target.range)
        case .index, .field:
            var path = evaluatePath(target)
            let v = allocate()
            if let op {
                loadAlong(&path, through: path.steps.count, target.range)
                let rhs = operand(value)
                emitBinary(op, v, path.containers[path.steps.count], rhs, range)
            } else {
                compile(value, into: v)
            }
            storeAlong(&path, value: v, range)
        default:
            break  // rejected by the parser
        }
    }

    mutating func addPlace(_ place: Place) -> Int32 {
        proto.places.append(place)
        return Int32(proto.places.count - 1)
    }

    /// The argument `x` when the statement is `xs = append(xs, x)` with the library's `append`.
    private func appendToItself(target: Expr, value: Expr) -> Argument? {
        guard case .name(let name) = target.kind,
              case .call(let callee, let arguments) = value.kind,
              case .name("append") = callee.kind, case .builtin = resolve("append"),
              arguments.count == 2, arguments.allSatisfy({ $0.label == nil }),
              case .name(name) = arguments[0].value.kind
        else { return nil }
        return arguments[1]
    }

    /// Whether compiling `value` straight into a variable's register is safe:
    /// the destination is written only after every operand has been read.
    private func writesDestinationLast(_ value: Expr) -> Bool {
        switch value.kind {
        case .number, .string, .bool, .nil, .name, .binary, .unary, .call, .index, .field, .list, .record, .range, .method:
            return true
        default:
            return false
        }
    }
}
