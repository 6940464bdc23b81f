import Foundation
import KnobsLang
import KnobsNotebook
import Testing

/// Progress as plain values: saved, restored, and the environment rebuilt from it.
@Suite("session: progress, resume, reset and restart")
struct SessionResumeTests {
    /// A session that solved the exercise with `w = w + 1` and stands on the question.
    func solvedSession() throws -> Session {
        let session = try SessionLesson.session()
        try session.goto(2)
        _ = try session.submit("w = 5")
        _ = try session.submit("w = w + 1")
        try session.goto(4)
        return session
    }

    @Test("what the host adds before the lesson starts survives restart and reset; what the learner made does not")
    func prepared() throws {
        let session = Session(lesson: try SessionLesson.lesson(), prepare: { $0.run(SourceFile(name: "host", text: "fn host_plot(x) = x")) })
        session.run("mine = 1")
        session.restart()
        #expect(session.run("host_plot(3)").value?.summary == "3")
        #expect(session.shown("mine") == nil)
    }

    @Test("progress survives JSON")
    func codable() throws {
        let progress = try solvedSession().progress
        #expect(progress.lessonID == "session" && progress.step == 4 && !progress.isDone)
        #expect(progress.tasks["double"] == TaskProgress(attempts: 2, hintsUsed: 1, solved: .init(code: "w = w + 1", solvedAt: Date(timeIntervalSince1970: 1_000))))
        let data = try JSONEncoder().encode(progress)
        #expect(try JSONDecoder().decode(SessionProgress.self, from: data) == progress)
    }

    @Test("resuming rebuilds the environment: cells run again, a solved exercise runs its accepted code")
    func resume() throws {
        let saved = try solvedSession()
        let session = try SessionLesson.session()
        let move = try session.resume(saved.progress)
        #expect(move.position == 4 && move.stop == nil && move.ran.map(\.step) == [1, 2, 3])
        #expect(session.tasks == saved.tasks)
        for name in ["w", "r", "after"] {
            #expect(session.shown(name) == saved.shown(name), "\(name)")
        }
    }

    @Test("resuming a skipped exercise runs its solution; progress of another lesson is refused")
    func resumeSkipped() throws {
        let session = try SessionLesson.session()
        let move = try session.resume(SessionProgress(lessonID: "session", step: 3, tasks: ["double": TaskProgress(skipped: true)]))
        #expect(move.position == 3 && session.shown("w") == "2")
        #expect(throws: SessionError.otherLesson(expected: "session", got: "other")) {
            try session.resume(SessionProgress(lessonID: "other"))
        }
    }

    @Test("resuming past an unfinished task stops at it")
    func resumeStopsAtTask() throws {
        let session = try SessionLesson.session()
        let move = try session.resume(SessionProgress(lessonID: "session", step: 5))
        #expect(move.position == 2 && move.stop == .unfinishedTask("double"))
    }

    @Test("reset rebuilds the environment for the current step; restart goes back to the start and keeps progress")
    func resetAndRestart() throws {
        let session = try solvedSession()
        session.run("w = 100\njunk = 1")
        let move = session.reset()
        #expect(move.position == 4 && session.shown("w") == "2" && session.shown("junk") == nil)
        session.restart()
        #expect(session.position == 0 && session.frontier == 0)
        #expect(session.shown("w") == nil && session.interpreter.variableNames.isEmpty)
        #expect(session.progress(ofTask: "double").solved != nil)
        #expect(try session.goto(3).ran.map(\.step) == [1, 2])
        #expect(session.shown("w") == "2")
    }
}
