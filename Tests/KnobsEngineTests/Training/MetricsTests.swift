import Testing
@testable import KnobsEngine

/// `argmax`, `predict` and `accuracy`.
@Suite("Metrics")
struct MetricsTests {
    /// A model that returns its input: its "outputs" are whatever the data's x holds.
    final class Identity: Module {
        var parameters: [Tensor] { [] }
        func forward(_ input: Tensor) throws -> Tensor { input }
    }

    @Test("argmax along an axis and over everything; the first of equal maxima wins")
    func argmax() throws {
        let x = Tensor([1, 5, 5, 7, 0, 2], shape: [2, 3])
        #expect(try x.argmax(axis: 1).values == [1, 0])
        #expect(try x.argmax(axis: 0).values == [1, 0, 0])
        #expect(try x.argmax().values == [3])
        #expect(try x.argmax().shape == [])
    }

    @Test("binary accuracy: a positive output means class 1")
    func binary() throws {
        let data = Dataset(name: "t", x: Tensor([0.5, -0.2, 0, 3], shape: [4, 1]), y: Tensor([1, 0, 1, 0], shape: [4]), task: .binary)
        #expect(try Metrics.accuracy(Identity(), data) == 0.5)
    }

    @Test("accuracy over several classes: the largest output wins")
    func classes() throws {
        let x = Tensor([0.1, 0.7, 0.2, 0.9, 0.05, 0.05, 0.3, 0.3, 0.4], shape: [3, 3])
        let data = Dataset(name: "t", x: x, y: Tensor([1, 0, 0], shape: [3]), task: .classes(3))
        #expect(abs(try Metrics.accuracy(Identity(), data) - 2.0 / 3) < 1e-15)
    }

    @Test("accuracy of a regression data set, or of outputs of the wrong shape, is an error")
    func refusals() throws {
        var random = RandomGenerator(seed: 1)
        let line = try Dataset.make("line", random: &random)
        #expect(throws: TensorError.self) { try Metrics.accuracy(Identity(), line) }
        let wide = Dataset(name: "t", x: Tensor([1, 2, 3, 4], shape: [2, 2]), y: Tensor([0, 1], shape: [2]), task: .binary)
        #expect(throws: TensorError.self) { try Metrics.accuracy(Identity(), wide) }
    }

    @Test("predict records no graph")
    func predict() throws {
        var random = RandomGenerator(seed: 1)
        let net = try MLP(sizes: [2, 3, 1], activation: .relu, random: &random)
        let x = Sample.uniform([4, 2], seed: 2)
        let output = try Metrics.predict(net, x)
        #expect(output.shape == [4, 1] && !output.tracksGradient)
        #expect(output.values == (try net.forward(x)).values)
    }
}
