/// The FSRS rating an answer suggests: Again, Hard or Good. Easy is never suggested; only the learner gives it.
///
/// The raw values are FSRS's own rating numbers (1 Again, 2 Hard, 3 Good), so a scheduler's rating
/// is `Rating(rawValue: suggested.rawValue)`.
public enum SuggestedRating: Int, Comparable, Sendable {
    /// Forgotten: the answer was wrong.
    case again = 1
    /// Remembered with a slip: a typo, a wrong article, accents that change the word.
    case hard = 2
    /// Remembered.
    case good = 3

    public static func < (a: SuggestedRating, b: SuggestedRating) -> Bool {
        a.rawValue < b.rawValue
    }
}
