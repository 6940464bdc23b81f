/// Inputs and targets for training: one row of `x` and one entry of `y` per sample.
public struct Dataset: Sendable {
    /// What the targets are, which decides how accuracy is measured.
    public enum Task: Equatable, Sendable {
        /// Targets are numbers to predict (`line`, `sine`).
        case regression
        /// Targets are 0 or 1; a positive model output means class 1.
        case binary
        /// Targets are class numbers 0..<classes; the largest output is the predicted class.
        case classes(Int)
    }

    public let name: String
    /// `[samples, features]`.
    public let x: Tensor
    /// `[samples]`.
    public let y: Tensor
    public let task: Task

    public init(name: String, x: Tensor, y: Tensor, task: Task) {
        self.name = name
        self.x = x
        self.y = y
        self.task = task
    }

    /// A data set of the learner's own: `x` `[samples, features]` (a vector is one feature per
    /// sample), `y` one target per sample. With `classes`, targets are class numbers; else
    /// targets that are all 0 or 1 make a binary task and any others a regression.
    public init(x: Tensor, y: Tensor, classes: Int? = nil) throws {
        let inputs = x.rank == 1 ? try x.reshaped([x.count, 1]) : x
        guard inputs.rank == 2, y.rank <= 1, y.count == inputs.shape[0] else {
            throw TensorError.invalid(
                "a data set needs x of shape [samples, features] and y with one target per sample, got \(Shape.describe(x.shape)) and \(Shape.describe(y.shape))")
        }
        let task: Task
        if let classes {
            guard classes >= 2, y.values.allSatisfy({ $0 >= 0 && $0 < Double(classes) && $0 == $0.rounded() }) else {
                throw TensorError.invalid("with classes: \(classes), every target must be a whole number from 0 to \(classes - 1)")
            }
            task = .classes(classes)
        } else {
            task = y.values.allSatisfy { $0 == 0 || $0 == 1 } ? .binary : .regression
        }
        self.init(name: "own", x: inputs.detached(), y: Tensor(y.values, shape: [y.count]), task: task)
    }

    public var count: Int { y.count }

    /// The samples at `indices`, in that order.
    public func subset(_ indices: [Int]) throws -> Dataset {
        Dataset(name: name, x: try x.rows(indices).detached(), y: try y.rows(indices).detached(), task: task)
    }

    /// A shuffled split into training and test samples; `testFraction` of them (rounded) go to test.
    public func split(testFraction: Double, random: inout RandomGenerator) throws -> (train: Dataset, test: Dataset) {
        guard testFraction >= 0, testFraction <= 1 else {
            throw TensorError.invalid("the test fraction must be between 0 and 1, got \(Shape.number(testFraction))")
        }
        let order = Dataset.shuffled(count, random: &random)
        let testCount = Int((Double(count) * testFraction).rounded())
        return (try subset(Array(order[testCount...])), try subset(Array(order[..<testCount])))
    }

    /// `0..<count` in a random order (Fisher–Yates from the end, with unbiased draws).
    public static func shuffled(_ count: Int, random: inout RandomGenerator) -> [Int] {
        var order = Array(0..<count)
        for i in stride(from: count - 1, to: 0, by: -1) {
            order.swapAt(i, Int(random.below(UInt64(i + 1))))
        }
        return order
    }
}
