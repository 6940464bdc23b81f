import Foundation
import GRDB

/// A row of `lessonProgress`: one learner's place in one lesson.
struct LessonRow: FetchableRecord {
    var learnerId: Int64
    var lessonId: String
    var step: Int
    var lastOpenedAt: Date?
    var isDone: Bool

    init(row: Row) throws {
        learnerId = try row.decode(forColumn: "learnerId")
        lessonId = try row.decode(forColumn: "lessonId")
        step = try row.decode(forColumn: "step")
        lastOpenedAt = try (row.decode(String?.self, forColumn: "lastOpenedAt")).flatMap(StoredDate.date)
        isDone = try row.decode(forColumn: "isDone")
    }

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
