import Foundation
import KnobsStore

/// The writes a child process makes in the process tests, and what the parent
/// may conclude from their acknowledgements.
///
/// Write `n` works on exercise `e(n / 4)` of the lesson: a failed attempt, one
/// hint, the accepted answer `answer(n / 4)`, then the step `n / 4 + 1`; so
/// every acknowledged number says exactly what the database must hold.
enum ChildScript {
    /// Performs write number `number`.
    static func perform(_ number: Int, store: ProgressStore, lesson: String) throws {
        let exercise = "e\(number / 4)"
        switch number % 4 {
        case 0: try store.recordAttempt(lesson: lesson, exercise: exercise)
        case 1: try store.recordHintsShown(1, lesson: lesson, exercise: exercise)
        case 2: try store.markSolved(lesson: lesson, exercise: exercise, code: answer(number / 4), at: Date())
        default: try store.setStep(number / 4 + 1, lesson: lesson)
        }
    }

    /// The code accepted for exercise `e(index)`.
    static func answer(_ index: Int) -> String {
        "w = \(index) * 0.5  # exercise \(index)"
    }

    /// What is wrong with `progress`, given that writes `0..<acknowledged` returned
    /// and at most one more (the one in flight) may have committed.
    static func problems(in progress: LessonProgress, acknowledged: Int) -> [String] {
        var problems: [String] = []
        for number in 0..<acknowledged {
            let exercise = progress.exercise("e\(number / 4)")
            let isThere: Bool
            switch number % 4 {
            case 0: isThere = exercise.attempts >= 1
            case 1: isThere = exercise.hintsUsed >= 1
            case 2: isThere = exercise.solution?.code == answer(number / 4) && exercise.attempts == 2
            default: isThere = progress.step >= number / 4 + 1
            }
            if !isThere {
                problems.append("acknowledged write \(number) is missing: \(exercise), step \(progress.step)")
            }
        }
        let possible = Set((0...acknowledged / 4).map { "e\($0)" })
        for id in progress.exercises.keys where !possible.contains(id) {
            problems.append("exercise \(id) is there, but no write to it had started")
        }
        if progress.step > acknowledged / 4 + 1 {
            problems.append("step \(progress.step) is ahead of every write that had started")
        }
        return problems
    }
}
