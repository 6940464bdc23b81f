import Foundation

/// The losses the language offers by name, each built from differentiable primitives.
public enum Loss: String, CaseIterable, Sendable {
    /// Mean squared error, for regression.
    case mse
    /// Binary cross-entropy from logits (labels 0 and 1), stable for any logit.
    case bce
    /// Cross-entropy from logits `[n, classes]` and whole-number class labels `[n]`.
    case crossEntropy = "cross_entropy"
    /// The max-margin loss `mean(relu(1 - y·score))`, labels ±1 (0 counts as -1).
    case hinge

    /// The loss of `prediction` against `target`.
    public func callAsFunction(_ prediction: Tensor, _ target: Tensor) throws -> Tensor {
        switch self {
        case .mse:
            let p = try Loss.aligned(prediction, target, rawValue)
            let difference = try p - target
            return try (difference * difference).reduce(.mean)
        case .bce:
            // max(z, 0) - z·y + log(1 + exp(-|z|)): never exp of a large positive number.
            // max(z, 0) is written (z + |z|) / 2, not relu(z): at z = 0 the kinks of
            // relu and |z| would then give the slope -y instead of 1/2 - y.
            let z = try Loss.aligned(prediction, target, rawValue)
            let magnitude = z.apply(.abs)
            let softplus = try (Tensor(scalar: 1) + (-magnitude).apply(.exp)).apply(.log)
            let positivePart = try (z + magnitude) * Tensor(scalar: 0.5)
            return try (positivePart - z * target + softplus).reduce(.mean)
        case .hinge:
            let scores = try Loss.aligned(prediction, target, rawValue)
            let signs = Tensor(target.values.map { $0 == 0 ? -1 : $0 }, shape: target.shape)
            return try (Tensor(scalar: 1) - signs * scores).apply(.relu).reduce(.mean)
        case .crossEntropy:
            guard prediction.rank == 2, target.shape == [prediction.shape[0]] else {
                throw TensorError.invalid(
                    "cross_entropy needs logits [samples, classes] and labels [samples], got \(Shape.describe(prediction.shape)) and \(Shape.describe(target.shape))"
                )
            }
            let labels = try target.values.map { label -> Int in
                guard label >= 0, label == label.rounded(), label < Double(Int.max) else {
                    throw TensorError.invalid("class labels are whole numbers ≥ 0, got \(Shape.number(label))")
                }
                return Int(label)
            }
            return try -(prediction.logSoftmax(axis: 1).pick(labels).reduce(.mean))
        }
    }

    /// The prediction shaped like the target: a `[n, 1]` column against `[n]` labels
    /// is read as `[n]` instead of broadcasting to `[n, n]`.
    static func aligned(_ prediction: Tensor, _ target: Tensor, _ name: String) throws -> Tensor {
        if prediction.shape == target.shape { return prediction }
        if prediction.count == target.count, prediction.shape.filter({ $0 != 1 }) == target.shape.filter({ $0 != 1 }) {
            return try prediction.reshaped(target.shape)
        }
        throw TensorError.invalid(
            "\(name) compares a prediction of shape \(Shape.describe(prediction.shape)) with a target of shape \(Shape.describe(target.shape))",
            hint: "they must hold one number per sample each"
        )
    }

    /// The sum of the squares of every parameter: `l2(net)`, the weight-decay penalty.
    public static func l2(_ parameters: [Tensor]) -> Tensor {
        Tensor.sumOfSquares(parameters)
    }
}
