import KnobsPluginAPI

/// Stochastic gradient descent with momentum, as `torch.optim.SGD` documents it.
///
/// Each step, for every parameter θ with a gradient (`t` counts its steps):
///
/// ```
/// g ← ∇θ            (−∇θ when maximize)
/// if λ ≠ 0:  g ← g + λθ                      weight decay
/// if μ ≠ 0:  b ← g at t = 1, else μb + (1 − τ)g
///            g ← g + μb if nesterov, else b
/// θ ← θ − γg
/// ```
///
/// The engine's plain ``SGD`` is the case μ = λ = 0. The default learning
/// rate is PyTorch's, 0.001, as the language's core `sgd` has: loading the
/// plugin must not change what `sgd()` does in a lesson.
public final class StochasticGradientDescent: DescribedOptimizer {
    public var learningRate: Double
    public let momentum: Double
    public let dampening: Double
    public let nesterov: Bool
    public let weightDecay: Double
    public let maximize: Bool
    public var name: String { "sgd" }

    private let buffers = ParameterMemory<StateBuffer>()

    /// - Throws: ``OptimizerSettingError`` for a negative or infinite setting,
    ///   or Nesterov momentum without momentum or with dampening (as PyTorch).
    public init(learningRate: Double = 0.001, momentum: Double = 0, dampening: Double = 0, nesterov: Bool = false, weightDecay: Double = 0, maximize: Bool = false) throws {
        try OptimizerSettingError.check(learningRate, "lr", of: "sgd")
        try OptimizerSettingError.check(momentum, "momentum", of: "sgd")
        try OptimizerSettingError.check(dampening, "dampening", of: "sgd")
        try OptimizerSettingError.check(weightDecay, "weight_decay", of: "sgd")
        if nesterov, momentum <= 0 || dampening != 0 {
            throw OptimizerSettingError("nesterov", "Nesterov momentum needs a momentum above 0 and no dampening", hint: "sgd(lr: 0.1, momentum: 0.9, nesterov: true)")
        }
        self.learningRate = learningRate
        self.momentum = momentum
        self.dampening = dampening
        self.nesterov = nesterov
        self.weightDecay = weightDecay
        self.maximize = maximize
    }

    public var settings: String {
        describeSettings([
            ("lr", OptimizerSettingError.number(learningRate), false),
            ("momentum", OptimizerSettingError.number(momentum), momentum == 0),
            ("dampening", OptimizerSettingError.number(dampening), dampening == 0),
            ("nesterov", "\(nesterov)", !nesterov),
            ("weight_decay", OptimizerSettingError.number(weightDecay), weightDecay == 0),
            ("maximize", "\(maximize)", !maximize),
        ])
    }

    public func step(_ parameters: [Tensor]) throws {
        let (lr, mu, tau, lambda, nesterov) = (learningRate, momentum, dampening, weightDecay, nesterov)
        let sign = maximize ? -1.0 : 1.0
        for parameter in parameters where parameter.grad?.count == parameter.count {
            guard mu != 0 else {
                parameter.stepInPlace { theta, gradient in
                    for i in theta.indices {
                        var g = sign * gradient[i]
                        if lambda != 0 { g = g + lambda * theta[i] }
                        theta[i] = theta[i] - lr * g
                    }
                }
                continue
            }
            var first = false
            let b = buffers.state(for: parameter) {
                first = true
                return StateBuffer(count: parameter.count)
            }.values
            parameter.stepInPlace { theta, gradient in
                for i in theta.indices {
                    var g = sign * gradient[i]
                    if lambda != 0 { g = g + lambda * theta[i] }
                    b[i] = first ? g : mu * b[i] + (1 - tau) * g
                    g = nesterov ? g + mu * b[i] : b[i]
                    theta[i] = theta[i] - lr * g
                }
            }
        }
    }
}
