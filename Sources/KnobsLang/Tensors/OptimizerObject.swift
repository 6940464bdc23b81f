import KnobsEngine

/// An optimizer in the language: `opt = sgd(lr: 0.1)`, `opt.step(net)`, `opt.lr = 0.01`.
///
/// Made with parameters, as `torch.optim` makes one (`opt = adam(net, lr: 0.01)`),
/// it is *bound* to them: `opt.step()` and `opt.zero_grad()` act on them, and
/// `opt.step(net)` may name them again but no others. An unbound optimizer is
/// given the parameters at each call.
public final class OptimizerObject: KnobsObject, @unchecked Sendable {
    public let optimizer: any Optimizer
    /// The parameters it was made for, each once, in the order given; nil when it is unbound.
    public let parameters: [Tensor]?

    public init(_ optimizer: any Optimizer, parameters: [Tensor]? = nil) {
        self.optimizer = optimizer
        self.parameters = parameters
    }

    public var typeName: String { "optimizer" }
    public var memberNames: [String] { ["lr", "name", "step", "zero_grad"] }

    /// `adam(lr: 0.01)`, and for a bound one what it is bound to: `adam(lr: 0.01) bound to 4 parameters (41 numbers)`.
    public var description: String {
        guard let parameters else { return optimizer.label }
        let numbers = parameters.reduce(0) { $0 + $1.count }
        let tensors = parameters.count == 1 ? "1 parameter" : "\(parameters.count) parameters"
        return "\(optimizer.label) bound to \(tensors) (\(numbers == 1 ? "1 number" : "\(numbers) numbers"))"
    }

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
        let parameters = try parameters(for: name, arguments, context)
        try context.countSteps(parameters.reduce(0) { $0 + $1.count } >> 6)
        if name == "step" { try optimizer.step(parameters) } else { parameters.forEach { $0.zeroGradient() } }
        return .nil
    }

    /// The parameters `opt.step(...)` or `opt.zero_grad(...)` acts on: the bound ones, or those given.
    private func parameters(for method: String, _ arguments: Arguments, _ context: CallContext) throws -> [Tensor] {
        switch arguments.values.count {
        case 0:
            guard let parameters else {
                throw RuntimeError("this optimizer is not bound to parameters, so \(method) needs them", hint: "opt.\(method)(net), or bind them when you make it: opt = \(optimizer.name)(net, lr: ...), then opt.\(method)()")
            }
            return parameters
        case 1:
            let given = try context.parameters(of: arguments[0], method, argument: 0)
            try checkBound(to: given, "opt.\(method)", argument: 0)
            return parameters ?? given
        default:
            throw RuntimeError("\(method) takes the model (or its parameters), got \(arguments.values.count) arguments", hint: parameters == nil ? "opt.\(method)(net)" : "opt.\(method)()")
        }
    }

    /// Checks that a bound optimizer is asked to change the parameters it is bound to (in any order), and no others.
    ///
    /// - Throws: a ``RuntimeError`` at `argument` when the optimizer is bound and `given` are other parameters.
    public func checkBound(to given: [Tensor], _ function: String, argument: Int?) throws {
        guard let parameters else { return }
        guard Set(given.map(ObjectIdentifier.init)) != Set(parameters.map(ObjectIdentifier.init)) else { return }
        throw RuntimeError(
            "\(function): this optimizer was made for other parameters (it is bound to \(parameters.count == 1 ? "1 parameter" : "\(parameters.count) parameters"))",
            hint: "it changes only the parameters it was made with (opt.step() steps them); for these make another, \(optimizer.name)(net2, lr: ...), or an unbound one, \(optimizer.name)(lr: ...)",
            argument: argument)
    }

    /// The optimizer of a function that steps parameters of its own (copies of a network, a point on a surface).
    ///
    /// - Throws: a ``RuntimeError`` at `argument` when the optimizer is bound: those would be other parameters.
    public func unbound(_ function: String, argument: Int?) throws -> any Optimizer {
        guard parameters == nil else {
            throw RuntimeError("\(function) steps parameters of its own, so it needs optimizers not bound to any", hint: "\(optimizer.name)(lr: ...), without the parameters", argument: argument)
        }
        return optimizer
    }
}

extension CallContext {
    /// An optimizer made by `function`, bound to the parameters in `params` unless it is nil: `adam(net, lr: 0.01)`.
    ///
    /// Each parameter is bound once, however often `params` names it.
    ///
    /// - Throws: a ``RuntimeError`` at `argument` when `params` holds no parameters or something else.
    public func optimizerValue(_ optimizer: any Optimizer, boundTo params: Value, argument: Int, _ function: String) throws -> Value {
        if case .nil = params { return .object(OptimizerObject(optimizer)) }
        if case .number(let rate) = params {
            throw RuntimeError("\(function)'s first argument is what it trains, a model or its parameters, got a number", hint: "the learning rate goes by name: \(function)(lr: \(Value.number(rate).summary)), or \(function)(net, lr: \(Value.number(rate).summary))", argument: argument)
        }
        var seen: Set<ObjectIdentifier> = []
        let parameters = try self.parameters(of: params, function, argument: argument).filter { seen.insert(ObjectIdentifier($0)).inserted }
        guard !parameters.isEmpty else {
            throw RuntimeError("\(function) got an empty list of parameters", hint: "\(function)(net, lr: ...) or \(function)([w, b], lr: ...)", argument: argument)
        }
        return .object(OptimizerObject(optimizer, parameters: parameters))
    }
}
