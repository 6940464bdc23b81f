import Testing
@testable import KnobsEngine

/// Making tensors: constants, ranges, identity matrices, seeded random ones.
@Suite("Creating tensors")
struct CreationTests {
    @Test("full, and a scalar as a 0-d tensor")
    func full() throws {
        let x = try Tensor.full([2, 3], 1.5)
        #expect(x.shape == [2, 3] && x.values == [Double](repeating: 1.5, count: 6))
        let s = Tensor(scalar: 4)
        #expect(s.shape == [] && s.rank == 0 && s.scalar == 4)
        #expect(try Tensor.full([0, 3], 1).count == 0)
        #expect(x.scalar == nil)
    }

    @Test("arange counts up or down and stops before the end")
    func arange() throws {
        #expect(try Tensor.arange(0, 5).values == [0, 1, 2, 3, 4])
        #expect(try Tensor.arange(1, 2, step: 0.25).values == [1, 1.25, 1.5, 1.75])
        #expect(try Tensor.arange(3, 0, step: -1).values == [3, 2, 1])
        #expect(try Tensor.arange(3, 3).shape == [0])
        #expect(throws: TensorError.self) { try Tensor.arange(0, 1, step: 0) }
        #expect(throws: TensorError.self) { try Tensor.arange(0, .infinity) }
    }

    @Test("linspace includes both ends exactly")
    func linspace() throws {
        let x = try Tensor.linspace(0, 1, count: 11)
        #expect(x.count == 11 && x.values.first == 0 && x.values.last == 1)
        #expect(abs(x.values[3] - 0.3) < 1e-15)
        #expect(try Tensor.linspace(2, 5, count: 1).values == [2])
        #expect(try Tensor.linspace(2, 5, count: 0).shape == [0])
        #expect(throws: TensorError.self) { try Tensor.linspace(0, 1, count: -1) }
    }

    @Test("eye is the identity matrix")
    func eye() throws {
        #expect(try Tensor.eye(3).values == [1, 0, 0, 0, 1, 0, 0, 0, 1])
        let m = Sample.uniform([3, 2], seed: 1)
        #expect(try Tensor.matmul(Tensor.eye(3), m).values == m.values)
    }

    @Test("uniform and normal tensors are drawn row-major from the generator")
    func random() throws {
        var a = RandomGenerator(seed: 8), b = RandomGenerator(seed: 8)
        let u = try Tensor.uniform([2, 3], using: &a)
        #expect(u.values == (0..<6).map { _ in b.uniform() })
        let n = try Tensor.normal([4], using: &a)
        #expect(n.values == (0..<4).map { _ in b.normal() })
    }

    @Test("parameters track gradients; plain tensors and detached copies do not")
    func parameters() throws {
        let p = Tensor.parameter([1, 2], shape: [2])
        #expect(p.isParameter && p.tracksGradient && p.origin == nil && p.grad == nil)
        #expect(!Tensor([1, 2], shape: [2]).tracksGradient)
    }

    @Test("assign replaces the values in place and counts as a change")
    func assign() throws {
        let p = Tensor.parameter([1, 2], shape: [2])
        try p.assign([3, 4])
        #expect(p.values == [3, 4] && p.version == 1)
        #expect(throws: TensorError.self) { try p.assign([1, 2, 3]) }
        #expect(p.values == [3, 4])
    }
}
