/// A lesson as the caller knows it from its file: its id and its exercises' ids.
///
/// The store keeps only what the learner did; how many exercises a lesson has
/// comes from the lesson file, through this.
public struct LessonOutline: Equatable, Sendable {
    /// The lesson's `id` from its front matter.
    public var lessonID: String
    /// The ids of the lesson's exercises.
    public var exerciseIDs: [String]

    /// A lesson's outline.
    public init(lessonID: String, exerciseIDs: [String]) {
        self.lessonID = lessonID
        self.exerciseIDs = exerciseIDs
    }
}
