/// Where a card is in FSRS's state machine.
///
/// There is no separate "new" state: a card that was never reviewed is in
/// ``learning`` at step 0 with no stability and no difficulty yet.
public enum CardState: Int, Sendable, CaseIterable, CustomStringConvertible {
    /// Going through the learning steps (minutes apart) before its first interval in days.
    case learning = 1
    /// Scheduled in whole days by its stability.
    case review = 2
    /// Forgotten in review and going through the relearning steps.
    case relearning = 3

    /// The lower-case name: `learning`, `review`, `relearning`.
    public var description: String {
        switch self {
        case .learning: "learning"
        case .review: "review"
        case .relearning: "relearning"
        }
    }
}
