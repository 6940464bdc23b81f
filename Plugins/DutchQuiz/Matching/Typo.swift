/// One slip of the keyboard between an answer and the right spelling: a letter wrong, missing,
/// extra, or two neighbours swapped (Damerau's four edits, each counting as one).
public struct Typo: Equatable, Sendable {
    /// What kind of slip it is.
    public enum Kind: String, Equatable, Sendable {
        /// One letter typed in place of another: `netwerj` for `netwerk`.
        case substitution
        /// A letter left out: `gewcht` for `gewicht`.
        case missingLetter
        /// A letter too many: `gewiicht` for `gewicht`.
        case extraLetter
        /// Two neighbouring letters swapped: `gewihct` for `gewicht`.
        case transposition
    }

    public let kind: Kind
    /// The answer as compared (lower case, normalised).
    public let typed: String
    /// The right spelling as compared.
    public let expected: String
    /// Where in ``expected`` the slip is, counted in characters from 0.
    public let position: Int

    /// The right spelling with the slip marked in brackets: `netwer[j→k]`, `gew[+i]cht`,
    /// `gewi[-i]cht`, `gewi[hc→ch]t` (typed → right).
    public var rendered: String {
        let typed = Array(self.typed)
        let expected = Array(self.expected)
        let before = String(expected[..<position])
        switch kind {
        case .substitution:
            return before + "[\(typed[position])→\(expected[position])]" + String(expected[(position + 1)...])
        case .transposition:
            return before + "[\(typed[position])\(typed[position + 1])→\(expected[position])\(expected[position + 1])]" + String(expected[(position + 2)...])
        case .missingLetter:
            return before + "[+\(expected[position])]" + String(expected[(position + 1)...])
        case .extraLetter:
            return before + "[-\(typed[position])]" + String(expected[position...])
        }
    }

    /// The one slip that turns `typed` into `expected`, or nil when they are equal or further apart.
    ///
    /// The comparison runs over `typedKey` and `expectedKey` (the forms with their accents
    /// removed, character for character the same length as the originals), so an accent does
    /// not count as a second slip; the result shows the originals.
    static func between(typed: String, expected: String, typedKey: String, expectedKey: String) -> Typo? {
        let a = Array(typedKey)
        let b = Array(expectedKey)
        guard a.count == typed.count, b.count == expected.count, a != b else { return nil }
        var i = 0
        while i < min(a.count, b.count), a[i] == b[i] { i += 1 }
        func make(_ kind: Kind) -> Typo {
            Typo(kind: kind, typed: typed, expected: expected, position: i)
        }
        switch a.count - b.count {
        case 0:
            if a[(i + 1)...] == b[(i + 1)...] { return make(.substitution) }
            if i + 1 < a.count, a[i] == b[i + 1], a[i + 1] == b[i], a[(i + 2)...] == b[(i + 2)...] { return make(.transposition) }
            return nil
        case 1:
            return a[(i + 1)...] == b[i...] ? make(.extraLetter) : nil
        case -1:
            return a[i...] == b[(i + 1)...] ? make(.missingLetter) : nil
        default:
            return nil
        }
    }
}
