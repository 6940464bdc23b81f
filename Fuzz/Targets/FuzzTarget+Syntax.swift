import KnobsLang

extension FuzzTarget {
    /// Parses `text`, renders every syntax error with and without colour, and
    /// cuts it into highlighted pieces, which must give the text back unchanged.
    static func runSyntax(_ text: String) {
        let source = SourceFile(name: "<fuzz>", text: text)
        let diagnostics = source.syntaxDiagnostics()
        _ = DiagnosticRenderer(color: true).render(diagnostics)
        _ = DiagnosticRenderer(color: false).render(diagnostics)
        let pieces = SyntaxHighlighter.pieces(of: text)
        precondition(pieces.map(\.text).joined() == text, "the highlighted pieces do not give the source back")
    }
}
