/// How many terminal columns text takes: 0 for combining marks, 2 for wide
/// East Asian characters and emoji, 1 for the rest.
///
/// Text is measured by grapheme cluster (what a reader sees as one
/// character), as terminals that join clusters draw it: a flag (two regional
/// indicators), an emoji with U+FE0F (`🗣️`), a keycap (`1️⃣`) or a ZWJ
/// sequence (`👩‍💻`) takes two columns; a letter with combining marks (`ã`),
/// one. Wide characters are those of the Unicode East Asian Width property
/// (W and F, see ``EastAsianWidth``) and every emoji that shows as an emoji by
/// default. Used to line a caret up under the right character and to align
/// tables, wrap paragraphs and centre titles in the terminal.
public enum DisplayWidth {
    /// The columns of one Unicode scalar on its own.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        // Every ASCII scalar takes one column (what the rules below give it), without the cost of its properties.
        if scalar.isASCII { return 1 }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format:
            return 0
        default:
            break
        }
        switch scalar.value {
        case 0x200D, 0xFE00...0xFE0F, 0x1160...0x11FF, 0xD7B0...0xD7FF:
            // Joiners and variation selectors; Hangul vowels and final consonants join the syllable before.
            return 0
        default:
            break
        }
        if properties.isEmojiPresentation || EastAsianWidth.isWide(scalar.value) { return 2 }
        return 1
    }

    /// The columns of one grapheme cluster.
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard scalars.count > 1 else { return scalars.first.map { of($0) } ?? 0 }
        if scalars.contains("\u{FE0E}") {
            return min(1, scalars.first.map { of($0) } ?? 1)  // text presentation asked for
        }
        if scalars.contains("\u{FE0F}") || scalars.contains("\u{20E3}") { return 2 }
        if let first = scalars.first, first.properties.isEmojiPresentation || (scalars.contains("\u{200D}") && first.properties.isEmoji) {
            return 2  // flags, skin tones, ZWJ sequences: one picture
        }
        return scalars.reduce(0) { $0 + of($1) }
    }

    /// The columns a string takes, tabs counted as four.
    public static func of(_ text: some StringProtocol) -> Int {
        // As a String: the loops below then run as code for String, not generic code (several times slower).
        let text = String(text)
        // Printable ASCII: one character per byte, one column each (no two of them join into one character).
        if text.utf8.allSatisfy({ (0x20..<0x7F).contains($0) }) { return text.utf8.count }
        return text.reduce(0) { $0 + ($1 == "\t" ? 4 : of($1)) }
    }
}
