/// The training loop: epochs of shuffled batches, each a forward pass, `backward`, and an optimizer step.
public struct Trainer {
    public typealias LossFunction = (_ prediction: Tensor, _ target: Tensor) throws -> Tensor

    public let model: Module
    public let loss: LossFunction
    public let optimizer: Optimizer
    public var epochs = 100
    /// Samples per step; 0 (or at least the data set's size) means the whole data set.
    public var batchSize = 0
    /// Weight of the `l2` penalty added to the loss.
    public var l2 = 0.0
    /// Called after every step, with the step count; may throw to stop (limits, Ctrl-C).
    public var afterStep: (Int) throws -> Void = { _ in }

    public init(model: Module, loss: @escaping LossFunction, optimizer: Optimizer) {
        self.model = model
        self.loss = loss
        self.optimizer = optimizer
    }

    /// Trains on `data`; batches are drawn in an order shuffled by `random` (not when full-batch).
    public func train(on data: Dataset, random: inout RandomGenerator) throws -> TrainingHistory {
        guard epochs >= 0 else { throw TensorError.invalid("epochs must be ≥ 0, got \(epochs)") }
        guard batchSize >= 0 else { throw TensorError.invalid("batch must be ≥ 0, got \(batchSize)") }
        let fullBatch = batchSize == 0 || batchSize >= data.count
        let size = fullBatch ? data.count : batchSize
        var history = TrainingHistory()
        for _ in 0..<epochs {
            let order = fullBatch ? Array(0..<data.count) : Dataset.shuffled(data.count, random: &random)
            var total = 0.0
            for start in stride(from: 0, to: data.count, by: size) {
                let batch = fullBatch ? data : try data.subset(Array(order[start..<min(start + size, data.count)]))
                model.zeroGradients()
                var objective = try loss(try model.forward(batch.x), batch.y)
                total += (objective.scalar ?? .nan) * Double(batch.count)
                if l2 != 0 { objective = try objective + Tensor(scalar: l2) * Loss.l2(model.parameters) }
                try objective.backward()
                try optimizer.step(model.parameters)
                history.steps += 1
                try afterStep(history.steps)
            }
            history.loss.append(total / Double(data.count))
            if data.task != .regression { history.accuracy.append(try Metrics.accuracy(model, data)) }
        }
        return history
    }
}
