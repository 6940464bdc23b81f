import Foundation

/// Element-wise `+ - * / ^` with NumPy broadcasting, each with its gradient rule.
extension Tensor {
    public static func + (a: Tensor, b: Tensor) throws -> Tensor {
        try elementwise("+", "add", a, b, +) { g, shape, a, b in
            (a.tracksGradient ? BroadcastWalk.reduce(g, from: shape, to: a.shape) : nil,
             b.tracksGradient ? BroadcastWalk.reduce(g, from: shape, to: b.shape) : nil)
        }
    }

    public static func - (a: Tensor, b: Tensor) throws -> Tensor {
        try elementwise("-", "subtract", a, b, -) { g, shape, a, b in
            (a.tracksGradient ? BroadcastWalk.reduce(g, from: shape, to: a.shape) : nil,
             b.tracksGradient ? BroadcastWalk.reduce(ValueLoops.map(g) { -$0 }, from: shape, to: b.shape) : nil)
        }
    }

    public static func * (a: Tensor, b: Tensor) throws -> Tensor {
        try elementwise("*", "multiply", a, b, *) { g, shape, a, b in
            (a.tracksGradient ? gradient(g, shape, times: b, to: a.shape) { $0 * $1 } : nil,
             b.tracksGradient ? gradient(g, shape, times: a, to: b.shape) { $0 * $1 } : nil)
        }
    }

    public static func / (a: Tensor, b: Tensor) throws -> Tensor {
        try elementwise("/", "divide", a, b, /) { g, shape, a, b in
            let ga = a.tracksGradient ? gradient(g, shape, times: b, to: a.shape) { $0 / $1 } : nil
            guard b.tracksGradient else { return (ga, nil) }
            // d(a/b)/db = -a/b², read as -(a/b)/b with a broadcast to the result.
            let quotient = BroadcastWalk.map(a.values, a.shape, b.values, b.shape, to: shape, /)
            let scaled = ValueLoops.map(g, quotient) { -$0 * $1 }
            return (ga, gradient(scaled, shape, times: b, to: b.shape) { $0 / $1 })
        }
    }

    /// `a ^ b`, element-wise power.
    public static func power(_ a: Tensor, _ b: Tensor) throws -> Tensor {
        try elementwise("^", "raise", a, b, raise) { g, shape, a, b in
            var ga: [Double]?
            if a.tracksGradient {
                // d(a^b)/da = b · a^(b-1)
                let slope = BroadcastWalk.map(a.values, a.shape, b.values, b.shape, to: shape) { x, y in
                    y == 2 ? 2 * x : y * raise(x, y - 1)
                }
                ga = BroadcastWalk.reduce(ValueLoops.map(g, slope, *), from: shape, to: a.shape)
            }
            var gb: [Double]?
            if b.tracksGradient {
                // d(a^b)/db = a^b · ln a
                let slope = BroadcastWalk.map(a.values, a.shape, b.values, b.shape, to: shape) { x, y in
                    raise(x, y) * Foundation.log(x)
                }
                gb = BroadcastWalk.reduce(ValueLoops.map(g, slope, *), from: shape, to: b.shape)
            }
            return (ga, gb)
        }
    }

    /// x^y, exact for squares.
    static func raise(_ x: Double, _ y: Double) -> Double {
        y == 2 ? x * x : Foundation.pow(x, y)
    }

    /// The gradient `g ∘ f(·, other)` (the result's shape) summed down to `target`.
    private static func gradient(
        _ g: [Double], _ shape: [Int], times other: Tensor, to target: [Int], _ f: (Double, Double) -> Double
    ) -> [Double] {
        BroadcastWalk.reduce(BroadcastWalk.map(g, shape, other.values, other.shape, to: shape, f), from: shape, to: target)
    }

    /// A broadcasting binary operation whose `rule` maps the result's gradient to the two inputs'.
    static func elementwise(
        _ operation: String, _ verb: String, _ a: Tensor, _ b: Tensor,
        _ forward: (Double, Double) -> Double,
        rule: @escaping (_ gradient: [Double], _ shape: [Int], _ a: Tensor, _ b: Tensor) -> ([Double]?, [Double]?)
    ) throws -> Tensor {
        guard let shape = Shape.broadcast(a.shape, b.shape) else {
            throw TensorError.mismatch(verb, a.shape, b.shape)
        }
        try checkSize(shape)
        let values = BroadcastWalk.map(a.values, a.shape, b.values, b.shape, to: shape, forward)
        return result(values, shape: shape, operation, [a, b]) { g, inputs, _ in
            let (ga, gb) = rule(g, shape, inputs[0], inputs[1])
            return [ga, gb]
        }
    }

    /// `-a`.
    public static prefix func - (a: Tensor) -> Tensor {
        result(ValueLoops.map(a.values) { -$0 }, shape: a.shape, "neg", [a]) { g, _, _ in [ValueLoops.map(g) { -$0 }] }
    }
}
