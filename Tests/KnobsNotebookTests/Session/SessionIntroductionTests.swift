import KnobsNotebook
import Testing

/// Prose right before a task is its introduction: the learner meets both at once and never stands on the prose.
@Suite("session: a task's introduction")
struct SessionIntroductionTests {
    /// Steps: 0 prose (introduces 1), 1 exercise `one`, 2 code, 3 prose (introduces 4), 4 question `q`, 5 prose.
    static let text = """
        Set x to 1.

        ```knobs exercise id=one
        x = ___
        ```

        ```knobs check id=one
        expect(x == 1, "x should be 1")
        ```

        ```knobs
        y = x + 1
        ```

        What is y?

        ```knobs question id=q
        y is

        answer: 2
        ```

        The end.
        """

    func session() throws -> Session {
        Session(lesson: try LessonSupport.lesson(Self.text))
    }

    @Test("which steps introduce a task")
    func introduces() throws {
        let session = try session()
        #expect((0..<6).filter(session.introduces) == [0, 3])
    }

    @Test("a lesson that opens with an introduction starts on its task, showing the prose with it")
    func opensOnTask() throws {
        let session = try session()
        #expect(session.position == 1 && session.frontier == 1)
        #expect(session.introduction?.text.contains("Set x to 1.") == true)
        #expect(session.back().stop == .atStart && session.position == 1)
        _ = try session.submit("x = 1")
        session.restart()
        #expect(session.position == 1)
    }

    @Test("moving onto an introduction stands on its task; back and goto go over it")
    func moving() throws {
        let session = try session()
        _ = try session.submit("x = 1")
        #expect(session.next().position == 2)
        #expect(session.introduction == nil)
        let move = session.next()
        #expect(move.position == 4 && move.ran.map(\.step) == [2])
        #expect(session.introduction?.text == "What is y?")
        #expect(session.back().position == 2)
        #expect(try session.goto(3).position == 4)
        #expect(try session.goto(0).position == 1)
    }

    @Test("what the learner types after reading an introduction is an answer to its task")
    func typedAnswerGoesToTask() throws {
        let session = try session()
        _ = try session.submit("x = 1")
        session.next()
        session.advance()
        session.advance()
        #expect(try session.answer("2").verdict == .correct)
    }

    @Test("saved progress on an introduction resumes on its task")
    func resume() throws {
        let session = try session()
        _ = try session.submit("x = 1")
        var saved = session.progress
        saved.step = 3
        let resumed = try self.session()
        #expect(try resumed.resume(saved).position == 4)
    }
}
