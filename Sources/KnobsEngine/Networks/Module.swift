/// A model: a function of a tensor with parameters that training adjusts.
public protocol Module: AnyObject {
    /// Every parameter, in a fixed order (the order `count_params` and optimizers see).
    var parameters: [Tensor] { get }
    /// The model applied to a batch of inputs (one row per sample) or to one sample.
    func forward(_ input: Tensor) throws -> Tensor
}

extension Module {
    /// The number of numbers training can change.
    public var parameterCount: Int { parameters.reduce(0) { $0 + $1.count } }

    /// Clears the gradients of every parameter before the next `backward()`.
    public func zeroGradients() {
        for parameter in parameters { parameter.zeroGradient() }
    }
}

extension Tensor {
    /// Sets the gradient to zeros (a parameter's gradient accumulates until cleared).
    public func zeroGradient() {
        grad = [Double](repeating: 0, count: count)
    }
}
