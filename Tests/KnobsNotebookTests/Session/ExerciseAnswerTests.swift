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

    @Test("code takes the place of the lines with blanks, where the first stands; the other starter lines stay around it, comments left out")
    func codeReplacesBlankLines() throws {
        #expect(try exercise("b = 4\na = ___").answer(from: "a = 3") == "b = 4\na = 3")
        #expect(try exercise("# Make a network.\nseed(1)\nnet = ___").answer(from: "net = mlp([3, 5, 1])") == "seed(1)\nnet = mlp([3, 5, 1])")
        #expect(try exercise("w = ___\nb = ___").answer(from: "w = 2; b = 1") == "w = 2; b = 1")
        #expect(try exercise("w = param(1)\nloss = ___\nbackward(loss)").answer(from: "loss = w * w") == "w = param(1)\nloss = w * w\nbackward(loss)")
        #expect(try exercise("a = ___\nb = ___\nprint(a + b)").answer(from: "a = 1; b = 2") == "a = 1; b = 2\nprint(a + b)")
    }

    @Test("code for a blank inside a block goes inside the block, indented as the blank")
    func blankInsideBlock() throws {
        let starter = "fn descend(lr, steps) {\n  w = 0\n  for i in 0..<steps {\n    ___\n    print(w)\n  }\n  return w\n}"
        #expect(try exercise(starter).answer(from: "w = w - lr") == starter.replacingOccurrences(of: "___", with: "w = w - lr"))
        #expect(try exercise(starter).answer(from: "w = w - lr\nprint(i)") == starter.replacingOccurrences(of: "___", with: "w = w - lr\n    print(i)"))
        let session = Session(lesson: try LessonSupport.lesson("```knobs exercise id=e\n\(starter)\n```\n\n```knobs check id=e\nexpect(descend(1, 3) == -3)\n```\n"))
        #expect(try session.submit("w = w - lr").passed)
    }

    @Test("code for a blank inside a block goes where the blank is, indented like it, not after the block")
    func codeInsideBlock() throws {
        let loop = try exercise("net = mlp([2, 4, 1])\nfor p in net.params {\n  ___\n}")
        #expect(loop.answer(from: "p.data = 0.5") == "net = mlp([2, 4, 1])\nfor p in net.params {\n  p.data = 0.5\n}")
        #expect(loop.answer(from: "p.data = 0\np.grad = nil") == "net = mlp([2, 4, 1])\nfor p in net.params {\n  p.data = 0\n  p.grad = nil\n}")
        #expect(try exercise("___\ntwin = mlp([2, 3, 1])").answer(from: "seed(1); x = 2") == "seed(1); x = 2\ntwin = mlp([2, 3, 1])")
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

/// Code that only computes values and does not pass is trying something out, not an attempt.
@Suite("exercise: trying something out")
struct TryingOutTests {
    @Test("an expression that does not pass is shown, rolled back, not counted, and brings no hint")
    func triedOut() throws {
        let text = """
            ```knobs
            fn loss_of(w, b) = (w*2 + b - 5)^2
            ```

            ```knobs exercise id=best
            w = ___
            b = ___
            ```

            ```knobs hint id=best
            try loss_of
            ```

            ```knobs check id=best
            expect(loss_of(w, b) == 0, "not yet")
            ```
            """
        let session = Session(lesson: try LessonSupport.lesson(text))
        try session.goto(1)
        let exercise = try #require(session.lesson.exercises.first)
        let tried = try session.submit("loss_of(2, 1)\nloss_of(1, 3)")
        #expect(tried.verdict.isTriedOut && !tried.counted && tried.hint == nil && tried.run?.output == "0\n")
        #expect(session.progress(ofTask: "best").attempts == 0 && session.learnerCode(for: exercise) == exercise.cell.text)
        let wrong = try session.submit("w = 1; b = 1")
        #expect(wrong.counted && wrong.hint?.text == "try loss_of")
        #expect(try session.submit("w = 2; b = 1").passed)
    }

    @Test("an expression with an effect that passes is an answer")
    func expressionAnswer() throws {
        let text = """
            ```knobs
            w = param(2)
            loss = w * w
            ```

            ```knobs exercise id=grad
            # Fill in the gradients.
            ___
            ```

            ```knobs check id=grad
            expect(w.grad == 4, "w.grad should be 4")
            ```
            """
        let session = Session(lesson: try LessonSupport.lesson(text))
        try session.goto(1)
        #expect(try session.submit("loss").verdict.isTriedOut)
        let attempt = try session.submit("backward(loss)")
        #expect(attempt.passed && attempt.code == "# Fill in the gradients.\nbackward(loss)")
    }
}
