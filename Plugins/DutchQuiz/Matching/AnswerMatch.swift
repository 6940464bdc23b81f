/// The outcome of matching one answer: the verdict, the answer it was held against, and the rating it suggests.
public struct AnswerMatch: Equatable, Sendable {
    /// What the answer is.
    public var verdict: AnswerVerdict
    /// The accepted answer it came closest to, as the deck writes it: `het gewicht`, `to adjust`.
    public var expected: String
    /// A wrong or missing article; also set when the verdict is about the word itself
    /// (`de gewcht` for `het gewicht` is almost, with this slip besides).
    public var articleSlip: ArticleSlip?

    public init(verdict: AnswerVerdict, expected: String, articleSlip: ArticleSlip? = nil) {
        self.verdict = verdict
        self.expected = expected
        self.articleSlip = articleSlip
    }

    /// The FSRS rating to give: Good when right (or only misspelt by an accent that keeps the
    /// word), Hard for a typo, a wrong article or accents that change the word, Again when wrong.
    public var suggestedRating: SuggestedRating {
        let word: SuggestedRating
        switch verdict {
        case .exact: word = .good
        case .accentsOnly(let slip): word = slip.changesWord ? .hard : .good
        case .almost, .wrongArticle: word = .hard
        case .wrong: return .again
        }
        return articleSlip == nil ? word : min(word, .hard)
    }

    /// Whether the answer counts as right, fully or with a forgiven slip (every verdict but wrong).
    public var isPass: Bool {
        verdict != .wrong
    }
}
