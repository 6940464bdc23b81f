import KnobsPluginAPI

/// How `learning_curve` and `cross_val` make a model from a training set:
/// a polynomial of a degree, a copy of a network trained from its current
/// weights, or the learner's own function of the training set.
enum ModelRecipe {
    case polynomial(degree: Int, ridge: Double)
    case network(template: any Module, epochs: Int, learningRate: Double)
    case function(Value)

    /// The model, as the learner wrote it, for error messages: a degree, a polynomial, a model or a function.
    static let accepted = "a degree (3), a polynomial (polyfit(...)), a network (mlp([1, 16, 1])) or a function of the training set"

    /// Reads the recipe from a value.
    init(_ value: Value, argument: Int, function: String, epochs: Int, learningRate: Double) throws {
        switch value {
        case .number(let n):
            guard n == n.rounded(), n >= 0, n <= Double(PolynomialFit.maximumDegree) else {
                throw RuntimeError("\(function) takes a degree as a whole number from 0 to \(PolynomialFit.maximumDegree), got \(NumberFormatting.shortest(n))",
                                   hint: "\(function)(3, data) fits polynomials of degree 3", argument: argument)
            }
            self = .polynomial(degree: Int(n), ridge: 0)
        case .object(let polynomial as PolynomialObject):
            self = .polynomial(degree: polynomial.polynomial.degree, ridge: polynomial.fit.ridge)
        case .function:
            self = .function(value)
        default:
            guard let module = value.module, module is MLP || module is Linear else {
                throw RuntimeError("\(function) needs a model to fit: \(ModelRecipe.accepted); got \(value.describedType)",
                                   hint: "\(function)(3, data) fits polynomials of degree 3", argument: argument)
            }
            self = .network(template: module, epochs: epochs, learningRate: learningRate)
        }
    }

    /// A model fitted to `train`, as a function from inputs to outputs.
    ///
    /// - Parameter context: runs the learner's function, draws nothing at random, and counts the work.
    func fit(_ train: Dataset, context: CallContext, function: String) throws -> (Tensor) throws -> Tensor {
        switch self {
        case .polynomial(let degree, let ridge):
            let points = try PointReader(function: function, context: context).curvePoints(train, argument: 1)
            try context.countSteps(train.count * (degree + 1) * (degree + 1))
            let fit = PolynomialObject(PolynomialFit(x: points.x, y: points.y, degree: degree, ridge: ridge))
            return { try fit.predict($0) }
        case .network(let template, let epochs, let learningRate):
            let model = try NetworkCopy.copy(template)
            let work = max(1, (train.count * model.parameterCount) >> 6)
            _ = try NetworkRun(model: model, train: train, test: train, optimizer: SGD(learningRate: learningRate),
                               settings: .init(epochs: epochs), afterStep: { try context.countSteps(work) })
            return { try model.forward($0) }
        case .function(let make):
            let made = try context.call(make, [Value(dataset: train)])
            if case .object(let fitted as any FittedModel) = made { return { try fitted.predict($0) } }
            if let module = made.module { return { try module.forward($0) } }
            throw RuntimeError("the function given to \(function) must return a fitted model (a polynomial or a trained network), but it returned \(made.describedType)",
                               hint: "fn(train) = polyfit(train.x, train.y, 3)", argument: 0)
        }
    }
}

/// A new network of the same shape as another, with the same weights: training it leaves the other alone.
enum NetworkCopy {
    static func copy(_ module: any Module) throws -> any Module {
        // The starting weights are overwritten: draw them from a generator of their own, not the run's.
        var random = RandomGenerator()
        let copy: any Module
        switch module {
        case let mlp as MLP: copy = try MLP(sizes: mlp.sizes, activation: mlp.activation, random: &random)
        case let linear as Linear: copy = try Linear(inputs: linear.inputs, outputs: linear.outputs, random: &random)
        default: throw RuntimeError("only networks made by mlp(...) or linear(...) can be copied")
        }
        for (target, source) in zip(copy.parameters, module.parameters) { try target.assign(source.values) }
        return copy
    }
}
