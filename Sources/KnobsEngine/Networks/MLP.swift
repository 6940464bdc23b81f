/// A multi-layer perceptron: linear layers with an activation between them
/// (none after the last, so its outputs are raw scores or values).
public final class MLP: Module {
    /// The activations a hidden layer can use.
    public enum Activation: String, CaseIterable, Sendable {
        case tanh, relu, sigmoid

        var function: Tensor.UnaryFunction {
            switch self {
            case .tanh: .tanh
            case .relu: .relu
            case .sigmoid: .sigmoid
            }
        }
    }

    public let layers: [Linear]
    public let activation: Activation

    /// `sizes` lists the width of every layer, inputs first: `[2, 16, 16, 1]`.
    public init(sizes: [Int], activation: Activation, random: inout RandomGenerator) throws {
        guard sizes.count >= 2 else {
            throw TensorError.invalid("an mlp needs at least two sizes (inputs and outputs), got \(sizes.count)")
        }
        var layers = [Linear]()
        for (inputs, outputs) in zip(sizes, sizes.dropFirst()) {
            layers.append(try Linear(inputs: inputs, outputs: outputs, random: &random))
        }
        self.layers = layers
        self.activation = activation
    }

    public var sizes: [Int] { [layers[0].inputs] + layers.map(\.outputs) }
    public var parameters: [Tensor] { layers.flatMap(\.parameters) }

    public func forward(_ input: Tensor) throws -> Tensor {
        var x = input
        for (index, layer) in layers.enumerated() {
            x = try layer.forward(x)
            if index < layers.count - 1 { x = x.apply(activation.function) }
        }
        return x
    }
}
