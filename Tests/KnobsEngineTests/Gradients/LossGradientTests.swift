import Testing
@testable import KnobsEngine

/// Every loss, and the L2 penalty, against finite differences with respect to the prediction.
@Suite("Gradients: losses")
struct LossGradientTests {
    @Test("mse of a [5, 1] prediction against [5] targets")
    func mse() throws {
        let target = Sample.uniform([5], seed: 71)
        try GradientCheck.verify([Sample.uniform([5, 1], seed: 72)]) { try Loss.mse($0[0], target) }
    }

    @Test("bce from logits")
    func bce() throws {
        let labels = Tensor([0, 1, 1, 0, 1, 0], shape: [6])
        // Away from 0, where bce's |z| has its kink (the loss itself is smooth there).
        try GradientCheck.verify([Sample.awayFromZero([6], seed: 73)]) { try Loss.bce($0[0], labels) }
    }

    @Test("hinge, away from the margin")
    func hinge() throws {
        let labels = Tensor([1, 0, -1, 1, 0, 1], shape: [6])
        // 1 - y·s is 0.5, 1.5 or -1.5 here: some samples inside the margin, some beyond it, none on it.
        let scores = Tensor([0.5, -0.5, 0.5, 2.5, -2.5, -0.5], shape: [6])
        try GradientCheck.verify([scores]) { try Loss.hinge($0[0], labels) }
    }

    @Test("cross-entropy from logits")
    func crossEntropy() throws {
        let labels = Tensor([2, 0, 1, 2], shape: [4])
        try GradientCheck.verify([Sample.uniform([4, 3], in: -3...3, seed: 74)]) { try Loss.crossEntropy($0[0], labels) }
    }

    @Test("l2 of several parameters")
    func l2() throws {
        try GradientCheck.verify([Sample.uniform([3, 2], seed: 75), Sample.uniform([2], seed: 76)]) { Loss.l2($0) }
    }
}
