// Foundation's whitespace character sets, told without Foundation: its
// `trimmingCharacters(in:)` copies the text through `NSString`, which cost more
// than reading a lesson's front matter or a question.

extension Unicode.Scalar {
    /// Whether this is one of `CharacterSet.whitespaces`: a tab, a space separator (general
    /// category Zs), or U+200B ZERO WIDTH SPACE, which Foundation still counts as Unicode once did.
    var isSpaceOrTab: Bool {
        self == "\t" || self == "\u{200B}" || properties.generalCategory == .spaceSeparator
    }

    /// Whether this is one of `CharacterSet.whitespacesAndNewlines`: Unicode's White_Space
    /// (spaces, tabs, line and paragraph breaks), and U+200B as above.
    var isWhitespaceOrNewline: Bool {
        self == "\u{200B}" || properties.isWhitespace
    }
}

extension String {
    /// The text without `CharacterSet.whitespacesAndNewlines` at either end.
    func trimmingWhitespaceAndNewlines() -> String {
        trimming(\.isWhitespaceOrNewline)
    }

    /// The text without `CharacterSet.whitespaces` (spaces and tabs) at either end.
    func trimmingSpacesAndTabs() -> String {
        trimming(\.isSpaceOrTab)
    }

    private func trimming(_ isTrimmed: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !isTrimmed($0) }), let last = scalars.lastIndex(where: { !isTrimmed($0) }) else { return "" }
        return String(scalars[first...last])
    }
}
