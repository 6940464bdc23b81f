import Foundation

/// Where a learner is in one lesson: what the REPL needs to resume it.
///
/// A lesson never opened has step 0, no exercises and no time of opening.
public struct LessonProgress: Equatable, Sendable {
    /// The lesson's `id` from its front matter.
    public var lessonID: String
    /// The step the learner is on, counted from 0.
    public var step: Int
    /// When the learner last opened the lesson.
    public var lastOpened: Date?
    /// Whether the learner has finished the lesson.
    public var isDone: Bool
    /// The exercises the learner has touched, by exercise id.
    public var exercises: [String: ExerciseProgress]

    /// A lesson's state; by default, never opened.
    public init(
        lessonID: String,
        step: Int = 0,
        lastOpened: Date? = nil,
        isDone: Bool = false,
        exercises: [String: ExerciseProgress] = [:]
    ) {
        self.lessonID = lessonID
        self.step = step
        self.lastOpened = lastOpened
        self.isDone = isDone
        self.exercises = exercises
    }

    /// The state of one exercise, untouched when the learner has not met it yet.
    public func exercise(_ exerciseID: String) -> ExerciseProgress {
        exercises[exerciseID] ?? ExerciseProgress(exerciseID: exerciseID)
    }
}
