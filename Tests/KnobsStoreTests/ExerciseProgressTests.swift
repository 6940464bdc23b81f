import Foundation
import Testing
import KnobsStore

/// Each exercise event, and the state it returns, read back as written, also after reopening.
@Suite("Exercise progress")
struct ExerciseProgressTests {
    @Test("an exercise never touched has no attempts and no flags")
    func untouched() throws {
        let scratch = try TemporaryDirectory()
        let store = try ProgressStore.open(at: scratch.databaseURL, learner: "ada")
        #expect(try store.progress(lesson: "02-line").exercise("slope") == ExerciseProgress(exerciseID: "slope"))
    }

    @Test("failed attempts count up")
    func attempts() throws {
        let scratch = try TemporaryDirectory()
        let store = try ProgressStore.open(at: scratch.databaseURL, learner: "ada")
        #expect(try store.recordAttempt(lesson: "02-line", exercise: "slope").attempts == 1)
        #expect(try store.recordAttempt(lesson: "02-line", exercise: "slope").attempts == 2)
        #expect(try store.recordAttempt(lesson: "02-line", exercise: "bias").attempts == 1)
        #expect(try store.progress(lesson: "02-line").exercise("slope").attempts == 2)
    }

    @Test("hints used is the most shown at once")
    func hints() throws {
        let scratch = try TemporaryDirectory()
        let store = try ProgressStore.open(at: scratch.databaseURL, learner: "ada")
        #expect(try store.recordHintsShown(1, lesson: "02-line", exercise: "slope").hintsUsed == 1)
        #expect(try store.recordHintsShown(2, lesson: "02-line", exercise: "slope").hintsUsed == 2)
        #expect(try store.recordHintsShown(1, lesson: "02-line", exercise: "slope").hintsUsed == 2)
    }

    @Test("viewing the solution and skipping are recorded")
    func flags() throws {
        let scratch = try TemporaryDirectory()
        let store = try ProgressStore.open(at: scratch.databaseURL, learner: "ada")
        #expect(try store.recordSolutionViewed(lesson: "02-line", exercise: "slope").solutionViewed)
        #expect(try store.recordSkipped(lesson: "02-line", exercise: "bias").skipped)
        let lesson = try store.progress(lesson: "02-line")
        #expect(lesson.exercise("slope") == ExerciseProgress(exerciseID: "slope", solutionViewed: true))
        #expect(lesson.exercise("bias") == ExerciseProgress(exerciseID: "bias", skipped: true))
    }

    @Test("a solved exercise keeps the accepted code and time, and counts the attempt")
    func solved() throws {
        let scratch = try TemporaryDirectory()
        let store = try ProgressStore.open(at: scratch.databaseURL, learner: "ada")
        try store.recordAttempt(lesson: "02-line", exercise: "slope")
        let code = "w = w - 0.1 * 2*(w - 3)\n# ünïcödé and 'quotes'\n"
        let state = try store.markSolved(lesson: "02-line", exercise: "slope", code: code, at: Dates.at(0.5))
        #expect(state == ExerciseProgress(exerciseID: "slope", attempts: 2, solution: AcceptedAnswer(code: code, solvedAt: Dates.at(0.5))))
        #expect(state.isSolved)
    }

    @Test("solving again replaces the code and the time")
    func solvedAgain() throws {
        let scratch = try TemporaryDirectory()
        let store = try ProgressStore.open(at: scratch.databaseURL, learner: "ada")
        try store.markSolved(lesson: "02-line", exercise: "slope", code: "w = 0.6", at: Dates.at())
        let state = try store.markSolved(lesson: "02-line", exercise: "slope", code: "w = w - 0.2*(w - 3)", at: Dates.at(30))
        #expect(state.solution == AcceptedAnswer(code: "w = w - 0.2*(w - 3)", solvedAt: Dates.at(30)))
        #expect(state.attempts == 2)
    }

    @Test("every field survives reopening the database")
    func roundTrip() throws {
        let scratch = try TemporaryDirectory()
        do {
            let store = try ProgressStore.open(at: scratch.databaseURL, learner: "ada")
            try store.recordOpened(lesson: "02-line", at: Dates.at())
            try store.recordAttempt(lesson: "02-line", exercise: "slope")
            try store.recordHintsShown(2, lesson: "02-line", exercise: "slope")
            try store.recordSolutionViewed(lesson: "02-line", exercise: "slope")
            try store.recordSkipped(lesson: "02-line", exercise: "slope")
            try store.markSolved(lesson: "02-line", exercise: "slope", code: "w = 2", at: Dates.at(90))
            try store.recordAttempt(lesson: "02-line", exercise: "bias")
        }
        let store = try ProgressStore.open(at: scratch.databaseURL, learner: "ada")
        let expected = LessonProgress(
            lessonID: "02-line",
            lastOpened: Dates.at(),
            exercises: [
                "slope": ExerciseProgress(
                    exerciseID: "slope", attempts: 2, hintsUsed: 2, solutionViewed: true, skipped: true,
                    solution: AcceptedAnswer(code: "w = 2", solvedAt: Dates.at(90))
                ),
                "bias": ExerciseProgress(exerciseID: "bias", attempts: 1),
            ]
        )
        #expect(try store.progress(lesson: "02-line") == expected)
    }

    @Test("an exercise of a lesson never opened starts the lesson at step 0")
    func exerciseFirst() throws {
        let scratch = try TemporaryDirectory()
        let store = try ProgressStore.open(at: scratch.databaseURL, learner: "ada")
        try store.recordAttempt(lesson: "03-how-wrong", exercise: "mse")
        let lesson = try store.progress(lesson: "03-how-wrong")
        #expect(lesson.step == 0 && lesson.lastOpened == nil && !lesson.isDone)
        #expect(lesson.exercises.keys.sorted() == ["mse"])
    }
}
