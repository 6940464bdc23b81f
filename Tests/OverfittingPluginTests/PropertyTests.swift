import KnobsPluginAPI
import Testing
@testable import OverfittingPlugin

/// What must hold of every fit, whatever the data.
@Suite("Properties of the fits")
struct PropertyTests {
    /// Noisy points on the cubic, drawn from a seeded generator.
    static func points(_ count: Int, seed: UInt64, spread: ClosedRange<Double> = -1...1) -> (x: [Double], y: [Double]) {
        var random = RandomGenerator(seed: seed)
        let x = (0..<count).map { _ in spread.lowerBound + (spread.upperBound - spread.lowerBound) * random.uniform() }
        return (x, x.map { CubicData.curve($0) + 0.3 * random.normal() })
    }

    @Test("training error never rises with the degree on the same points", arguments: [(12, 1, -1.0...1.0), (20, 2, -1.0...1.0), (30, 3, 0.0...10.0), (9, 4, -3.0...5.0)])
    func trainingErrorFalls(count: Int, seed: UInt64, spread: ClosedRange<Double>) {
        let (x, y) = PropertyTests.points(count, seed: seed, spread: spread)
        let errors = (0...PolynomialFit.maximumDegree).map { PolynomialFit(x: x, y: y, degree: $0).polynomial.meanSquaredError(x, y) }
        let scale = y.map { $0 * $0 }.reduce(0, +) / Double(y.count)
        for degree in 1..<errors.count {
            // A bigger model contains the smaller one, so its best fit is at least as good. Rounding
            // may move an error by about 1e-9 of the targets' mean square where the powers of x are
            // nearly alike (a degree near the number of points), far below the 4 digits a table shows.
            #expect(errors[degree] <= errors[degree - 1] + 1e-9 * scale, "degree \(degree) on \(count) points: \(errors[degree - 1]) → \(errors[degree])")
        }
        if count - 1 < errors.count {
            #expect(errors[count - 1] < 1e-8 * scale, "degree \(count - 1) goes through all \(count) points")
        }
    }

    @Test("ridge shrinks the coefficients as its strength grows, and costs training error", arguments: [3, 9, 15])
    func ridgeShrinks(degree: Int) {
        let (x, y) = PropertyTests.points(20, seed: 7)
        let strengths = [0, 1e-8, 1e-6, 1e-4, 1e-3, 1e-2, 0.1, 1, 10, 100]
        let fits = strengths.map { PolynomialFit(x: x, y: y, degree: degree, ridge: $0) }
        let norms = fits.map { $0.polynomial.coefficients.map { $0 * $0 }.reduce(0, +).squareRoot() }
        let errors = fits.map { $0.polynomial.meanSquaredError(x, y) }
        for index in 1..<strengths.count {
            #expect(norms[index] <= norms[index - 1] * (1 + 1e-9), "ridge \(strengths[index]): norm \(norms[index - 1]) → \(norms[index])")
            #expect(errors[index] >= errors[index - 1] * (1 - 1e-9), "ridge \(strengths[index]): error \(errors[index - 1]) → \(errors[index])")
        }
        #expect(norms.last! < norms.first! / 2)
    }

    @Test("the singular value decomposition puts the matrix back together, wide or tall")
    func decomposition() {
        var random = RandomGenerator(seed: 3)
        for (rows, columns) in [(7, 3), (3, 7), (5, 5), (1, 4)] {
            let a = (0..<columns).map { _ in (0..<rows).map { _ in random.normal() } }
            let svd = SingularValueDecomposition(columns: a)
            for j in 0..<columns {
                for i in 0..<rows {
                    let rebuilt = svd.singularValues.indices.reduce(0.0) { $0 + svd.u[$1][i] * svd.singularValues[$1] * svd.v[$1][j] }
                    #expect(abs(rebuilt - a[j][i]) < 1e-12, "\(rows)×\(columns) at \(i), \(j)")
                }
            }
        }
    }

    @Test("a polynomial's coefficients of x give the values it computes in t")
    func coefficientsAgree() {
        let (x, y) = PropertyTests.points(25, seed: 5, spread: 2...6)
        let polynomial = PolynomialFit(x: x, y: y, degree: 5).polynomial
        let coefficients = polynomial.coefficients
        for value in stride(from: 2.0, through: 6.0, by: 0.5) {
            let horner = coefficients.reduce(0) { $0 * value + $1 }
            #expect(abs(horner - polynomial(value)) < 1e-9 * max(1, abs(horner)))
        }
    }

    @Test("one point, or all x the same: a constant through their mean")
    func constant() {
        let fit = PolynomialFit(x: [2, 2, 2], y: [1, 2, 6], degree: 2)
        #expect(abs(fit.polynomial(2) - 3) < 1e-12)
        #expect(fit.rank == 1)
        #expect(fit.note?.contains("3 points (at 1 different x)") == true)
        let single = PolynomialFit(x: [5], y: [7], degree: 0)
        #expect(single.polynomial.coefficients == [7])
        #expect(single.note == nil)
    }

    @Test("k folds cover every sample once, in parts that differ by at most one")
    func folds() throws {
        var random = RandomGenerator(seed: 9)
        let x = (0..<23).map(Double.init)
        let data = try Dataset(x: Tensor(x, shape: [23, 1]), y: Tensor(x, shape: [23]))
        let folds = try Folds(data, k: 5, random: &random).folds
        #expect(folds.count == 5)
        #expect(folds.map(\.test.count).sorted() == [4, 4, 5, 5, 5])
        #expect(folds.flatMap(\.test.y.values).sorted() == x)
        for fold in folds {
            #expect(Set(fold.train.y.values).isDisjoint(with: fold.test.y.values))
            #expect(fold.train.count + fold.test.count == 23)
        }
    }
}
