import KnobsPluginAPI

/// `dataset("cubic")`: a few noisy points on an S-shaped cubic, the classic
/// test of how many coefficients a curve deserves.
enum CubicData {
    /// The curve the points are drawn around: 4x³ − 3x, which winds between −1 and 1 on [−1, 1].
    static func curve(_ x: Double) -> Double {
        4 * x * x * x - 3 * x
    }

    static let recipe = DatasetRecipe(
        name: "cubic",
        doc: "x uniform in [-1, 1], y = 4x^3 - 3x plus noise: a few points for fitting curves",
        count: 20, noise: 0.3
    ) { count, noise, random in
        // Every x first, then every noise: the same seed gives the same x at any noise,
        // so a clean and a noisy copy of the data differ only in their labels.
        let x = (0..<count).map { _ in 2 * random.uniform() - 1 }
        let y = x.map { curve($0) + noise * random.normal() }
        return Dataset(name: "cubic", x: Tensor(x, shape: [count, 1]), y: Tensor(y, shape: [count]), task: .regression)
    }
}
