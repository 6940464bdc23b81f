/// How a piece of text looks on a colour terminal: colours and attributes.
///
/// A renderer that may not colour (``Terminal/color`` is false) ignores
/// styles entirely, so everything a style says must also be said some other
/// way (a marker, a bullet, backticks) when it matters to the reader.
public struct Style: Hashable, Sendable {
    /// A colour of the 256-colour palette (`ESC[38;5;Nm`): 0–15 the terminal's
    /// own, 16–231 a 6×6×6 cube, 232–255 greys.
    public var foreground: UInt8?
    public var background: UInt8?
    public var bold = false
    public var dim = false
    public var italic = false
    public var underline = false

    public init(foreground: UInt8? = nil, background: UInt8? = nil, bold: Bool = false, dim: Bool = false, italic: Bool = false, underline: Bool = false) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.dim = dim
        self.italic = italic
        self.underline = underline
    }

    /// No colour, no attributes.
    public static let plain = Style()

    /// The select-graphic-rendition codes that switch this style on, or nil for plain text.
    var sgrCodes: String? {
        var codes: [String] = []
        if bold { codes.append("1") }
        if dim { codes.append("2") }
        if italic { codes.append("3") }
        if underline { codes.append("4") }
        if let foreground { codes.append("38;5;\(foreground)") }
        if let background { codes.append("48;5;\(background)") }
        return codes.isEmpty ? nil : codes.joined(separator: ";")
    }

    /// This style with another laid over it: the other's colours win where it has them, attributes add up.
    func merged(with other: Style) -> Style {
        Style(
            foreground: other.foreground ?? foreground, background: other.background ?? background,
            bold: bold || other.bold, dim: dim || other.dim, italic: italic || other.italic, underline: underline || other.underline)
    }
}
