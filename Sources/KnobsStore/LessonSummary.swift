import Foundation

/// One line of `knobs lessons`: how far the learner got in a lesson.
public struct LessonSummary: Equatable, Sendable {
    /// The lesson's `id` from its front matter.
    public var lessonID: String
    /// Whether the learner has finished the lesson.
    public var isDone: Bool
    /// How many of the lesson's current exercises are solved.
    public var solved: Int
    /// How many exercises the lesson has.
    public var total: Int
    /// How many of the lesson's current questions are answered.
    public var answered: Int
    /// How many questions the lesson has.
    public var questions: Int
    /// The step the learner is on, counted from 0 (0 if never opened).
    public var step: Int
    /// When the learner last opened the lesson; nil if never.
    public var lastOpened: Date?

    /// A lesson's summary.
    public init(
        lessonID: String, isDone: Bool, solved: Int, total: Int, answered: Int = 0, questions: Int = 0, step: Int = 0, lastOpened: Date?
    ) {
        self.lessonID = lessonID
        self.isDone = isDone
        self.solved = solved
        self.total = total
        self.answered = answered
        self.questions = questions
        self.step = step
        self.lastOpened = lastOpened
    }
}
