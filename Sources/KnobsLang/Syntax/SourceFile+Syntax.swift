extension SourceFile {
    /// The syntax errors of this text as a knobs program, without running it; empty when it parses.
    ///
    /// Only the grammar is checked: whether a name has a value depends on what
    /// ran before, so a lesson checks each cell with this before any runs.
    public func syntaxDiagnostics() -> [Diagnostic] {
        Parser.parse(self).diagnostics
    }
}

extension SourceFile {
    /// Whether the text is one expression and nothing else (no assignment, definition or
    /// second statement): what a learner types to fill a blank, such as `3` or `3*a - b`.
    public var isSingleExpression: Bool {
        let parsed = Parser.parse(self)
        guard parsed.diagnostics.isEmpty, parsed.statements.count == 1, case .expression = parsed.statements[0].kind else { return false }
        return true
    }
}
