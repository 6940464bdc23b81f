/// A place inside a variable reached through indexes and fields, `a[i].w[j]`,
/// with every index evaluated once, in source order.
struct AccessPath {
    enum Step {
        case index(Reg, SourceRange)
        case field(Int32, SourceRange)
    }

    /// What the path starts from: a variable, or any expression (whose changes are then lost).
    var root: Expr
    var steps: [Step]
    /// `containers[k]` holds the value reached after `k` steps; `containers[0]` is the root's value.
    var containers: [Reg] = []
}

extension Expr {
    /// Whether evaluating this expression calls a list-changing method on the variable `name`.
    func callsMutatingMethod(on name: String) -> Bool {
        switch kind {
        case .number, .bool, .nil, .error, .name, .function:
            return false
        case .string(let parts):
            return parts.contains { if case .expr(let e, _) = $0 { return e.callsMutatingMethod(on: name) }; return false }
        case .list(let items):
            return items.contains { $0.callsMutatingMethod(on: name) }
        case .record(let fields):
            return fields.contains { $0.value.callsMutatingMethod(on: name) }
        case .unary(_, let e), .field(let e, _, _):
            return e.callsMutatingMethod(on: name)
        case .binary(_, let l, let r), .logical(_, let l, let r), .range(let l, let r, _), .index(let l, let r):
            return l.callsMutatingMethod(on: name) || r.callsMutatingMethod(on: name)
        case .call(let callee, let arguments):
            return callee.callsMutatingMethod(on: name) || arguments.contains { $0.value.callsMutatingMethod(on: name) }
        case .method(let receiver, let method, _, let arguments):
            if case .name(name) = receiver.kind, MethodNames.mutating.contains(method) { return true }
            return receiver.callsMutatingMethod(on: name) || arguments.contains { $0.value.callsMutatingMethod(on: name) }
        }
    }

    var isIndexOrField: Bool {
        switch kind {
        case .index, .field: return true
        default: return false
        }
    }
}

extension FunctionCompiler {
    /// Splits `target` into its root and steps, evaluating the index expressions.
    mutating func evaluatePath(_ target: Expr) -> AccessPath {
        var chain: [Expr] = []
        var node = target
        while true {
            switch node.kind {
            case .index(let base, _), .field(let base, _, _):
                chain.append(node)
                node = base
                continue
            default:
                break
            }
            break
        }
        var path = AccessPath(root: node, steps: [])
        for link in chain.reversed() {
            switch link.kind {
            case .index(_, let index): path.steps.append(.index(operand(index), link.range))
            case .field(_, let field, let nameRange): path.steps.append(.field(name(field), nameRange))
            default: break
            }
        }
        return path
    }

    /// Loads the values along the path, up to `depth` steps from the root.
    mutating func loadAlong(_ path: inout AccessPath, through depth: Int, _ range: SourceRange) {
        if path.containers.isEmpty {
            if case .name(let n) = path.root.kind { requireAssigned(n, path.root.range) }
            path.containers.append(operand(path.root))
        }
        while path.containers.count <= depth {
            let from = path.containers[path.containers.count - 1]
            let to = allocate()
            switch path.steps[path.containers.count - 1] {
            case .index(let i, let stepRange): emit(.getIndex(to, from, i), stepRange)
            case .field(let n, let stepRange): emit(.getField(to, from, name: n), stepRange)
            }
            path.containers.append(to)
        }
    }

    /// Stores `value` at the end of the path and writes each changed container
    /// back into the one that holds it, ending with the variable itself, in place.
    mutating func storeAlong(_ path: inout AccessPath, value: Reg, _ range: SourceRange) {
        let n = path.steps.count
        guard n > 0 else {
            if case .name(let name) = path.root.kind { store(value, to: name, range) }
            return
        }
        if n > 1 { loadAlong(&path, through: n - 1, range) }
        var stored = value
        for k in stride(from: n - 1, through: 0, by: -1) {
            let place: Place
            if k == 0, case .name(let name) = path.root.kind {
                requireAssigned(name, path.root.range)
                place = self.place(of: name)
            } else {
                if k == 0 { loadAlong(&path, through: 0, range) }
                place = .register(path.containers[k])
            }
            switch path.steps[k] {
            case .index(let i, _): emit(.setIndex(place: addPlace(place), index: i, value: stored), range)
            case .field(let f, let stepRange): emit(.setField(place: addPlace(place), name: f, value: stored), k == n - 1 ? range : stepRange)
            }
            if k > 0 { stored = path.containers[k] }
        }
    }
}
