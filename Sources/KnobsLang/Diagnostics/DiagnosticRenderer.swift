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
        var out = paint(headline(d.kind), code: "1;31") + paint(": " + Self.shortened(d.message), code: "1") + "\n"
        if let source = d.source, let range = d.range {
            let start = source.location(of: range.start)
            let localLine = start.line - source.lineOffset
            let gutter = String(start.line).count
            let pad = String(repeating: " ", count: gutter)
            out += pad + paint("--> ", code: "34") + "\(source.name):\(start)\n"
            out += pad + paint(" |", code: "34") + "\n"
            let (lineText, column) = Self.excerpt(source.lineText(localLine), column: start.column)
            out += paint(String(start.line), code: "34") + paint(" | ", code: "34") + printable(lineText) + "\n"
            let width = caretWidth(source: source, range: range, column: column, lineText: lineText)
            let lead = displayPrefix(lineText, columns: column - 1)
            var caretLine = pad + paint(" | ", code: "34") + lead + paint(String(repeating: "^", count: width), code: "1;31")
            if let label = d.label { caretLine += " " + paint(Self.shortened(label), code: "1;31") }
            out += caretLine + "\n"
        } else if let source = d.source {
            out += " " + paint("--> ", code: "34") + source.name + "\n"
        }
        for note in d.notes {
            out += "  " + paint("= note: ", code: "1") + Self.shortened(note) + "\n"
        }
        if let hint = d.hint {
            out += "  " + paint("= hint: ", code: "1;32") + Self.shortened(hint) + "\n"
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

    /// The longest line shown whole, in characters; a longer one is cut around the caret.
    static let longestLine = 120

    /// The part of a long line to show, with `…` where it was cut, and where the caret's
    /// `column` falls in it: a diagnostic in a megabyte-long line stays a few lines long.
    static func excerpt(_ line: String, column: Int) -> (text: String, column: Int) {
        let scalars = Array(line.unicodeScalars)
        guard scalars.count > longestLine else { return (line, column) }
        let start = max(0, min(column - 1 - longestLine / 3, scalars.count - longestLine))
        let end = min(scalars.count, start + longestLine)
        var text = String.UnicodeScalarView()
        if start > 0 { text.append("…") }
        text.append(contentsOf: scalars[start..<end])
        if end < scalars.count { text.append("…") }
        return (String(text), column - start + (start > 0 ? 1 : 0))
    }

    /// The longest message, note or hint shown whole, in characters.
    static let longestMessage = 300

    /// A message quoting a huge name or value, its middle cut to `…`: its start says what is
    /// wrong, its end how the quote ends.
    static func shortened(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard scalars.count > longestMessage else { return text }
        var cut = String.UnicodeScalarView(scalars.prefix(longestMessage * 2 / 3))
        cut.append("…")
        cut.append(contentsOf: scalars.suffix(longestMessage / 3))
        return String(cut)
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
