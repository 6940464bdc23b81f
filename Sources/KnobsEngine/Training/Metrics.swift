/// Measuring a trained model.
public enum Metrics {
    /// The model's outputs for `input`, without recording gradients.
    public static func predict(_ model: Module, _ input: Tensor) throws -> Tensor {
        try EngineSettings.withoutGradients { try model.forward(input) }
    }

    /// The fraction of samples classified correctly: for binary tasks a positive
    /// output means class 1; for several classes the largest output wins.
    public static func accuracy(_ model: Module, _ data: Dataset) throws -> Double {
        let output = try predict(model, data.x)
        let predicted: [Double]
        switch data.task {
        case .regression:
            throw TensorError.invalid("accuracy is for classification; '\(data.name)' is a regression data set", hint: "measure it with mse(predict(net, data.x), data.y)")
        case .binary:
            guard output.count == data.count else {
                throw TensorError.invalid("the model gives \(output.count) outputs for \(data.count) samples", hint: "a binary classifier has one output per sample")
            }
            predicted = output.values.map { $0 > 0 ? 1 : 0 }
        case .classes(let classes):
            guard output.rank == 2, output.shape == [data.count, classes] else {
                throw TensorError.invalid("the model gives outputs of shape \(Shape.describe(output.shape)) for \(data.count) samples of \(classes) classes", hint: "it needs one output per class: [samples, \(classes)]")
            }
            predicted = try output.argmax(axis: 1).values
        }
        let correct = zip(predicted, data.y.values).filter { $0 == $1 }.count
        return Double(correct) / Double(max(data.count, 1))
    }
}
