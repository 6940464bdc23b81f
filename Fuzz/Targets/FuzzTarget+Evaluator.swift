import KnobsLang

extension FuzzTarget {
    /// Small limits, so that a loop, a deep recursion or a big tensor ends in
    /// a limit error well within the fuzzer's time and memory bounds.
    static let evaluatorLimits = Limits(maxSteps: 20_000, maxDepth: 40, maxMemory: 20_000, timeout: 5, maxOutput: 10_000, maxResident: 1 << 30)

    /// Runs `text` as a program, echoing its last value as the REPL does, and
    /// renders whatever went wrong.
    static func runEvaluator(_ text: String) {
        let interpreter = Interpreter(limits: evaluatorLimits) { _ in }
        let outcome = interpreter.run(SourceFile(name: "<fuzz>", text: text), echo: true)
        _ = DiagnosticRenderer(color: false).render(outcome.diagnostics)
        if let value = outcome.value { _ = value.summary }
    }
}
