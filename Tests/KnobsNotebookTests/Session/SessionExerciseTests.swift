import Foundation
import KnobsNotebook
import Testing

/// Attempts, checks, hints, the solution rule, skipping, and questions.
@Suite("session: exercises and questions")
struct SessionExerciseTests {
    func atExercise() throws -> Session {
        let session = try SessionLesson.session()
        try session.goto(2)
        return session
    }

    @Test("a failed check says why, brings out a hint, and rolls the environment back")
    func failedCheck() throws {
        let session = try atExercise()
        let attempt = try session.submit("w = 3\nextra = 1")
        guard case .checkFailed(_, let diagnostic) = attempt.verdict else { Issue.record("\(attempt.verdict)"); return }
        #expect(diagnostic.message == "w should be 2, not 3")
        #expect(diagnostic.position == "session.md:32:1", "the check is numbered as in the lesson")
        #expect(attempt.hint == RevealedHint(text: "first", number: 1, count: 2))
        #expect(attempt.counted && attempt.progress.attempts == 1 && attempt.progress.hintsUsed == 1)
        #expect(session.shown("w") == "1" && session.shown("extra") == nil)
    }

    @Test("an error in the learner's code fails the attempt and undoes what ran before it")
    func runtimeError() throws {
        let session = try atExercise()
        let attempt = try session.submit("w = 5\nx = [1][3]")
        guard case .failed = attempt.verdict else { Issue.record("\(attempt.verdict)"); return }
        #expect(attempt.run?.diagnostics.first?.message == "index 3 is out of range for a list of 1 item")
        #expect(session.shown("w") == "1")
    }

    @Test("a pass records the code and time, keeps its effects, drops the checks' own, and opens the way")
    func pass() throws {
        let session = try atExercise()
        let attempt = try session.submit("w = w + 1")
        #expect(attempt.passed && attempt.hint == nil)
        #expect(attempt.progress.solved == TaskProgress.Solved(code: "w = w + 1", solvedAt: Date(timeIntervalSince1970: 1_000)))
        #expect(session.shown("w") == "2" && session.shown("leak") == nil)
        #expect(session.next().position == 3)
    }

    @Test("an attempt stopped by the interrupt flag (Ctrl-C) is rolled back, not counted, and brings no hint")
    func interrupted() throws {
        final class Box: @unchecked Sendable { var session: Session? }
        let box = Box()
        // The attempt announces itself, and the flag goes up while it loops, as Ctrl-C would.
        let session = Session(lesson: try SessionLesson.lesson(), liveOutput: { text in
            if text.contains("looping") { box.session?.interpreter.interrupt.set() }
        })
        box.session = session
        try session.goto(2)
        let attempt = try session.submit("w = 50\nprint(\"looping\")\nwhile true {}")
        guard case .interrupted = attempt.verdict else { Issue.record("\(attempt.verdict)"); return }
        #expect(!attempt.counted && attempt.hint == nil && attempt.progress.attempts == 0)
        #expect(session.shown("w") == "1")
    }

    @Test("blanks do not run; blank, starter, repeated and unparsable code are not honest attempts")
    func honesty() throws {
        let session = try atExercise()
        let exercise = try #require(session.lesson.exercises.first)
        #expect(try session.submit("w = ___").verdict.isUnfinished)
        #expect(!session.isHonest("  # just a comment\n", for: exercise))
        #expect(!session.isHonest("# Double w.\nw = ___", for: exercise))
        #expect(!session.isHonest("w = (", for: exercise))
        #expect(try session.submit("w = 3").counted)
        #expect(try !session.submit("w  =  3 ").counted)
        #expect(try session.submit("w = 4").counted)
        #expect(session.progress(ofTask: "double").attempts == 2)
    }

    @Test("hints come in order, on request or after a failure, and run out")
    func hints() throws {
        let session = try atExercise()
        #expect(try session.hint().text == "first")
        let attempt = try session.submit("w = 0")
        #expect(attempt.hint?.text == "second")
        #expect(try session.submit("w = -1").hint == nil)
        #expect(throws: SessionError.noMoreHints(count: 2)) { try session.hint() }
        #expect(session.revealedHints.map(\.number) == [1, 2])
        session.back()
        #expect(throws: SessionError.notATask) { try session.hint() }
    }

    @Test("the solution opens after three honest attempts, and seeing it is recorded")
    func solutionRule() throws {
        let session = try atExercise()
        #expect(throws: SessionError.solutionLocked(attemptsLeft: 3)) { try session.solution() }
        _ = try session.submit("w = 3")
        _ = try session.submit("w = 3")
        _ = try session.submit("w = 4")
        #expect(throws: SessionError.solutionLocked(attemptsLeft: 1)) { try session.solution() }
        _ = try session.submit("w = 5")
        #expect(try session.solution().text == "w = w * 2")
        #expect(session.progress(ofTask: "double").solutionViewed)
    }

    @Test("skipping an exercise runs its solution, is recorded, and opens the solution")
    func skip() throws {
        let session = try atExercise()
        let move = session.skip()
        #expect(move.position == 3 && move.ran.first?.step == 2)
        #expect(session.shown("w") == "2")
        #expect(session.progress(ofTask: "double").skipped)
        session.back()
        #expect(try session.solution().text == "w = w * 2")
    }

    @Test("a question: not an answer is not counted, a wrong one brings a hint, a right one finishes it")
    func question() throws {
        let session = try atExercise()
        _ = try session.submit("w = 2")
        try session.goto(4)
        #expect(throws: SessionError.notAnExercise) { try session.submit("w = 2") }
        #expect(try session.answer("two").verdict == .invalid("answer with a number, such as 0.5, 0,5 or 1/2"))
        let wrong = try session.answer("3")
        #expect(wrong.verdict == .wrong && wrong.hint?.text == "count" && wrong.progress.attempts == 1)
        let right = try session.answer("2")
        #expect(right.verdict == .correct && right.progress.solved?.code == "2" && right.progress.attempts == 2)
        #expect(session.next().position == 5 && session.isFinished && session.progress.isDone)
    }

    @Test("the learner's code for a submission: accepted, else last attempt, else starter")
    func learnerCode() throws {
        let session = try atExercise()
        let exercise = try #require(session.lesson.exercises.first)
        #expect(session.learnerCode(for: exercise) == "# Double w.\nw = ___")
        _ = try session.submit("w = 9")
        #expect(session.learnerCode(for: exercise) == "w = 9")
        _ = try session.submit("w = 2")
        #expect(session.learnerCode(for: exercise) == "w = 2")
    }
}

extension Attempt.Verdict {
    var isUnfinished: Bool {
        if case .unfinished = self { return true }
        return false
    }

    var isTriedOut: Bool {
        if case .triedOut = self { return true }
        return false
    }
}
