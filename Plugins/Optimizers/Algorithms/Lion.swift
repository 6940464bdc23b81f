import KnobsPluginAPI

/// Lion (EvoLved Sign Momentum; Chen et al., "Symbolic Discovery of
/// Optimization Algorithms", 2023): every value moves by the same amount, the
/// learning rate, in the direction of the sign of an interpolated momentum.
///
/// PyTorch has no Lion; this follows the paper's Algorithm 2. Each step, for
/// every parameter θ with a gradient (m starts at 0):
///
/// ```
/// g ← ∇θ            (−∇θ when maximize)
/// c ← β₁m + (1 − β₁)g
/// θ ← θ − γ(sign(c) + λθ)
/// m ← β₂m + (1 − β₂)g
/// ```
///
/// The paper's defaults: β = (0.9, 0.99); its advice is a learning rate
/// 3–10 times smaller than AdamW's, so the default here is 1e-4.
public final class Lion: DescribedOptimizer {
    public var learningRate: Double
    public let beta1: Double
    public let beta2: Double
    public let weightDecay: Double
    public let maximize: Bool
    public var name: String { "lion" }

    private let memory = ParameterMemory<StateBuffer>()

    /// - Throws: ``OptimizerSettingError`` for a negative or infinite setting, or a beta outside [0, 1).
    public init(learningRate: Double = 1e-4, betas: (Double, Double) = (0.9, 0.99), weightDecay: Double = 0, maximize: Bool = false) throws {
        try OptimizerSettingError.check(learningRate, "lr", of: "lion")
        try OptimizerSettingError.check(betas.0, "betas", of: "lion", below: 1)
        try OptimizerSettingError.check(betas.1, "betas", of: "lion", below: 1)
        try OptimizerSettingError.check(weightDecay, "weight_decay", of: "lion")
        self.learningRate = learningRate
        (beta1, beta2) = betas
        self.weightDecay = weightDecay
        self.maximize = maximize
    }

    public var settings: String {
        let number = OptimizerSettingError.number
        return describeSettings([
            ("lr", number(learningRate), false),
            ("betas", "[\(number(beta1)), \(number(beta2))]", beta1 == 0.9 && beta2 == 0.99),
            ("weight_decay", number(weightDecay), weightDecay == 0),
            ("maximize", "\(maximize)", !maximize),
        ])
    }

    public func step(_ parameters: [Tensor]) throws {
        let (lr, beta1, beta2, lambda) = (learningRate, beta1, beta2, weightDecay)
        let sign = maximize ? -1.0 : 1.0
        for parameter in parameters where parameter.grad?.count == parameter.count {
            let m = memory.state(for: parameter) { StateBuffer(count: parameter.count) }.values
            parameter.stepInPlace { theta, gradient in
                for i in theta.indices {
                    let g = sign * gradient[i]
                    let c = beta1 * m[i] + (1 - beta1) * g
                    let direction: Double = c > 0 ? 1 : (c < 0 ? -1 : 0)
                    theta[i] = theta[i] - lr * (direction + lambda * theta[i])
                    m[i] = beta2 * m[i] + (1 - beta2) * g
                }
            }
        }
    }
}
