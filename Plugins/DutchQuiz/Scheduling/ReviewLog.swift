import Foundation

/// The record of one review, for an append-only review log.
public struct ReviewLog: Equatable, Sendable {
    /// How the review went.
    public var rating: Rating
    /// When it happened.
    public var reviewedAt: Date
    /// How long the learner took, if known.
    public var duration: Duration?
    /// The predicted chance of recall at the moment of the review, from the card as it was
    /// before; `nil` for a card's first review.
    public var retrievability: Double?

    /// A review log entry.
    public init(rating: Rating, reviewedAt: Date, duration: Duration?, retrievability: Double?) {
        self.rating = rating
        self.reviewedAt = reviewedAt
        self.duration = duration
        self.retrievability = retrievability
    }
}
