/// A column of a deck file, named in its header (see docs/QUIZ.md, "Decks").
public enum DeckColumn: String, CaseIterable, Sendable {
    case word
    case article
    case ipa
    case meanings
    case dutchExample = "example_nl"
    case englishExample = "example_en"
    case tags
    case forms

    /// Whether every deck's header must have it; only `forms` may be left out.
    public var isRequired: Bool {
        self != .forms
    }

    /// The header a new deck starts with, tab-separated.
    public static var header: String {
        allCases.map(\.rawValue).joined(separator: "\t")
    }

    /// The separator between several meanings, or several forms, in one field.
    public static let listSeparator: Character = ";"
}
