import KnobsLang

/// What running some code in a session did: its output, its value and its diagnostics.
public struct CellRun: Sendable {
    /// The step whose code ran, or nil for code the learner typed.
    public var step: Int?
    /// Everything the code printed, with the value of a last expression shown as the REPL shows it.
    public var output: String
    /// The value of the last line when it is an expression.
    public var value: Value?
    /// Every problem; empty when the code ran to its end.
    public var diagnostics: [Diagnostic]

    /// Whether the code ran to its end without an error.
    public var succeeded: Bool { diagnostics.isEmpty }
}
