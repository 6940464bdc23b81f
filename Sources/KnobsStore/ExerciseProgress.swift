/// How far a learner got with one exercise of a lesson.
///
/// An exercise the learner has not touched has zero attempts and no flags set;
/// ``LessonProgress/exercise(_:)`` returns that state for unknown ids.
public struct ExerciseProgress: Equatable, Sendable {
    /// The exercise's `id=` in the lesson file.
    public var exerciseID: String
    /// Answers checked so far, the accepted one included.
    public var attempts: Int
    /// The most hints shown at once (hints come one more at a time).
    public var hintsUsed: Int
    /// Whether the learner has looked at the solution.
    public var solutionViewed: Bool
    /// Whether the learner has skipped the exercise.
    public var skipped: Bool
    /// The last accepted answer, if the exercise is solved.
    public var solution: AcceptedAnswer?

    /// Whether an answer has been accepted.
    public var isSolved: Bool { solution != nil }

    /// An exercise's state; by default, untouched.
    public init(
        exerciseID: String,
        attempts: Int = 0,
        hintsUsed: Int = 0,
        solutionViewed: Bool = false,
        skipped: Bool = false,
        solution: AcceptedAnswer? = nil
    ) {
        self.exerciseID = exerciseID
        self.attempts = attempts
        self.hintsUsed = hintsUsed
        self.solutionViewed = solutionViewed
        self.skipped = skipped
        self.solution = solution
    }
}
