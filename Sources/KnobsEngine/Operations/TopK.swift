/// The largest entries along an axis and where they are, as PyTorch's `topk`:
/// what a mixture-of-experts gate uses to choose the experts an input goes to.
extension Tensor {
    /// The `k` largest entries along `axis`, largest first, and their positions along that axis.
    ///
    /// Equal entries keep their order (the earlier position comes first), and NaN counts as
    /// larger than any number, as it does for `max`. The values carry the gradient back to the
    /// entries they were taken from; the positions are plain numbers without a gradient.
    ///
    /// - Parameters:
    ///   - k: how many entries to keep, from 0 to the length of the axis.
    ///   - axis: the axis to choose along; negative axes count from the end.
    /// - Returns: the values and the positions, two tensors of this tensor's shape with
    ///   `axis` cut to `k` entries.
    /// - Throws: `TensorError.invalid` for a scalar, an axis the tensor lacks, or `k` out of range.
    public func topk(_ k: Int, axis: Int = -1) throws -> (values: Tensor, indices: Tensor) {
        guard rank > 0 else {
            throw TensorError.invalid("topk needs a tensor with at least one axis, got a single number", hint: "put the numbers in a tensor: tensor([3, 1, 2])")
        }
        let resolved = try resolveAxis(axis, for: "take the top k")
        let length = shape[resolved]
        guard (0...length).contains(k) else {
            throw TensorError.invalid(
                "cannot take the top \(k) of \(length) entries along axis \(axis)",
                hint: "k runs from 0 to \(length), the length of that axis"
            )
        }
        let outer = Shape.count(Array(shape[..<resolved])), inner = Shape.count(Array(shape[(resolved + 1)...]))
        var resultShape = shape
        resultShape[resolved] = k
        var sources = [Int](repeating: 0, count: outer * k * inner)  // the flat index each value comes from
        var positions = [Double](repeating: 0, count: outer * k * inner)
        for o in 0..<outer {
            for i in 0..<inner {
                let first = o * length * inner + i
                let order = (0..<length).sorted { a, b in
                    Tensor.ranksBefore(values[first + a * inner], a, values[first + b * inner], b)
                }
                for (slot, position) in order.prefix(k).enumerated() {
                    let target = (o * k + slot) * inner + i
                    sources[target] = first + position * inner
                    positions[target] = Double(position)
                }
            }
        }
        let picked = sources.map { values[$0] }
        let top = Tensor.result(picked, shape: resultShape, "topk", detail: "k: \(k)", [self]) { g, inputs, _ in
            var gradient = [Double](repeating: 0, count: inputs[0].count)
            for (target, source) in sources.enumerated() { gradient[source] += g[target] }
            return [gradient]
        }
        return (top, Tensor(positions, shape: resultShape))
    }

    /// Whether the entry `x` at `a` comes before the entry `y` at `b` in topk's order:
    /// NaN first, then larger numbers, then earlier positions.
    private static func ranksBefore(_ x: Double, _ a: Int, _ y: Double, _ b: Int) -> Bool {
        if x.isNaN != y.isNaN { return x.isNaN }
        if x != y, !x.isNaN { return x > y }
        return a < b
    }
}
