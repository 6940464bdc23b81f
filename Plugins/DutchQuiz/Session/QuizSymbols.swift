import KnobsPluginAPI

/// The characters and colours the quiz writes with: Unicode or ASCII, colour or none.
///
/// Without colour every style is dropped, so what a colour says is also said in words
/// (`Right`, `Almost`, `Not quite`) and marks (`✔`, `≈`, `✘`).
public struct QuizSymbols: Sendable {
    public let unicode: Bool
    public let color: Bool

    public init(terminal: Terminal) {
        unicode = terminal.unicode
        color = terminal.color
    }

    var right: String { unicode ? "✔" : "+" }
    var almost: String { unicode ? "≈" : "~" }
    var wrong: String { unicode ? "✘" : "x" }
    var arrow: String { unicode ? "→" : "->" }
    var dot: String { unicode ? "·" : "-" }
    var dash: String { unicode ? "—" : "--" }
    var barDone: Character { unicode ? "━" : "#" }
    var barLeft: Character { unicode ? "─" : "." }

    static let rightStyle = Style(foreground: 71, bold: true)
    static let almostStyle = Style(foreground: 179, bold: true)
    static let wrongStyle = Style(foreground: 167, bold: true)
    static let wordStyle = Style(bold: true)
    static let quietStyle = Style(dim: true)
    static let chosenStyle = Style(foreground: 75, bold: true)

    /// `text` in `style` where colour may be used.
    func paint(_ text: String, _ style: Style) -> String {
        StyledText(text, style).rendered(color: color)
    }
}
