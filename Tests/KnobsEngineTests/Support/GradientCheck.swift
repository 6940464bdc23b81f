import Testing
@testable import KnobsEngine

/// Compares the gradients of `backward()` with central finite differences.
///
/// The function under test may return a tensor of any shape. It is turned into
/// the scalar `sum(f(inputs) * w)` with fixed random weights `w`, so each output
/// element counts with its own weight: a plain sum would hide errors that cancel
/// across elements (the gradient of `sum(log_softmax(x))` barely depends on the
/// softmax part, for example).
enum GradientCheck {
    /// The step of the difference quotient `(L(x + h) - L(x - h)) / 2h`.
    static let step = 1e-6
    /// The largest relative error accepted.
    static let tolerance = 1e-6
    /// Gradients smaller than this are compared absolutely: the quotient's rounding
    /// error is about ε·|L|/h ≈ 1e-10, too much for a relative comparison of a tiny
    /// gradient but far below any real mistake in a rule.
    static let smallGradient = 1e-3

    /// Checks the gradient of every input of `f` at `inputs`; each becomes a parameter.
    static func verify(
        _ inputs: [Tensor],
        sourceLocation: SourceLocation = #_sourceLocation,
        _ f: ([Tensor]) throws -> Tensor
    ) throws {
        let parameters = inputs.map { Tensor.parameter($0.values, shape: $0.shape) }
        let output = try f(parameters)
        var random = RandomGenerator(seed: 2_024)
        let weights = try Tensor.normal(output.shape, using: &random)
        func objective(_ xs: [Tensor]) throws -> Double {
            try #require(try (f(xs) * weights).reduce(.sum).scalar)
        }
        try (output * weights).reduce(.sum).backward()

        for (index, parameter) in parameters.enumerated() {
            let analytic = try #require(parameter.grad, "input \(index) got no gradient", sourceLocation: sourceLocation)
            #expect(analytic.count == parameter.count, sourceLocation: sourceLocation)
            var worst = (error: 0.0, element: 0, analytic: 0.0, numeric: 0.0)
            for element in parameter.values.indices {
                let numeric = try EngineSettings.withoutGradients {
                    let above = try objective(moving(inputs, index, element, by: step))
                    let below = try objective(moving(inputs, index, element, by: -step))
                    return (above - below) / (2 * step)
                }
                let error = abs(analytic[element] - numeric) / max(abs(analytic[element]), abs(numeric), smallGradient)
                if !(error <= worst.error) { worst = (error, element, analytic[element], numeric) }
            }
            #expect(
                worst.error < tolerance,
                "input \(index), element \(worst.element): backward gives \(worst.analytic), finite differences \(worst.numeric)",
                sourceLocation: sourceLocation
            )
        }
    }

    /// Copies of `inputs` with one element of one of them moved by `delta`.
    private static func moving(_ inputs: [Tensor], _ index: Int, _ element: Int, by delta: Double) -> [Tensor] {
        inputs.enumerated().map { position, input in
            var values = input.values
            if position == index { values[element] += delta }
            return Tensor(values, shape: input.shape)
        }
    }
}
