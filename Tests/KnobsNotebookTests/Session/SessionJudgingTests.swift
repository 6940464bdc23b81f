import KnobsLang
import KnobsNotebook
import Testing

/// An answer is judged on what it does to the lesson's own environment, not on code the learner typed before it.
@Suite("session: judging an answer apart from the learner's own code")
struct SessionJudgingTests {
    /// Steps: 0 code (w = 1), 1 exercise `double` (w should be 2), 2 code (after = w + 1), 3 exercise `named` (name should be 3).
    static let text = """
        ```knobs
        w = 1
        ```

        ```knobs exercise id=double
        w = ___
        ```

        ```knobs solution id=double
        w = w * 2
        ```

        ```knobs check id=double
        expect(w == 2, "w should be 2, not {w}")
        ```

        ```knobs
        after = w + 1
        ```

        ```knobs exercise id=named
        name = ___
        ```

        ```knobs solution id=named
        name = after
        ```

        ```knobs check id=named
        expect(name == 3, "name should be 3")
        ```
        """

    func atDouble() throws -> Session {
        let session = Session(lesson: try LessonSupport.lesson(Self.text))
        try session.goto(1)
        #expect(session.position == 1 && session.shown("w") == "1")
        return session
    }

    @Test("a variable set by hand before the exercise does not make an unrelated answer pass")
    func earlierStateDoesNotPass() throws {
        let session = try atDouble()
        session.run("w = 2")
        let attempt = try session.submit("unrelated = 0")
        guard case .checkFailed(_, let why) = attempt.verdict else { Issue.record("\(attempt.verdict)"); return }
        #expect(why.message == "w should be 2, not 1")
        #expect(session.shown("w") == "2" && session.shown("unrelated") == nil, "a failure gives the learner's environment back")
    }

    @Test("the answer runs on the lesson's values, whatever the learner changed them to")
    func answerSeesLessonValues() throws {
        let session = try atDouble()
        session.run("w = 50")
        #expect(try session.submit("w = w * 2").passed)
        #expect(session.shown("w") == "2", "the environment goes on from the one the checks saw")
    }

    @Test("after a pass, variables only the learner made are kept; the next exercise is judged without them")
    func learnersOwnVariables() throws {
        let session = try atDouble()
        session.run("mine = 3")
        #expect(try session.submit("w = 2").passed)
        #expect(session.shown("mine") == "3")
        session.advance()
        let move = session.next()
        #expect(move.position == 3 && move.stop == nil && session.shown("after") == "3")
        let attempt = try session.submit("name = mine")
        guard case .failed = attempt.verdict else { Issue.record("\(attempt.verdict)"); return }
        #expect(attempt.setAside == ["mine"])
        #expect(attempt.run?.diagnostics.first?.message == "undefined variable 'mine'")
        #expect(try session.submit("name = after").passed && session.shown("mine") == "3")
    }

    @Test("running a cell again is the learner's change too")
    func cellRunAgain() throws {
        let text = "```knobs\nn = 0\n```\n\n```knobs\nn = n + 1\n```\n\n```knobs exercise id=two\nn = ___\n```\n\n"
            + "```knobs check id=two\nexpect(n == 2, \"n should be 2, not {n}\")\n```\n"
        let session = Session(lesson: try LessonSupport.lesson(text))
        try session.goto(2)
        try session.goto(1)
        #expect(try session.again().succeeded && session.shown("n") == "2")
        try session.goto(2)
        let attempt = try session.submit("unrelated = 0")
        guard case .checkFailed(_, let why) = attempt.verdict else { Issue.record("\(attempt.verdict)"); return }
        #expect(why.message == "n should be 2, not 1")
        #expect(try session.submit("n = n + 1").passed && session.shown("n") == "2")
    }

    @Test("with no code of the learner's in between, the answer runs in the live environment")
    func nothingTyped() throws {
        let session = try atDouble()
        let attempt = try session.submit("w = 2")
        #expect(attempt.passed && attempt.setAside.isEmpty && session.shown("w") == "2")
    }

    @Test("a skipped exercise's solution is part of the lesson's environment when a later one is judged")
    func skippedSolution() throws {
        let session = try atDouble()
        session.run("w = 100")
        session.skip()
        session.advance()
        session.next()
        #expect(session.position == 3)
        #expect(session.shown("after") == "201", "the live environment went on from the learner's w")
        #expect(try session.submit("name = after").passed, "judged where the solution doubled the lesson's w = 1")
        #expect(session.shown("after") == "3" && session.shown("w") == "2")
    }
}
