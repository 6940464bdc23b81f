/// A session command that does not fit the step the learner is on; the REPL shows its description.
public enum SessionError: Error, Equatable, CustomStringConvertible {
    /// `submit` away from an exercise.
    case notAnExercise
    /// `answer` away from a question.
    case notAQuestion
    /// `again` away from a code cell.
    case notACodeCell
    /// `hint` on a step that is neither an exercise nor a question.
    case notATask
    /// The task has no hints left (`count` were shown; 0 when it has none).
    case noMoreHints(count: Int)
    /// This copy of the lesson has no solution for the exercise.
    case noSolution(String)
    /// The solution opens after more honest attempts.
    case solutionLocked(attemptsLeft: Int)
    /// A step number outside the lesson.
    case noSuchStep(Int, count: Int)
    /// Progress saved for another lesson.
    case otherLesson(expected: String, got: String)

    public var description: String {
        switch self {
        case .notAnExercise: return "there is no exercise at this step"
        case .notAQuestion: return "there is no question at this step"
        case .notACodeCell: return "there is no code cell at this step"
        case .notATask: return "there is no exercise or question at this step"
        case .noMoreHints(0): return "this one has no hints"
        case .noMoreHints(let count): return "that was the last hint (\(count) of \(count))"
        case .noSolution(let id): return "this copy of the lesson has no solution for '\(id)'"
        case .solutionLocked(let left):
            return "the solution opens after \(Session.attemptsBeforeSolution) honest attempts: \(left) to go (or skip the exercise)"
        case .noSuchStep(let step, let count): return "there is no step \(step + 1): the lesson has \(count)"
        case .otherLesson(let expected, let got): return "this progress belongs to the lesson '\(got)', not '\(expected)'"
        }
    }
}
