import Foundation
import KnobsPluginAPI

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
/// no allocation after a parameter's first step. The bias corrections are
/// applied as PyTorch's implementation applies them, to the step size and to
/// √v (`γ/(1 − β₁ᵗ) · m / (√v/√(1 − β₂ᵗ) + ε)`): the same quantity as the
/// pseudo-code's, with two divisions and a square root per value instead of
/// three and one.
public final class Adam: DescribedOptimizer {
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
        let sign = maximize ? -1.0 : 1.0
        for parameter in parameters where parameter.grad?.count == parameter.count {
            let state = memory.state(for: parameter) { State(count: parameter.count, amsgrad: amsgrad) }
            state.step += 1
            let t = Double(state.step)
            let constants = Constants(
                sign: sign, beta1: beta1, beta2: beta2, epsilon: epsilon, decay: weightDecay, shrink: learningRate * weightDecay,
                stepSize: learningRate / (1 - pow(beta1, t)), correction2Root: (1 - pow(beta2, t)).squareRoot())
            let (m, v, vMax) = (state.m.values, state.v.values, state.vMax?.values)
            let (coupled, decoupled) = (!decoupledWeightDecay && weightDecay != 0, decoupledWeightDecay && weightDecay != 0)
            parameter.stepInPlace { theta, gradient in
                // One loop per combination of options, so each is free of branches and vectorizes.
                switch (coupled, decoupled, vMax) {
                case (false, false, nil): Adam.update(theta, gradient, m, v, nil, constants, coupled: false, decoupled: false)
                case (true, _, nil): Adam.update(theta, gradient, m, v, nil, constants, coupled: true, decoupled: false)
                case (_, true, nil): Adam.update(theta, gradient, m, v, nil, constants, coupled: false, decoupled: true)
                case (false, false, let vMax?): Adam.update(theta, gradient, m, v, vMax, constants, coupled: false, decoupled: false)
                case (true, _, let vMax?): Adam.update(theta, gradient, m, v, vMax, constants, coupled: true, decoupled: false)
                case (_, true, let vMax?): Adam.update(theta, gradient, m, v, vMax, constants, coupled: false, decoupled: true)
                }
            }
        }
    }

    /// What one step of one parameter needs besides the buffers.
    private struct Constants {
        let sign, beta1, beta2, epsilon, decay, shrink: Double
        /// γ / (1 − β₁ᵗ): the bias correction of m̂ folded into the step, as PyTorch computes it.
        let stepSize: Double
        /// √(1 − β₂ᵗ): √v̂ = √v / √(1 − β₂ᵗ), as PyTorch computes it.
        let correction2Root: Double
    }

    /// The update of every value of one parameter:
    /// θ ← θ − (γ / (1 − β₁ᵗ)) · m / (√v / √(1 − β₂ᵗ) + ε), which is γm̂ / (√v̂ + ε).
    ///
    /// Four values at a time in SIMD registers (the same IEEE operations as
    /// one at a time, so the same results), then the rest one by one.
    @inline(__always)
    private static func update(
        _ theta: UnsafeMutableBufferPointer<Double>, _ gradient: UnsafeBufferPointer<Double>,
        _ m: UnsafeMutableBufferPointer<Double>, _ v: UnsafeMutableBufferPointer<Double>, _ vMax: UnsafeMutableBufferPointer<Double>?,
        _ c: Constants, coupled: Bool, decoupled: Bool
    ) {
        typealias Four = SIMD4<Double>
        guard let p = theta.baseAddress, let gp = gradient.baseAddress, let mp = m.baseAddress, let vp = v.baseAddress else { return }
        let vMaxPointer = vMax?.baseAddress
        let count = theta.count
        let (sign, beta1, beta2, oneMinusBeta1, oneMinusBeta2) = (Four(repeating: c.sign), Four(repeating: c.beta1), Four(repeating: c.beta2), Four(repeating: 1 - c.beta1), Four(repeating: 1 - c.beta2))
        let (decay, shrink, stepSize, root2, epsilon) = (Four(repeating: c.decay), Four(repeating: c.shrink), Four(repeating: c.stepSize), Four(repeating: c.correction2Root), Four(repeating: c.epsilon))
        var i = 0
        while i + 4 <= count {
            var g = sign * UnsafeRawPointer(gp + i).loadUnaligned(as: Four.self)
            var value = UnsafeRawPointer(p + i).loadUnaligned(as: Four.self)
            if decoupled { value = value - shrink * value }
            if coupled { g = g + decay * value }
            let first = beta1 * UnsafeRawPointer(mp + i).loadUnaligned(as: Four.self) + oneMinusBeta1 * g
            var second = beta2 * UnsafeRawPointer(vp + i).loadUnaligned(as: Four.self) + oneMinusBeta2 * (g * g)
            UnsafeMutableRawPointer(mp + i).storeBytes(of: first, as: Four.self)
            UnsafeMutableRawPointer(vp + i).storeBytes(of: second, as: Four.self)
            if let vMaxPointer {
                second = pointwiseMax(UnsafeRawPointer(vMaxPointer + i).loadUnaligned(as: Four.self), second)
                UnsafeMutableRawPointer(vMaxPointer + i).storeBytes(of: second, as: Four.self)
            }
            value = value - stepSize * first / (Adam.root(second) / root2 + epsilon)
            UnsafeMutableRawPointer(p + i).storeBytes(of: value, as: Four.self)
            i += 4
        }
        while i < count {
            var g = c.sign * gp[i]
            if decoupled { p[i] = p[i] - c.shrink * p[i] }
            if coupled { g = g + c.decay * p[i] }
            mp[i] = c.beta1 * mp[i] + (1 - c.beta1) * g
            vp[i] = c.beta2 * vp[i] + (1 - c.beta2) * (g * g)
            var second = vp[i]
            if let vMaxPointer {
                vMaxPointer[i] = Swift.max(vMaxPointer[i], vp[i])
                second = vMaxPointer[i]
            }
            p[i] = p[i] - c.stepSize * mp[i] / (second.squareRoot() / c.correction2Root + c.epsilon)
            i += 1
        }
    }

    /// The square roots of four numbers that are never negative (v and v_max),
    /// taken of their magnitudes so the compiler knows it too and uses the
    /// processor's vector square root rather than the C library's.
    @inline(__always)
    private static func root(_ values: SIMD4<Double>) -> SIMD4<Double> {
        SIMD4(abs(values[0]).squareRoot(), abs(values[1]).squareRoot(), abs(values[2]).squareRoot(), abs(values[3]).squareRoot())
    }
}
