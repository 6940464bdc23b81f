import Foundation

/// Log-softmax along an axis, computed stably: `x - max - log Σ exp(x - max)`.
extension Tensor {
    /// `log(softmax(x))` along `axis` (the last by default), finite even for logits of ±1000.
    public func logSoftmax(axis: Int = -1) throws -> Tensor {
        let resolved = try resolveAxis(axis, for: "log_softmax")
        let (outer, length, inner, _) = try layout(along: resolved, for: "log_softmax")
        var result = values
        for o in 0..<outer {
            for i in 0..<inner {
                let start = o * length * inner + i
                var largest = -Double.infinity
                for k in 0..<length { largest = Swift.max(largest, values[start + k * inner]) }
                var total = 0.0
                for k in 0..<length { total += Foundation.exp(values[start + k * inner] - largest) }
                // (x - max) - log Σ: subtracting max + log Σ in one step would round it to the
                // spacing of max first, and lose the digits of results near 0 for large logits.
                let logTotal = Foundation.log(total)
                for k in 0..<length { result[start + k * inner] = (values[start + k * inner] - largest) - logTotal }
            }
        }
        return Tensor.result(result, shape: shape, "log_softmax", [self]) { g, _, output in
            // d/dx: g - softmax · Σ g, along the axis.
            var gradient = g
            for o in 0..<outer {
                for i in 0..<inner {
                    let start = o * length * inner + i
                    var total = 0.0
                    for k in 0..<length { total += g[start + k * inner] }
                    for k in 0..<length {
                        gradient[start + k * inner] -= Foundation.exp(output.values[start + k * inner]) * total
                    }
                }
            }
            return [gradient]
        }
    }
}
