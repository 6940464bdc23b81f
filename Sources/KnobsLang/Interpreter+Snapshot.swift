import KnobsEngine

extension Interpreter {
    /// Everything a run can change, saved so that it can be put back: a rollback.
    ///
    /// A snapshot holds the top-level variables, the random generator, and
    /// the state of every mutable thing they reach:
    ///
    /// - **Tensors** are reference types that change in place (`w.data = …`,
    ///   `opt.step(net)`, `backward` filling `.grad`). The snapshot keeps each
    ///   reachable tensor's numbers and gradient, and ``Interpreter/restore(_:)``
    ///   writes them back *into the same tensor*, so everything that shares it
    ///   (a model and a variable holding its weight) sees the old numbers again.
    ///   Keeping the numbers costs nothing until a run changes them: Swift arrays
    ///   copy on write.
    /// - Tensors are reached through variables, lists, records, closures (their
    ///   captured variables and default arguments), models (their parameters),
    ///   data sets (`x` and `y`), bound optimizers (their parameters) and the
    ///   computation history of results (a `loss` reaches the parameters it
    ///   was computed from).
    /// - Variables captured by closures (`nonlocal` counters) and optimizers'
    ///   learning rates are saved too; lists and records are values, so the
    ///   saved variables already hold their old contents.
    ///
    /// One thing is not undone: a parameter changed in place counts as changed
    /// for results computed from it before the snapshot, so `backward` on such
    /// an old loss asks for it to be computed again.
    public struct Snapshot {
        fileprivate let variables: [Value?]
        fileprivate let random: RandomGenerator
        fileprivate let restorers: [() -> Void]
    }

    /// Saves the top-level variables, the random generator and every tensor they reach.
    public func snapshot() -> Snapshot {
        let count = globals.names.count
        let variables = (0..<count).map { vm.globals[$0] }
        var walk = MutableStateWalk()
        for case let value? in variables { walk.visit(value) }
        return Snapshot(variables: variables, random: vm.random, restorers: walk.restorers)
    }

    /// Puts back what ``snapshot()`` saved: variables made since then have no value again.
    public func restore(_ snapshot: Snapshot) {
        let count = globals.names.count
        vm.globals.reserve(count)
        for slot in 0..<count {
            let saved = slot < snapshot.variables.count ? snapshot.variables[slot] : nil
            vm.globals.values[slot] = saved ?? .nil
            vm.globals.defined[slot] = saved != nil
            vm.globals.noteCallee(saved ?? .nil, at: slot)
        }
        vm.random = snapshot.random
        for restore in snapshot.restorers { restore() }
    }
}

/// Walks values to everything that can change in place, saving how to put it back.
private struct MutableStateWalk {
    var restorers: [() -> Void] = []
    private var seen: Set<ObjectIdentifier> = []
    private var pending: [Value] = []
    private var pendingTensors: [Tensor] = []

    mutating func visit(_ root: Value) {
        pending.append(root)
        while let value = pending.popLast() {
            expand(value)
            while let tensor = pendingTensors.popLast() { save(tensor) }
        }
    }

    private mutating func expand(_ value: Value) {
        switch value {
        case .list(let list): pending.append(contentsOf: list.items)
        case .record(let record): pending.append(contentsOf: record.values)
        case .function(let function): save(function)
        case .object(let object): save(object)
        case .nil, .bool, .number, .string, .range: break
        }
    }

    private mutating func firstVisit(_ object: AnyObject) -> Bool {
        seen.insert(ObjectIdentifier(object)).inserted
    }

    private mutating func save(_ function: Function) {
        guard firstVisit(function) else { return }
        pending.append(contentsOf: function.signature.parameters.compactMap(\.defaultValue))
        for cell in function.captures where firstVisit(cell) {
            let value = cell.value
            restorers.append { cell.value = value }
            pending.append(value)
        }
    }

    private mutating func save(_ object: any KnobsObject) {
        switch object {
        case let tensor as Tensor:
            pendingTensors.append(tensor)
        case let model as ModelObject:
            guard firstVisit(model) else { return }
            pendingTensors.append(contentsOf: model.module.parameters)
        case let data as DatasetObject:
            guard firstVisit(data) else { return }
            pendingTensors.append(contentsOf: [data.dataset.x, data.dataset.y])
        case let optimizer as OptimizerObject:
            guard firstVisit(optimizer) else { return }
            pendingTensors.append(contentsOf: optimizer.parameters ?? [])
            let rate = optimizer.optimizer.learningRate
            restorers.append { optimizer.optimizer.learningRate = rate }
        default:
            break
        }
    }

    private mutating func save(_ tensor: Tensor) {
        guard firstVisit(tensor) else { return }
        let values = tensor.values
        let version = tensor.version
        let grad = tensor.grad
        restorers.append {
            if tensor.version != version { tensor.restore(values, version: version) }
            tensor.grad = grad
        }
        if let inputs = tensor.origin?.inputs { pendingTensors.append(contentsOf: inputs) }
    }
}
