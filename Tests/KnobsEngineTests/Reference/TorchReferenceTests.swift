import Testing
@testable import KnobsEngine

/// Forward values and gradients of fixed compositions against PyTorch in float64
/// (`Fixtures/make_autograd_reference.py` wrote `autograd_reference.json`).
@Suite("Reference values from PyTorch")
struct TorchReferenceTests {
    struct Reference: Decodable {
        struct Input: Decodable {
            let name: String
            let shape: [Int]
            let values: [Double]
            let parameter: Bool
        }
        struct Output: Decodable {
            let shape: [Int]
            let values: [Double]
        }
        struct Case: Decodable {
            let name: String
            let inputs: [Input]
            let output: Output
            let seed: [Double]
            let gradients: [String: [Double]]
        }
        let cases: [Case]
    }

    typealias Expression = ([String: Tensor]) throws -> Tensor

    static let reference: Reference = Fixture.load("autograd_reference")

    /// The script's compositions, written with the engine. Inputs are looked up by the script's names.
    let expressions: [String: Expression] = [
        "mlp": { t in
            let hidden = try (Tensor.matmul(t["x"]!, t["w1"]!) + t["b1"]!).apply(.tanh)
            let second = try (Tensor.matmul(hidden, t["w2"]!) + t["b2"]!).apply(.relu)
            return try (Tensor.matmul(second, t["w3"]!) + t["b3"]!).apply(.sigmoid)
        },
        "cross_entropy": { t in try Loss.crossEntropy(t["logits"]!, t["labels"]!) },
        "log_softmax_axis0": { t in try t["x"]!.logSoftmax(axis: 0) },
        "log_softmax_axis1": { t in try t["x"]!.logSoftmax(axis: 1) },
        "bce": { t in try Loss.bce(t["logits"]!, t["labels"]!) },
        "hinge": { t in try Loss.hinge(t["scores"]!, t["labels"]!) },
        "mse": { t in try Loss.mse(t["prediction"]!, t["target"]!) },
        "l2": { t in Loss.l2([t["w"]!, t["b"]!]) },
        "broadcast_add": { t in try t["a"]! + t["b"]! },
        "broadcast_multiply": { t in try t["a"]! * t["b"]! },
        "broadcast_scalar_multiply": { t in try t["s"]! * t["a"]! },
        "broadcast_divide": { t in try t["a"]! / t["b"]! },
        "broadcast_sum": { t in try ((t["a"]! - t["b"]!) * (t["a"]! + t["b"]!)).reduce(.sum) },
        "subtract_negate": { t in try -(t["a"]! - t["b"]!) },
        "power": { t in try Tensor.power(t["a"]!, t["b"]!) },
        "matmul_matrix_matrix": { t in try Tensor.matmul(t["a"]!, t["b"]!) },
        "matmul_vector_matrix": { t in try Tensor.matmul(t["v"]!, t["m"]!) },
        "matmul_matrix_vector": { t in try Tensor.matmul(t["m"]!, t["v"]!) },
        "matmul_vector_vector": { t in try Tensor.matmul(t["a"]!, t["b"]!) },
        "transpose_2d": { t in t["x"]!.transposed() },
        "transpose_3d": { t in t["x"]!.transposed() },
        "reshape": { t in try t["x"]!.reshaped([4, 6]) },
        "concat_axis0": { t in try Tensor.concat([t["a"]!, t["b"]!], axis: 0) },
        "concat_axis1": { t in try Tensor.concat([t["a"]!, t["b"]!], axis: 1) },
        "rows": { t in try t["x"]!.rows([2, 0, 2, 1]) },
        "pick": { t in try t["x"]!.pick([3, 0, 2]) },
        "sum_all": { t in try t["x"]!.reduce(.sum) },
        "sum_axis1": { t in try t["x"]!.reduce(.sum, axis: 1) },
        "mean_axis0": { t in try t["x"]!.reduce(.mean, axis: 0) },
        "mean_axis_last": { t in try t["x"]!.reduce(.mean, axis: -1) },
        "max_all": { t in try t["x"]!.reduce(.max) },
        "max_axis1": { t in try t["x"]!.reduce(.max, axis: 1) },
        "min_axis0": { t in try t["x"]!.reduce(.min, axis: 0) },
    ].merging(unaryExpressions()) { a, _ in a }

    /// `unary_exp`, `unary_log`, …: each function applied to `x`.
    static func unaryExpressions() -> [String: Expression] {
        Dictionary(uniqueKeysWithValues: Tensor.UnaryFunction.allCases.map { f in ("unary_\(f.rawValue)", { t in t["x"]!.apply(f) }) })
    }

    /// Whether every element of `got` is within 1e-12 of `want`, relative to the element (zeros must be exact).
    static func close(_ got: [Double], _ want: [Double]) -> Bool {
        got.count == want.count && zip(got, want).allSatisfy { g, w in abs(g - w) <= 1e-12 * abs(w) }
    }

    @Test("every case of the fixture has an expression here, and every expression a case")
    func coverage() {
        #expect(Set(Self.reference.cases.map(\.name)) == Set(expressions.keys))
    }

    @Test("forward values and gradients", arguments: reference.cases.map(\.name))
    func compare(_ name: String) throws {
        let reference = try #require(Self.reference.cases.first { $0.name == name })
        let expression = try #require(expressions[name])
        var inputs = [String: Tensor]()
        for input in reference.inputs {
            inputs[input.name] = input.parameter
                ? .parameter(input.values, shape: input.shape)
                : Tensor(input.values, shape: input.shape)
        }
        let output = try expression(inputs)
        #expect(output.shape == reference.output.shape)
        #expect(Self.close(output.values, reference.output.values), "output \(output.values), want \(reference.output.values)")
        #expect(output.values.allSatisfy { $0.isFinite })

        let seed = Tensor(reference.seed, shape: reference.output.shape)
        try (output * seed).reduce(.sum).backward()
        for (inputName, want) in reference.gradients {
            let got = try #require(inputs[inputName]?.grad, "no gradient for \(inputName)")
            #expect(got.allSatisfy { $0.isFinite }, "\(inputName): \(got)")
            #expect(Self.close(got, want), "\(inputName): got \(got), want \(want)")
        }
    }
}
