import KnobsEngine

/// An optimizer that can say which settings it was given, so that printing it
/// shows them: `sgd(lr: 0.01, momentum: 0.9)`, not `sgd(lr: 0.01)`.
public protocol DescribedOptimizer: Optimizer {
    /// The settings that differ from the defaults, as the language writes them:
    /// `lr: 0.01, momentum: 0.9` (the learning rate always).
    var settings: String { get }
}

extension Optimizer {
    /// How the language prints the optimizer, and how a table or a legend names it:
    /// `sgd(lr: 0.01, momentum: 0.9)`; an optimizer with no more to say shows its rate.
    public var label: String {
        let settings = (self as? any DescribedOptimizer)?.settings ?? "lr: \(NumberFormatting.shortest(learningRate))"
        return "\(name)(\(settings))"
    }
}
