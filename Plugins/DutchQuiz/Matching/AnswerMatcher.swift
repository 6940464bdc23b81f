/// Judges a learner's answer fairly (see docs/QUIZ.md, "Matching answers", for each rule).
///
/// The answer and every accepted answer are brought to one form (``AnswerText/comparable(_:)``);
/// then the closest accepted answer decides: equal is exact, equal but for accents is an accent
/// slip, one typo away (for five letters or more) is almost, anything else is wrong. A typo that
/// spells another word of the deck is not forgiven.
public struct AnswerMatcher: Sendable {
    /// The words of the deck (and their forms), as compared: a typo that lands on one is wrong.
    private let dutchWords: Set<String>
    /// The meanings of the deck, as compared.
    private let englishWords: Set<String>

    /// A matcher that knows the words of `deck`, so that `laag` typed for `lag` would not pass as a typo.
    public init(deck: Deck) {
        dutchWords = Set(deck.entries.flatMap { [$0.word] + $0.forms }.map(AnswerText.comparable))
        englishWords = Set(deck.entries.flatMap(\.meanings).flatMap(AcceptedAnswer.meaning).map(\.key))
    }

    /// A matcher that knows no other words.
    public init() {
        dutchWords = []
        englishWords = []
    }

    /// English → Dutch: the entry's word; its article may be given and must then be right, and
    /// must be given when `requireArticle` is set.
    public func matchWord(_ answer: String, for entry: DeckEntry, requireArticle: Bool = false) -> AnswerMatch {
        var typed = AnswerText.comparable(answer)
        let wordKey = AnswerText.comparable(entry.word)
        var given: NounArticle?
        if entry.article != nil, let space = typed.firstIndex(of: " "),
           let article = NounArticle(rawValue: String(typed[..<space])), !wordKey.hasPrefix(article.rawValue + " ") {
            given = article
            typed = String(typed[typed.index(after: space)...])
        }
        var slip: ArticleSlip?
        if let expected = entry.article, given != expected, given != nil || requireArticle {
            slip = ArticleSlip(expected: expected, given: given)
        }
        let word = judge(typed, against: [AcceptedAnswer(display: entry.wordWithArticle, key: wordKey)], known: dutchWords)
        var match = AnswerMatch(verdict: word.verdict, expected: entry.wordWithArticle, articleSlip: slip)
        if let slip, word.verdict == .exact || word.verdict.isHarmlessAccentSlip {
            match.verdict = .wrongArticle(slip)
        }
        return match
    }

    /// Dutch → English: any of the entry's meanings, with its optional parts and lead words.
    /// Several meanings separated by `;` or `,` are right when each of them is (`data;
    /// information`); one that is not makes the list judged as a whole, so guessing does not pay.
    public func matchMeaning(_ answer: String, for entry: DeckEntry) -> AnswerMatch {
        let whole = matchOneMeaning(answer, for: entry)
        let parts = answer.split(whereSeparator: { $0 == ";" || $0 == "," }).filter { !AnswerText.comparable(String($0)).isEmpty }
        guard whole.verdict != .exact, parts.count > 1 else { return whole }
        let matches = parts.map { matchOneMeaning(String($0), for: entry) }
        guard matches.allSatisfy({ $0.verdict == .exact }) else { return whole }
        return AnswerMatch(verdict: .exact, expected: matches.map(\.expected).joined(separator: "; "))
    }

    /// One meaning typed, against each of the entry's.
    private func matchOneMeaning(_ answer: String, for entry: DeckEntry) -> AnswerMatch {
        let typed = AcceptedAnswer.withoutEnglishLead(AnswerText.comparable(answer))
        return judge(typed, against: entry.meanings.flatMap(AcceptedAnswer.meaning), known: englishWords)
    }

    /// A cloze: the form blanked out of the example sentence (`getraind`).
    public func matchForm(_ answer: String, expected form: String) -> AnswerMatch {
        judge(AnswerText.comparable(answer), against: [AcceptedAnswer(display: form, key: AnswerText.comparable(form))], known: dutchWords)
    }

    /// The best verdict of `typed` against any accepted answer.
    private func judge(_ typed: String, against accepted: [AcceptedAnswer], known: Set<String>) -> AnswerMatch {
        var best: (rank: Int, match: AnswerMatch)?
        let acceptedKeys = Set(accepted.map(\.key))
        for answer in accepted {
            let verdict = self.verdict(typed, answer.key, isOtherWord: known.contains(typed) && !acceptedKeys.contains(typed))
            let rank = verdict.rank
            if best == nil || rank < best!.rank {
                best = (rank, AnswerMatch(verdict: verdict, expected: answer.display))
            }
        }
        return best?.match ?? AnswerMatch(verdict: .wrong, expected: "")
    }

    /// Rules 7 and 8: the verdict of one typed key against one accepted key.
    private func verdict(_ typed: String, _ expected: String, isOtherWord: Bool) -> AnswerVerdict {
        if typed == expected { return .exact }
        let typedKey = AnswerText.foldingAccents(typed)
        let expectedKey = AnswerText.foldingAccents(expected)
        if typedKey == expectedKey {
            let changesWord = isOtherWord || AccentPairs.makeAnotherWord(typed: typed, expected: expected)
            return .accentsOnly(AccentSlip(typed: typed, expected: expected, changesWord: changesWord))
        }
        if AnswerText.letterCount(expected) >= 5, !isOtherWord,
           let typo = Typo.between(typed: typed, expected: expected, typedKey: typedKey, expectedKey: expectedKey) {
            return .almost(typo)
        }
        return .wrong
    }
}

extension AnswerVerdict {
    /// Better verdicts rank lower: exact, an accent slip that keeps the word, one that changes it, almost, wrong.
    var rank: Int {
        switch self {
        case .exact: return 0
        case .accentsOnly(let slip): return slip.changesWord ? 2 : 1
        case .wrongArticle: return 2
        case .almost: return 3
        case .wrong: return 4
        }
    }

    /// An accent slip that only misspells the same word.
    var isHarmlessAccentSlip: Bool {
        if case .accentsOnly(let slip) = self { return !slip.changesWord }
        return false
    }
}
