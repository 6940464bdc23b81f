import Foundation
import KnobsNotebook
import Testing

/// What a learner's session saves (`Submission.text`, the REPL's `:save`) is what the grader reads.
@Suite("a saved session, graded")
struct SessionSubmissionTests {
    /// Solves every exercise of the lesson with its solution and answers every question right, as a learner would.
    private func solvedSession(_ lesson: Lesson) throws -> Session {
        let session = Session(lesson: lesson, prepare: GradingSupport.drawing)
        while true {
            if case .exercise(let exercise) = session.current {
                let attempt = try session.submit(try #require(exercise.solution).text)
                guard case .passed = attempt.verdict else { Issue.record("the solution of \(exercise.id) did not pass"); return session }
            }
            if case .question(let question) = session.current {
                #expect(try session.answer(try #require(question.rightAnswer)).verdict == .correct)
            }
            let move = session.next()
            if move.stop == .atEnd { return session }
            if let stop = move.stop { Issue.record("stopped: \(stop)"); return session }
        }
    }

    @Test("a bundled lesson solved in a session and saved gets full marks, with nothing flagged", arguments: GradingSupport.bundledLessons)
    func savedFromKey(_ path: String) throws {
        let key = try Lesson(contentsOfFile: path)
        let saved = Submission.text(of: try solvedSession(key))
        let result = Grader(key: key, keySHA256: "", prepare: GradingSupport.drawing).grade(Data(saved.utf8), name: "saved.md")
        #expect(result.status == .ok && result.isFullMarks, "\(result.reason ?? "")")
        #expect(result.flags == [])
    }

    @Test("a copy saved from the released lesson, its questions answered without a key, gets full marks too")
    func savedFromRelease() throws {
        let key = try Lesson(contentsOfFile: GradingSupport.bundledLessons[1])
        let released = try Lesson(text: LearnerCopy.text(of: key), name: "released.md")
        let session = Session(lesson: released, prepare: GradingSupport.drawing)
        while true {
            if case .exercise(let exercise) = session.current {
                _ = try session.submit(try #require(key.exercises.first { $0.id == exercise.id }?.solution).text)
            }
            if case .question(let question) = session.current {
                let right = try #require(key.questions.first { $0.id == question.id }?.rightAnswer)
                #expect(question.key == nil)
                #expect(try session.answer("nonsense!").verdict != .recorded, "an answer of the wrong form is refused")
                #expect(try session.answer(right).verdict == .recorded, "the copy cannot judge: it records")
            }
            if session.next().stop == .atEnd { break }
        }
        let saved = Submission.text(of: session)
        let result = Grader(key: key, keySHA256: "", prepare: GradingSupport.drawing).grade(Data(saved.utf8), name: "saved.md")
        #expect(result.isFullMarks && result.flags == [], "\(result.run?.questions.map(\.status) ?? [])")
        #expect(result.run?.questions.count == key.questions.count)
    }

    @Test("a saved question holds the learner's answer or ___, and never the key's marks")
    func savedQuestions() throws {
        let key = try LessonSupport.lesson("""
            ```knobs question id=pick
            Which?

            - [ ] one
            - [x] two
            ```

            ```knobs question id=count
            How many?

            answer: 0.4375
            tolerance: 1%
            ```
            """)
        let session = Session(lesson: key)
        #expect(try session.answer("a").verdict == .wrong)
        session.skip()
        #expect(try session.answer("7/16").verdict == .correct)
        let saved = Submission.text(of: session)
        #expect(!saved.contains("[x]") && !saved.contains("0.4375") && !saved.contains("tolerance"), "\(saved)")
        #expect(saved.contains("- [ ] two\n\nanswer: ___\n```") && saved.contains("How many?\n\nanswer: 7/16\n```"), "\(saved)")
        let graded = Grader(key: key, keySHA256: "").grade(Data(saved.utf8), name: "saved.md")
        #expect(graded.run?.questions.map(\.status) == [.unanswered, .correct])
    }
}
