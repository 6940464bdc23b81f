/// `x @ weight + bias` as one operation: a linear layer's forward pass.
///
/// It computes exactly what the two operations would (the product, then the
/// bias added to each row) but records one node instead of two and sums the
/// bias gradient without a broadcasting pass.
extension Tensor {
    /// `x` is `[samples, inputs]` or `[inputs]`, `weight` `[inputs, outputs]`, `bias` `[outputs]`.
    public static func affine(_ x: Tensor, _ weight: Tensor, _ bias: Tensor) throws -> Tensor {
        guard weight.rank == 2, bias.shape == [weight.shape[1]] else {
            throw TensorError.invalid("a linear layer needs a weight [inputs, outputs] and a bias [outputs], got \(Shape.describe(weight.shape)) and \(Shape.describe(bias.shape))")
        }
        let k = weight.shape[0], n = weight.shape[1]
        guard (1...2).contains(x.rank), x.shape[x.rank - 1] == k else {
            throw TensorError.invalid(
                "a linear layer with \(Shape.counted(k, "input")) got a tensor of shape \(Shape.describe(x.shape))",
                hint: "give it one row of \(Shape.counted(k, "number")) per sample: shape [samples, \(k)]"
            )
        }
        let m = x.rank == 2 ? x.shape[0] : 1
        let shape = x.rank == 2 ? [m, n] : [n]
        try checkSize(shape)
        var values = MatrixKernel.product(x.values, weight.values, m: m, k: k, n: n)
        values.withUnsafeMutableBufferPointer { out in
            bias.values.withUnsafeBufferPointer { b in
                for row in 0..<m {
                    for j in 0..<n { out[row * n + j] += b[j] }
                }
            }
        }
        return result(values, shape: shape, "linear", [x, weight, bias]) { g, inputs, _ in
            let x = inputs[0], weight = inputs[1]
            let gx = x.tracksGradient ? MatrixKernel.product(g, weight.values, m: m, k: n, n: k, transposeB: true) : nil
            let gw = weight.tracksGradient ? MatrixKernel.product(x.values, g, m: k, k: m, n: n, transposeA: true) : nil
            var gb: [Double]?
            if inputs[2].tracksGradient {
                var sums = [Double](repeating: 0, count: n)
                for row in 0..<m {
                    for j in 0..<n { sums[j] += g[row * n + j] }
                }
                gb = sums
            }
            return [gx, gw, gb]
        }
    }

    /// Σ p² over every element of every tensor: the L2 penalty, as one node.
    public static func sumOfSquares(_ tensors: [Tensor]) -> Tensor {
        var total = 0.0
        for tensor in tensors {
            for value in tensor.values { total += value * value }
        }
        return result([total], shape: [], "sum_of_squares", tensors) { g, inputs, _ in
            inputs.map { input in input.tracksGradient ? ValueLoops.map(input.values) { 2 * g[0] * $0 } : nil }
        }
    }
}
