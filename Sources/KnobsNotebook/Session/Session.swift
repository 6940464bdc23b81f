import Foundation
import KnobsLang

/// A learner's way through one lesson: where they are, what has run, and how each task went.
///
/// A session holds no terminal code; a REPL drives it and draws what it
/// returns. Steps are numbered from 0. The session keeps one invariant: every
/// step before ``frontier`` has been taken in this environment (its code ran,
/// its task is done), so the variables are what the lesson expects there.
/// Moving forward past steps not yet taken takes them; moving back runs
/// nothing. A learner cannot move past an exercise or question that is not
/// solved, answered or skipped.
///
/// Prose directly before an exercise or question is that task's
/// *introduction* (its question text, as in swirl): the learner meets the two
/// together, so a session never stands on an introduction. Moving onto one
/// stands on its task, and moving back skips over it, so that whatever the
/// learner types after reading the prose is an answer to the task.
///
/// ```swift
/// let session = Session(lesson: lesson)
/// session.advance()                       // Enter: run the current cell, or move on
/// let attempt = try session.submit("w = 0.6")
/// if case .checkFailed(_, let why) = attempt.verdict { print(why.message, attempt.hint?.text ?? "") }
/// ```
public final class Session {
    /// How many honest attempts open an exercise's solution.
    public static let attemptsBeforeSolution = 3

    /// The lesson being followed.
    public let lesson: Lesson
    /// Runs the lesson's code; its variables are the learner's. Set ``Interpreter/limits`` or raise its
    /// ``Interpreter/interrupt`` (Ctrl-C) from the REPL.
    public let interpreter: Interpreter
    /// The step the learner is on.
    public internal(set) var position = 0
    /// The first step not yet taken in this environment; never below ``position``.
    public internal(set) var frontier = 0
    /// The progress of every exercise and question touched, by id.
    public internal(set) var tasks: [String: TaskProgress] = [:]

    let clock: @Sendable () -> Date
    let capture: OutputCapture
    /// The environment before any of the lesson ran: restart and reset go back to it.
    let start: Interpreter.Snapshot
    /// Each exercise's last submitted code, to tell a new attempt from a repeated one, and for a submission.
    var lastAttempts: [String: String] = [:]
    /// The environment as the lesson's own steps left it at a step, kept once the learner's own code
    /// changed it; nil while the environment is the lesson's own (see ``submit(_:)``).
    var lessonState: LessonState?

    /// Starts a lesson at its first step, with a fresh environment and the lesson's seed.
    ///
    /// - Parameters:
    ///   - lesson: The lesson to follow.
    ///   - limits: The limits on each run of code.
    ///   - clock: The time recorded when a task is solved.
    ///   - liveOutput: Receives what cells, free code and attempts print, as they print it
    ///     (a long training loop shows progress); each ``CellRun`` holds it too.
    ///   - prepare: Runs once on the new interpreter before anything else, to give it what
    ///     the host adds (a REPL's `plot`); ``restart()``, ``reset()`` and ``resume(_:)`` keep it.
    public init(
        lesson: Lesson, limits: Limits = .standard, clock: @escaping @Sendable () -> Date = Date.init,
        liveOutput: ((String) -> Void)? = nil, prepare: (Interpreter) -> Void = { _ in }
    ) {
        self.lesson = lesson
        self.clock = clock
        let capture = OutputCapture(live: liveOutput)
        self.capture = capture
        interpreter = Interpreter(limits: limits) { capture.write($0) }
        prepare(interpreter)
        start = interpreter.snapshot()
        applySeed()
        standAtStart()
    }

    /// The step the learner is on.
    public var current: Step { lesson.steps[position] }

    /// Whether step `index` is prose directly followed by an exercise or question: that task's
    /// introduction, which the learner meets together with the task and never stands on.
    public func introduces(_ index: Int) -> Bool {
        guard case .prose = lesson.steps[index], index + 1 < lesson.steps.count else { return false }
        return lesson.steps[index + 1].taskID != nil
    }

    /// The prose that introduces the current step, when it is a task that has one: show it with the task.
    public var introduction: Prose? {
        guard position > 0, introduces(position - 1), case .prose(let prose) = lesson.steps[position - 1] else { return nil }
        return prose
    }

