extension SourceFile {
    /// The syntax errors of this text as a knobs program, without running it; empty when it parses.
    ///
    /// Only the grammar is checked: whether a name has a value depends on what
    /// ran before, so a lesson checks each cell with this before any runs.
    /// The parser recurses as deep as the code nests (up to its bound), so it
    /// runs on a thread with a large stack, as ``Interpreter/run(_:echo:)``
    /// does: whatever thread calls this, deep code cannot overflow its stack.
    public func syntaxDiagnostics() -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        BigStackJob { diagnostics = Parser.parse(self).diagnostics }.runAndWait(stackSize: Interpreter.stackSize)
        return diagnostics
    }
}
