/// A named list of words to learn, read from a deck file or bundled with knobs.
public struct Deck: Equatable, Sendable {
    /// The deck's name: a bundled deck's name (`ai`) or the file it was read from.
    public var name: String
    /// The entries, in file order; no two share a word.
    public var entries: [DeckEntry]

    public init(name: String, entries: [DeckEntry]) {
        self.name = name
        self.entries = entries
    }

    /// The entry for `word`, compared as answers are (case, accents and `ĳ` as the matcher folds them).
    public func entry(for word: String) -> DeckEntry? {
        let key = DeckEntry.key(word)
        return entries.first { DeckEntry.key($0.word) == key }
    }
}

extension DeckEntry {
    /// The form under which two words count as the same word of a deck.
    static func key(_ word: String) -> String {
        AnswerText.comparable(word)
    }
}
