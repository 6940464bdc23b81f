@testable import KnobsEngine

/// Seeded inputs for the tests, drawn from the engine's own generator.
enum Sample {
    /// Uniform values in `range`.
    static func uniform(_ shape: [Int], in range: ClosedRange<Double> = -2...2, seed: UInt64) -> Tensor {
        var random = RandomGenerator(seed: seed)
        let values = (0..<Shape.count(shape)).map { _ in range.lowerBound + random.uniform() * (range.upperBound - range.lowerBound) }
        return Tensor(values, shape: shape)
    }

    /// Values of either sign whose magnitude is between 0.2 and 2: away from the kinks of relu and abs at 0.
    static func awayFromZero(_ shape: [Int], seed: UInt64) -> Tensor {
        let magnitudes = uniform(shape, in: 0.2...2, seed: seed).values
        var random = RandomGenerator(seed: seed &+ 1)
        return Tensor(magnitudes.map { random.uniform() < 0.5 ? -$0 : $0 }, shape: shape)
    }

    /// Values in a random order at least 0.1 apart: the maxima and minima have no ties, not even within a
    /// finite-difference step.
    static func distinct(_ shape: [Int], seed: UInt64) -> Tensor {
        var random = RandomGenerator(seed: seed)
        let count = Shape.count(shape)
        let order = Dataset.shuffled(count, random: &random)
        let values = order.map { 0.25 * Double($0) - 0.125 * Double(count) + 0.1 * random.uniform() }
        return Tensor(values, shape: shape)
    }
}
