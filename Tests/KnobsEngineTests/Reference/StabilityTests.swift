import Testing
@testable import KnobsEngine

/// Losses from logits stay finite, and exact, where a naive formula would take exp(1000).
@Suite("Numerical stability")
struct StabilityTests {
    /// The loss and the gradient of its logits.
    func lossAndGradient(_ loss: Loss, _ logits: Tensor, _ labels: Tensor) throws -> (Double, [Double]) {
        let z = Tensor.parameter(logits.values, shape: logits.shape)
        let value = try loss(z, labels)
        try value.backward()
        return (try #require(value.scalar), try #require(z.grad))
    }

    @Test("bce of logits ±1000: 0 when right, 1000 when wrong, gradients sigmoid(z) - y")
    func bceExtremes() throws {
        let logits = Tensor([1000, -1000, 1000, -1000], shape: [4])
        let (right, rightGradient) = try lossAndGradient(.bce, logits, Tensor([1, 0, 1, 0], shape: [4]))
        #expect(right == 0)
        #expect(rightGradient == [0, 0, 0, 0])
        let (wrong, wrongGradient) = try lossAndGradient(.bce, logits, Tensor([0, 1, 0, 1], shape: [4]))
        #expect(wrong == 1000)
        #expect(wrongGradient == [0.25, -0.25, 0.25, -0.25])
    }

    @Test("bce at logit 0 has the slope of the smooth loss, 1/2 - y")
    func bceAtZero() throws {
        // The loss is written with |z| and max(z, 0), both kinked at 0; their kinks must cancel.
        let (loss, gradient) = try lossAndGradient(.bce, Tensor([0, 0], shape: [2]), Tensor([1, 0], shape: [2]))
        #expect(abs(loss - 0.693_147_180_559_945_3) < 1e-15)
        #expect(gradient == [-0.25, 0.25])
    }

    @Test("cross-entropy of logits ±1000 is finite and exact")
    func crossEntropyExtremes() throws {
        let logits = Tensor([1000, -1000, 0, -1000, 1000, 0], shape: [2, 3])
        let (loss, gradient) = try lossAndGradient(.crossEntropy, logits, Tensor([0, 0], shape: [2]))
        // Row 1 is right (loss 0); row 2 puts 2000 against the true class.
        #expect(loss == 1000)
        // softmax(row) - onehot, over 2 samples.
        #expect(gradient == [0, 0, 0, -0.5, 0.5, 0])
    }

    @Test("log-softmax and sigmoid of ±1000 are finite")
    func elementwiseExtremes() throws {
        let logits = Tensor.parameter([1000, -1000, 999], shape: [3])
        let logProbabilities = try logits.logSoftmax()
        #expect(logProbabilities.values.allSatisfy { $0.isFinite })
        let probabilities = logits.apply(.sigmoid)
        #expect(probabilities.values == [1, 0, 1])
        try (logProbabilities.reduce(.sum) + probabilities.reduce(.sum)).backward()
        #expect(try #require(logits.grad).allSatisfy { $0.isFinite })
    }

    @Test("log-softmax of logits near 1000 is as precise as near 0")
    func logSoftmaxPrecision() throws {
        // Log-softmax does not change when every logit moves by the same amount. These logits
        // and their shift are exact in binary, so the results must agree to the last bit: the
        // maximum must be subtracted first, not added back to log Σ exp and subtracted at once
        // (that rounds to the spacing of doubles near 1000, about 1e-13).
        let logits = [0.5, -1.25, 2, 0.125, 1.875]
        let small = try Tensor(logits, shape: [5]).logSoftmax().values
        let large = try Tensor(logits.map { $0 + 1000 }, shape: [5]).logSoftmax().values
        #expect(large == small)
    }

    @Test("the PyTorch fixture's bce and cross-entropy cases reach logits of ±1000")
    func fixtureCoversExtremes() throws {
        // TorchReferenceTests compares these cases; this keeps them from losing their extremes.
        for name in ["bce", "cross_entropy"] {
            let reference = try #require(TorchReferenceTests.reference.cases.first { $0.name == name })
            let logits = try #require(reference.inputs.first { $0.name == "logits" })
            #expect(logits.values.contains(1000) && logits.values.contains(-1000), "\(name)")
        }
    }
}
