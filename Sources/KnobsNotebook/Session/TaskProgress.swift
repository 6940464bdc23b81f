import Foundation

/// How far a learner got with one exercise or question: plain values, for the store to keep.
public struct TaskProgress: Codable, Equatable, Sendable {
    /// An accepted answer: the learner's code (or, for a question, their answer) and when it passed.
    public struct Solved: Codable, Equatable, Sendable {
        public var code: String
        public var solvedAt: Date

        public init(code: String, solvedAt: Date) {
            self.code = code
            self.solvedAt = solvedAt
        }
    }

    /// Honest attempts (see ``Session/isHonest(_:for:)``) and answers checked, the accepted one included.
    public var attempts: Int
    /// How many hints have been shown (they come in order, one more at a time).
    public var hintsUsed: Int
    /// Whether the learner has seen the solution.
    public var solutionViewed: Bool
    /// Whether the learner skipped it.
    public var skipped: Bool
    /// The last accepted answer, once solved.
    public var solved: Solved?

    /// A task's progress; by default, untouched.
    public init(attempts: Int = 0, hintsUsed: Int = 0, solutionViewed: Bool = false, skipped: Bool = false, solved: Solved? = nil) {
        self.attempts = attempts
        self.hintsUsed = hintsUsed
        self.solutionViewed = solutionViewed
        self.skipped = skipped
        self.solved = solved
    }

    /// Whether the learner may move on from it: solved or skipped.
    public var isDone: Bool { solved != nil || skipped }
}

/// Where a learner is in a lesson: what a REPL saves and hands back to ``Session/resume(_:)``.
public struct SessionProgress: Codable, Equatable, Sendable {
    /// The lesson's id, from its front matter.
    public var lessonID: String
    /// The step the learner is on, counted from 0.
    public var step: Int
    /// Whether the learner reached the last step with every task done.
    public var isDone: Bool
    /// The exercises and questions the learner has touched, by id.
    public var tasks: [String: TaskProgress]

    public init(lessonID: String, step: Int = 0, isDone: Bool = false, tasks: [String: TaskProgress] = [:]) {
        self.lessonID = lessonID
        self.step = step
        self.isDone = isDone
        self.tasks = tasks
    }
}
