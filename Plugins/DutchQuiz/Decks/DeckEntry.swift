/// One word or phrase of a deck: what the quiz asks and what it accepts.
public struct DeckEntry: Equatable, Sendable {
    /// The Dutch word or phrase as the deck writes it (`trainen`, `een rol spelen`).
    public var word: String
    /// *de* or *het* for a noun; nil otherwise.
    public var article: NounArticle?
    /// The pronunciation in IPA, without the enclosing slashes (empty when the deck gives none).
    public var ipa: String
    /// Every accepted English meaning, in the deck's order; the first is the one shown.
    public var meanings: [String]
    /// A Dutch sentence that uses the word (empty when the deck gives none).
    public var dutchExample: String
    /// The English translation of ``dutchExample``.
    public var englishExample: String
    /// Tags, such as the part of speech (`noun`, `verb`, …) and a topic.
    public var tags: [String]
    /// The forms of the word that ``dutchExample`` uses instead of the word itself (`getraind` for `trainen`).
    public var forms: [String]
    /// The line of the deck file the entry comes from (0 when made in code).
    public var line: Int

    public init(
        word: String, article: NounArticle? = nil, ipa: String = "", meanings: [String],
        dutchExample: String = "", englishExample: String = "", tags: [String] = [], forms: [String] = [], line: Int = 0
    ) {
        self.word = word
        self.article = article
        self.ipa = ipa
        self.meanings = meanings
        self.dutchExample = dutchExample
        self.englishExample = englishExample
        self.tags = tags
        self.forms = forms
        self.line = line
    }

    /// The word with its article, as a learner should learn a noun: `het gewicht`.
    public var wordWithArticle: String {
        article.map { "\($0.rawValue) \(word)" } ?? word
    }

    /// The IPA between slashes, as dictionaries print it, or nil when the deck gives none.
    public var ipaForDisplay: String? {
        ipa.isEmpty ? nil : "/\(ipa)/"
    }

    /// The part of speech its tags name (or `noun` when it has an article).
    public var partOfSpeech: PartOfSpeech? {
        PartOfSpeech.of(tags: tags, article: article)
    }
}
