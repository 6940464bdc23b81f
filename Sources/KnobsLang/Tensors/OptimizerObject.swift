import KnobsEngine

/// An optimizer in the language: `opt = sgd(lr: 0.1)`, `opt.step(net)`, `opt.lr = 0.01`.
public final class OptimizerObject: KnobsObject, @unchecked Sendable {
    public let optimizer: any Optimizer

    public init(_ optimizer: any Optimizer) {
        self.optimizer = optimizer
    }

    public var typeName: String { "optimizer" }
    public var memberNames: [String] { ["lr", "name", "step", "zero_grad"] }
    public var description: String { optimizer.label }

    public func property(_ name: String) throws -> Value? {
        switch name {
        case "lr": return .number(optimizer.learningRate)
        case "name": return .string(optimizer.name)
        default: return nil
        }
    }

    public func setProperty(_ name: String, to value: Value) throws -> Bool {
        guard name == "lr" else { return false }
        guard let lr = value.numberValue, lr.isFinite else {
            throw RuntimeError("a learning rate is a number, got \(value.describedType)")
        }
        optimizer.learningRate = lr
        return true
    }

    public func callMethod(_ name: String, _ arguments: Arguments, context: CallContext) throws -> Value? {
        guard name == "step" || name == "zero_grad" else { return nil }
        guard arguments.values.count == 1 else {
            throw RuntimeError("\(name) takes the model (or its parameters), got \(arguments.values.count) arguments", hint: "opt.\(name)(net)")
        }
        let parameters = try context.parameters(of: arguments[0], name)
        try context.countSteps(parameters.reduce(0) { $0 + $1.count } >> 6)
        if name == "step" { try optimizer.step(parameters) } else { parameters.forEach { $0.zeroGradient() } }
        return .nil
    }
}
