import KnobsPluginAPI

/// One question about one deck entry: what to show, and what a typed answer is worth.
struct Question {
    let kind: QuestionKind
    let entry: DeckEntry
    /// The options, for multiple choice.
    let choice: MultipleChoice?
    /// The sentence with its gap, for a cloze.
    let cloze: Cloze?
    /// Whether a noun typed in Dutch must come with its article (``QuizOptions/articles``).
    let requireArticle: Bool

    /// A question of `kind` about `entry`; multiple choice draws its options from `deck` with `random`.
    init(kind: QuestionKind, entry: DeckEntry, deck: Deck, requireArticle: Bool = false, random: inout RandomGenerator) {
        self.kind = kind
        self.entry = entry
        self.requireArticle = requireArticle
        choice = kind == .choice ? MultipleChoice(for: entry, in: deck, side: .english, random: &random) : nil
        cloze = kind == .cloze ? Cloze(entry: entry) : nil
    }

    /// The kind of question `mode` asks about `entry`, given its card (nil when new).
    ///
    /// ``QuizMode/mixed`` goes from easy to hard as a word is learned: multiple choice for a
    /// word never reviewed, Dutch → English while it is in its learning steps, and in review
    /// one of English → Dutch, the cloze and Dutch → English, drawn from `random`. A cloze needs
    /// a sentence that holds the word (else English → Dutch), multiple choice a second entry
    /// (else Dutch → English).
    static func kind(for mode: QuizMode, card: Card?, entry: DeckEntry, deck: Deck, random: inout RandomGenerator) -> QuestionKind {
        let hasCloze = Cloze(entry: entry) != nil
        let canChoose = deck.entries.count >= 2
        switch mode {
        case .recognition: return .recognition
        case .production: return .production
        case .listening: return .listening
        case .cloze: return hasCloze ? .cloze : .production
        case .choice: return canChoose ? .choice : .recognition
        case .mixed:
            guard let card, card.lastReview != nil else { return canChoose ? .choice : .recognition }
            guard card.state == .review else { return .recognition }
            let kinds: [QuestionKind] = hasCloze ? [.production, .cloze, .recognition] : [.production, .recognition]
            return kinds[Int(random.below(UInt64(kinds.count)))]
        }
    }

    /// What the learner sees: the word, meaning, gap or options, and what to type.
    func prompt(_ symbols: QuizSymbols) -> String {
        let word = symbols.paint(entry.wordWithArticle, QuizSymbols.wordStyle)
        switch kind {
        case .recognition:
            return "  \(word)\nWhat does it mean in English?\n"
        case .production:
            return "  \(symbols.paint(entry.meanings.joined(separator: "; "), QuizSymbols.wordStyle))\nWhat is it in Dutch\(asksArticle ? ", with de or het" : "")?\n"
        case .choice:
            let options = (choice?.options ?? []).enumerated().map { "    \($0.offset + 1)  \($0.element)\n" }.joined()
            return "  \(word)\n\(options)Which meaning? Type its number (or the meaning).\n"
        case .cloze:
            let sentence = cloze?.sentence ?? ""
            let clue = cloze.map { $0.translation.isEmpty ? "" : "  (\($0.translation))\n" } ?? ""
            return "  \(sentence)\n\(clue)Which word fills the gap?\n"
        case .listening:
            return "  (spoken in Dutch: :say plays it again)\nWrite the Dutch word you heard\(asksArticle ? ", with its article" : "").\n"
        }
    }

    /// Whether the prompt asks for de or het: the option is on and the word is a noun.
    private var asksArticle: Bool {
        requireArticle && entry.article != nil
    }

    /// Whether `:say` may speak the word now, before the answer: not where the word is the answer.
    var maySpeakBeforeAnswer: Bool {
        kind == .recognition || kind == .choice || kind == .listening
    }

    /// Why `typed` cannot be taken as an answer (a choice that is not one), or nil.
    func problem(with typed: String) -> String? {
        guard kind == .choice, let choice, let number = Int(typed.trimmingCharacters(in: .whitespaces)) else { return nil }
        return (1...choice.options.count).contains(number) ? nil : "Type a number from 1 to \(choice.options.count), or the meaning."
    }

    /// What `typed` is worth; an empty answer asks for the answer (blank: Again).
    func judge(_ typed: String, matcher: AnswerMatcher) -> Judgement {
        if typed.trimmingCharacters(in: .whitespaces).isEmpty { return Judgement(verdict: .blank, typed: typed) }
        switch kind {
        case .recognition:
            return Judgement(matcher.matchMeaning(typed, for: entry), typed: typed)
        case .production, .listening:
            return Judgement(matcher.matchWord(typed, for: entry, requireArticle: requireArticle), typed: typed)
        case .cloze:
            let form = cloze?.answer ?? entry.word
            let match = matcher.matchForm(typed, expected: form)
            if match.verdict == .wrong, AnswerText.comparable(form) != AnswerText.comparable(entry.word),
               matcher.matchWord(typed, for: entry).verdict == .exact {
                return Judgement(verdict: .otherForm(form), typed: typed)
            }
            return Judgement(match, typed: typed)
        case .choice:
            return judgeChoice(typed, matcher: matcher)
        }
    }

    private func judgeChoice(_ typed: String, matcher: AnswerMatcher) -> Judgement {
        guard let choice else { return Judgement(verdict: .wrong, typed: typed) }
        let key = AnswerText.comparable(typed)
        let picked = Int(key).map { $0 - 1 } ?? choice.options.firstIndex { AnswerText.comparable($0) == key }
        if let picked {
            return picked == choice.answerIndex
                ? Judgement(verdict: .exact, typed: typed)
                : Judgement(verdict: .wrongChoice("\(picked + 1)  \(choice.options[picked])"), typed: typed)
        }
        return Judgement(matcher.matchMeaning(typed, for: entry), typed: typed)
    }
}
