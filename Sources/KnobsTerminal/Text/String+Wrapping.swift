import KnobsLang

extension String {
    /// The text broken at spaces into lines no wider than `width` columns (a
    /// longer word stands alone on its line), so that the REPL's own messages
    /// never break in the middle of a word at the terminal's edge.
    public func wrapped(width: Int) -> String {
        split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            var lines: [String] = []
            var current = ""
            for word in line.split(separator: " ") {
                if !current.isEmpty, DisplayWidth.of(current) + 1 + DisplayWidth.of(word) > width {
                    lines.append(current)
                    current = ""
                }
                if !current.isEmpty { current.append(" ") }
                current.append(contentsOf: word)
            }
            lines.append(current)
            return lines.joined(separator: "\n")
        }.joined(separator: "\n")
    }
}
