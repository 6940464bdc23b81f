import KnobsLang

/// The lines of a code block, coloured as knobs code when its info string says `knobs`.
struct CodeStyler {
    let color: Bool
    /// Names to colour as the library's: the standard library and what a host added (`plot`).
    let libraryNames: Set<String>

    func lines(_ code: String, info: String) -> [StyledText] {
        let text = StyledText.sanitized(code)
        let language = info.split(separator: " ").first.map(String.init) ?? ""
        guard color, language == "knobs" else {
            return text.split(separator: "\n", omittingEmptySubsequences: false).map { StyledText(String($0)) }
        }
        var lines = [StyledText()]
        for piece in SyntaxHighlighter.pieces(of: text, libraryNames: libraryNames) {
            let style = Theme.code(piece.role)
            let parts = piece.text.split(separator: "\n", omittingEmptySubsequences: false)
            for (index, part) in parts.enumerated() {
                if index > 0 { lines.append(StyledText()) }
                lines[lines.count - 1].append(String(part), style)
            }
        }
        return lines
    }
}
