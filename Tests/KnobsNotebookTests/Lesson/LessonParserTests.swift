import KnobsLang
import KnobsNotebook
import Testing

/// A well-formed lesson becomes steps with their cells attached; every mistake is reported where it is.
@Suite("lesson parser")
struct LessonParserTests {
    static let good = """
        ---
        id: demo
        title: Demo
        summary: A little of everything.
        plugins: []
        seed: 3
        ---

        # Hello

        Some prose.

        ```knobs id=setup
        w = 0
        ```

        ```knobs check id=step
        expect(near(w, 0.6), "should be 0.6")
        ```

        ```knobs exercise id=step points=2
        w = ___
        ```

        ```knobs hint id=step
        first
        ```

        ```knobs solution id=step
        w = 0.6
        ```

        ```knobs hint id=step
        second
        ```

        ```knobs check id=step hidden
        expect(w == 0.6)
        ```

        ```python
        not = a knobs cell
        ```

        ````markdown
        ```knobs exercise
        an example in prose, not a cell
        ```
        ````

        ```knobs question id=q points=0.5
        Pick b.
        - [ ] a
        - [x] b
        ```

        """

    @Test("front matter, steps in order, and cells attached to their exercise")
    func goodLesson() throws {
        let lesson = try Lesson(text: LessonParserTests.good, name: "demo.md")
        #expect(lesson.info == LessonInfo(id: "demo", title: "Demo", summary: "A little of everything.", plugins: [], seed: 3))
        #expect(lesson.steps.count == 5)
        guard case .prose(let intro) = lesson.steps[0], case .code(let setup) = lesson.steps[1],
              case .exercise(let step) = lesson.steps[2], case .prose(let examples) = lesson.steps[3],
              case .question(let question) = lesson.steps[4] else {
            Issue.record("unexpected steps \(lesson.steps)")
            return
        }
        #expect(intro.text == "# Hello\n\nSome prose.")
        #expect(intro.lines == 9...11)
        #expect(setup.id == "setup" && setup.text == "w = 0" && setup.lines == 13...15)
        #expect(step.id == "step" && step.points == 2 && step.cell.text == "w = ___")
        #expect(step.hints.map(\.text) == ["first", "second"])
        #expect(step.solution?.text == "w = 0.6")
        #expect(step.checks.count == 2 && step.visibleChecks.count == 1 && step.checks[1].isHidden)
        #expect(examples.text.hasPrefix("```python") && examples.text.contains("an example in prose, not a cell"))
        #expect(question.points == 0.5 && question.prompt == "Pick b.")
        #expect(question.choices == ["a", "b"] && question.key == .choices([1]))
        #expect(lesson.totalPoints == 2.5)
        #expect(lesson.stepIndex(ofTask: "q") == 4)
    }

    @Test("a cell's code is numbered as in the lesson, so its runtime errors point into the lesson")
    func cellNumbering() throws {
        let lesson = try LessonSupport.lesson("\ntext\n\n```knobs\nx = 1\ny = x + nothing\n```\n")
        guard case .code(let cell) = lesson.steps[1] else { Issue.record("no code cell"); return }
        let outcome = Interpreter(output: { _ in }).run(cell.source)
        #expect(outcome.diagnostics.map(\.position) == ["test.md:10:9"])
    }

    @Test("every mistake in one run, each at its line and column")
    func manyProblems() {
        let problems = LessonSupport.bodyProblems("""
            ```knobs exercise id=a
            x = 1
            ```

            ```knobs exercize id=b
            ```

            ```knobs check id=a pts=2 hidden=yes
            expect(x == 1)
            ```

            ```knobs hint id=nope
            a hint
            ```

            ```knobs solution id=a points=1
            x = 1
            ```

            ```knobs id=a
            y = (1 +
            ```

            ```knobs exercise
            z = 1
            ```

            ```knobs check id=bad!id
            ```
            """)
        #expect(problems == [
            "test.md:9:10: unknown cell kind 'exercize'",
            "test.md:12:21: unknown attribute 'pts'",
            "test.md:12:27: hidden takes no value",
            "test.md:16:15: this hint is for an unknown task: there is no exercise or question 'nope'",
            "test.md:20:24: points belong on an exercise or a question, not on a solution cell",
            "test.md:24:10: the id 'a' is used twice",
            "test.md:25:9: expected an expression, found the end of the input",
            "test.md:28:4: an exercise cell needs an id",
            "test.md:32:16: 'bad!id' cannot be an id",
        ])
    }

    @Test("a cell or code block left open is reported at its fence")
    func unterminated() {
        #expect(LessonSupport.bodyProblems("text\n\n```knobs\nx = 1\n") == ["test.md:7:1: this cell is never closed"])
        #expect(LessonSupport.bodyProblems("````python\nx\n```\n\n```knobs\nx = 1\n```\n")
            == ["test.md:5:1: this code block is never closed, so the rest of the lesson is inside it"])
    }

    @Test("a second solution, a check on a question, and a check on a code cell")
    func misplacedCells() {
        let problems = LessonSupport.bodyProblems("""
            ```knobs exercise id=e
            ```
            ```knobs check id=e
            expect(true)
            ```
            ```knobs solution id=e
            ```
            ```knobs solution id=e
            ```
            ```knobs question id=q
            One?
            answer: 1
            ```
            ```knobs check id=q
            ```
            ```knobs id=c
            ```
            ```knobs hint id=c
            h
            ```
            """)
        #expect(problems == [
            "test.md:12:19: 'e' already has a solution",
            "test.md:18:16: a question has no check; its answer is written inside it",
            "test.md:22:15: this hint is for an unknown task: 'c' names a code cell, not an exercise",
        ])
    }

    @Test("suggestions for a misspelt kind, attribute and task")
    func suggestions() throws {
        do {
            _ = try LessonSupport.lesson("```knobs exercise id=step\n```\n```knobs chek id=step\n```\n```knobs check id=stpe idd=x\n```\n")
            Issue.record("parsed")
        } catch let list as DiagnosticList {
            #expect(list.diagnostics.compactMap(\.hint) == [
                "add a cell ```knobs check id=step with expect(...) in it", "did you mean 'check'?", "did you mean 'step'?", "did you mean 'id'?",
            ])
        }
    }

    @Test("an empty hint, and a lesson with nothing but front matter")
    func emptyThings() {
        #expect(LessonSupport.bodyProblems("```knobs question id=q\nOne?\nanswer: 1\n```\n```knobs hint id=q\n\n```\n")
            == ["test.md:9:1: the hint is empty"])
        #expect(LessonSupport.bodyProblems("\n\n") == ["test.md:6:1: the lesson has nothing after its front matter"])
    }

    @Test("diagnostics render with the lesson's line under a caret")
    func rendering() {
        do {
            _ = try LessonSupport.lesson("```knobs\nw = 2w\n```\n")
        } catch let list as DiagnosticList {
            #expect(DiagnosticRenderer(color: false).render(list.diagnostics) == """
                error: a number cannot be followed by 'w' (write 2*a, not 2a)
                 --> test.md:6:5
                  |
                6 | w = 2w
                  |     ^^

                """)
        } catch {
            Issue.record("\(error)")
        }
    }

    @Test("Windows line endings read the same")
    func crlf() throws {
        let lesson = try Lesson(text: "---\r\nid: x\r\ntitle: X\r\n---\r\ntext\r\n```knobs\r\nw = 1\r\n```\r\n", name: "x.md")
        guard case .code(let cell) = lesson.steps[1] else { Issue.record("no code cell"); return }
        #expect(cell.text == "w = 1")
        #expect(lesson.info.title == "X")
    }
}
