import KnobsPluginAPI

/// A network trained on a training set, full batch, with its loss on the
/// training set and on a test set measured after every epoch: how the gap
/// between the two opens as the network memorises its few points.
///
/// Optionally with weight decay (PyTorch's `weight_decay`: `decay · p` is
/// added to the gradient of every parameter before each step) and early
/// stopping (training ends once the test loss has not improved for
/// `patience` epochs, and the weights of the best epoch are put back).
struct NetworkRun {
    /// The loss on each set after each epoch (epoch 1 first).
    private(set) var trainLoss: [Double] = []
    private(set) var testLoss: [Double] = []
    /// The epoch with the smallest test loss (1-based; 0 when no test loss was a number).
    private(set) var bestEpoch = 0
    /// The epoch training stopped at early; nil when it ran every epoch.
    private(set) var stoppedEpoch: Int?
    /// The epoch after which the training loss was no longer a number (the steps were too big); training stops there.
    private(set) var divergedEpoch: Int?

    /// How the network is trained.
    struct Settings {
        var epochs: Int
        var weightDecay = 0.0
        /// 0: no early stopping.
        var patience = 0
    }

    /// Trains `model` in place.
    ///
    /// - Precondition: `settings.epochs` ≥ 1 and `settings.patience` ≥ 0.
    /// - Parameter afterStep: called after every step (to count work against the limits); may throw to stop.
    init(model: any Module, train: Dataset, test: Dataset, optimizer: any Optimizer, settings: Settings, afterStep: () throws -> Void) throws {
        let loss = TaskLoss(train.task)
        var bestWeights: [[Double]] = []
        var best = Double.infinity
        precondition(settings.epochs >= 1 && settings.patience >= 0)
        for epoch in 1...settings.epochs {
            model.zeroGradients()
            try loss(try model.forward(train.x), train.y).backward()
            if settings.weightDecay != 0 {
                for parameter in model.parameters {
                    guard let gradient = parameter.grad else { continue }
                    parameter.grad = zip(gradient, parameter.values).map { $0 + settings.weightDecay * $1 }
                }
            }
            try optimizer.step(model.parameters)
            try afterStep()
            trainLoss.append(try loss.measure(model, on: train))
            testLoss.append(try loss.measure(model, on: test))
            guard trainLoss[epoch - 1].isFinite else {
                divergedEpoch = epoch
                break
            }
            if testLoss[epoch - 1] < best {
                best = testLoss[epoch - 1]
                bestEpoch = epoch
                if settings.patience > 0 { bestWeights = model.parameters.map(\.values) }
            } else if settings.patience > 0, epoch - bestEpoch >= settings.patience {
                stoppedEpoch = epoch
                for (parameter, values) in zip(model.parameters, bestWeights) { try parameter.assign(values) }
                break
            }
        }
    }
}

/// The loss that suits a data set's task, as `train` chooses it: mean squared
/// error for numbers, binary cross-entropy for two classes, cross-entropy for more.
struct TaskLoss {
    let loss: Loss

    init(_ task: Dataset.Task) {
        switch task {
        case .regression: loss = .mse
        case .binary: loss = .bce
        case .classes: loss = .crossEntropy
        }
    }

    /// The name a table shows: `MSE`, `BCE`, `cross-entropy`.
    var name: String {
        switch loss {
        case .mse: "MSE"
        case .bce: "BCE"
        default: "cross-entropy"
        }
    }

    func callAsFunction(_ prediction: Tensor, _ target: Tensor) throws -> Tensor {
        try loss(prediction, target)
    }

    /// The loss of predictions made without recording gradients.
    func measure(_ predict: (Tensor) throws -> Tensor, on data: Dataset) throws -> Double {
        let value = try EngineSettings.withoutGradients { try loss(try predict(data.x), data.y) }
        return value.scalar ?? .nan
    }

    /// The loss of a network on a data set.
    func measure(_ model: any Module, on data: Dataset) throws -> Double {
        try measure({ try model.forward($0) }, on: data)
    }
}
