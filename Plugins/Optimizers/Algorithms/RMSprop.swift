import KnobsPluginAPI

/// RMSprop, as `torch.optim.RMSprop` documents it: steps divided by a running
/// average of the squared gradients, optionally centered and with momentum.
///
/// Each step, for every parameter θ with a gradient (v, b and ḡ start at 0):
///
/// ```
/// g ← ∇θ            (−∇θ when maximize)
/// if λ ≠ 0:  g ← g + λθ
/// v ← αv + (1 − α)g²
/// ṽ ← v
/// if centered:  ḡ ← αḡ + (1 − α)g;  ṽ ← ṽ − ḡ²
/// if μ > 0:  b ← μb + g / (√ṽ + ε);  θ ← θ − γb
/// else:      θ ← θ − γg / (√ṽ + ε)
/// ```
public final class RMSprop: DescribedOptimizer {
    public var learningRate: Double
    public let alpha: Double
    public let epsilon: Double
    public let weightDecay: Double
    public let momentum: Double
    public let centered: Bool
    public let maximize: Bool
    public var name: String { "rmsprop" }

    private final class State {
        let squareAverage: StateBuffer
        let gradientAverage: StateBuffer?
        let buffer: StateBuffer?

        init(count: Int, centered: Bool, momentum: Bool) {
            squareAverage = StateBuffer(count: count)
            gradientAverage = centered ? StateBuffer(count: count) : nil
            buffer = momentum ? StateBuffer(count: count) : nil
        }
    }

    private let memory = ParameterMemory<State>()

    /// - Throws: ``OptimizerSettingError`` for a negative or infinite setting.
    public init(learningRate: Double = 0.01, alpha: Double = 0.99, epsilon: Double = 1e-8, weightDecay: Double = 0, momentum: Double = 0, centered: Bool = false, maximize: Bool = false) throws {
        try OptimizerSettingError.check(learningRate, "lr", of: "rmsprop")
        try OptimizerSettingError.check(alpha, "alpha", of: "rmsprop")
        try OptimizerSettingError.check(epsilon, "eps", of: "rmsprop")
        try OptimizerSettingError.check(weightDecay, "weight_decay", of: "rmsprop")
        try OptimizerSettingError.check(momentum, "momentum", of: "rmsprop")
        self.learningRate = learningRate
        self.alpha = alpha
        self.epsilon = epsilon
        self.weightDecay = weightDecay
        self.momentum = momentum
        self.centered = centered
        self.maximize = maximize
    }

    public var settings: String {
        describeSettings([
            ("lr", OptimizerSettingError.number(learningRate), false),
            ("alpha", OptimizerSettingError.number(alpha), alpha == 0.99),
            ("eps", OptimizerSettingError.number(epsilon), epsilon == 1e-8),
            ("weight_decay", OptimizerSettingError.number(weightDecay), weightDecay == 0),
            ("momentum", OptimizerSettingError.number(momentum), momentum == 0),
            ("centered", "\(centered)", !centered),
            ("maximize", "\(maximize)", !maximize),
        ])
    }

    public func step(_ parameters: [Tensor]) throws {
        let (lr, alpha, eps, lambda, mu) = (learningRate, alpha, epsilon, weightDecay, momentum)
        let sign = maximize ? -1.0 : 1.0
        for parameter in parameters where parameter.grad?.count == parameter.count {
            let state = memory.state(for: parameter) { State(count: parameter.count, centered: centered, momentum: momentum > 0) }
            let v = state.squareAverage.values
            let average = state.gradientAverage?.values
            let b = state.buffer?.values
            parameter.stepInPlace { theta, gradient in
                for i in theta.indices {
                    var g = sign * gradient[i]
                    if lambda != 0 { g = g + lambda * theta[i] }
                    v[i] = alpha * v[i] + (1 - alpha) * (g * g)
                    var vTilde = v[i]
                    if let average {
                        average[i] = average[i] * alpha + (1 - alpha) * g
                        vTilde = vTilde - average[i] * average[i]
                    }
                    if let b {
                        b[i] = mu * b[i] + g / (vTilde.squareRoot() + eps)
                        theta[i] = theta[i] - lr * b[i]
                    } else {
                        theta[i] = theta[i] - lr * g / (vTilde.squareRoot() + eps)
                    }
                }
            }
        }
    }
}
