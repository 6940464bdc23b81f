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
}
