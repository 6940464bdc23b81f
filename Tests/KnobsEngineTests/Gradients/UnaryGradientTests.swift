import Testing
@testable import KnobsEngine

/// Every element-wise function against finite differences, on inputs inside its domain and away from its kinks.
@Suite("Gradients: element-wise functions")
struct UnaryGradientTests {
    @Test("each function", arguments: Tensor.UnaryFunction.allCases)
    func function(_ f: Tensor.UnaryFunction) throws {
        let input: Tensor
        switch f {
        case .log, .sqrt: input = Sample.uniform([3, 4], in: 0.2...4, seed: 21)
        case .relu, .abs: input = Sample.awayFromZero([3, 4], seed: 22)
        case .exp, .tanh, .sigmoid, .sin, .cos: input = Sample.uniform([3, 4], in: -3...3, seed: 23)
        }
        try GradientCheck.verify([input]) { $0[0].apply(f) }
    }

    @Test("sigmoid far out in both tails")
    func sigmoidTails() throws {
        // Both branches of the stable formula; the slope there is about 1e-9.
        try GradientCheck.verify([Tensor([-20, -19.5, 19.5, 20], shape: [4])]) { $0[0].apply(.sigmoid) }
    }
}
