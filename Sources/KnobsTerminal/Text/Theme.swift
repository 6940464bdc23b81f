import KnobsLang

/// The colours of everything the terminal renderers draw, in one place.
///
/// Colours are from the 256-colour palette and chosen to read on both dark
/// and light backgrounds. Only used when colour is on.
enum Theme {
    static let heading = Style(foreground: 75, bold: true)
    static let subheading = Style(foreground: 110, bold: true)
    static let minorHeading = Style(bold: true)
    static let emphasis = Style(italic: true)
    static let strong = Style(bold: true)
    static let inlineCode = Style(foreground: 179)
    static let linkText = Style(foreground: 75, underline: true)
    static let address = Style(dim: true)
    static let frame = Style(dim: true)
    static let bullet = Style(foreground: 75)
    static let tableHeader = Style(bold: true)
    static let title = Style(bold: true)

    /// How knobs code is coloured, by the role the language's lexer gives each piece.
    static func code(_ role: SyntaxHighlighter.Role) -> Style {
        switch role {
        case .keyword: return Style(foreground: 170, bold: true)
        case .literal, .number: return Style(foreground: 173)
        case .string: return Style(foreground: 114)
        case .libraryName: return Style(foreground: 75)
        case .comment: return Style(foreground: 244, italic: true)
        case .invalid: return Style(foreground: 203, underline: true)
        case .plain, .name, .operator, .punctuation: return .plain
        }
    }
}
