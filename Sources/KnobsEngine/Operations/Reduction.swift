/// Sums, means, maxima and minima over all elements or along one axis.
extension Tensor {
    /// The reductions the language offers.
    public enum Reduction: String, Sendable {
        case sum, mean, max, min
    }

    /// The tensor reduced over every element (a scalar) or along `axis` (that dimension removed).
    /// Negative axes count from the end, as in NumPy.
    public func reduce(_ reduction: Reduction, axis: Int? = nil) throws -> Tensor {
        let (outer, length, inner, resultShape) = try layout(along: axis, for: reduction.rawValue)
        if length == 0, reduction != .sum {
            throw TensorError.invalid("\(reduction.rawValue) of an empty tensor")
        }
        var result = [Double](repeating: 0, count: outer * inner)
        var chosen = [Int]()  // for max and min: the flat index each result came from
        if reduction == .max || reduction == .min { chosen = [Int](repeating: 0, count: outer * inner) }
        let better: (Double, Double) -> Bool = reduction == .max ? { $0 > $1 || $0.isNaN } : { $0 < $1 || $0.isNaN }
        values.withUnsafeBufferPointer { x in
            for o in 0..<outer {
                for i in 0..<inner {
                    let target = o * inner + i
                    var index = o * length * inner + i
                    switch reduction {
                    case .sum, .mean:
                        var total = 0.0
                        for _ in 0..<length { total += x[index]; index += inner }
                        result[target] = reduction == .mean ? total / Double(length) : total
                    case .max, .min:
                        var best = index
                        for _ in 1..<length {
                            index += inner
                            if better(x[index], x[best]) && !x[best].isNaN { best = index }
                        }
                        result[target] = x[best]
                        chosen[target] = best
                    }
                }
            }
        }
        return Tensor.result(result, shape: resultShape, reduction.rawValue, detail: axis.map { "axis: \($0)" }, [self]) { g, inputs, _ in
            var gradient = [Double](repeating: 0, count: inputs[0].count)
            switch reduction {
            case .sum, .mean:
                let scale = reduction == .mean ? 1 / Double(length) : 1
                for o in 0..<outer {
                    for i in 0..<inner {
                        let share = g[o * inner + i] * scale
                        var index = o * length * inner + i
                        for _ in 0..<length { gradient[index] += share; index += inner }
                    }
                }
            case .max, .min:
                for (target, source) in chosen.enumerated() { gradient[source] += g[target] }
            }
            return [gradient]
        }
    }

    /// The index of the largest element along `axis` (of the flattened tensor when nil); no gradient.
    public func argmax(axis: Int? = nil) throws -> Tensor {
        let (outer, length, inner, resultShape) = try layout(along: axis, for: "argmax")
        guard length > 0 else { throw TensorError.invalid("argmax of an empty tensor") }
        var result = [Double](repeating: 0, count: outer * inner)
        for o in 0..<outer {
            for i in 0..<inner {
                var best = 0
                for k in 1..<max(length, 1) where values[(o * length + k) * inner + i] > values[(o * length + best) * inner + i] {
                    best = k
                }
                result[o * inner + i] = Double(best)
            }
        }
        return Tensor(result, shape: resultShape)
    }

    /// The tensor seen as `[outer, length, inner]` around `axis`, and the shape without that axis.
    func layout(along axis: Int?, for operation: String) throws -> (outer: Int, length: Int, inner: Int, shape: [Int]) {
        guard let axis else { return (1, count, 1, []) }
        let resolved = try resolveAxis(axis, for: operation)
        let outer = Shape.count(Array(shape[..<resolved]))
        let inner = Shape.count(Array(shape[(resolved + 1)...]))
        var reduced = shape
        reduced.remove(at: resolved)
        return (outer, shape[resolved], inner, reduced)
    }

    /// `axis` as an index into `shape`, negative axes counted from the end.
    func resolveAxis(_ axis: Int, for operation: String) throws -> Int {
        let resolved = axis < 0 ? axis + rank : axis
        guard resolved >= 0, resolved < rank else {
            throw TensorError.invalid(
                "cannot \(operation) along axis \(axis) of a tensor of shape \(Shape.describe(shape))",
                hint: rank == 0 ? "a scalar has no axes" : "axes run from 0 to \(rank - 1) (or -1 for the last)"
            )
        }
        return resolved
    }
}
