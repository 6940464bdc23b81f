/// Something that changes parameters, given their gradients: one training step.
///
/// The engine has plain SGD; richer optimizers (momentum, Adam, …) come from
/// plugins. An optimizer that needs memory per parameter keeps it keyed by
/// `ObjectIdentifier(parameter)`: a parameter keeps its identity for life.
public protocol Optimizer: AnyObject {
    /// The name as the learner sees it (`sgd`, `adam`).
    var name: String { get }
    /// The step size; training loops and schedules may change it between steps.
    var learningRate: Double { get set }
    /// Changes every parameter that has a gradient, in place.
    func step(_ parameters: [Tensor]) throws
}

/// Stochastic gradient descent: `p ← p − lr · ∂loss/∂p`.
public final class SGD: Optimizer {
    public var learningRate: Double
    public var name: String { "sgd" }

    public init(learningRate: Double) {
        self.learningRate = learningRate
    }

    public func step(_ parameters: [Tensor]) throws {
        for parameter in parameters {
            guard let gradient = parameter.grad else { continue }
            let lr = learningRate
            parameter.update { values in
                for i in values.indices { values[i] -= lr * gradient[i] }
            }
        }
    }
}

extension Tensor {
    /// Changes the values in place (an optimizer step); the shape stays.
    public func update(_ change: (inout [Double]) throws -> Void) rethrows {
        try change(&values)
        version &+= 1
    }
}
