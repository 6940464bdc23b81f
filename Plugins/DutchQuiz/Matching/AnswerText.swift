import Foundation

/// The form in which an answer and an accepted answer are compared (see docs/QUIZ.md, "Matching answers").
///
/// ``comparable(_:)`` applies rules 1–4: Unicode NFC with the `ĳ` ligature spelled `ij`,
/// typographic quotes, dashes and spaces mapped to their plain forms, punctuation dropped,
/// whitespace trimmed and collapsed, and everything lower-cased. ``foldingAccents(_:)``
/// removes accents on top of that, for rule 7.
public enum AnswerText {
    /// The text as the matcher compares it: `"  Het ’s-Avonds!  "` becomes `het 's-avonds`.
    public static func comparable(_ text: String) -> String {
        var out = ""
        var pendingSpace = false
        for scalar in text.precomposedStringWithCanonicalMapping.unicodeScalars {
            let mapped = plain(scalar)
            if mapped == " " {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out.append(" ")
                pendingSpace = false
            }
            out.append(mapped)
        }
        return out.lowercased()
    }

    /// `text` without its accents: `één` becomes `een`, `coëfficiënt` becomes `coefficient`.
    ///
    /// Each character keeps its place (an accented letter becomes one plain letter), so a
    /// position in the folded text is the same position in the original.
    public static func foldingAccents(_ text: String) -> String {
        let kept = text.decomposedStringWithCanonicalMapping.unicodeScalars.filter {
            $0.properties.generalCategory != .nonspacingMark
        }
        return String(String.UnicodeScalarView(kept)).precomposedStringWithCanonicalMapping
    }

    /// The number of letters in `text`: the length the typo rule looks at.
    public static func letterCount(_ text: String) -> Int {
        text.reduce(0) { $0 + ($1.isLetter ? 1 : 0) }
    }

    /// One scalar in its plain form; punctuation and every kind of space become a space.
    private static func plain(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "\u{0133}": return "ij"
        case "\u{0132}": return "IJ"
        case "\u{2019}", "\u{2018}", "\u{02BC}", "\u{0060}", "\u{00B4}", "\u{2032}": return "'"
        case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2212}": return "-"
        default: break
        }
        if scalar.properties.isWhitespace || droppedPunctuation.contains(scalar) { return " " }
        return String(scalar)
    }

    /// Punctuation that never changes a word: sentence marks, quotes and brackets.
    private static let droppedPunctuation: Set<Unicode.Scalar> = [
        ".", ",", "!", "?", ";", ":", "\"", "(", ")", "[", "]", "{", "}", "¡", "¿", "…",
        "\u{201C}", "\u{201D}", "\u{201E}", "\u{00AB}", "\u{00BB}", "\u{2039}", "\u{203A}",
    ]
}
