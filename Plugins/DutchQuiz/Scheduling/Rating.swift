/// How a review went, as the learner (or the answer matcher) grades it: FSRS's four buttons.
///
/// Hard counts as a pass: it lengthens the interval, only less than Good.
public enum Rating: Int, Sendable, CaseIterable, CustomStringConvertible {
    /// Forgotten.
    case again = 1
    /// Remembered, with serious difficulty.
    case hard = 2
    /// Remembered after a hesitation.
    case good = 3
    /// Remembered easily.
    case easy = 4

    /// The lower-case name: `again`, `hard`, `good`, `easy`.
    public var description: String {
        switch self {
        case .again: "again"
        case .hard: "hard"
        case .good: "good"
        case .easy: "easy"
        }
    }
}
