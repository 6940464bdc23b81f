import KnobsEngine

/// A network in the language: `linear(2, 1)` or `mlp([2, 16, 1])`, called as `net(x)`.
final class ModelObject: KnobsObject, @unchecked Sendable {
    let module: any Module

    init(_ module: any Module) {
        self.module = module
    }

    var typeName: String { "model" }
    var weight: Int { module.parameterCount }

    var description: String {
        let count = module.parameterCount
        let noun = count == 1 ? "parameter" : "parameters"
        switch module {
        case let mlp as MLP:
            return "mlp(\(mlp.sizes), act: \"\(mlp.activation.rawValue)\") with \(count) \(noun)"
        case let linear as Linear:
            return "linear(\(linear.inputs), \(linear.outputs)) with \(count) \(noun)"
        default:
            return "model with \(count) \(noun)"
        }
    }

    var memberNames: [String] {
        var names = ["params", "layers", "zero_grad"]
        if module is Linear { names += ["weight", "bias"] }
        if module is MLP { names += ["sizes", "act"] }
        return names
    }

    func property(_ name: String) throws -> Value? {
        switch (name, module) {
        case ("params", _): return .list(ListValue(module.parameters.map { .object($0) }))
        case ("layers", let mlp as MLP): return .list(ListValue(mlp.layers.map { .object(ModelObject($0)) }))
        case ("layers", _): return .list(ListValue([.object(self)]))
        case ("weight", let linear as Linear): return .object(linear.weight)
        case ("bias", let linear as Linear): return .object(linear.bias)
        case ("sizes", let mlp as MLP): return .list(ListValue(mlp.sizes.map { .number(Double($0)) }))
        case ("act", let mlp as MLP): return .string(mlp.activation.rawValue)
        case ("weight", is MLP), ("bias", is MLP):
            throw RuntimeError("an mlp has no single \(name): each of its layers has one", hint: "net.layers[0].\(name) is the first layer's")
        default: return nil
        }
    }

    /// `net.weight.data = w` or `net.layers[0].weight[1] = row` change a
    /// parameter in place, then store it back where it came from: storing back
    /// the very same parameters is allowed, replacing them is not.
    func setProperty(_ name: String, to value: Value) throws -> Bool {
        guard memberNames.contains(name), name != "zero_grad" else { return false }
        guard let current = try property(name), value.isSameObjects(as: current) else {
            throw RuntimeError(
                "a model's \(name) cannot be replaced",
                hint: name == "weight" || name == "bias" ? "change its numbers in place: net.\(name).data = ..." : "make a new model, or change a parameter's numbers with .data")
        }
        return true
    }

    func callMethod(_ name: String, _ arguments: Arguments, context: CallContext) throws -> Value? {
        guard name == "zero_grad" else { return nil }
        module.zeroGradients()
        return .nil
    }

    func call(_ arguments: [Value], context: CallContext) throws -> Value? {
        guard arguments.count == 1 else {
            throw RuntimeError("a model takes one input (a tensor with one row per sample), got \(arguments.count)")
        }
        let input = try context.tensor(from: arguments[0], argument: 0, "the model")
        try context.countSteps((input.count * module.parameterCount / Swift.max(input.shape.last ?? 1, 1)) >> 6)
        return try context.made(try module.forward(input))
    }
}

extension Value {
    /// Whether two values hold the very same objects (models: the same layers),
    /// alone or in lists item by item.
    func isSameObjects(as other: Value) -> Bool {
        switch (self, other) {
        case (.object(let a as ModelObject), .object(let b as ModelObject)):
            return a.module === b.module  // net.layers wraps each layer anew
        case (.object(let a), .object(let b)):
            return a === b
        case (.list(let a), .list(let b)):
            return a.count == b.count && zip(a.items, b.items).allSatisfy { $0.isSameObjects(as: $1) }
        default:
            return false
        }
    }
}
