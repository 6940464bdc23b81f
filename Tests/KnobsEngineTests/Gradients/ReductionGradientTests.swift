import Testing
@testable import KnobsEngine

/// Sums, means, maxima and minima over everything and along each axis, against finite differences.
@Suite("Gradients: reductions")
struct ReductionGradientTests {
    static let reductions: [Tensor.Reduction] = [.sum, .mean, .max, .min]
    static let axes: [Int?] = [nil, 0, 1, 2, -1, -3]

    @Test("a [2, 3, 4] tensor", arguments: reductions, axes)
    func reduce(_ reduction: Tensor.Reduction, axis: Int?) throws {
        // Distinct values: max and min have one winner, even after a finite-difference step.
        try GradientCheck.verify([Sample.distinct([2, 3, 4], seed: 31)]) { try $0[0].reduce(reduction, axis: axis) }
    }

    @Test("a vector reduced along its only axis", arguments: reductions)
    func vector(_ reduction: Tensor.Reduction) throws {
        try GradientCheck.verify([Sample.distinct([5], seed: 32)]) { try $0[0].reduce(reduction, axis: 0) }
    }
}
