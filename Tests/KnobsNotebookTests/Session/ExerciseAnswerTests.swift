import KnobsNotebook
import Testing

/// What a learner types at a prompt, completed from the exercise's starter code into the answer that runs.
@Suite("exercise: an answer completed from the starter code")
struct ExerciseAnswerTests {
    func exercise(_ starter: String) throws -> Exercise {
        let text = "```knobs exercise id=e\n\(starter)\n```\n\n```knobs check id=e\nexpect(true)\n```\n"
        return try #require(try LessonSupport.lesson(text).exercises.first)
    }

    @Test("an expression alone fills the one blank: whole after '=', bracketed inside a larger expression")
    func expressionFillsBlank() throws {
        #expect(try exercise("b = 4\na = ___").answer(from: "3") == "b = 4\na = 3")
        #expect(try exercise("fn g(a, b) = ___").answer(from: " 3*a - b ") == "fn g(a, b) = 3*a - b")
        #expect(try exercise("y = 2 * ___ + 1").answer(from: "1 + 2") == "y = 2 * (1 + 2) + 1")
        #expect(try exercise("# Set it.\nx = ___  # here").answer(from: "5") == "# Set it.\nx = 5  # here")
    }

    @Test("code takes the place of the lines with blanks; the other starter lines run first, comments left out")
    func codeReplacesBlankLines() throws {
        #expect(try exercise("b = 4\na = ___").answer(from: "a = 3") == "b = 4\na = 3")
        #expect(try exercise("# Make a network.\nseed(1)\nnet = ___").answer(from: "net = mlp([3, 5, 1])") == "seed(1)\nnet = mlp([3, 5, 1])")
        #expect(try exercise("w = ___\nb = ___").answer(from: "w = 2; b = 1") == "w = 2; b = 1")
    }

    @Test("the whole cell typed again runs as typed, spacing aside; so does an expression where there are two blanks")
    func wholeCell() throws {
        #expect(try exercise("b = 4\na = ___").answer(from: "b=4; a = 3") == "b=4; a = 3")
        #expect(try exercise("seed(1)\nnet = ___").answer(from: "seed(1)\nnet = mlp([3, 5, 1])") == "seed(1)\nnet = mlp([3, 5, 1])")
        #expect(try exercise("w = ___\nb = ___").answer(from: "2") == "2")
    }

    @Test("typed code that still holds a blank stays as typed, and does not run")
    func blankLeft() throws {
        let starter = try exercise("b = 4\na = ___")
        #expect(starter.answer(from: "a = ___") == "a = ___")
        let session = Session(lesson: try LessonSupport.lesson("```knobs exercise id=e\nb = 4\na = ___\n```\n\n```knobs check id=e\nexpect(2*a + b == 10)\n```\n"))
        #expect(try session.submit("a = ___").verdict.isUnfinished)
        let attempt = try session.submit("3")
        #expect(attempt.passed && attempt.code == "b = 4\na = 3" && attempt.progress.solved?.code == "b = 4\na = 3")
    }
}
