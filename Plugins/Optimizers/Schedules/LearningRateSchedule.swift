import Foundation

/// A learning rate that changes with the step: `lr(at: 0)` for the first step.
///
/// Each kind has a closed form (PyTorch's, where PyTorch has the schedule):
///
/// | kind | lr(at: t) |
/// |---|---|
/// | constant | γ |
/// | step | γ · gamma^⌊t / step_size⌋ (`StepLR`) |
/// | exponential | γ · gamma^t (`ExponentialLR`) |
/// | cosine | γ_min + (γ − γ_min)(1 + cos(π·t/T))/2 up to T, then γ_min (`CosineAnnealingLR`) |
/// | warm-up then cosine | γ·t/W for t < W, then the cosine from γ at W down to γ_min at T |
public struct LearningRateSchedule: Equatable, Sendable {
    /// How the rate changes.
    public enum Kind: Equatable, Sendable {
        case constant
        /// Multiplied by `gamma` every `size` steps.
        case step(size: Int, gamma: Double)
        /// Multiplied by `gamma` every step.
        case exponential(gamma: Double)
        /// Half a cosine from the base rate down to `minimum` over `steps` steps.
        case cosine(steps: Int, minimum: Double)
        /// A straight rise from 0 over `warmup` steps, then the cosine down to `minimum` at `steps`.
        case warmupCosine(warmup: Int, steps: Int, minimum: Double)
    }

    /// The rate at step 0 (after the warm-up, for a warm-up schedule).
    public let base: Double
    public let kind: Kind

    /// A schedule; fails with a message naming the setting when one is out of range.
    ///
    /// - Throws: ``OptimizerSettingError`` naming the setting as the language spells it.
    public init(_ kind: Kind, base: Double) throws {
        try OptimizerSettingError.check(base, "lr", of: "schedule")
        switch kind {
        case .constant:
            break
        case .step(let size, let gamma):
            guard size >= 1 else { throw OptimizerSettingError("step_size", "a step schedule changes the rate every 1 or more steps, got step_size: \(size)") }
            try OptimizerSettingError.check(gamma, "gamma", of: "schedule")
        case .exponential(let gamma):
            try OptimizerSettingError.check(gamma, "gamma", of: "schedule")
        case .cosine(let steps, let minimum):
            guard steps >= 1 else { throw OptimizerSettingError("steps", "a cosine schedule needs 1 or more steps, got \(steps)") }
            try OptimizerSettingError.check(minimum, "min_lr", of: "schedule")
        case .warmupCosine(let warmup, let steps, let minimum):
            guard warmup >= 1 else { throw OptimizerSettingError("warmup", "a warm-up lasts 1 or more steps, got \(warmup)") }
            guard steps > warmup else {
                throw OptimizerSettingError("steps", "the schedule's steps (\(steps)) must be more than its warm-up (\(warmup))", hint: "steps counts the warm-up too")
            }
            try OptimizerSettingError.check(minimum, "min_lr", of: "schedule")
        }
        self.base = base
        self.kind = kind
    }

    /// The learning rate of step `step` (0 for the first); a negative step counts as 0.
    public func lr(at step: Int) -> Double {
        let t = Swift.max(0, step)
        switch kind {
        case .constant:
            return base
        case .step(let size, let gamma):
            return base * pow(gamma, Double(t / size))
        case .exponential(let gamma):
            return base * pow(gamma, Double(t))
        case .cosine(let steps, let minimum):
            return LearningRateSchedule.cosine(from: base, to: minimum, progress: Double(Swift.min(t, steps)) / Double(steps))
        case .warmupCosine(let warmup, let steps, let minimum):
            if t < warmup { return base * Double(t) / Double(warmup) }
            let progress = Double(Swift.min(t, steps) - warmup) / Double(steps - warmup)
            return LearningRateSchedule.cosine(from: base, to: minimum, progress: progress)
        }
    }

    /// The rate `progress` (0…1) of the way along half a cosine from `high` to `low`.
    private static func cosine(from high: Double, to low: Double, progress: Double) -> Double {
        low + (high - low) * (1 + cos(Double.pi * progress)) / 2
    }

    /// The kind's name in the language: "constant", "step", "exponential", "cosine", "warmup_cosine".
    public var kindName: String {
        switch kind {
        case .constant: "constant"
        case .step: "step"
        case .exponential: "exponential"
        case .cosine: "cosine"
        case .warmupCosine: "warmup_cosine"
        }
    }
}
