/// A polynomial in x, kept in the scaled variable t = (x − center) / halfWidth
/// that runs over [−1, 1] on the points it was fitted to.
///
/// Evaluating in t keeps high degrees accurate (the powers of t stay between
/// −1 and 1 on the data); ``coefficients`` gives the same polynomial in
/// powers of x, as numpy's `polyfit` reports it.
struct Polynomial: Sendable {
    /// x = center + halfWidth · t.
    let center: Double
    let halfWidth: Double
    /// The coefficients of t⁰, t¹, …, in that order.
    let scaledCoefficients: [Double]

    var degree: Int { scaledCoefficients.count - 1 }

    /// The value at `x`, by Horner's rule in t.
    func callAsFunction(_ x: Double) -> Double {
        let t = (x - center) / halfWidth
        return scaledCoefficients.reversed().reduce(0) { $0 * t + $1 }
    }

    /// The coefficients of x, highest power first (numpy's order): x³ + 2 is [1, 0, 0, 2].
    var coefficients: [Double] {
        let powers = Polynomial.powersOfT(center: center, halfWidth: halfWidth, upTo: degree)
        var ascending = [Double](repeating: 0, count: degree + 1)
        for (k, a) in scaledCoefficients.enumerated() {
            for (j, term) in powers[k].enumerated() { ascending[j] += a * term }
        }
        return ascending.reversed()
    }

    /// tᵏ for k = 0…`degree`, each as its coefficients of x⁰, x¹, …, xᵏ:
    /// column k of the matrix that turns coefficients of t into coefficients of x.
    static func powersOfT(center: Double, halfWidth: Double, upTo degree: Int) -> [[Double]] {
        var powers: [[Double]] = [[1]]
        for _ in 0..<max(degree, 0) {
            let previous = powers[powers.count - 1]
            var next = [Double](repeating: 0, count: previous.count + 1)
            for (j, term) in previous.enumerated() {
                next[j + 1] += term / halfWidth
                next[j] -= term * center / halfWidth
            }
            powers.append(next)
        }
        return powers
    }
}
