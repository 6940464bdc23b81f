import Foundation
import Testing
import KnobsStore

/// `knobs lessons` (one summary per lesson) and `knobs progress --reset [LESSON]`.
@Suite("Summaries and resets")
struct SummaryAndResetTests {
    private let outlines = [
        LessonOutline(lessonID: "01-parameters", exerciseIDs: ["sum", "double"]),
        LessonOutline(lessonID: "02-line", exerciseIDs: ["slope", "bias", "predict"]),
        LessonOutline(lessonID: "03-how-wrong", exerciseIDs: []),
    ]

    @Test("one summary per lesson, in the caller's order, never-opened lessons included")
    func summary() throws {
        let scratch = try TemporaryDirectory()
        let store = try ProgressStore.open(at: scratch.databaseURL, learner: "ada")
        try store.recordOpened(lesson: "01-parameters", at: Dates.at())
        try store.markSolved(lesson: "01-parameters", exercise: "sum", code: "a + b", at: Dates.at(1))
        try store.markSolved(lesson: "01-parameters", exercise: "double", code: "2*a", at: Dates.at(2))
        try store.markDone(lesson: "01-parameters")
        try store.recordOpened(lesson: "02-line", at: Dates.at(100))
        try store.markSolved(lesson: "02-line", exercise: "slope", code: "w = 2", at: Dates.at(101))
        try store.recordAttempt(lesson: "02-line", exercise: "bias")
        #expect(try store.lessonsSummary(outlines) == [
            LessonSummary(lessonID: "01-parameters", isDone: true, solved: 2, total: 2, lastOpened: Dates.at()),
            LessonSummary(lessonID: "02-line", isDone: false, solved: 1, total: 3, lastOpened: Dates.at(100)),
            LessonSummary(lessonID: "03-how-wrong", isDone: false, solved: 0, total: 0, lastOpened: nil),
        ])
    }

    @Test("an exercise no longer in the lesson does not count as solved")
    func removedExercise() throws {
        let scratch = try TemporaryDirectory()
        let store = try ProgressStore.open(at: scratch.databaseURL, learner: "ada")
        try store.markSolved(lesson: "02-line", exercise: "old-name", code: "w = 2", at: Dates.at())
        try store.markSolved(lesson: "02-line", exercise: "slope", code: "w = 2", at: Dates.at())
        let summary = try store.lessonsSummary([LessonOutline(lessonID: "02-line", exerciseIDs: ["slope", "bias"])])
        #expect(summary.map(\.solved) == [1])
    }

    @Test("questions are counted apart from exercises, and the step is the one to resume at")
    func questionsAndStep() throws {
        let scratch = try TemporaryDirectory()
        let store = try ProgressStore.open(at: scratch.databaseURL, learner: "ada")
        try store.recordOpened(lesson: "01-parameters", at: Dates.at())
        try store.markSolved(lesson: "01-parameters", exercise: "sum", code: "a + b", at: Dates.at(1))
        try store.markSolved(lesson: "01-parameters", exercise: "nudge", code: "2", at: Dates.at(2))
        try store.setStep(9, lesson: "01-parameters")
        let outline = LessonOutline(lessonID: "01-parameters", exerciseIDs: ["sum", "double"], questionIDs: ["nudge", "which"])
        #expect(try store.lessonsSummary([outline]) == [
            LessonSummary(lessonID: "01-parameters", isDone: false, solved: 1, total: 2, answered: 1, questions: 2, step: 9, lastOpened: Dates.at())
        ])
    }

    @Test("the summary is the learner's own")
    func summaryPerLearner() throws {
        let scratch = try TemporaryDirectory()
        let ada = try ProgressStore.open(at: scratch.databaseURL, learner: "ada")
        let grace = try ProgressStore.open(at: scratch.databaseURL, learner: "grace")
        try grace.markSolved(lesson: "02-line", exercise: "slope", code: "w = 2", at: Dates.at())
        try grace.markDone(lesson: "02-line")
        #expect(try ada.lessonsSummary(outlines).allSatisfy { $0.solved == 0 && !$0.isDone && $0.lastOpened == nil })
    }

    @Test("resetting a lesson forgets it and its exercises, and nothing else")
    func resetLesson() throws {
        let scratch = try TemporaryDirectory()
        let store = try ProgressStore.open(at: scratch.databaseURL, learner: "ada")
        let grace = try ProgressStore.open(at: scratch.databaseURL, learner: "grace")
        try store.recordOpened(lesson: "02-line", at: Dates.at())
        try store.setStep(4, lesson: "02-line")
        try store.markSolved(lesson: "02-line", exercise: "slope", code: "w = 2", at: Dates.at())
        try store.setStep(2, lesson: "01-parameters")
        try grace.setStep(7, lesson: "02-line")

        #expect(try store.reset(lesson: "02-line"))
        #expect(try store.progress(lesson: "02-line") == LessonProgress(lessonID: "02-line"))
        #expect(try store.progress(lesson: "01-parameters").step == 2)
        #expect(try grace.progress(lesson: "02-line").step == 7)
        #expect(try store.reset(lesson: "02-line") == false)
        #expect(try store.integrityProblems().isEmpty)
    }

    @Test("resetting all forgets every lesson of the learner, and no other learner's")
    func resetAll() throws {
        let scratch = try TemporaryDirectory()
        let store = try ProgressStore.open(at: scratch.databaseURL, learner: "ada")
        let grace = try ProgressStore.open(at: scratch.databaseURL, learner: "grace")
        try store.setStep(2, lesson: "01-parameters")
        try store.markSolved(lesson: "02-line", exercise: "slope", code: "w = 2", at: Dates.at())
        try grace.setStep(7, lesson: "02-line")

        #expect(try store.resetAll() == 2)
        #expect(try store.lessonsSummary(outlines).allSatisfy { $0.solved == 0 && $0.lastOpened == nil })
        #expect(try store.progress(lesson: "01-parameters") == LessonProgress(lessonID: "01-parameters"))
        #expect(try grace.progress(lesson: "02-line").step == 7)
        #expect(try store.resetAll() == 0)
    }

    @Test("after a reset the lesson starts afresh")
    func afterReset() throws {
        let scratch = try TemporaryDirectory()
        let store = try ProgressStore.open(at: scratch.databaseURL, learner: "ada")
        try store.recordAttempt(lesson: "02-line", exercise: "slope")
        try store.reset(lesson: "02-line")
        #expect(try store.recordAttempt(lesson: "02-line", exercise: "slope").attempts == 1)
    }
}
