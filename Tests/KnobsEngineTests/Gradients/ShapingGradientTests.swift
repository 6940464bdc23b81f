import Testing
@testable import KnobsEngine

/// Operations that move values around (reshape, transpose, concat, rows, pick) and log-softmax,
/// against finite differences.
@Suite("Gradients: reshaping, selection and log-softmax")
struct ShapingGradientTests {
    @Test("reshape, with an inferred extent")
    func reshape() throws {
        try GradientCheck.verify([Sample.uniform([2, 3, 4], seed: 51)]) { try $0[0].reshaped([4, -1]) }
    }

    @Test("transpose of a matrix and of a [2, 3, 4] tensor", arguments: [[3, 4], [2, 3, 4]])
    func transpose(_ shape: [Int]) throws {
        try GradientCheck.verify([Sample.uniform(shape, seed: 52)]) { $0[0].transposed() }
    }

    @Test("concat along axis 0 of three parts")
    func concatRows() throws {
        let parts = [Sample.uniform([2, 3], seed: 53), Sample.uniform([1, 3], seed: 54), Sample.uniform([3, 3], seed: 55)]
        try GradientCheck.verify(parts) { try Tensor.concat($0, axis: 0) }
    }

    @Test("concat along axis 1, and along -1")
    func concatColumns() throws {
        let parts = [Sample.uniform([2, 3], seed: 56), Sample.uniform([2, 2], seed: 57)]
        try GradientCheck.verify(parts) { try Tensor.concat($0, axis: 1) }
        try GradientCheck.verify(parts) { try Tensor.concat($0, axis: -1) }
    }

    @Test("rows, with repeated indices")
    func rows() throws {
        try GradientCheck.verify([Sample.uniform([3, 4], seed: 58)]) { try $0[0].rows([2, 0, 2, 1, 2]) }
    }

    @Test("a single row without its axis")
    func row() throws {
        try GradientCheck.verify([Sample.uniform([3, 4], seed: 59)]) { try $0[0].rows([1], keepAxis: false) }
    }

    @Test("pick one entry per row")
    func pick() throws {
        try GradientCheck.verify([Sample.uniform([4, 3], seed: 60)]) { try $0[0].pick([2, 0, 0, 1]) }
    }

    @Test("log-softmax along each axis", arguments: [0, 1, 2, -1])
    func logSoftmax(axis: Int) throws {
        try GradientCheck.verify([Sample.uniform([2, 3, 4], in: -3...3, seed: 61)]) { try $0[0].logSoftmax(axis: axis) }
    }
}
