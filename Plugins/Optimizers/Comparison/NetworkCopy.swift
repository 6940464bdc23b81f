import KnobsPluginAPI

/// Copies of a network with the same parameter values: the same start for every optimizer.
enum NetworkCopy {
    /// A new network of the same kind and sizes, with the values of `model`'s parameters.
    ///
    /// - Throws: `TensorError.invalid` for a kind of network it cannot copy.
    static func copy(of model: any Module) throws -> any Module {
        var scratch = RandomGenerator(seed: 0)  // the values are overwritten; the learner's generator is not touched
        let copy: any Module
        switch model {
        case let mlp as MLP:
            copy = try MLP(sizes: mlp.sizes, activation: mlp.activation, random: &scratch)
        case let linear as Linear:
            copy = try Linear(inputs: linear.inputs, outputs: linear.outputs, random: &scratch)
        default:
            throw TensorError.invalid("only networks made by linear(...) or mlp(...) can be copied for a comparison")
        }
        for (target, source) in zip(copy.parameters, model.parameters) {
            try target.assign(source.values)
        }
        return copy
    }
}
