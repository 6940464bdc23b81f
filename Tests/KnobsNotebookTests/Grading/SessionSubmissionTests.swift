import Foundation
import KnobsNotebook
import Testing

/// What a learner's session saves (`Submission.text`, the REPL's `:save`) is what the grader reads.
@Suite("a saved session, graded")
struct SessionSubmissionTests {
    /// Solves every exercise of the lesson with its solution and answers every question, as a learner would.
    private func solvedSession(_ lesson: Lesson) throws -> Session {
        let session = Session(lesson: lesson)
        while true {
            if case .exercise(let exercise) = session.current {
                let attempt = try session.submit(try #require(exercise.solution).text)
                guard case .passed = attempt.verdict else { Issue.record("the solution of \(exercise.id) did not pass"); return session }
            }
            let isQuestion = { if case .question = session.current { return true } else { return false } }()
            let move = isQuestion ? session.skip() : session.next()
            if move.stop == .atEnd { return session }
            if let stop = move.stop { Issue.record("stopped: \(stop)"); return session }
        }
    }

    @Test("a bundled lesson solved in a session and saved gets full marks, with nothing flagged", arguments: GradingSupport.bundledLessons)
    func savedFromKey(_ path: String) throws {
        let key = try Lesson(contentsOfFile: path)
        let saved = Submission.text(of: try solvedSession(key))
        let result = Grader(key: key, keySHA256: "").grade(Data(saved.utf8), name: "saved.md")
        #expect(result.status == .ok && result.isFullMarks, "\(result.reason ?? "")")
        #expect(result.flags == [])
    }

    @Test("a copy saved from the released lesson gets full marks too")
    func savedFromRelease() throws {
        let key = try Lesson(contentsOfFile: GradingSupport.bundledLessons[1])
        let released = try Lesson(text: LearnerCopy.text(of: key), name: "released.md")
        let session = Session(lesson: released)
        for exercise in key.exercises {
            while session.current.taskID != exercise.id {
                if case .question = session.current { session.skip() } else { session.next() }
            }
            _ = try session.submit(try #require(exercise.solution).text)
        }
        let result = Grader(key: key, keySHA256: "").grade(Data(Submission.text(of: session).utf8), name: "saved.md")
        #expect(result.isFullMarks && result.flags == [])
    }
}
