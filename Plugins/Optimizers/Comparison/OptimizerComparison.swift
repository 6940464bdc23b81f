import KnobsPluginAPI

/// Several optimizers training the same network from the same start on the
/// same data (the same batches in the same order), one copy each: whose loss
/// falls fastest.
public struct OptimizerComparison {
    /// One optimizer's training.
    public struct Run {
        public var label: String
        public var history: TrainingHistory
    }

    public let model: any Module
    public let data: Dataset
    public let loss: Trainer.LossFunction
    public var epochs = 100
    /// Samples per step; 0 means the whole data set.
    public var batchSize = 0
    public private(set) var runs: [Run] = []

    /// - Parameters:
    ///   - model: the network to copy; it is not trained itself.
    ///   - loss: the loss every run minimises.
    public init(model: any Module, data: Dataset, loss: @escaping Trainer.LossFunction) {
        self.model = model
        self.data = data
        self.loss = loss
    }

    /// Trains a fresh copy of the model with `optimizer` and adds its run.
    ///
    /// - Parameters:
    ///   - random: shuffles the batches; give every run the same state of it for the same batches.
    ///   - afterStep: called after each step (the language counts its work there); may throw to stop.
    /// - Throws: `TensorError.invalid` for a network that cannot be copied, and what training throws.
    public mutating func run(_ optimizer: any Optimizer, label: String? = nil, random: inout RandomGenerator, afterStep: @escaping (Int) throws -> Void = { _ in }) throws {
        var trainer = Trainer(model: try NetworkCopy.copy(of: model), loss: loss, optimizer: optimizer)
        trainer.epochs = epochs
        trainer.batchSize = batchSize
        trainer.afterStep = afterStep
        let history = try trainer.train(on: data, random: &random)
        runs.append(Run(label: label ?? optimizer.label, history: history))
    }
}
