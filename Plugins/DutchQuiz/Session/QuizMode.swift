/// How a quiz asks its questions (`--mode`).
public enum QuizMode: String, CaseIterable, Sendable {
    /// Each card by how well it is known: multiple choice for a new word, Dutch → English while
    /// it is being learned, then English → Dutch, cloze or Dutch → English once it is in review.
    case mixed
    /// Dutch → English: the Dutch word is shown, its meaning is typed.
    case recognition
    /// English → Dutch: a meaning is shown, the Dutch word is typed.
    case production
    /// Multiple choice: the Dutch word is shown with four meanings to choose from.
    case choice
    /// Cloze: the example sentence with the word blanked out; the missing form is typed.
    case cloze
    /// Listening: the word is spoken by espeak-ng and written down.
    case listening

    /// Other names a learner may type: `nl-en`, `en-nl`, `mc`, `multiple-choice`.
    static let aliases: [String: QuizMode] = [
        "nl-en": .recognition, "en-nl": .production, "mc": .choice, "multiple-choice": .choice,
    ]

    /// The mode a name stands for (its own name or an alias, in any case), or nil.
    public init?(name: String) {
        let lowered = name.lowercased()
        guard let mode = QuizMode(rawValue: lowered) ?? QuizMode.aliases[lowered] else { return nil }
        self = mode
    }

    /// The names to list in help and errors.
    public static let names = QuizMode.allCases.map(\.rawValue)
}

/// The kind of one question; ``QuizMode/mixed`` chooses one of these per card.
public enum QuestionKind: String, Sendable {
    case recognition, production, choice, cloze, listening

    /// How the question is labelled above its prompt.
    func title(_ symbols: QuizSymbols) -> String {
        switch self {
        case .recognition: "Dutch \(symbols.arrow) English"
        case .production: "English \(symbols.arrow) Dutch"
        case .choice: "multiple choice"
        case .cloze: "fill the gap"
        case .listening: "listening"
        }
    }
}
