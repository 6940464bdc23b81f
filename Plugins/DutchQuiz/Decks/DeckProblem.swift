import KnobsPluginAPI

/// The diagnostics of a deck file, each at its place.
extension SourceFile {
    /// A bad-input problem spanning `range` (at least one character).
    func deckProblem(_ message: String, at range: SourceRange, label: String? = nil, hint: String? = nil, notes: [String] = []) -> Diagnostic {
        let end = max(range.end, min(range.start + 1, bytes.count))
        return Diagnostic(.syntax, message, source: self, range: SourceRange(range.start, end), label: label, hint: hint, notes: notes)
    }
}
