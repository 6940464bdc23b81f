/// What `train` reports: the loss and, for classification, the accuracy after each epoch.
public struct TrainingHistory: Sendable {
    /// The mean loss over the epoch's batches, one entry per epoch.
    public var loss: [Double] = []
    /// The accuracy on the training data after each epoch; empty for regression.
    public var accuracy: [Double] = []
    /// Optimizer steps taken.
    public var steps = 0

    public init() {}
}
