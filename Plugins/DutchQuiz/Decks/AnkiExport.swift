/// Writes a deck as an Anki "Notes in Plain Text" file that Anki 2.1.54 and later import as it is.
///
/// The header names the separator, says the fields are HTML, names the columns with the deck's
/// column names (so ``AnkiFieldMapping/automatic(for:)`` maps them back) and marks the tags column.
public enum AnkiExport {
    /// The columns, in order; the last holds the tags.
    static let columns: [DeckColumn] = [.word, .article, .ipa, .meanings, .dutchExample, .englishExample, .forms, .tags]

    /// The export of `deck`.
    public static func text(for deck: Deck) -> String {
        var out = "#separator:tab\n#html:true\n"
        out += "#columns:" + columns.map(\.rawValue).joined(separator: "\t") + "\n"
        out += "#tags column:\(columns.count)\n"
        for entry in deck.entries {
            let fields = columns.map { column -> String in
                switch column {
                case .word: return entry.word
                case .article: return entry.article?.rawValue ?? ""
                case .ipa: return entry.ipa
                case .meanings: return entry.meanings.joined(separator: "; ")
                case .dutchExample: return entry.dutchExample
                case .englishExample: return entry.englishExample
                case .forms: return entry.forms.joined(separator: "; ")
                case .tags: return entry.tags.joined(separator: " ")
                }
            }
            out += fields.map { column in quoted(HTMLText.escaped(column)) }.joined(separator: "\t") + "\n"
        }
        return out
    }

    /// A field in quotes when Anki would otherwise misread it: one that starts with `#`, which
    /// would make a comment of a note's first field.
    private static func quoted(_ field: String) -> String {
        field.hasPrefix("#") ? "\"\(field)\"" : field
    }
}
