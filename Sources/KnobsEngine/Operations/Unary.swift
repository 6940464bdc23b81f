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
            case .sigmoid: UnaryFunction.sigmoid(x)
            case .relu: x > 0 ? x : 0
            case .abs: Swift.abs(x)
            case .sqrt: x.squareRoot()
            case .sin: Foundation.sin(x)
            case .cos: Foundation.cos(x)
            }
        }

        /// The function applied to every value (one loop per function, not a switch per value).
        func map(_ x: [Double]) -> [Double] {
            switch self {
            case .exp: ValueLoops.map(x) { Foundation.exp($0) }
            case .log: ValueLoops.map(x) { Foundation.log($0) }
            case .tanh: ValueLoops.map(x) { Foundation.tanh($0) }
            case .sigmoid: ValueLoops.map(x, UnaryFunction.sigmoid)
            case .relu: ValueLoops.map(x) { $0 > 0 ? $0 : 0 }
            case .abs: ValueLoops.map(x) { Swift.abs($0) }
            case .sqrt: ValueLoops.map(x) { $0.squareRoot() }
            case .sin: ValueLoops.map(x) { Foundation.sin($0) }
            case .cos: ValueLoops.map(x) { Foundation.cos($0) }
            }
        }

        /// The gradient `g · f′(x)`, given the inputs `x` and the outputs `y = f(x)`.
        func gradient(_ g: [Double], x: [Double], y: [Double]) -> [Double] {
            switch self {
            case .exp: combine(g, y) { $0 * $1 }
            case .log: combine(g, x) { $0 / $1 }
            case .tanh: combine(g, y) { $0 * (1 - $1 * $1) }
            case .sigmoid: combine(g, y) { $0 * $1 * (1 - $1) }
            case .relu: combine(g, x) { $1 > 0 ? $0 : 0 }
            case .abs: combine(g, x) { $1 > 0 ? $0 : $1 < 0 ? -$0 : 0 }
            case .sqrt: combine(g, y) { $0 * 0.5 / $1 }
            case .sin: combine(g, x) { $0 * Foundation.cos($1) }
            case .cos: combine(g, x) { -$0 * Foundation.sin($1) }
            }
        }

        /// 1 / (1 + e^-x), written so that neither branch overflows.
        static func sigmoid(_ x: Double) -> Double {
            x >= 0 ? 1 / (1 + Foundation.exp(-x)) : Foundation.exp(x) / (1 + Foundation.exp(x))
        }

        @inline(__always)
        private func combine(_ g: [Double], _ other: [Double], _ f: (Double, Double) -> Double) -> [Double] {
            ValueLoops.map(g, other, f)
        }
    }

    /// `f` applied to every element.
    public func apply(_ f: UnaryFunction) -> Tensor {
        Tensor.result(f.map(values), shape: shape, f.rawValue, [self]) { g, inputs, result in
            [f.gradient(g, x: inputs[0].values, y: result.values)]
        }
    }
}
