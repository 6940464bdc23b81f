import Foundation
import GRDB

/// A row of `lessonProgress`: one learner's place in one lesson.
struct LessonRow: Codable, FetchableRecord, TableRecord {
    static let databaseTableName = "lessonProgress"

    var learnerId: Int64
    var lessonId: String
    var step: Int
    var lastOpenedAt: Date?
    var isDone: Bool

    /// The public value, with the lesson's exercise rows.
    func progress(exercises: [ExerciseRow]) -> LessonProgress {
        LessonProgress(
            lessonID: lessonId,
            step: step,
            lastOpened: lastOpenedAt,
            isDone: isDone,
            exercises: Dictionary(uniqueKeysWithValues: exercises.map { ($0.exerciseId, $0.progress) })
        )
    }
}
