import Foundation
import KnobsEngine

/// Adam and AdamW, as `torch.optim.Adam` and `torch.optim.AdamW` document them.
///
/// Each step, for every parameter θ with a gradient (`t` counts its steps;
/// m, v and v_max start at 0):
///
/// ```
/// g ← ∇θ            (−∇θ when maximize)
/// AdamW:            θ ← θ − γλθ              decoupled weight decay
/// Adam, if λ ≠ 0:   g ← g + λθ               weight decay as an L2 term
/// m ← β₁m + (1 − β₁)g
/// v ← β₂v + (1 − β₂)g²
/// m̂ ← m / (1 − β₁ᵗ)
/// if amsgrad:  v_max ← max(v_max, v);  v̂ ← v_max / (1 − β₂ᵗ)
/// else:        v̂ ← v / (1 − β₂ᵗ)
/// θ ← θ − γm̂ / (√v̂ + ε)
/// ```
///
/// The whole update is one pass over contiguous memory per parameter, with
/// no allocation after a parameter's first step.
public final class Adam: ConfiguredOptimizer {
    public var learningRate: Double
    public let beta1: Double
    public let beta2: Double
    public let epsilon: Double
    public let weightDecay: Double
    public let amsgrad: Bool
    public let maximize: Bool
    /// AdamW: weight decay shrinks θ directly instead of joining the gradient.
    public let decoupledWeightDecay: Bool
    public var name: String { decoupledWeightDecay ? "adamw" : "adam" }

    private final class State {
        var step = 0
        let m: StateBuffer
        let v: StateBuffer
        let vMax: StateBuffer?

        init(count: Int, amsgrad: Bool) {
            m = StateBuffer(count: count)
            v = StateBuffer(count: count)
            vMax = amsgrad ? StateBuffer(count: count) : nil
        }
    }

    private let memory = ParameterMemory<State>()

    /// Adam: `Adam(learningRate: 0.001)`; AdamW: `Adam.w(...)`.
    ///
    /// - Throws: ``OptimizerSettingError`` for a negative or infinite setting, or a beta outside [0, 1).
    public init(learningRate: Double = 0.001, betas: (Double, Double) = (0.9, 0.999), epsilon: Double = 1e-8, weightDecay: Double = 0, amsgrad: Bool = false, maximize: Bool = false, decoupledWeightDecay: Bool = false) throws {
        let name = decoupledWeightDecay ? "adamw" : "adam"
        try OptimizerSettingError.check(learningRate, "lr", of: name)
        try OptimizerSettingError.check(betas.0, "betas", of: name, below: 1)
        try OptimizerSettingError.check(betas.1, "betas", of: name, below: 1)
        try OptimizerSettingError.check(epsilon, "eps", of: name)
        try OptimizerSettingError.check(weightDecay, "weight_decay", of: name)
        self.learningRate = learningRate
        (beta1, beta2) = betas
        self.epsilon = epsilon
        self.weightDecay = weightDecay
        self.amsgrad = amsgrad
        self.maximize = maximize
        self.decoupledWeightDecay = decoupledWeightDecay
    }

    /// AdamW with PyTorch's defaults (a weight decay of 0.01).
    public static func w(learningRate: Double = 0.001, betas: (Double, Double) = (0.9, 0.999), epsilon: Double = 1e-8, weightDecay: Double = 0.01, amsgrad: Bool = false, maximize: Bool = false) throws -> Adam {
        try Adam(learningRate: learningRate, betas: betas, epsilon: epsilon, weightDecay: weightDecay, amsgrad: amsgrad, maximize: maximize, decoupledWeightDecay: true)
    }

    public var settings: String {
        let number = OptimizerSettingError.number
        return describeSettings([
            ("lr", number(learningRate), false),
            ("betas", "[\(number(beta1)), \(number(beta2))]", beta1 == 0.9 && beta2 == 0.999),
            ("eps", number(epsilon), epsilon == 1e-8),
            ("weight_decay", number(weightDecay), weightDecay == (decoupledWeightDecay ? 0.01 : 0)),
            ("amsgrad", "\(amsgrad)", !amsgrad),
            ("maximize", "\(maximize)", !maximize),
        ])
    }

    public func step(_ parameters: [Tensor]) throws {
        let (lr, beta1, beta2, eps, lambda) = (learningRate, beta1, beta2, epsilon, weightDecay)
        let coupledDecay = decoupledWeightDecay ? 0 : lambda
        let shrink = decoupledWeightDecay ? lr * lambda : 0
        let sign = maximize ? -1.0 : 1.0
        for parameter in parameters where parameter.grad?.count == parameter.count {
            let state = memory.state(for: parameter) { State(count: parameter.count, amsgrad: amsgrad) }
            state.step += 1
            let t = Double(state.step)
            let correction1 = 1 - pow(beta1, t)
            let correction2 = 1 - pow(beta2, t)
            let (m, v) = (state.m.values, state.v.values)
            let vMax = state.vMax?.values
            parameter.stepInPlace { theta, gradient in
                for i in theta.indices {
                    var g = sign * gradient[i]
                    if shrink != 0 { theta[i] = theta[i] - shrink * theta[i] }
                    if coupledDecay != 0 { g = g + coupledDecay * theta[i] }
                    m[i] = beta1 * m[i] + (1 - beta1) * g
                    v[i] = beta2 * v[i] + (1 - beta2) * (g * g)
                    let mHat = m[i] / correction1
                    let vHat: Double
                    if let vMax {
                        vMax[i] = Swift.max(vMax[i], v[i])
                        vHat = vMax[i] / correction2
                    } else {
                        vHat = v[i] / correction2
                    }
                    theta[i] = theta[i] - lr * mHat / (vHat.squareRoot() + eps)
                }
            }
        }
    }
}
