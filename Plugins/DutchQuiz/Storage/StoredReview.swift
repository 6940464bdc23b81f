import Foundation

/// One review as the quiz logs it: an entry of kind `review` in the append-only log, keyed
/// like its card (`DECK/word`), its time the review's, encoded as JSON.
///
/// It holds what was asked and answered, how the answer was judged, the rating the learner
/// kept, and the card just after (so the log alone can rebuild every card, and
/// `knobs quiz --stats` can count retention).
public struct StoredReview: Codable, Equatable, Sendable {
    public var deck: String
    public var word: String
    /// When the review happened: ISO 8601 in UTC, to the microsecond.
    public var reviewedAt: String
    /// The kind of question: `recognition`, `production`, `choice`, `cloze`, `listening`.
    public var mode: String
    /// What the learner typed (empty when they asked for the answer).
    public var answer: String
    /// How the answer was judged: `exact`, `accents` (a slip that keeps the word), `almost`
    /// (one typo), `article`, `other-word` (accents that make another word), `form` (a cloze
    /// answered with the word in another form), `wrong`, `blank`.
    public var verdict: String
    /// The rating the verdict suggested (1–3).
    public var suggested: Int
    /// The rating given (1 again, 2 hard, 3 good, 4 easy): the suggestion, or the learner's own.
    public var rating: Int
    /// How long the learner took to answer, in milliseconds.
    public var durationMs: Int
    /// The card's state before the review: `new`, `learning`, `review` or `relearning`.
    public var stateBefore: String
    /// The predicted chance of recall at the review; nil for a new card.
    public var retrievability: Double?
    /// The card after the review.
    public var state: String
    public var step: Int?
    public var stability: Double
    public var difficulty: Double
    public var due: String

    enum CodingKeys: String, CodingKey {
        case deck, word, reviewedAt = "reviewed_at", mode, answer, verdict, suggested, rating, durationMs = "duration_ms", stateBefore = "state_before"
        case retrievability, state, step, stability, difficulty, due
    }

    /// When the review happened, or nil when ``reviewedAt`` is not a time.
    public var date: Date? {
        guard case .success(let microseconds) = UTCTimestamp.parse(reviewedAt) else { return nil }
        return Date(microsecondsSince1970: microseconds)
    }

    /// The log entries' kind.
    static let kind = "review"

    /// Whether the review counted as right, nearly or not, by the rating kept.
    public var outcome: ReviewOutcome {
        ReviewOutcome(rating: Rating(rawValue: rating) ?? .again)
    }
}

/// The three kinds of answer a summary counts, by the rating kept: the verdict's own
/// (right is Good, almost Hard, wrong Again) unless the learner gave another.
public enum ReviewOutcome: String, Sendable {
    /// Rated Good or Easy: right, or with an accent slip that keeps the word.
    case right
    /// Rated Hard: a typo, a wrong article, accents that make another word.
    case almost
    /// Rated Again: wrong, or left blank.
    case wrong

    init(rating: Rating) {
        switch rating {
        case .good, .easy: self = .right
        case .hard: self = .almost
        case .again: self = .wrong
        }
    }
}