    /// The progress of a task (untouched when the learner has not met it).
    public func progress(ofTask id: String) -> TaskProgress {
        tasks[id] ?? TaskProgress()
    }

    /// Whether the learner is on the last step and every task is done.
    public var isFinished: Bool {
        position == lesson.steps.count - 1 && lesson.steps.allSatisfy { step in step.taskID.map { progress(ofTask: $0).isDone } ?? true }
    }

    /// Everything a REPL saves to resume later.
    public var progress: SessionProgress {
        SessionProgress(lessonID: lesson.id, step: position, isDone: isFinished, tasks: tasks)
    }

    // MARK: Moving

    /// What Enter does: runs the current code cell if it has not run yet, else moves to the next step.
    @discardableResult
    public func advance() -> Advance {
        if position == frontier, case .code = current {
            return .ran(runStep(position, live: true))
        }
        return .moved(next())
    }

    /// Moves to the next step, first taking the current one if it has not been taken (running its code).
    @discardableResult
    public func next() -> Move {
        guard position + 1 < lesson.steps.count else {
            return Move(position: position, ran: [], stop: .atEnd)
        }
        return moveForward(to: position + 1)
    }

    /// Moves to the step before (over a task's introduction, to the step before that); nothing runs.
    @discardableResult
    public func back() -> Move {
        var target = position - 1
        if target >= 0, introduces(target) { target -= 1 }
        guard target >= 0 else { return Move(position: position, ran: [], stop: .atStart) }
        position = target
        return Move(position: position, ran: [], stop: nil)
    }

    /// Moves to step `index` (from 0): back runs nothing; forward takes the steps on the way, and stops at an unfinished task.
    ///
    /// - Throws: ``SessionError/noSuchStep(_:count:)`` outside the lesson.
    @discardableResult
    public func goto(_ index: Int) throws -> Move {
        guard lesson.steps.indices.contains(index) else { throw SessionError.noSuchStep(index, count: lesson.steps.count) }
        let index = introduces(index) ? index + 1 : index
        if index <= frontier {
            position = index
            return Move(position: position, ran: [], stop: nil)
        }
        return moveForward(to: index)
    }

    /// Starts the lesson over: a fresh environment, the seed again, the first step. Task progress is kept.
    public func restart() {
        interpreter.restore(start)
        applySeed()
        lessonState = nil
        lastAttempts = [:]
        standAtStart()
    }

    /// Rebuilds the environment for the current step: a fresh one, then every step before this one taken again.
    ///
    /// Solved exercises run their accepted code, skipped ones their solution.
    @discardableResult
    public func reset() -> Move {
        let target = position
        restart()
        return moveForward(to: target)
    }

    /// Picks up saved progress: the tasks as they were, and the saved step reached again from a fresh environment.
    ///
    /// - Throws: ``SessionError/otherLesson(expected:got:)`` for another lesson's progress.
    @discardableResult
    public func resume(_ saved: SessionProgress) throws -> Move {
        guard saved.lessonID == lesson.id else { throw SessionError.otherLesson(expected: lesson.id, got: saved.lessonID) }
        tasks = saved.tasks
        restart()
        return moveForward(to: min(max(saved.step, 0), lesson.steps.count - 1))
    }

    /// Takes steps from the frontier up to (not including) `target`, then stands on `target`
    /// (on its task, when `target` is an introduction), or on the first step that cannot be taken.
    func moveForward(to target: Int) -> Move {
        let target = introduces(target) ? target + 1 : target
        var ran: [CellRun] = []
        while frontier < target {
            let index = frontier
            switch take(index) {
            case .taken(let run):
                if let run { ran.append(run) }
                frontier = index + 1
            case .unfinished(let id):
                position = index
                return Move(position: index, ran: ran, stop: .unfinishedTask(id))
            case .failed(let run):
                ran.append(run)
                position = index
                return Move(position: index, ran: ran, stop: .cellFailed(index))
            }
        }
        position = target
        return Move(position: target, ran: ran, stop: nil)
    }

    /// The first step, or the task after it when the lesson opens with a task's introduction.
    private func standAtStart() {
        position = 0
        frontier = 0
        if introduces(0) {
            position = 1
            frontier = 1
        }
    }

    func applySeed() {
        guard let seed = lesson.info.seed else { return }
        _ = run(SourceFile(name: "<seed>", text: "seed(\(seed))"), echo: false, live: false)
    }
}
