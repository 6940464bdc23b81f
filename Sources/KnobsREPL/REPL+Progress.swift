import Foundation
import KnobsNotebook
import KnobsStore

/// Keeping the store in step with the session: after every change, so that
/// nothing the learner was told is lost if the process dies.
extension REPL {
    /// The session's saved progress in the store's terms, for `resume`.
    static func sessionProgress(_ stored: LessonProgress) -> SessionProgress {
        var tasks: [String: TaskProgress] = [:]
        for (id, exercise) in stored.exercises {
            tasks[id] = TaskProgress(
                attempts: exercise.attempts, hintsUsed: exercise.hintsUsed, solutionViewed: exercise.solutionViewed,
                skipped: exercise.skipped, solved: exercise.solution.map { TaskProgress.Solved(code: $0.code, solvedAt: $0.solvedAt) })
        }
        return SessionProgress(lessonID: stored.lessonID, step: stored.step, isDone: stored.isDone, tasks: tasks)
    }

    /// Saves the step the learner is on, and whether the lesson is done.
    func saveProgress() {
        guard let store, let session else { return }
        persist("your place in \(session.lesson.id)" + (session.isFinished ? ", and that you finished it" : "")) {
            try store.setStep(session.position, lesson: session.lesson.id)
            if session.isFinished { try store.markDone(lesson: session.lesson.id) }
        }
    }

    /// Brings the store's record of one exercise or question up to the session's.
    ///
    /// Attempts are added, not set: another knobs of the same learner may be adding its
    /// own to the same row, so only those this process has not saved yet go in (counted
    /// in ``savedAttempts``). Hints shown are a most, a look at the solution and a skip are
    /// flags, the accepted answer is the latest: setting those loses nobody's update.
    func saveTask(_ id: String, _ progress: TaskProgress, code: String?) {
        guard let store, let lesson = session?.lesson.id else { return }
        persist(progress.solved == nil ? "your attempts and hints at '\(id)'" : "your accepted answer to '\(id)'") {
            var stored = try store.progress(lesson: lesson).exercise(id)
            if let solved = progress.solved, stored.solution?.code != solved.code {
                // An accepted answer is an attempt too.
                stored = try store.markSolved(lesson: lesson, exercise: id, code: solved.code, at: solved.solvedAt)
                savedAttempts[id, default: 0] += 1
            }
            while savedAttempts[id, default: 0] < progress.attempts {
                stored = try store.recordAttempt(lesson: lesson, exercise: id)
                savedAttempts[id, default: 0] += 1
            }
            if progress.hintsUsed > stored.hintsUsed {
                stored = try store.recordHintsShown(progress.hintsUsed, lesson: lesson, exercise: id)
            }
            if progress.solutionViewed, !stored.solutionViewed {
                stored = try store.recordSolutionViewed(lesson: lesson, exercise: id)
            }
            if progress.skipped, !stored.skipped {
                _ = try store.recordSkipped(lesson: lesson, exercise: id)
            }
        }
    }

    /// Runs a store update; a failure says `what` was not saved, and is never fatal (the lesson goes on).
    ///
    /// The first failure also says what to do; every later change is tried again, so
    /// saving resumes once the disk has room or the lock is released.
    func persist(_ what: String, _ body: () throws -> Void) {
        do {
            try body()
        } catch {
            var message = "warning: not saved: \(what): \(error)\n"
            if !warnedAboutSaving, let hint = (error as? StoreError)?.hint {
                message += "  = hint: \(hint); the lesson goes on, and knobs saves again as soon as it can\n"
                warnedAboutSaving = true
            }
            errorOutput(message)
        }
    }
}
