import Foundation
import GRDB

/// A row of `exerciseProgress`: one learner's state in one exercise.
struct ExerciseRow: FetchableRecord {
    var learnerId: Int64
    var lessonId: String
    var exerciseId: String
    var attempts: Int
    var hintsUsed: Int
    var solutionViewed: Bool
    var skipped: Bool
    var solvedCode: String?
    var solvedAt: Date?

    init(row: Row) throws {
        learnerId = try row.decode(forColumn: "learnerId")
        lessonId = try row.decode(forColumn: "lessonId")
        exerciseId = try row.decode(forColumn: "exerciseId")
        attempts = try row.decode(forColumn: "attempts")
        hintsUsed = try row.decode(forColumn: "hintsUsed")
        solutionViewed = try row.decode(forColumn: "solutionViewed")
        skipped = try row.decode(forColumn: "skipped")
        solvedCode = try row.decode(forColumn: "solvedCode")
        solvedAt = try (row.decode(String?.self, forColumn: "solvedAt")).flatMap(StoredDate.date)
    }

    /// The public value.
    var progress: ExerciseProgress {
        var solution: AcceptedAnswer?
        if let solvedCode, let solvedAt {
            solution = AcceptedAnswer(code: solvedCode, solvedAt: solvedAt)
        }
        return ExerciseProgress(
            exerciseID: exerciseId,
            attempts: attempts,
            hintsUsed: hintsUsed,
            solutionViewed: solutionViewed,
            skipped: skipped,
            solution: solution
        )
    }
}
