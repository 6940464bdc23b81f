import KnobsLang

/// The result of submitting code for an exercise.
public struct Attempt: Sendable {
    /// Whether the code solved the exercise.
    public enum Verdict: Sendable {
        /// Every visible check passed; the code is recorded as the answer.
        case passed
        /// The code still holds a blank `___` to fill in; nothing ran, and it is not counted.
        case unfinished
        /// The code itself stopped with an error (see ``Attempt/run``).
        case failed
        /// The code ran, but this check failed; the diagnostic says why (`expect`'s message).
        case checkFailed(check: LessonCell, diagnostic: Diagnostic)
        /// The code only computed values (it assigns and defines nothing) and did not pass:
        /// the learner was trying something out. Not counted, no hint; rolled back.
        case triedOut
        /// The interpreter's ``Interpreter/interrupt`` (Ctrl-C) stopped the code or a check.
        /// Not counted, no hint; rolled back.
        case interrupted

        /// Whether the attempt is not counted and brings no hint: tried out, or interrupted.
        public var isUncounted: Bool {
            switch self {
            case .triedOut, .interrupted: return true
            case .passed, .unfinished, .failed, .checkFailed: return false
            }
        }
    }

    /// The code the attempt ran: what the learner typed, completed from the starter code
    /// (``Exercise/answer(from:)``); recorded as the answer when it passes.
    public var code: String
    public var verdict: Verdict
    /// The learner's code as it ran; nil when it did not run.
    public var run: CellRun?
    /// The hint this failure brought out, if one was left.
    public var hint: RevealedHint?
    /// Whether the attempt counted as honest toward the solution (see ``Session/isHonest(_:for:)``).
    public var counted: Bool
    /// The exercise's progress after the attempt.
    public var progress: TaskProgress
    /// Variables the learner made outside the lesson that the answer ran without (it ran in the
    /// lesson's own environment); a name here that the answer uses is undefined to it.
    public var setAside: [String] = []

    /// Whether the exercise is now solved.
    public var passed: Bool {
        if case .passed = verdict { return true }
        return false
    }
}

/// The result of answering a question.
public struct AnswerResult: Sendable {
    /// Right, wrong, or not an answer (which is not counted).
    public var verdict: Question.Verdict
    /// The hint a wrong answer brought out, if one was left.
    public var hint: RevealedHint?
    /// The question's progress after the answer.
    public var progress: TaskProgress
}

/// A hint shown to the learner: its Markdown and its place among the task's hints.
public struct RevealedHint: Sendable, Equatable {
    public var text: String
    /// 1-based.
    public var number: Int
    /// How many hints the task has.
    public var count: Int

    public init(text: String, number: Int, count: Int) {
        self.text = text
        self.number = number
        self.count = count
    }
}
