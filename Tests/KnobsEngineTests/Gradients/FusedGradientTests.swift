import Testing
@testable import KnobsEngine

/// The fused operations that layers and `l2` use, against finite differences and against the
/// primitives they stand for.
@Suite("Gradients: fused operations")
struct FusedGradientTests {
    @Test("affine: a batch of rows, and a single vector")
    func affine() throws {
        let weight = Sample.uniform([3, 4], seed: 81), bias = Sample.uniform([4], seed: 82)
        try GradientCheck.verify([Sample.uniform([5, 3], seed: 83), weight, bias]) { try Tensor.affine($0[0], $0[1], $0[2]) }
        try GradientCheck.verify([Sample.uniform([3], seed: 84), weight, bias]) { try Tensor.affine($0[0], $0[1], $0[2]) }
    }

    @Test("affine gives the values of matmul, then + bias")
    func affineValues() throws {
        let x = Sample.uniform([5, 3], seed: 85), weight = Sample.uniform([3, 4], seed: 86), bias = Sample.uniform([4], seed: 87)
        let fused = try Tensor.affine(x, weight, bias)
        let separate = try Tensor.matmul(x, weight) + bias
        #expect(fused.shape == separate.shape)
        #expect(zip(fused.values, separate.values).allSatisfy { abs($0 - $1) <= 1e-15 * max(1, abs($1)) })
    }

    @Test("sum of squares of several tensors")
    func sumOfSquares() throws {
        try GradientCheck.verify([Sample.uniform([3, 2], seed: 88), Sample.uniform([4], seed: 89)]) { Tensor.sumOfSquares($0) }
        let parts = [Sample.uniform([3, 2], seed: 88), Sample.uniform([4], seed: 89)]
        let expected = parts.flatMap(\.values).map { $0 * $0 }.reduce(0, +)
        #expect(abs(try #require(Tensor.sumOfSquares(parts).scalar) - expected) <= 1e-15 * expected)
    }
}
