import KnobsEngine

/// An optimizer whose update rule is a knobs function: `optimizer(fn(p, g, lr) = p - lr * g)`.
///
/// Each step calls the rule once per parameter that has a gradient, with the
/// parameter's numbers, its gradient (both without history) and the learning
/// rate, and writes the tensor it returns into the parameter. It is how a
/// teacher's script plugin adds an optimizer with no compiler.
final class ScriptedOptimizer: Optimizer {
    let name: String
    var learningRate: Double
    private let rule: Value
    /// The program that made it; weak, because the program's variables hold the optimizer.
    private weak var context: CallContext?

    init(name: String, learningRate: Double, rule: Value, context: CallContext) {
        self.name = name
        self.learningRate = learningRate
        self.rule = rule
        self.context = context
    }

    func step(_ parameters: [Tensor]) throws {
        guard let context else {
            throw RuntimeError("the optimizer '\(name)' belongs to a program that has ended", hint: "make it again with optimizer(...)")
        }
        for parameter in parameters {
            guard let gradient = parameter.grad else { continue }
            let arguments: [Value] = [.object(parameter.detached()), .object(Tensor(gradient, shape: parameter.shape)), .number(learningRate)]
            let result = try context.call(rule, arguments)
            let values = try Tensor.values(of: result, shapedLike: parameter, "the update rule of \(name)")
            guard values.allSatisfy(\.isFinite) else {
                throw RuntimeError("the update rule of \(name) gave a parameter a value that is not a finite number", hint: "try a smaller lr")
            }
            parameter.update { $0 = values }
        }
    }
}
