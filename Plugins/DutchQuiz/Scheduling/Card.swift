import Foundation

/// What the scheduler knows about one card: its state and memory, and when it is due.
///
/// A value: ``Scheduler/review(_:rating:at:duration:)`` returns the next card
/// and leaves the old one as it was.
public struct Card: Equatable, Sendable {
    /// Learning, review or relearning.
    public var state: CardState
    /// The learning or relearning step the card is at (0-based); `nil` in review.
    public var step: Int?
    /// Days until the chance of recall falls to 90%; `nil` before the first review.
    public var stability: Double?
    /// How hard the card is to remember, from 1 (easy) to 10 (hard); `nil` before the first review.
    public var difficulty: Double?
    /// When the card should next be reviewed.
    public var due: Date
    /// When the card was last reviewed; `nil` if never.
    public var lastReview: Date?

    /// A card as it was saved, for example in the knobs database.
    public init(state: CardState, step: Int?, stability: Double?, difficulty: Double?, due: Date, lastReview: Date?) {
        self.state = state
        self.step = step
        self.stability = stability
        self.difficulty = difficulty
        self.due = due
        self.lastReview = lastReview
    }

    /// A card never reviewed: learning at step 0, due at `due`.
    public init(due: Date) {
        self.init(state: .learning, step: 0, stability: nil, difficulty: nil, due: due, lastReview: nil)
    }
}
