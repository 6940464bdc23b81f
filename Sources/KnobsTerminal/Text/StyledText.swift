import KnobsLang

/// A line (or a paragraph) of text made of runs that each have a ``Style``.
///
/// The renderers build everything as styled text and turn it into a string
/// only at the end, with ANSI escapes or without any.
public struct StyledText: Hashable, Sendable {
    /// A stretch of text in one style.
    public struct Run: Hashable, Sendable {
        public var text: String
        public var style: Style
    }

    public private(set) var runs: [Run] = []

    public init() {}

    public init(_ text: String, _ style: Style = .plain) {
        append(text, style)
    }

    /// Adds text at the end, joined to the last run when the style is the same.
    public mutating func append(_ text: String, _ style: Style = .plain) {
        guard !text.isEmpty else { return }
        if let last = runs.last, last.style == style {
            runs[runs.count - 1].text += text
        } else {
            runs.append(Run(text: text, style: style))
        }
    }

    public mutating func append(_ other: StyledText) {
        for run in other.runs { append(run.text, run.style) }
    }

    /// The text without styles.
    public var plainText: String { runs.map(\.text).joined() }

    /// The columns the text takes on a terminal.
    public var width: Int { runs.reduce(0) { $0 + DisplayWidth.of($1.text) } }

    public var isEmpty: Bool { runs.isEmpty }

    /// The text for a terminal: with `color`, each styled run between its
    /// escape codes and a reset; without, the bare characters.
    public func rendered(color: Bool) -> String {
        guard color else { return plainText }
        var out = ""
        for run in runs {
            if let codes = run.style.sgrCodes {
                out += "\u{1B}[\(codes)m\(run.text)\u{1B}[0m"
            } else {
                out += run.text
            }
        }
        return out
    }

    /// Padded with plain spaces to `columns` (nothing is cut when it is wider).
    func padded(to columns: Int) -> StyledText {
        var out = self
        out.append(String(repeating: " ", count: max(0, columns - width)))
        return out
    }

    static func + (lhs: StyledText, rhs: StyledText) -> StyledText {
        var out = lhs
        out.append(rhs)
        return out
    }
}

extension StyledText {
    /// Without the spaces at its end that nobody can see (unstyled or without a background).
    func trimmingTrailingSpaces() -> StyledText {
        var runs = self.runs
        while let last = runs.last, last.style.background == nil {
            var text = last.text
            while text.last == " " { text.removeLast() }
            if !text.isEmpty {
                runs[runs.count - 1].text = text
                break
            }
            runs.removeLast()
        }
        var out = StyledText()
        for run in runs { out.append(run.text, run.style) }
        return out
    }

    /// Text as it may safely reach a terminal: control characters (an escape
    /// sequence hidden in a lesson) become `�`, tabs four spaces.
    static func sanitized(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                out.unicodeScalars.append(scalar)
            } else if scalar == "\t" {
                out += "    "
            } else if scalar.properties.generalCategory == .control {
                out += "\u{FFFD}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
