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

    public var count: Int { y.count }

    /// The samples at `indices`, in that order.
    public func subset(_ indices: [Int]) throws -> Dataset {
        Dataset(name: name, x: try x.rows(indices).detached(), y: try y.rows(indices).detached(), task: task)
    }

    /// A shuffled split into training and test samples; `testFraction` of them (rounded) go to test.
    public func split(testFraction: Double, random: inout RandomGenerator) throws -> (train: Dataset, test: Dataset) {
        guard testFraction >= 0, testFraction <= 1 else {
            throw TensorError.invalid("the test fraction must be between 0 and 1, got \(testFraction)")
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
