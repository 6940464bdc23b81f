import Foundation
import KnobsPluginAPI

/// Adagrad, as `torch.optim.Adagrad` documents it: each value's step shrinks
/// with the sum of its squared gradients so far.
///
/// Each step, for every parameter θ with a gradient (`t` counts its steps,
/// the sum starts at τ, the initial accumulator value):
///
/// ```
/// g ← ∇θ            (−∇θ when maximize)
/// γ̃ ← γ / (1 + (t − 1)η)                     learning-rate decay
/// if λ ≠ 0:  g ← g + λθ
/// sum ← sum + g²
/// θ ← θ − γ̃ g / (√sum + ε)
/// ```
public final class Adagrad: DescribedOptimizer {
    public var learningRate: Double
    public let learningRateDecay: Double
    public let weightDecay: Double
    public let initialAccumulatorValue: Double
    public let epsilon: Double
    public let maximize: Bool
    public var name: String { "adagrad" }

    private final class State {
        var step = 0
        let sum: StateBuffer

        init(count: Int, initial: Double) {
            sum = StateBuffer(count: count, value: initial)
        }
    }

    private let memory = ParameterMemory<State>()

    /// - Throws: ``OptimizerSettingError`` for a negative or infinite setting.
    public init(learningRate: Double = 0.01, learningRateDecay: Double = 0, weightDecay: Double = 0, initialAccumulatorValue: Double = 0, epsilon: Double = 1e-10, maximize: Bool = false) throws {
        try OptimizerSettingError.check(learningRate, "lr", of: "adagrad")
        try OptimizerSettingError.check(learningRateDecay, "lr_decay", of: "adagrad")
        try OptimizerSettingError.check(weightDecay, "weight_decay", of: "adagrad")
        try OptimizerSettingError.check(initialAccumulatorValue, "initial_accumulator_value", of: "adagrad")
        try OptimizerSettingError.check(epsilon, "eps", of: "adagrad")
        self.learningRate = learningRate
        self.learningRateDecay = learningRateDecay
        self.weightDecay = weightDecay
        self.initialAccumulatorValue = initialAccumulatorValue
        self.epsilon = epsilon
        self.maximize = maximize
    }

    public var settings: String {
        describeSettings([
            ("lr", OptimizerSettingError.number(learningRate), false),
            ("lr_decay", OptimizerSettingError.number(learningRateDecay), learningRateDecay == 0),
            ("weight_decay", OptimizerSettingError.number(weightDecay), weightDecay == 0),
            ("initial_accumulator_value", OptimizerSettingError.number(initialAccumulatorValue), initialAccumulatorValue == 0),
            ("eps", OptimizerSettingError.number(epsilon), epsilon == 1e-10),
            ("maximize", "\(maximize)", !maximize),
        ])
    }

    public func step(_ parameters: [Tensor]) throws {
        let (lambda, eps) = (weightDecay, epsilon)
        let sign = maximize ? -1.0 : 1.0
        for parameter in parameters where parameter.grad?.count == parameter.count {
            let state = memory.state(for: parameter) { State(count: parameter.count, initial: initialAccumulatorValue) }
            state.step += 1
            let lr = learningRate / (1 + Double(state.step - 1) * learningRateDecay)
            let sum = state.sum.values
            parameter.stepInPlace { theta, gradient in
                for i in theta.indices {
                    var g = sign * gradient[i]
                    if lambda != 0 { g = g + lambda * theta[i] }
                    sum[i] = sum[i] + g * g
                    theta[i] = theta[i] - lr * g / (sum[i].squareRoot() + eps)
                }
            }
        }
    }
}
