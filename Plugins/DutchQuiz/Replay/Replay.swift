import Foundation

/// Replays a review history through the scheduler, as if each review had been made here.
///
/// Backs `knobs quiz replay LOG.csv [--format json]`: a learner can bring a
/// history from elsewhere (Anki's review export converts to it), and a teacher
/// can see how the schedule unfolds.
public enum Replay {
    /// Runs every review of `history` in file order, each card starting new.
    ///
    /// - Parameters:
    ///   - history: the reviews, as ``ReviewHistory/parse(text:name:)`` read them.
    ///   - scheduler: the scheduler to replay with; give it no fuzz generator for
    ///     due times that match the reference package.
    /// - Returns: one row per review: the card after it, and its retrievability just before.
    public static func run(_ history: ReviewHistory, scheduler: Scheduler) -> ReplayReport {
        var scheduler = scheduler
        var cards: [String: Card] = [:]
        var rows: [ReplayRow] = []
        for review in history.reviews {
            let before = cards[review.cardID] ?? Card(due: review.reviewedAt)
            let (after, log) = scheduler.review(before, rating: review.rating, at: review.reviewedAt)
            cards[review.cardID] = after
            rows.append(ReplayRow(cardID: review.cardID, reviewedAt: review.reviewedAt, rating: review.rating,
                                  retrievability: log.retrievability, card: after))
        }
        return ReplayReport(rows: rows)
    }
}

/// One replayed review: what happened, and the card just after.
public struct ReplayRow: Equatable, Sendable {
    /// The card's id from the history.
    public var cardID: String
    /// When the review happened.
    public var reviewedAt: Date
    /// How it went.
    public var rating: Rating
    /// The predicted chance of recall at the review; `nil` for a card's first review.
    public var retrievability: Double?
    /// The card after the review: state, step, stability, difficulty and next due time.
    public var card: Card
}

/// The result of a replay, printable as a table for people or as JSON for programs.
public struct ReplayReport: Equatable, Sendable {
    /// One row per review, in the history's order.
    public var rows: [ReplayRow]
}
