import KnobsPluginAPI

/// The plugin's functions in the knobs language: the bundled decks as values, for a lesson to
/// show. They read nothing at run time: the decks are read once, when the plugin registers.
enum DeckFunctions {
    /// Adds `deck(name)` and `ipa(word)` for the bundled `decks` (by name).
    static func register(into host: PluginHost, decks: [String: Deck]) {
        host.function(
            Signature("deck", "name"),
            doc: "The entries of a bundled deck as a list of records: deck(\"corner\")[0].word is \"Computer\"; each has word, article, ipa, meanings, example_nl, example_en and tags."
        ) { arguments, context in
            let name = try arguments.string(0, "deck")
            guard let deck = decks[name] else {
                throw RuntimeError("there is no bundled deck '\(name)'", hint: "the bundled decks are: \(Deck.bundledNames.joined(separator: ", "))", argument: 0)
            }
            return try context.newList(deck.entries.map(record))
        }
        host.function(
            Signature("ipa", "word"),
            doc: "The pronunciation of a word of the bundled decks, in IPA: ipa(\"gewicht\") is \"ɣəˈʋɪxt\" (an article before the word is fine)."
        ) { arguments, _ in
            let word = try arguments.string(0, "ipa")
            guard let entry = lookUp(word, in: decks), !entry.ipa.isEmpty else {
                throw RuntimeError("the bundled decks give no pronunciation for '\(word)'", hint: "deck(\"ai\") lists the words they have", argument: 0)
            }
            return .string(entry.ipa)
        }
    }

    /// The entry for `word` (with or without its article) in the bundled decks, `corner` first.
    static func lookUp(_ word: String, in decks: [String: Deck]) -> DeckEntry? {
        var text = AnswerText.comparable(word)
        for article in NounArticle.allCases where text.hasPrefix(article.rawValue + " ") {
            text.removeFirst(article.rawValue.count + 1)
        }
        for name in Deck.bundledNames {
            if let entry = decks[name]?.entry(for: word) ?? decks[name]?.entry(for: text) { return entry }
        }
        return nil
    }

    /// One entry as a record of the language.
    private static func record(_ entry: DeckEntry) -> Value {
        .record(RecordValue(
            keys: ["word", "article", "ipa", "meanings", "example_nl", "example_en", "tags"],
            values: [
                .string(entry.word), entry.article.map { .string($0.rawValue) } ?? .nil, .string(entry.ipa),
                .list(ListValue(entry.meanings.map(Value.string))), .string(entry.dutchExample), .string(entry.englishExample),
                .list(ListValue(entry.tags.map(Value.string))),
            ]))
    }
}
