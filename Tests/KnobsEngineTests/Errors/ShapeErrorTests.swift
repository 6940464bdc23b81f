import Testing
@testable import KnobsEngine

/// Shapes that do not fit give `TensorError.invalid` naming both shapes.
@Suite("Errors: shapes")
struct ShapeErrorTests {
    /// The message of the `.invalid` error `body` throws, or nil (and a recorded issue) otherwise.
    func message(sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> Tensor) -> String? {
        do {
            let result = try body()
            Issue.record("expected an error, got a tensor of shape \(result.shape)", sourceLocation: sourceLocation)
        } catch TensorError.invalid(let message, _) {
            return message
        } catch {
            Issue.record("expected TensorError.invalid, got \(error)", sourceLocation: sourceLocation)
        }
        return nil
    }

    @Test("element-wise operations on shapes that do not broadcast")
    func broadcasting() throws {
        let operations: [(String, (Tensor, Tensor) throws -> Tensor)] = [
            ("+", { try $0 + $1 }), ("-", { try $0 - $1 }), ("*", { try $0 * $1 }), ("/", { try $0 / $1 }),
            ("^", { try Tensor.power($0, $1) }), ("<", { try Tensor.compare($0, .less, $1) }),
        ]
        let a = try Tensor.full([3, 2], 1), b = try Tensor.full([4], 1)
        for (name, operation) in operations {
            let text = try #require(message { try operation(a, b) }, "\(name)")
            #expect(text.contains("[3, 2]") && text.contains("[4]"), "\(name): \(text)")
        }
    }

    @Test("the error carries a hint on broadcasting")
    func hint() throws {
        #expect(throws: TensorError.mismatch("add", [2, 3], [3, 2])) { try Tensor.full([2, 3], 1) + Tensor.full([3, 2], 1) }
    }

    @Test("matmul with inner sizes that differ, and with a scalar", arguments: [([2, 3], [2, 3]), ([4], [3]), ([2, 3], [2]), ([], [2])])
    func matmul(_ a: [Int], _ b: [Int]) throws {
        let text = try #require(message { try Tensor.matmul(Tensor.full(a, 1), Tensor.full(b, 1)) })
        #expect(text.contains(Shape.describe(a)) && text.contains(Shape.describe(b)), "\(text)")
    }

    @Test("concat of parts whose other sizes differ, or whose ranks differ", arguments: [([2, 3], [2, 4], 0), ([2, 3], [3, 3], 1), ([2, 3], [3], 0)])
    func concat(_ a: [Int], _ b: [Int], axis: Int) throws {
        let text = try #require(message { try Tensor.concat([Tensor.full(a, 1), Tensor.full(b, 1)], axis: axis) })
        #expect(text.contains(Shape.describe(a)) && text.contains(Shape.describe(b)), "\(text)")
    }

    @Test("reshape to a different number of values names both shapes")
    func reshape() throws {
        let text = try #require(message { try Tensor.full([2, 3], 1).reshaped([4, 2]) })
        #expect(text.contains("[2, 3]") && text.contains("[4, 2]"), "\(text)")
    }

    @Test("an axis out of range, a row out of range, a class out of range")
    func outOfRange() throws {
        let x = try Tensor.full([2, 3], 1)
        #expect(message { try x.reduce(.sum, axis: 2) }?.contains("axis 2") == true)
        #expect(message { try x.reduce(.sum, axis: -3) }?.contains("axis -3") == true)
        #expect(message { try x.logSoftmax(axis: 5) }?.contains("[2, 3]") == true)
        #expect(message { try x.rows([2]) }?.contains("row 2") == true)
        #expect(message { try x.pick([0, 3]) }?.contains("class 3") == true)
        #expect(message { try Loss.crossEntropy(x, Tensor([0, 0.5], shape: [2])) }?.contains("0.5") == true)
    }
}
