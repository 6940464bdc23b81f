/// The matrix product, `a @ b`, with NumPy's rules for vectors.
extension Tensor {
    /// `a @ b`: matrices `[m, k] @ [k, n] → [m, n]`; a vector on the left acts as
    /// a row and on the right as a column, and that dimension is dropped again.
    public static func matmul(_ a: Tensor, _ b: Tensor) throws -> Tensor {
        guard (1...2).contains(a.rank), (1...2).contains(b.rank) else {
            throw TensorError.invalid(
                "matmul takes vectors and matrices, got shapes \(Shape.describe(a.shape)) and \(Shape.describe(b.shape))",
                hint: a.rank == 0 || b.rank == 0 ? "to scale a tensor by a number, use *" : "reshape to two dimensions first"
            )
        }
        let m = a.rank == 2 ? a.shape[0] : 1
        let k = a.shape[a.rank - 1]
        let k2 = b.shape[0]
        let n = b.rank == 2 ? b.shape[1] : 1
        guard k == k2 else {
            throw TensorError.invalid(
                "matmul of shapes \(Shape.describe(a.shape)) and \(Shape.describe(b.shape)): \(Shape.counted(k, "column")) against \(Shape.counted(k2, "row"))",
                hint: "the inner sizes must match: [m, k] @ [k, n]; transpose one of them with .T?"
            )
        }
        var shape = [Int]()
        if a.rank == 2 { shape.append(m) }
        if b.rank == 2 { shape.append(n) }
        try checkSize(shape)
        let values = MatrixKernel.product(a.values, b.values, m: m, k: k, n: n)
        return result(values, shape: shape, "matmul", [a, b]) { g, inputs, _ in
            let a = inputs[0], b = inputs[1]
            // dA = G · Bᵀ   [m, n] @ [n, k];   dB = Aᵀ · G   [k, m] @ [m, n]
            let ga = a.tracksGradient ? MatrixKernel.product(g, b.values, m: m, k: n, n: k, transposeB: true) : nil
            let gb = b.tracksGradient ? MatrixKernel.product(a.values, g, m: k, k: m, n: n, transposeA: true) : nil
            return [ga, gb]
        }
    }
}
