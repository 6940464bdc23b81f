import Foundation

/// The built-in data sets, all drawn from the seeded generator.
extension Dataset {
    /// The names `dataset(...)` accepts, with the default sample count and noise of each.
    public static let catalogue: [(name: String, count: Int, noise: Double)] = [
        ("line", 50, 0.1), ("sine", 100, 0.1), ("xor", 4, 0), ("moons", 100, 0.1), ("circles", 100, 0.05), ("spiral", 150, 0.2),
    ]

    /// A built-in data set by name; nil count or noise take the defaults above.
    public static func make(_ name: String, count: Int? = nil, noise: Double? = nil, random: inout RandomGenerator) throws -> Dataset {
        guard let entry = catalogue.first(where: { $0.name == name }) else {
            throw TensorError.invalid(
                "there is no data set called '\(name)'",
                hint: "the data sets are " + catalogue.map { "\"\($0.name)\"" }.joined(separator: ", ")
            )
        }
        let n = count ?? entry.count, noise = noise ?? entry.noise
        guard n >= 1 else { throw TensorError.invalid("a data set needs at least one sample, got \(n)") }
        guard noise >= 0, noise.isFinite else { throw TensorError.invalid("noise must be a number ≥ 0, got \(Shape.number(noise))") }
        try Tensor.checkSize([n, 2])
        switch name {
        case "line": return line(n, noise, &random)
        case "sine": return sine(n, noise, &random)
        case "xor": return xor(n, noise, &random)
        case "moons": return try moons(n, noise, &random)
        case "circles": return try circles(n, noise, &random)
        default: return try spiral(n, noise, &random)
        }
    }

    /// `y = 2x + 1` plus noise, x uniform in [-1, 1].
    static func line(_ n: Int, _ noise: Double, _ random: inout RandomGenerator) -> Dataset {
        let x = (0..<n).map { _ in 2 * random.uniform() - 1 }
        let y = x.map { 2 * $0 + 1 + noise * random.normal() }
        return Dataset(name: "line", x: Tensor(x, shape: [n, 1]), y: Tensor(y, shape: [n]), task: .regression)
    }

    /// `y = sin x` plus noise, x uniform in [-π, π].
    static func sine(_ n: Int, _ noise: Double, _ random: inout RandomGenerator) -> Dataset {
        let x = (0..<n).map { _ in (2 * random.uniform() - 1) * Double.pi }
        let y = x.map { Foundation.sin($0) + noise * random.normal() }
        return Dataset(name: "sine", x: Tensor(x, shape: [n, 1]), y: Tensor(y, shape: [n]), task: .regression)
    }

    /// The four corners of the unit square, label 1 where exactly one coordinate is 1; with
    /// more samples, the corners repeated in turn, moved by noise.
    static func xor(_ n: Int, _ noise: Double, _ random: inout RandomGenerator) -> Dataset {
        let corners: [(Double, Double)] = [(0, 0), (0, 1), (1, 0), (1, 1)]
        var x = [Double](), y = [Double]()
        for i in 0..<n {
            let (a, b) = corners[i % 4]
            x += [a + noise * random.normal(), b + noise * random.normal()]
            y.append(a == b ? 0 : 1)
        }
        return Dataset(name: "xor", x: Tensor(x, shape: [n, 2]), y: Tensor(y, shape: [n]), task: .binary)
    }

    /// Two interleaving half circles (as scikit-learn's `make_moons`), shuffled: the upper one class 0.
    static func moons(_ n: Int, _ noise: Double, _ random: inout RandomGenerator) throws -> Dataset {
        let upper = n / 2 + n % 2, lower = n / 2
        var points = [(Double, Double, Double)]()
        for i in 0..<upper {
            let t = Double.pi * Double(i) / Double(Swift.max(upper - 1, 1))
            points.append((Foundation.cos(t), Foundation.sin(t), 0))
        }
        for i in 0..<lower {
            let t = Double.pi * Double(i) / Double(Swift.max(lower - 1, 1))
            points.append((1 - Foundation.cos(t), 0.5 - Foundation.sin(t), 1))
        }
        return shuffledPoints("moons", points, noise, .binary, &random)
    }

    /// Two concentric circles (radius 1, class 0, and 0.5, class 1), shuffled.
    static func circles(_ n: Int, _ noise: Double, _ random: inout RandomGenerator) throws -> Dataset {
        let outer = n / 2 + n % 2, inner = n / 2
        var points = [(Double, Double, Double)]()
        for (count, radius, label) in [(outer, 1.0, 0.0), (inner, 0.5, 1.0)] {
            for i in 0..<count {
                let t = 2 * Double.pi * Double(i) / Double(count)
                points.append((radius * Foundation.cos(t), radius * Foundation.sin(t), label))
            }
        }
        return shuffledPoints("circles", points, noise, .binary, &random)
    }

    /// Three spiral arms, one class each, winding out from the centre; noise jitters the angle.
    static func spiral(_ n: Int, _ noise: Double, _ random: inout RandomGenerator) throws -> Dataset {
        var points = [(Double, Double, Double)]()
        for arm in 0..<3 {
            let count = n / 3 + (arm < n % 3 ? 1 : 0)
            for i in 0..<count {
                let r = Double(i) / Double(Swift.max(count - 1, 1))
                let t = Double(arm) * 2 * Double.pi / 3 + 4 * r + noise * random.normal()
                points.append((r * Foundation.sin(t), r * Foundation.cos(t), Double(arm)))
            }
        }
        return shuffledPoints("spiral", points, 0, .classes(3), &random)
    }

    /// Points with labels, moved by Gaussian noise and put in a random order.
    private static func shuffledPoints(
        _ name: String, _ points: [(Double, Double, Double)], _ noise: Double, _ task: Task, _ random: inout RandomGenerator
    ) -> Dataset {
        let moved = points.map { ($0.0 + noise * random.normal(), $0.1 + noise * random.normal(), $0.2) }
        let order = shuffled(moved.count, random: &random)
        let x = order.flatMap { [moved[$0].0, moved[$0].1] }
        let y = order.map { moved[$0].2 }
        return Dataset(name: name, x: Tensor(x, shape: [moved.count, 2]), y: Tensor(y, shape: [moved.count]), task: task)
    }
}
