import KnobsEngine

extension Value {
    /// The data set inside this value, if it holds one: `dataset("moons")`.
    public var dataset: Dataset? {
        if case .object(let object as DatasetObject) = self { return object.dataset }
        return nil
    }

    /// The history inside this value, if it holds one: what `train` gives back.
    public var trainingHistory: TrainingHistory? {
        if case .object(let object as HistoryObject) = self { return object.history }
        return nil
    }

    /// The network inside this value, if it holds one: `linear(2, 1)`, `mlp([2, 4, 1])`.
    public var module: (any Module)? {
        if case .object(let object as ModelObject) = self { return object.module }
        return nil
    }

    /// A data set as a value, as `dataset(...)` and `split(...)` give one (for a plugin that makes data).
    public init(dataset: Dataset) {
        self = .object(DatasetObject(dataset))
    }

    /// A network as a value, as `mlp(...)` gives one (for a plugin that builds or trains networks).
    public init(model: any Module) {
        self = .object(ModelObject(model))
    }
}

/// A model a plugin adds that is not a network, such as a fitted polynomial:
/// `predict(model, x)` and `count_params(model)` take it as they take a network.
public protocol FittedModel: KnobsObject {
    /// How many numbers the fit chose.
    var parameterCount: Int { get }
    /// The model's outputs for `input`: one sample, or a batch with one row per sample.
    func predict(_ input: Tensor) throws -> Tensor
}
