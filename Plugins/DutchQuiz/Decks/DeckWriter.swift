/// Writes a deck in knobs's own format, which ``DeckParser`` reads back to the same deck.
public enum DeckWriter {
    /// The deck file of `deck`: the header with every column, then one line per entry.
    public static func text(for deck: Deck) -> String {
        var out = DeckColumn.header + "\n"
        for entry in deck.entries {
            let fields: [String] = DeckColumn.allCases.map { column in
                switch column {
                case .word: return entry.word
                case .article: return entry.article?.rawValue ?? ""
                case .ipa: return entry.ipa
                case .meanings: return entry.meanings.joined(separator: "; ")
                case .dutchExample: return entry.dutchExample
                case .englishExample: return entry.englishExample
                case .tags: return entry.tags.joined(separator: " ")
                case .forms: return entry.forms.joined(separator: "; ")
                }
            }
            out += fields.map(singleLine).joined(separator: "\t") + "\n"
        }
        return out
    }

    /// A field as one line without tabs: a tab or line break becomes a space.
    private static func singleLine(_ field: String) -> String {
        String(field.map { $0 == "\t" || $0.isNewline ? " " : $0 })
    }
}
