import KnobsEngine
import KnobsLang
import Testing
@testable import OptimizersPlugin

/// Every optimizer, with every option the fixtures try, against the numpy
/// implementation of PyTorch's published pseudo-code: the same values after
/// each of 30 steps, to 1e-12 relative. The optimizer is made through the
/// language (`adam(lr: 0.05, amsgrad: true)`), so PyTorch's option names are
/// checked too.
@Suite("Reference trajectories")
struct ReferenceTrajectoryTests {
    static let tolerance = 1e-12

    @Test("each case follows the reference step for step", arguments: ["sgd", "adagrad", "rmsprop", "adam", "adamw", "lion"])
    func follows(optimizer name: String) throws {
        let reference = try ReferenceTrajectories.load(name)
        #expect(reference.optimizer == name)
        #expect(!reference.cases.isEmpty)
        for (number, trajectory) in reference.cases.enumerated() {
            let call = "\(name)(" + trajectory.options.keys.sorted().map { "\($0): \(trajectory.options[$0]!.knobs)" }.joined(separator: ", ") + ")"
            let run = KnobsRun("opt = \(call)")
            guard let optimizer = run.optimizer("opt")?.optimizer else {
                Issue.record("\(call) did not make an optimizer: \(run.diagnostics)")
                continue
            }
            let parameters = zip(reference.start, reference.shapes).map { Tensor.parameter($0.flat, shape: $1) }
            var worst = 0.0
            for (index, step) in trajectory.steps.enumerated() {
                for (parameter, gradient) in zip(parameters, step.grads) { parameter.grad = gradient.flat }
                try optimizer.step(parameters)
                for (parameter, expected) in zip(parameters, step.values) {
                    for (got, want) in zip(parameter.values, expected.flat) {
                        let difference = abs(got - want)
                        let relative = difference == 0 ? 0 : difference / max(abs(got), abs(want))
                        worst = max(worst, relative)
                        if relative > ReferenceTrajectoryTests.tolerance {
                            Issue.record("case \(number) \(call), step \(index + 1): got \(got), want \(want)")
                        }
                    }
                }
            }
            #expect(worst <= ReferenceTrajectoryTests.tolerance, "\(call): largest relative difference \(worst)")
            #expect(trajectory.steps.count == 30)
        }
    }
}
