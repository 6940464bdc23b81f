import Foundation
import GRDB

/// A row of `exerciseProgress`: one learner's state in one exercise.
struct ExerciseRow: Codable, FetchableRecord, TableRecord {
    static let databaseTableName = "exerciseProgress"

    var learnerId: Int64
    var lessonId: String
    var exerciseId: String
    var attempts: Int
    var hintsUsed: Int
    var solutionViewed: Bool
    var skipped: Bool
    var solvedCode: String?
    var solvedAt: Date?

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
