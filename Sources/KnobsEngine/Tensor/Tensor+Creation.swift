/// Making tensors: constants, ranges, identity matrices and seeded random ones.
extension Tensor {
    /// A tensor of `shape` with every element `value`.
    public static func full(_ shape: [Int], _ value: Double) throws -> Tensor {
        let count = try checkSize(shape)
        return Tensor([Double](repeating: value, count: count), shape: shape)
    }

    /// `start, start + step, …` up to but not including `stop`.
    public static func arange(_ start: Double, _ stop: Double, step: Double = 1) throws -> Tensor {
        guard step != 0, step.isFinite, start.isFinite, stop.isFinite else {
            throw TensorError.invalid("arange needs finite bounds and a step that is not 0")
        }
        let steps = ((stop - start) / step).rounded(.up)
        guard steps < Double(Int.max / 2) else { throw TensorError.tooLarge(elements: Int.max, limit: EngineSettings.current.maxElements) }
        let count = Swift.max(0, Int(steps))
        try checkSize([count])
        return Tensor((0..<count).map { start + Double($0) * step }, shape: [count])
    }

    /// `count` evenly spaced numbers from `start` to `stop`, both included.
    public static func linspace(_ start: Double, _ stop: Double, count: Int) throws -> Tensor {
        guard count >= 0 else { throw TensorError.invalid("linspace needs a count ≥ 0, got \(count)") }
        try checkSize([count])
        guard count > 1 else { return Tensor(count == 1 ? [start] : [], shape: [count]) }
        let step = (stop - start) / Double(count - 1)
        return Tensor((0..<count).map { $0 == count - 1 ? stop : start + Double($0) * step }, shape: [count])
    }

    /// The `n × n` identity matrix.
    public static func eye(_ n: Int) throws -> Tensor {
        let result = try full([n, n], 0)
        for i in 0..<n { result.values[i * n + i] = 1 }
        return result
    }

    /// Uniform numbers in [0, 1) from `random`, row-major.
    public static func uniform(_ shape: [Int], using random: inout RandomGenerator) throws -> Tensor {
        let count = try checkSize(shape)
        return Tensor((0..<count).map { _ in random.uniform() }, shape: shape)
    }

    /// Standard normal numbers from `random`, row-major.
    public static func normal(_ shape: [Int], using random: inout RandomGenerator) throws -> Tensor {
        let count = try checkSize(shape)
        return Tensor((0..<count).map { _ in random.normal() }, shape: shape)
    }

    /// A new parameter: a leaf whose gradient `backward()` fills.
    public static func parameter(_ values: [Double], shape: [Int]) -> Tensor {
        Tensor(values, shape: shape, isParameter: true)
    }
}
