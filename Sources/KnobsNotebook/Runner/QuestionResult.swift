/// How one question fared: the learner's answer, its status and its score.
///
/// Its ``reason`` never holds the key's answer; ``rightAnswer`` does, and a
/// report shows it only when the teacher asks (`--reveal-answers`).
public struct QuestionResult: Sendable {
    /// How a question ended; only ``correct`` scores.
    public enum Status: String, Sendable, CaseIterable {
        case correct
        case wrong
        /// The answer is not one this question takes (a word where a number belongs, a letter past the last choice).
        case invalid
        /// The submission's cell still holds `___`, or no answer at all.
        case unanswered
        /// The submission has no question with this id.
        case missing
        /// Nothing to judge by: this copy of the lesson does not hold the answer, or a run as written answers no question.
        case ungraded
    }

    public var id: String
    /// What a right answer is worth.
    public var points: Double
    /// ``points`` when correct, else 0.
    public var score: Double
    public var status: Status
    /// The learner's answer as given (at most ``maxAnswerLength`` characters of it); nil when there is none.
    public var answer: String?
    /// Why it did not score, in words that never give the right answer away.
    public var reason: String?
    /// The key's answer (`b`, `0.6 ± 0.01`), for a report that reveals it; nil when the lesson has none.
    public var rightAnswer: String?
    /// The line of its opening fence in the key.
    public var line: Int

    /// The most characters of a learner's answer a result keeps.
    public static let maxAnswerLength = 200

    public var isCorrect: Bool { status == .correct }

    /// `which-base question`: a stable name for reports.
    public var name: String { "\(id) question" }
}
