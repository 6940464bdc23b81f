import Foundation
import GRDB

/// Exercises: attempts, hints, a look at the solution, a skip, an accepted answer.
///
/// Each method records one event and returns the exercise's state after it,
/// which the REPL can use at once (which hint comes next, whether the
/// solution may be shown yet).
extension ProgressStore {
    /// Records an answer whose checks failed.
    @discardableResult
    public func recordAttempt(lesson: String, exercise: String) throws -> ExerciseProgress {
        try update(lesson: lesson, exercise: exercise, "attempts = attempts + 1")
    }

    /// Records that the learner has now seen `count` hints of an exercise.
    ///
    /// Hints are shown one more at a time; showing the same hints again does not
    /// count twice, so the stored number is the most ever shown.
    ///
    /// - Parameter count: How many hints are showing; never negative.
    @discardableResult
    public func recordHintsShown(_ count: Int, lesson: String, exercise: String) throws -> ExerciseProgress {
        precondition(count >= 0, "a number of hints is never negative")
        return try update(lesson: lesson, exercise: exercise, "hintsUsed = max(hintsUsed, \(count))")
    }

    /// Records that the learner looked at the solution.
    @discardableResult
    public func recordSolutionViewed(lesson: String, exercise: String) throws -> ExerciseProgress {
        try update(lesson: lesson, exercise: exercise, "solutionViewed = 1")
    }

    /// Records that the learner skipped the exercise.
    @discardableResult
    public func recordSkipped(lesson: String, exercise: String) throws -> ExerciseProgress {
        try update(lesson: lesson, exercise: exercise, "skipped = 1")
    }

    /// Records an answer whose checks passed: one more attempt, and the accepted code.
    ///
    /// Solving an exercise again replaces the code and time with the new answer's.
    ///
    /// - Parameters:
    ///   - code: The exercise code as the learner wrote it.
    ///   - date: When the checks passed; now by default.
    @discardableResult
    public func markSolved(lesson: String, exercise: String, code: String, at date: Date = Date()) throws -> ExerciseProgress {
        try update(lesson: lesson, exercise: exercise, "attempts = attempts + 1, solvedCode = \(code), solvedAt = \(StoredDate.text(date))")
    }

    /// Applies `assignments` to the exercise's row, creating it (and its lesson's) first.
    private func update(lesson: String, exercise: String, _ assignments: SQL) throws -> ExerciseProgress {
        try write { db in
            try ensureLesson(db, lesson)
            try db.execute(literal: """
                INSERT INTO exerciseProgress (learnerId, lessonId, exerciseId)
                VALUES (\(learnerID), \(lesson), \(exercise))
                ON CONFLICT DO NOTHING
                """)
            let key: SQL = "learnerId = \(learnerID) AND lessonId = \(lesson) AND exerciseId = \(exercise)"
            try db.execute(literal: "UPDATE exerciseProgress SET \(assignments) WHERE \(key)")
            // The row is there: the insert above made sure of it.
            return try SQLRequest<ExerciseRow>("SELECT * FROM exerciseProgress WHERE \(key)").fetchOne(db)!.progress
        }
    }
}
