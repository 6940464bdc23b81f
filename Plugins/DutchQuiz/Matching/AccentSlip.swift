/// An answer that differs from the right spelling only in its accents: `een` for `één`, `gradient` for `gradiënt`.
public struct AccentSlip: Equatable, Sendable {
    /// The answer as compared (lower case, normalised).
    public let typed: String
    /// The right spelling as compared.
    public let expected: String
    /// Whether the accents make another word: `een` (a) is not `één` (one). Such a slip is not
    /// fully right; a missing trema or a French accent only misspells the same word.
    public let changesWord: Bool

    /// The right spelling with each differing letter marked: `[e→é][e→é]n` (typed → right).
    public var rendered: String {
        let typed = Array(self.typed)
        let expected = Array(self.expected)
        guard typed.count == expected.count else { return self.expected }
        return zip(typed, expected).map { t, e in t == e ? String(e) : "[\(t)→\(e)]" }.joined()
    }
}
