/// The characters a deck's pronunciation may use: the symbols of the International Phonetic Alphabet.
public enum IPA {
    /// Whether `scalar` is an IPA letter, diacritic, suprasegmental or tone mark, a space between
    /// words, or a parenthesis around a sound that may be left out, as in `ˈtreːnə(n)`.
    public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        if ("a"..."z").contains(scalar) || extraSymbols.contains(scalar) { return true }
        switch scalar.value {
        case 0x0250...0x02AF: return true  // IPA Extensions: ɑ ɣ ʋ ʏ ʃ ʒ …
        case 0x02B0...0x02FF: return true  // spacing modifier letters: ˈ ˌ ː ʰ ʲ …
        case 0x0300...0x036F: return true  // combining diacritics: ̃ ̥ ̩ ̯ and the tie bars
        case 0x1D00...0x1DBF: return true  // phonetic extensions and their superscripts
        default: return false
        }
    }

    /// Advice for a character that is not IPA, for the common stand-ins.
    static func hint(for scalar: Unicode.Scalar) -> String {
        switch scalar {
        case ":": return "the length mark is ː (U+02D0), not a colon"
        case "'", "’": return "the stress mark is ˈ (U+02C8) before the stressed syllable, not an apostrophe"
        case ",": return "the secondary stress mark is ˌ (U+02CC), not a comma"
        case "/", "[", "]": return "write the transcription between one pair of slashes, or none"
        default:
            if ("A"..."Z").contains(scalar) { return "IPA symbols are lower-case letters: \(String(scalar).lowercased())?" }
            if ("0"..."9").contains(scalar) { return "IPA has no digits; write the sounds" }
            return "use the symbols of the IPA chart, such as ɣ, ʋ, ɛi, œy, ʌu, ː and ˈ"
        }
    }

    /// Letters outside the IPA blocks that the IPA uses (æ ç ð ø ħ ŋ œ θ β χ …), plus the word space,
    /// the syllable dot, the group marks and the optional-sound parentheses.
    private static let extraSymbols: Set<Unicode.Scalar> = [
        "æ", "ç", "ð", "ø", "ħ", "ŋ", "œ", "ɶ", "θ", "β", "χ", "ǀ", "ǁ", "ǂ", "ǃ", "ⱱ", "ꜛ", "ꜜ", "‿", "‖",
        " ", ".", "|", "(", ")",
    ]
}
