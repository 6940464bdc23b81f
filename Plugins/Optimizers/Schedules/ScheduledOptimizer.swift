import KnobsPluginAPI

/// An optimizer whose learning rate follows a schedule: before each step it
/// sets the rate of the inner optimizer to `schedule.lr(at: n)`, where `n`
/// counts the steps this optimizer has taken (0 for the first).
///
/// This is how `adam(lr: schedule("cosine", lr: 0.01, steps: 300))` trains:
/// `train` and a hand-written loop call `step` alike, so both follow the
/// schedule. The count goes on across calls of `train`, as a PyTorch
/// scheduler's does. Setting ``learningRate`` by hand lasts until the next step.
public final class ScheduledOptimizer: DescribedOptimizer {
    public let inner: any Optimizer
    public let schedule: LearningRateSchedule
    /// Steps taken so far.
    public private(set) var stepsTaken = 0

    public init(_ inner: any Optimizer, schedule: LearningRateSchedule) {
        self.inner = inner
        self.schedule = schedule
        inner.learningRate = schedule.lr(at: 0)
    }

    public var name: String { inner.name }

    public var learningRate: Double {
        get { inner.learningRate }
        set { inner.learningRate = newValue }
    }

    public var settings: String {
        let rest = ((inner as? any DescribedOptimizer)?.settings ?? "").split(separator: ",", maxSplits: 1).dropFirst()
        return (["lr: \(schedule.kindName) schedule"] + rest.map { $0.trimmingPrefix(" ") }.map(String.init)).joined(separator: ", ")
    }

    public func step(_ parameters: [Tensor]) throws {
        inner.learningRate = schedule.lr(at: stepsTaken)
        stepsTaken += 1
        try inner.step(parameters)
    }
}
