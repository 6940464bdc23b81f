import Testing
@testable import KnobsEngine

/// `matmul` for every pairing of matrices and vectors, against finite differences.
@Suite("Gradients: matrix product")
struct MatrixProductGradientTests {
    @Test("matrix @ matrix")
    func matrixMatrix() throws {
        try GradientCheck.verify([Sample.uniform([3, 4], seed: 41), Sample.uniform([4, 2], seed: 42)]) { try Tensor.matmul($0[0], $0[1]) }
    }

    @Test("vector @ matrix")
    func vectorMatrix() throws {
        try GradientCheck.verify([Sample.uniform([4], seed: 43), Sample.uniform([4, 3], seed: 44)]) { try Tensor.matmul($0[0], $0[1]) }
    }

    @Test("matrix @ vector")
    func matrixVector() throws {
        try GradientCheck.verify([Sample.uniform([3, 4], seed: 45), Sample.uniform([4], seed: 46)]) { try Tensor.matmul($0[0], $0[1]) }
    }

    @Test("vector @ vector")
    func vectorVector() throws {
        try GradientCheck.verify([Sample.uniform([5], seed: 47), Sample.uniform([5], seed: 48)]) { try Tensor.matmul($0[0], $0[1]) }
    }

    @Test("a matrix times itself transposed")
    func gram() throws {
        try GradientCheck.verify([Sample.uniform([3, 2], seed: 49)]) { try Tensor.matmul($0[0], $0[0].transposed()) }
    }
}
