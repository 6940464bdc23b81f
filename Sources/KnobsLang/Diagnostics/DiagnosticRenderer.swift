/// Turns diagnostics into text for a terminal, the way good compilers show them.
///
/// ```
/// error: undefined variable 'wieght'
///  --> <eval>:1:5
///   |
/// 1 | y = wieght * 2
///   |     ^^^^^^ did you mean 'weight'?
/// ```
public struct DiagnosticRenderer: Sendable {
    /// Whether to colour the output with ANSI escapes.
    public var color: Bool

    public init(color: Bool) {
        self.color = color
    }

    /// The full text of one diagnostic, ending in a newline.
    public func render(_ d: Diagnostic) -> String {
        var out = paint(headline(d.kind), code: "1;31") + paint(": " + d.message, code: "1") + "\n"
        if let source = d.source, let range = d.range {
            let start = source.location(of: range.start)
            let localLine = start.line - source.lineOffset
            let gutter = String(start.line).count
            let pad = String(repeating: " ", count: gutter)
            out += pad + paint("--> ", code: "34") + "\(source.name):\(start)\n"
            out += pad + paint(" |", code: "34") + "\n"
            let lineText = source.lineText(localLine)
            out += paint(String(start.line), code: "34") + paint(" | ", code: "34") + printable(lineText) + "\n"
            let width = caretWidth(source: source, range: range, column: start.column, lineText: lineText)
            let lead = displayPrefix(lineText, columns: start.column - 1)
            var caretLine = pad + paint(" | ", code: "34") + lead + paint(String(repeating: "^", count: width), code: "1;31")
            if let label = d.label { caretLine += " " + paint(label, code: "1;31") }
            out += caretLine + "\n"
        } else if let source = d.source {
            out += " " + paint("--> ", code: "34") + source.name + "\n"
        }
        for note in d.notes {
            out += "  " + paint("= note: ", code: "1") + note + "\n"
        }
        if let hint = d.hint {
            out += "  " + paint("= hint: ", code: "1;32") + hint + "\n"
        }
        return out
    }

    /// All diagnostics, separated by blank lines.
    public func render(_ list: [Diagnostic]) -> String {
        list.map(render).joined(separator: "\n")
    }

    private func headline(_ kind: Diagnostic.Kind) -> String {
        switch kind {
        case .syntax: return "error"
        case .runtime: return "runtime error"
        case .limit: return "limit reached"
        case .expectation: return "check failed"
        }
    }

    /// The columns the caret spans: the range's text on its first line, at least one.
    private func caretWidth(source: SourceFile, range: SourceRange, column: Int, lineText: String) -> Int {
        let text = source.slice(range)
        let firstLine = text.split(separator: "\n", omittingEmptySubsequences: false).first ?? ""
        let rest = String(String.UnicodeScalarView(lineText.unicodeScalars.dropFirst(column - 1)))
        return max(1, min(DisplayWidth.of(firstLine), DisplayWidth.of(rest)))
    }

    /// Blanks as wide as the characters before the caret.
    private func displayPrefix(_ line: String, columns: Int) -> String {
        let before = String(String.UnicodeScalarView(line.unicodeScalars.prefix(columns)))
        return String(repeating: " ", count: DisplayWidth.of(before))
    }

    /// The source line as it may safely reach a terminal: tabs as four spaces,
    /// control characters (an escape sequence in a hostile file) as `�`.
    private func printable(_ line: String) -> String {
        var out = ""
        for scalar in line.unicodeScalars {
            if scalar == "\t" {
                out += "    "
            } else if scalar.properties.generalCategory == .control {
                out += "\u{FFFD}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private func paint(_ text: String, code: String) -> String {
        color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
