import Testing
@testable import KnobsEngine

/// `+ - * / ^` and negation against finite differences, with and without broadcasting.
@Suite("Gradients: arithmetic")
struct ArithmeticGradientTests {
    @Test("+ - * / of equal shapes, for both operands")
    func sameShape() throws {
        let a = Sample.uniform([2, 3], seed: 1)
        let b = Sample.awayFromZero([2, 3], seed: 2)
        try GradientCheck.verify([a, b]) { try $0[0] + $0[1] }
        try GradientCheck.verify([a, b]) { try $0[0] - $0[1] }
        try GradientCheck.verify([a, b]) { try $0[0] * $0[1] }
        try GradientCheck.verify([a, b]) { try $0[0] / $0[1] }
    }

    @Test("power, for the base and the exponent")
    func power() throws {
        let base = Sample.uniform([2, 3], in: 0.3...2.5, seed: 3)
        let exponent = Sample.uniform([2, 3], in: -2...3, seed: 4)
        try GradientCheck.verify([base, exponent]) { try Tensor.power($0[0], $0[1]) }
    }

    @Test("squares, computed exactly, for bases of either sign")
    func square() throws {
        let base = Sample.uniform([5], seed: 5)
        try GradientCheck.verify([base]) { try Tensor.power($0[0], Tensor(scalar: 2)) }
    }

    @Test("negation")
    func negation() throws {
        try GradientCheck.verify([Sample.uniform([3, 2], seed: 6)]) { -$0[0] }
    }

    @Test("a variable used twice gets both contributions")
    func sharedInput() throws {
        let a = Sample.uniform([4], seed: 7)
        try GradientCheck.verify([a]) { x in try x[0] * x[0] + x[0] }
    }

    @Test("[3, 1] + [1, 4]")
    func broadcastAdd() throws {
        try GradientCheck.verify([Sample.uniform([3, 1], seed: 8), Sample.uniform([1, 4], seed: 9)]) { try $0[0] + $0[1] }
    }

    @Test("[3, 1] - [1, 4]")
    func broadcastSubtract() throws {
        try GradientCheck.verify([Sample.uniform([3, 1], seed: 10), Sample.uniform([1, 4], seed: 11)]) { try $0[0] - $0[1] }
    }

    @Test("[2, 3] * [3]")
    func broadcastMultiply() throws {
        try GradientCheck.verify([Sample.uniform([2, 3], seed: 12), Sample.uniform([3], seed: 13)]) { try $0[0] * $0[1] }
    }

    @Test("scalar * [2, 3]")
    func scalarMultiply() throws {
        try GradientCheck.verify([Sample.uniform([], seed: 14), Sample.uniform([2, 3], seed: 15)]) { try $0[0] * $0[1] }
    }

    @Test("[4] / [2, 1]")
    func broadcastDivide() throws {
        try GradientCheck.verify([Sample.uniform([4], seed: 16), Sample.awayFromZero([2, 1], seed: 17)]) { try $0[0] / $0[1] }
    }

    @Test("[2, 1, 3] ^ [4, 1], stretching both operands")
    func broadcastPower() throws {
        let base = Sample.uniform([2, 1, 3], in: 0.3...2, seed: 18)
        let exponent = Sample.uniform([4, 1], in: -1.5...2.5, seed: 19)
        try GradientCheck.verify([base, exponent]) { try Tensor.power($0[0], $0[1]) }
    }
}
