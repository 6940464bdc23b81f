import KnobsPluginAPI

/// What one typed answer is worth: the verdict, the rating it suggests, and how to say so.
struct Judgement {
    /// The verdicts of a quiz question: the matcher's, and the few only a question knows.
    enum Verdict {
        case exact
        /// Right but for accents that keep the word (`gradient` for `gradiënt`).
        case accents(AccentSlip)
        /// Accents that make another word (`een` for `één`).
        case otherWord(AccentSlip)
        /// One typo, perhaps with a wrong article besides.
        case almost(Typo, ArticleSlip?)
        /// The right word with the wrong article.
        case article(ArticleSlip)
        /// A cloze answered with the right word in another form than the sentence needs.
        case otherForm(String)
        case wrong
        /// A multiple-choice option that is not the answer, as shown (`2  computer`).
        case wrongChoice(String)
        /// Nothing typed: the learner asked for the answer.
        case blank
    }

    var verdict: Verdict
    /// What the learner typed.
    var typed: String

    init(verdict: Verdict, typed: String) {
        self.verdict = verdict
        self.typed = typed
    }

    /// The verdict of the answer matcher.
    init(_ match: AnswerMatch, typed: String) {
        switch match.verdict {
        case .exact: verdict = .exact
        case .accentsOnly(let slip): verdict = slip.changesWord ? .otherWord(slip) : .accents(slip)
        case .almost(let typo): verdict = .almost(typo, match.articleSlip)
        case .wrongArticle(let slip): verdict = .article(slip)
        case .wrong: verdict = .wrong
        }
        self.typed = typed
    }

    /// The rating the answer earns unless the learner says otherwise: Good when right, Hard
    /// when nearly, Again when wrong or blank.
    var suggested: Rating {
        switch verdict {
        case .exact, .accents: .good
        case .otherWord, .almost, .article, .otherForm: .hard
        case .wrong, .wrongChoice, .blank: .again
        }
    }

    /// The verdict's name in the review log (see ``StoredReview/verdict``).
    var name: String {
        switch verdict {
        case .exact: "exact"
        case .accents: "accents"
        case .otherWord: "other-word"
        case .almost: "almost"
        case .article: "article"
        case .otherForm: "form"
        case .wrong, .wrongChoice: "wrong"
        case .blank: "blank"
        }
    }

    /// The first line of the feedback: `✔ Right.`, `≈ Almost: one letter off: netwer[j→k]`.
    func headline(_ symbols: QuizSymbols) -> String {
        let right = symbols.paint(symbols.right, QuizSymbols.rightStyle)
        let almost = symbols.paint(symbols.almost, QuizSymbols.almostStyle)
        let wrong = symbols.paint(symbols.wrong, QuizSymbols.wrongStyle)
        switch verdict {
        case .exact:
            return "\(right) Right."
        case .accents(let slip):
            return "\(right) Right, but mind the accents: \(slip.rendered)"
        case .otherWord(let slip):
            return "\(almost) Almost: the accents make it another word: \(slip.rendered)"
        case .almost(let typo, let slip):
            return "\(almost) Almost: one letter off: \(typo.rendered)" + (slip.map { ", and " + Judgement.articleText($0) } ?? "")
        case .article(let slip):
            return "\(almost) Almost: " + Judgement.articleText(slip)
        case .otherForm(let form):
            return "\(almost) Almost: the right word, but the sentence needs \(form)"
        case .wrong:
            return "\(wrong) Not quite: you wrote \"\(typed.trimmingCharacters(in: .whitespaces))\"."
        case .wrongChoice(let option):
            return "\(wrong) Not quite: you chose \(option)."
        case .blank:
            return "\(wrong) Not answered."
        }
    }

    /// `it is het, not de`, or `it takes het` when none was given.
    private static func articleText(_ slip: ArticleSlip) -> String {
        slip.given.map { "it is \(slip.expected.rawValue), not \($0.rawValue)" } ?? "it takes \(slip.expected.rawValue)"
    }
}
