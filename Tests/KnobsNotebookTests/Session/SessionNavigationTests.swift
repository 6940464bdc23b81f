import Foundation
import KnobsLang
import KnobsNotebook
import Testing

/// Moving through a lesson: Enter, next, back, goto, and the cells that run on the way.
@Suite("session: moving")
struct SessionNavigationTests {
    @Test("Enter reads prose, runs a code cell, then moves on; an unsolved exercise holds the learner")
    func enter() throws {
        let session = try SessionLesson.session()
        #expect(session.position == 0)
        guard case .moved(let first) = session.advance() else { Issue.record("expected a move"); return }
        #expect(first.position == 1 && first.ran.isEmpty && first.stop == nil)
        #expect(session.shown("w") == nil, "arriving at a code cell does not run it")
        guard case .ran(let run) = session.advance() else { Issue.record("expected a run"); return }
        #expect(run.succeeded && run.step == 1 && session.shown("w") == "1")
        guard case .moved(let second) = session.advance() else { Issue.record("expected a move"); return }
        #expect(second.position == 2)
        guard case .moved(let held) = session.advance() else { Issue.record("expected a move"); return }
        #expect(held.position == 2 && held.stop == .unfinishedTask("double"))
    }

    @Test("the lesson's seed is set before the first cell")
    func seed() throws {
        let session = try SessionLesson.session()
        session.advance()
        session.advance()
        let expected = Interpreter(output: { _ in }).run(SourceFile(name: "t", text: "seed(5)\nrand()")).value?.summary
        #expect(session.shown("r") == expected)
    }

    @Test("next takes a code cell that has not run; back runs nothing")
    func nextAndBack() throws {
        let session = try SessionLesson.session()
        session.next()
        let move = session.next()
        #expect(move.position == 2 && move.ran.map(\.step) == [1] && session.shown("w") == "1")
        #expect(session.back().position == 1)
        #expect(session.back().position == 0)
        #expect(session.back().stop == .atStart)
        #expect(session.frontier == 2, "going back keeps what ran")
    }

    @Test("goto forward takes every step on the way and stops at an unfinished task; goto back runs nothing")
    func goto() throws {
        let session = try SessionLesson.session()
        let move = try session.goto(4)
        #expect(move.position == 2 && move.stop == .unfinishedTask("double") && move.ran.map(\.step) == [1])
        #expect(try session.goto(0).ran.isEmpty)
        #expect(session.position == 0)
        #expect(throws: SessionError.noSuchStep(6, count: 6)) { try session.goto(6) }
    }

    @Test("a code cell that fails on the way stops the move there; skip passes it")
    func failingCell() throws {
        let lesson = try LessonSupport.lesson("text\n\n```knobs\nx = [1][5]\n```\n\n```knobs\ny = 2\n```\n\nend\n")
        let session = Session(lesson: lesson)
        let move = try session.goto(3)
        #expect(move.position == 1 && move.stop == .cellFailed(1))
        #expect(move.ran.last?.diagnostics.first?.message == "index 5 is out of range for a list of 1 item")
        let skipped = session.skip()
        #expect(skipped.position == 2 && session.shown("x") == nil)
        session.advance()
        #expect(session.shown("y") == "2")
    }

    @Test("the last step says the lesson is over")
    func end() throws {
        let lesson = try LessonSupport.lesson("only prose\n")
        let session = Session(lesson: lesson)
        #expect(session.next().stop == .atEnd)
        #expect(session.isFinished)
    }

    @Test("code typed between steps runs in the lesson's environment, and again re-runs a cell")
    func freeCode() throws {
        let session = try SessionLesson.session()
        try session.goto(2)
        let run = session.run("print(w * 10)\nw + 1")
        #expect(run.output == "10\n2\n" && run.value?.summary == "2")
        #expect(throws: SessionError.notACodeCell) { try session.again() }
        session.back()
        session.run("w = 7")
        #expect(try session.again().succeeded && session.shown("w") == "1")
    }

    @Test("live output receives what explicit runs print, not what runs on the way")
    func liveOutput() throws {
        var seen = ""
        let session = try SessionLesson.session { seen += $0 }
        session.run("print(\"typed\")")
        let lesson = try LessonSupport.lesson("```knobs\nprint(\"cell\")\n```\n\ntext\n")
        let quiet = Session(lesson: lesson, liveOutput: { seen += $0 })
        let move = quiet.next()
        #expect(seen == "typed\n")
        #expect(move.ran.first?.output == "cell\n")
    }
}
