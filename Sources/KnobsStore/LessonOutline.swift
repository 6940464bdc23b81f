/// A lesson as the caller knows it from its file: its id, and the ids of its exercises and of its questions.
///
/// The store keeps only what the learner did; how many exercises a lesson has
/// comes from the lesson file, through this.
public struct LessonOutline: Equatable, Sendable {
    /// The lesson's `id` from its front matter.
    public var lessonID: String
    /// The ids of the lesson's exercises.
    public var exerciseIDs: [String]
    /// The ids of the lesson's questions (kept with the exercises' progress, counted apart).
    public var questionIDs: [String]

    /// A lesson's outline.
    public init(lessonID: String, exerciseIDs: [String], questionIDs: [String] = []) {
        self.lessonID = lessonID
        self.exerciseIDs = exerciseIDs
        self.questionIDs = questionIDs
    }
}
