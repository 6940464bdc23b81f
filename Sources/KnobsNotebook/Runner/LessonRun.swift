/// Everything a run of a lesson did: every cell, every exercise and check, and the score.
public struct LessonRun: Sendable {
    public var lessonID: String
    public var title: String
    /// The seed the run started from, if any.
    public var seed: UInt64?
    /// Every cell that was meant to run, in order.
    public var cells: [CellResult]
    /// Every exercise, in order.
    public var exercises: [ExerciseResult]
    /// Every question, in order.
    public var questions: [QuestionResult]
    /// Seconds the whole run took.
    public var duration: Double
    /// Whether the run's time budget ran out before its end.
    public var budgetSpent: Bool

    /// The points scored.
    public var score: Double { exercises.reduce(0) { $0 + $1.score } + questions.reduce(0) { $0 + $1.score } }
    /// The points there are.
    public var maxScore: Double { exercises.reduce(0) { $0 + $1.points } + questions.reduce(0) { $0 + $1.points } }
    /// Every check of every exercise, in order.
    public var checks: [CheckResult] { exercises.flatMap(\.checks) }
    /// Checks that passed and questions answered right.
    public var passedCount: Int { checks.filter(\.passed).count + questions.filter(\.isCorrect).count }
    /// Checks that failed or did not run, and questions not answered right.
    public var failedCount: Int { checks.count + questions.count - passedCount }
    /// Whether any cell hit a limit or the budget ran out.
    public var hitLimit: Bool { budgetSpent || cells.contains { $0.status == .limit } }
    /// Whether every check passed and every question was answered right.
    public var allPassed: Bool { failedCount == 0 && exercises.allSatisfy { $0.status == .passed } }
}
