/// A fully connected layer: `x @ weight + bias`, with `weight` of shape `[inputs, outputs]`.
///
/// Initialisation follows PyTorch's default for `nn.Linear`: weight and bias
/// uniform in ±1/√inputs, drawn row by row from the seeded generator (weight
/// first, then bias).
public final class Linear: Module {
    /// `[inputs, outputs]`: column `j` holds the weights of output `j`.
    public let weight: Tensor
    /// `[outputs]`.
    public let bias: Tensor

    public init(inputs: Int, outputs: Int, random: inout RandomGenerator) throws {
        guard inputs > 0, outputs > 0 else {
            throw TensorError.invalid("a linear layer needs at least one input and one output, got \(inputs) → \(outputs)")
        }
        try Tensor.checkSize([inputs, outputs])
        let bound = 1 / Double(inputs).squareRoot()
        let draw = { (random: inout RandomGenerator) in (2 * random.uniform() - 1) * bound }
        weight = .parameter((0..<(inputs * outputs)).map { _ in draw(&random) }, shape: [inputs, outputs])
        bias = .parameter((0..<outputs).map { _ in draw(&random) }, shape: [outputs])
    }

    public var inputs: Int { weight.shape[0] }
    public var outputs: Int { weight.shape[1] }
    public var parameters: [Tensor] { [weight, bias] }

    public func forward(_ input: Tensor) throws -> Tensor {
        try Tensor.affine(input, weight, bias)
    }
}
