extension SourceFile {
    /// The syntax errors of this text as a knobs program, without running it; empty when it parses.
    ///
    /// Only the grammar is checked: whether a name has a value depends on what
    /// ran before, so a lesson checks each cell with this before any runs.
    public func syntaxDiagnostics() -> [Diagnostic] {
        Parser.parse(self).diagnostics
    }
}
