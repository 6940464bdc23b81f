/// What the matcher makes of an answer (see docs/QUIZ.md, "Matching answers").
public enum AnswerVerdict: Equatable, Sendable {
    /// Right, after the forgiving rules (case, spaces, punctuation, Unicode forms, optional words).
    case exact
    /// One typo away from a right answer of five letters or more.
    case almost(Typo)
    /// Right but for its accents.
    case accentsOnly(AccentSlip)
    /// The word is right, its article is not (or is missing where the mode asks for it).
    case wrongArticle(ArticleSlip)
    /// Not a right answer.
    case wrong
}
