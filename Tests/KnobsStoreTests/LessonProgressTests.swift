import Foundation
import Testing
import KnobsStore

/// A lesson's step, time of opening and completion, read back as written, also after reopening.
@Suite("Lesson progress")
struct LessonProgressTests {
    @Test("a lesson never opened is at step 0, not done, with no exercises")
    func neverOpened() throws {
        let scratch = try TemporaryDirectory()
        let store = try ProgressStore.open(at: scratch.databaseURL, learner: "ada")
        #expect(try store.progress(lesson: "01-parameters") == LessonProgress(lessonID: "01-parameters"))
    }

    @Test("opening records the time and returns where to resume")
    func opening() throws {
        let scratch = try TemporaryDirectory()
        let store = try ProgressStore.open(at: scratch.databaseURL, learner: "ada")
        let first = try store.recordOpened(lesson: "02-line", at: Dates.at())
        #expect(first == LessonProgress(lessonID: "02-line", lastOpened: Dates.at()))
        try store.setStep(3, lesson: "02-line")
        let second = try store.recordOpened(lesson: "02-line", at: Dates.at(86_400.25))
        #expect(second == LessonProgress(lessonID: "02-line", step: 3, lastOpened: Dates.at(86_400.25)))
    }

    @Test("the step, the time and done survive reopening the database")
    func roundTrip() throws {
        let scratch = try TemporaryDirectory()
        do {
            let store = try ProgressStore.open(at: scratch.databaseURL, learner: "ada")
            try store.recordOpened(lesson: "02-line", at: Dates.at(60))
            try store.setStep(11, lesson: "02-line")
            try store.markDone(lesson: "02-line")
            try store.setStep(2, lesson: "03-how-wrong")
        }
        let store = try ProgressStore.open(at: scratch.databaseURL, learner: "ada")
        #expect(try store.progress(lesson: "02-line") == LessonProgress(lessonID: "02-line", step: 11, lastOpened: Dates.at(60), isDone: true))
        #expect(try store.progress(lesson: "03-how-wrong") == LessonProgress(lessonID: "03-how-wrong", step: 2))
    }

    @Test("the step can go back, and done stays done")
    func stepBack() throws {
        let scratch = try TemporaryDirectory()
        let store = try ProgressStore.open(at: scratch.databaseURL, learner: "ada")
        try store.setStep(9, lesson: "02-line")
        try store.markDone(lesson: "02-line")
        try store.setStep(1, lesson: "02-line")
        #expect(try store.progress(lesson: "02-line") == LessonProgress(lessonID: "02-line", step: 1, isDone: true))
    }

    @Test("each learner has their own progress in the same database")
    func learners() throws {
        let scratch = try TemporaryDirectory()
        let ada = try ProgressStore.open(at: scratch.databaseURL, learner: "ada")
        let grace = try ProgressStore.open(at: scratch.databaseURL, learner: "grace")
        try ada.setStep(5, lesson: "02-line")
        try grace.markSolved(lesson: "02-line", exercise: "slope", code: "w = 2", at: Dates.at())
        #expect(try ada.progress(lesson: "02-line") == LessonProgress(lessonID: "02-line", step: 5))
        #expect(try grace.progress(lesson: "02-line").step == 0)
        #expect(try grace.progress(lesson: "02-line").exercise("slope").isSolved)
        #expect(ada.learner == "ada" && grace.learner == "grace")
    }

    @Test("lesson and exercise ids are kept exactly: Unicode, quotes, case")
    func unusualIDs() throws {
        let scratch = try TemporaryDirectory()
        let store = try ProgressStore.open(at: scratch.databaseURL, learner: "Zoë 'the' learner")
        for lesson in ["les'son", "Lesson", "lesson", "les\"son; DROP TABLE learner", "één-gewicht"] {
            try store.setStep(lesson.count, lesson: lesson)
        }
        for lesson in ["les'son", "Lesson", "lesson", "les\"son; DROP TABLE learner", "één-gewicht"] {
            #expect(try store.progress(lesson: lesson).step == lesson.count, "\(lesson)")
        }
    }
}
