import Testing
@testable import KnobsEngine

/// `topk`: the k largest entries along an axis and their positions, as PyTorch's `topk`.
@Suite("topk")
struct TopKTests {
    @Test("a vector: the k largest, largest first, with their positions")
    func vector() throws {
        let top = try Tensor([0.1, 2, -1, 0.5], shape: [4]).topk(2)
        #expect(top.values.values == [2, 0.5])
        #expect(top.indices.values == [1, 3])
        #expect(top.values.shape == [2] && top.indices.shape == [2])
    }

    @Test("each row of a matrix along the last axis, and each column along axis 0")
    func axes() throws {
        let x = Tensor([3, 9, 2, 7, 1, 8], shape: [2, 3])
        let rows = try x.topk(2)
        #expect(rows.values.shape == [2, 2])
        #expect(rows.values.values == [9, 3, 8, 7])
        #expect(rows.indices.values == [1, 0, 2, 0])
        let columns = try x.topk(1, axis: 0)
        #expect(columns.values.shape == [1, 3])
        #expect(columns.values.values == [7, 9, 8])
        #expect(columns.indices.values == [1, 0, 1])
    }

    @Test("a middle axis of three")
    func middleAxis() throws {
        let x = Tensor((0..<12).map { Double(($0 * 7) % 12) }, shape: [2, 3, 2])
        let top = try x.topk(2, axis: 1)
        #expect(top.values.shape == [2, 2, 2])
        // Along axis 1, each (outer, inner) column holds three numbers; the two largest come first.
        for o in 0..<2 {
            for i in 0..<2 {
                let column = (0..<3).map { x.values[(o * 3 + $0) * 2 + i] }
                let expected = column.enumerated().sorted { $0.element > $1.element }.prefix(2)
                for (slot, entry) in expected.enumerated() {
                    #expect(top.values.values[(o * 2 + slot) * 2 + i] == entry.element)
                    #expect(top.indices.values[(o * 2 + slot) * 2 + i] == Double(entry.offset))
                }
            }
        }
    }

    @Test("equal entries keep their order; NaN counts as the largest")
    func tiesAndNaN() throws {
        let ties = try Tensor([1, 5, 5, 1], shape: [4]).topk(3)
        #expect(ties.indices.values == [1, 2, 0])
        let withNaN = try Tensor([1, .nan, 3], shape: [3]).topk(2)
        #expect(withNaN.indices.values == [1, 2])
        #expect(withNaN.values.values[0].isNaN && withNaN.values.values[1] == 3)
    }

    @Test("k of 0 and k of the whole axis")
    func extremes() throws {
        let x = Tensor([2, 3, 1], shape: [3])
        #expect(try x.topk(0).values.shape == [0])
        let all = try x.topk(3)
        #expect(all.values.values == [3, 2, 1])
        #expect(all.indices.values == [1, 0, 2])
    }

    @Test("the values carry the gradient back to the entries they came from")
    func gradient() throws {
        try GradientCheck.verify([Sample.distinct([3, 5], seed: 41)]) { try $0[0].topk(2).values }
        try GradientCheck.verify([Sample.distinct([4, 3], seed: 42)]) { try $0[0].topk(3, axis: 0).values }
        let w = Tensor.parameter([0.1, 2, -1, 0.5], shape: [4])
        let top = try w.topk(2)
        try top.values.reduce(.sum).backward()
        #expect(w.grad == [0, 1, 0, 1])
        #expect(!top.indices.tracksGradient)
    }

    @Test("bad k, a missing axis, a scalar: clear errors")
    func errors() {
        let x = Tensor([2, 3, 1], shape: [3])
        #expect(throws: TensorError.invalid("cannot take the top 4 of 3 entries along axis -1", hint: "k runs from 0 to 3, the length of that axis")) {
            try x.topk(4)
        }
        #expect(throws: TensorError.self) { try x.topk(-1) }
        #expect(throws: TensorError.self) { try x.topk(1, axis: 1) }
        #expect(throws: TensorError.self) { try Tensor(scalar: 2).topk(1) }
    }
}
