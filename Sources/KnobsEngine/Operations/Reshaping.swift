/// Operations that rearrange values without computing new ones: reshape, transpose, concat.
extension Tensor {
    /// The same values in a new shape; one extent may be -1, inferred from the rest.
    public func reshaped(_ requested: [Int]) throws -> Tensor {
        var target = requested
        let unknown = target.indices.filter { target[$0] == -1 }
        guard unknown.count <= 1, target.allSatisfy({ $0 >= -1 }) else {
            throw TensorError.invalid("cannot reshape to \(Shape.describe(requested))", hint: "sizes are whole numbers ≥ 0, and at most one may be -1")
        }
        if let missing = unknown.first {
            let known = Shape.checkedCount(target.filter { $0 != -1 }) ?? 0
            guard known > 0, count % known == 0 else {
                throw TensorError.invalid("cannot reshape \(count) values to \(Shape.describe(requested))")
            }
            target[missing] = count / known
        }
        guard Shape.checkedCount(target) == count else {
            throw TensorError.invalid(
                "cannot reshape a tensor of shape \(Shape.describe(shape)) (\(count) values) to \(Shape.describe(requested))",
                hint: "the new shape must hold the same number of values"
            )
        }
        return Tensor.result(values, shape: target, "reshape", [self]) { g, _, _ in [g] }
    }

    /// The axes in reverse order: rows become columns. A vector or scalar is returned unchanged.
    public func transposed() -> Tensor {
        guard rank >= 2 else { return self }
        let reversedShape = Array(shape.reversed())
        let permutation = Array((0..<rank).reversed())
        let values = Tensor.permute(self.values, shape: shape, permutation)
        return Tensor.result(values, shape: reversedShape, "transpose", [self]) { g, _, _ in
            [Tensor.permute(g, shape: reversedShape, permutation)]
        }
    }

    /// Values reordered so that result axis `i` is input axis `permutation[i]`.
    static func permute(_ values: [Double], shape: [Int], _ permutation: [Int]) -> [Double] {
        if shape.count == 2 { return MatrixKernel.transposed(values, rows: shape[0], columns: shape[1]) }
        let strides = Shape.strides(shape)
        let target = permutation.map { shape[$0] }
        let readStrides = permutation.map { strides[$0] }
        var result = [Double](repeating: 0, count: values.count)
        BroadcastWalk.forEach(target, readStrides, [Int](repeating: 0, count: target.count)) { o, i, _ in
            result[o] = values[i]
        }
        return result
    }

    /// The tensors joined along `axis`; all other extents must agree.
    public static func concat(_ parts: [Tensor], axis: Int = 0) throws -> Tensor {
        guard let first = parts.first else { throw TensorError.invalid("concat of no tensors") }
        guard first.rank > 0 else {
            throw TensorError.invalid("cannot concat scalars", hint: "make them vectors first: tensor([a, b])")
        }
        let resolved = try first.resolveAxis(axis, for: "concat")
        for part in parts.dropFirst() {
            var mine = part.shape, theirs = first.shape
            guard mine.count == theirs.count else {
                throw TensorError.invalid(
                    "cannot concat tensors of shapes \(Shape.describe(first.shape)) and \(Shape.describe(part.shape))",
                    hint: "the tensors must have the same number of dimensions; reshape one of them first"
                )
            }
            mine.remove(at: resolved)
            theirs.remove(at: resolved)
            guard mine == theirs else {
                throw TensorError.invalid(
                    "cannot concat shapes \(Shape.describe(first.shape)) and \(Shape.describe(part.shape)) along axis \(axis)",
                    hint: "every size except the one along the axis must match"
                )
            }
        }
        var shape = first.shape
        shape[resolved] = parts.reduce(0) { $0 + $1.shape[resolved] }
        try checkSize(shape)
        let outer = Shape.count(Array(first.shape[..<resolved]))
        let widths = parts.map { Shape.count(Array($0.shape[resolved...])) }
        var values = [Double]()
        values.reserveCapacity(Shape.count(shape))
        for o in 0..<outer {
            for (part, width) in zip(parts, widths) {
                values.append(contentsOf: part.values[(o * width)..<((o + 1) * width)])
            }
        }
        return result(values, shape: shape, "concat", parts) { g, inputs, _ in
            var gradients = inputs.map { [Double](repeating: 0, count: $0.count) }
            let total = widths.reduce(0, +)
            for o in 0..<outer {
                var offset = o * total
                for (index, width) in widths.enumerated() {
                    gradients[index].replaceSubrange((o * width)..<((o + 1) * width), with: g[offset..<(offset + width)])
                    offset += width
                }
            }
            return gradients
        }
    }
}
