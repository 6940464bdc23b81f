import Foundation

/// Element-wise functions of one tensor, each with its derivative.
extension Tensor {
    /// The element-wise functions the language offers, by name.
    public enum UnaryFunction: String, CaseIterable, Sendable {
        case exp, log, tanh, sigmoid, relu, abs, sqrt, sin, cos

        /// The function of one number.
        public func callAsFunction(_ x: Double) -> Double {
            switch self {
            case .exp: Foundation.exp(x)
            case .log: Foundation.log(x)
            case .tanh: Foundation.tanh(x)
            case .sigmoid: x >= 0 ? 1 / (1 + Foundation.exp(-x)) : Foundation.exp(x) / (1 + Foundation.exp(x))
            case .relu: x > 0 ? x : 0
            case .abs: Swift.abs(x)
            case .sqrt: x.squareRoot()
            case .sin: Foundation.sin(x)
            case .cos: Foundation.cos(x)
            }
        }

        /// The derivative at `x`, given also the function's value `y` there.
        func slope(_ x: Double, _ y: Double) -> Double {
            switch self {
            case .exp: y
            case .log: 1 / x
            case .tanh: 1 - y * y
            case .sigmoid: y * (1 - y)
            case .relu: x > 0 ? 1 : 0
            case .abs: x > 0 ? 1 : x < 0 ? -1 : 0
            case .sqrt: 0.5 / y
            case .sin: Foundation.cos(x)
            case .cos: -Foundation.sin(x)
            }
        }
    }

    /// `f` applied to every element.
    public func apply(_ f: UnaryFunction) -> Tensor {
        Tensor.result(values.map { f($0) }, shape: shape, f.rawValue, [self]) { g, inputs, result in
            var gradient = g
            let x = inputs[0].values, y = result.values
            for i in gradient.indices { gradient[i] *= f.slope(x[i], y[i]) }
            return [gradient]
        }
    }
}
